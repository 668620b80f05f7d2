// The write of every /done, /progress, /note and /undo: per change a compare-and-set on the assignment's status
// and its history event, all in one commit. PostgreSQL does both in one statement (a data-modifying WITH), so a
// one-item command is one round trip; SQLite, which has no such WITH, runs the pair inside its transaction.
import type { Actor, ChatSnapshot, StatusChange } from '../../core/ports.js';
import type { Provider, Query, Write } from './connection.js';

const EVENT_COLUMNS = `"assignmentId", "type", "fromStatus", "toStatus", "note", "actorPlatform", "actorId",
  "actorName", "chatAddress", "batch", "undoOfId", "createdAt", "chatTitle", "chatBindings", "percent"`;

/**
 * $1 id, $2 expected status, $3 new status, $4 note or null (keeps the last note), $5 now, and at `$percent` the
 * progress percentage or null (keeps the last one).
 */
const setStatusSql = (percent: number) => `UPDATE "Assignment" SET "status" = $3, "lastNote" = COALESCE($4, "lastNote"),
  "percent" = COALESCE($${percent}::int, "percent"), "updatedAt" = $5
WHERE "id" = $1 AND "status" = $2`;

export const setStatus: Query = { name: 'set_status', sql: setStatusSql(6).replace('::int', '') };

/**
 * $1 assignment, $6 type, $2 from, $3 to, $4 note, $7–$10 actor and chat, $11 batch, $12 undo of, $5 now,
 * $13 and $14 the chat's title and bindings at the time, so the history still names a chat after it is unlinked,
 * $15 the progress percentage reported with it.
 */
export const addEvent: Query = {
  name: 'add_event',
  sql: `INSERT INTO "StatusEvent" (${EVENT_COLUMNS})
VALUES ($1, $6, $2, $3, $4, $7, $8, $9, $10, $11, $12, $5, $13, $14, $15)`,
};

export const setStatusWithEvent: Query = {
  name: 'set_status_with_event',
  sql: `WITH changed AS (${setStatusSql(15)} RETURNING "id")
INSERT INTO "StatusEvent" (${EVENT_COLUMNS})
SELECT "id", $6, $2, $3, $4, $7, $8, $9, $10, $11, $12::int, $5, $13, $14, $15::int FROM changed`,
};

export function changeWrites(
  provider: Provider,
  changes: StatusChange[],
  actor: Actor,
  chatAddress: string,
  batch: string,
  now: Date,
  chat?: ChatSnapshot,
): Write[] {
  const chatTitle = chat?.title ?? null;
  const chatBindings = chat ? JSON.stringify(chat.bindings) : null;
  return changes.flatMap((c): Write[] => {
    const params = [
      c.assignmentId,
      c.from,
      c.to,
      c.note,
      now,
      c.type,
      actor.platform,
      actor.userId,
      actor.name,
      chatAddress,
      batch,
      c.undoOfId ?? null,
      chatTitle,
      chatBindings,
      c.percent ?? null,
    ];
    if (provider === 'postgresql') return [{ query: setStatusWithEvent, params, expect: 1 }];
    return [
      { query: setStatus, params: [...params.slice(0, 5), c.percent ?? null], expect: 1 },
      { query: addEvent, params },
    ];
  });
}
