// Moves one resolution from one state to another inside a transaction and writes the history event.
// Shared by corrections from chat, their undo, re-imports and the desk's edits.
import { canonical, type ItemState } from '../core/item-state.js';
import type { Actor } from '../core/ports.js';
import type { LogType } from '../core/resolution-log.js';
import type { Tx } from './client.js';

/** The item as stored now: its fields and the owners not taken off it. */
export async function readItemState(tx: Tx, resolutionId: number): Promise<ItemState> {
  const r = await tx.resolution.findUniqueOrThrow({
    where: { id: resolutionId },
    include: { assignments: { where: { removedAt: null }, orderBy: { id: 'asc' } } },
  });
  return {
    text: r.text,
    deadlineText: r.deadlineText,
    dueDate: r.dueDate,
    dueAtNextMeeting: r.dueAtNextMeeting,
    owners: r.assignments.map((a) => ({
      ownerId: a.ownerId,
      status: a.status as ItemState['owners'][number]['status'],
    })),
  };
}

/**
 * Writes the difference between `from` and `to`. An owner taken off keeps its row (marked removed and
 * cancelled, so no reminder finds it); an owner put back gets its old row again.
 */
export async function writeItemState(
  tx: Tx,
  resolutionId: number,
  from: ItemState,
  to: ItemState,
  now: Date,
): Promise<void> {
  const fields = ['text', 'deadlineText', 'dueDate', 'dueAtNextMeeting'] as const;
  if (fields.some((f) => from[f] !== to[f])) {
    await tx.resolution.update({
      where: { id: resolutionId },
      data: {
        text: to.text,
        deadlineText: to.deadlineText,
        dueDate: to.dueDate,
        dueAtNextMeeting: to.dueAtNextMeeting,
      },
    });
  }
  const was = new Map(from.owners.map((o) => [o.ownerId, o.status]));
  const keep = new Set(to.owners.map((o) => o.ownerId));
  const gone = from.owners.filter((o) => !keep.has(o.ownerId)).map((o) => o.ownerId);
  if (gone.length > 0) {
    await tx.assignment.updateMany({
      where: { resolutionId, ownerId: { in: gone } },
      data: { removedAt: now, status: 'cancelled' },
    });
  }
  for (const o of to.owners) {
    if (was.get(o.ownerId) === o.status) continue;
    await tx.assignment.upsert({
      where: { resolutionId_ownerId: { resolutionId, ownerId: o.ownerId } },
      create: { resolutionId, ownerId: o.ownerId, status: o.status },
      update: { status: o.status, removedAt: null },
    });
  }
}

export interface EventData {
  resolutionId: number;
  type: LogType;
  /** Null only for an item added by hand: nothing was there before. */
  before: ItemState | null;
  after: ItemState;
  actor: Actor;
  chatAddress: string;
  undoOfId?: number;
  reason?: string | null;
}

export function eventRow(e: EventData) {
  return {
    resolutionId: e.resolutionId,
    type: e.type,
    before: e.before ? canonical(e.before) : '{}',
    after: canonical(e.after),
    reason: e.reason ?? null,
    actorPlatform: e.actor.platform,
    actorId: e.actor.userId,
    actorName: e.actor.name,
    chatAddress: e.chatAddress,
    undoOfId: e.undoOfId ?? null,
  };
}

/**
 * A history entry on a share that leaves its status as it is (seen, a request to the chair, its answer): who,
 * from which chat, and the batch it was written in.
 */
export function shareEventRow(
  share: { assignmentId: number; type: string; status: string | null; note?: string | null },
  by: { actor: Actor; chatAddress: string; batch: string; at: Date },
) {
  return {
    assignmentId: share.assignmentId,
    type: share.type,
    fromStatus: share.status,
    toStatus: share.status,
    note: share.note ?? null,
    actorPlatform: by.actor.platform,
    actorId: by.actor.userId,
    actorName: by.actor.name,
    chatAddress: by.chatAddress,
    batch: by.batch,
    createdAt: by.at,
  };
}
