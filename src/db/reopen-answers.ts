// /undo of an answer of the chair puts the requests it answered back to pending, inside the undo's own
// transaction: shared by the undo of an approved extension (the item's log) and of an accepted claim (a status
// batch).
import type { Actor } from '../core/ports.js';
import type { Tx } from './client.js';
import { shareEventRow } from './item-state.js';

/**
 * /undo of an answer of the chair, inside the undo's own transaction: the requests it answered wait again (an
 * accepted claim marks its share as awaiting the chair once more), each with a `reopened` event in the share's
 * history. The request rows keep who answered last; the history keeps every answer and its undo.
 */
export async function reopenAnswered(
  tx: Tx,
  where: { answerBatch: string } | { logEventId: number },
  by: { actor: Actor; chatAddress: string; at: Date; batch: string },
): Promise<number[]> {
  const rows = await tx.chairRequest.findMany({
    where: { ...where, state: 'approved' },
    select: { id: true, kind: true, assignmentId: true, assignment: { select: { status: true } } },
  });
  if (rows.length === 0) return [];
  await tx.chairRequest.updateMany({ where: { id: { in: rows.map((r) => r.id) } }, data: { state: 'pending' } });
  for (const r of rows) {
    if (r.kind === 'acceptance')
      await tx.assignment.update({ where: { id: r.assignmentId }, data: { claimedAt: by.at } });
    await tx.statusEvent.create({
      data: shareEventRow({ assignmentId: r.assignmentId, type: 'reopened', status: r.assignment.status }, by),
    });
  }
  return rows.map((r) => r.assignmentId);
}
