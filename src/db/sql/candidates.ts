// The reminder sweep's reads, hand-written: the sweep runs every minute and once at start-up, and through Prisma
// each of its kinds of query would first be planned by the ORM's query compiler, whose memory stays with the
// process for good. Items are read with their meeting and owners by the same join as every other list
// (`resolutions.ts`), ids passed as one array parameter, so no due set is too large for a statement.
import type { ReminderBinding } from '../../core/schedule/occurrences.js';
import type { Platform } from '../../core/types.js';
import { type Query, type SqlConnection, toDate } from './connection.js';
import { arrayParam, inArray, RESOLUTION_SELECT, toViews } from './resolutions.js';

const OPEN = `('open', 'in_progress', 'blocked')`;
const ORDER = `ORDER BY r."publicNumber", a."id"`;

const bindings: Query = {
  name: 'reminder_bindings',
  sql: `SELECT b."id", b."address", b."platform", b."chatId", b."threadId", b."role", b."ownerId", o."name",
  b."digestOnly", b."title", b."createdAt"
FROM "ChatBinding" b LEFT JOIN "Owner" o ON o."id" = b."ownerId"
WHERE b."councilId" = $1 AND b."active" = $2
ORDER BY b."id"`,
};

export async function readReminderBindings(sql: SqlConnection, councilId: number): Promise<ReminderBinding[]> {
  const rows = await sql.rows(bindings, [councilId, true]);
  return rows.map((c) => ({
    id: c[0] as number,
    address: c[1] as string,
    platform: c[2] as Platform,
    chatId: c[3] as string,
    threadId: c[4] as string,
    role: c[5] === 'chair' ? 'chair' : 'committee',
    ownerId: c[6] as number | null,
    ownerName: (c[7] as string | null) ?? null,
    digestOnly: Boolean(c[8]),
    title: c[9] as string | null,
    boundAt: toDate(c[10])!,
  }));
}

/** Each owner's stored schedule overrides (JSON text) and when they were last changed. */
export async function readSchedules(
  sql: SqlConnection,
  ownerIds: readonly number[],
): Promise<{ ownerId: number; settings: string; updatedAt: Date }[]> {
  if (ownerIds.length === 0) return [];
  const query: Query = {
    name: 'reminder_schedules',
    sql: `SELECT "ownerId", "settings", "updatedAt" FROM "ReminderSchedule" WHERE ${inArray(sql.provider, '"ownerId"', 1)}`,
  };
  const rows = await sql.rows(query, [arrayParam(sql.provider, ownerIds)]);
  return rows.map((c) => ({ ownerId: c[0] as number, settings: c[1] as string, updatedAt: toDate(c[2])! }));
}

const nextMeeting: Query = {
  name: 'council_next_meeting',
  sql: `SELECT "nextMeetingAt" FROM "Council" WHERE "id" = $1`,
};

export async function readNextMeetingAt(sql: SqlConnection, councilId: number): Promise<Date | null> {
  const [row] = await sql.rows(nextMeeting, [councilId]);
  if (!row) throw new Error(`council ${councilId} not found`);
  return toDate(row[0]);
}

const meetingDates: Query = {
  name: 'meeting_dates',
  sql: `SELECT DISTINCT "gregorianDate" FROM "Meeting" WHERE "councilId" = $1 AND "gregorianDate" IS NOT NULL
ORDER BY "gregorianDate"`,
};

/** The dates of the council's meetings on record, ascending, each once. */
export async function readMeetingDates(sql: SqlConnection, councilId: number): Promise<string[]> {
  return (await sql.rows(meetingDates, [councilId])).map((c) => c[0] as string);
}

// An item with an owner still at it. The due set is found by its own index (dueDate's range, or the
// dueAtNextMeeting flag) in the inner query and the council checked on the rows it found: with the council in
// the inner query, SQLite would rather walk the council's (councilId, publicNumber) index, every item of it.
const pending = `EXISTS (SELECT 1 FROM "Assignment" x WHERE x."resolutionId" = y."id" AND x."removedAt" IS NULL
    AND x."status" IN ${OPEN})`;

/** The council's items selected by `due` (over `y`) with an owner still at them. */
const pendingItems = (name: string, due: string): Query => ({
  name,
  sql: `${RESOLUTION_SELECT}
WHERE r."id" IN (SELECT y."id" FROM "Resolution" y WHERE ${due} AND ${pending})
  AND r."councilId" = $1
${ORDER}`,
});

const datedItems = pendingItems('reminder_dated_items', `y."dueDate" <= $2`);
const meetingItems = pendingItems('reminder_meeting_items', `y."dueAtNextMeeting" = $2`);

/** The council's items due on or before `upper` (a civil date) with an owner still at them. */
export async function readDatedItems(sql: SqlConnection, councilId: number, upper: string) {
  return toViews(await sql.rows(datedItems, [councilId, upper]));
}

/** The council's items due «at the next meeting» with an owner still at them. */
export async function readMeetingItems(sql: SqlConnection, councilId: number) {
  return toViews(await sql.rows(meetingItems, [councilId, true]));
}

const NOTICE_SHARES = (provider: 'sqlite' | 'postgresql') => `SELECT x."resolutionId" FROM "Assignment" x
  WHERE x."removedAt" IS NULL AND x."seenAt" IS NULL AND x."status" IN ${OPEN}
    AND (x."createdAt" > $2 OR ${inArray(provider, 'x."ownerId"', 3)})`;

/**
 * The council's items with an open share nobody has acknowledged that was given after `since`, or that belongs to
 * one of `ownerIds` (owners whose chat was linked since): what the notices are made of.
 */
export async function readNoticeItems(sql: SqlConnection, councilId: number, since: Date, ownerIds: readonly number[]) {
  const query: Query = {
    name: 'notice_items',
    sql: `${RESOLUTION_SELECT}\nWHERE r."id" IN (${NOTICE_SHARES(sql.provider)}) AND r."councilId" = $1\n${ORDER}`,
  };
  return toViews(await sql.rows(query, [councilId, since, arrayParam(sql.provider, ownerIds)]));
}

/** The items a message names, with their meeting and owners, whatever their state. */
export async function readItemsById(sql: SqlConnection, ids: readonly number[]) {
  if (ids.length === 0) return [];
  const query: Query = {
    name: 'items_by_id',
    sql: `${RESOLUTION_SELECT}\nWHERE ${inArray(sql.provider, 'r."id"', 1)}\n${ORDER}`,
  };
  return toViews(await sql.rows(query, [arrayParam(sql.provider, ids)]));
}
