import { undoLast } from '../src/core/followup.js';
import { DESK_ADDRESS } from '../src/core/resolution-log.js';
import { type CommandContext, type CommandHandler, refusal, textReply } from './context.js';
import { describe } from './correction-reply.js';

/**
 * Reverts this chat's last /owner or /deadline (or the chair's approval of an extension, whose request then waits
 * again) when it is newer than its last status change. When the item
 * was changed again since from somewhere else (the desk above all), putting the old state back would undo
 * that change too: refused, with what to do instead.
 */
async function undoCorrection(ctx: CommandContext) {
  const corrections = ctx.deps.corrections;
  const last = await corrections?.lastCorrection(ctx.address);
  if (!corrections || !last) return null;
  const [statusBatch] = await ctx.deps.store.lastUndoable(ctx.address);
  if (statusBatch && statusBatch.createdAt > last.createdAt) return null;
  if (last.changedLaterBy === DESK_ADDRESS) return refusal(ctx.t.fix.undoAfterDesk(last.publicNumber));
  if (last.changedLaterBy) return refusal(ctx.t.fix.undoAfterOther(last.publicNumber));
  const reopened = await corrections.undoCorrection(last, ctx.actor, ctx.address);
  const line = ctx.t.fix.undone(last.publicNumber, await describe(ctx, last.type, last.before));
  return reopened > 0 ? textReply(line, ctx.t.acc.answerUndone(last.publicNumber)) : textReply(line);
}

/**
 * Reverts the chair's acceptance of a claim of «done» when it is this chat's last status change: the share goes back
 * and the claim waits for the chair again, both in one transaction.
 */
async function undoAcceptance(ctx: CommandContext) {
  const requests = ctx.deps.requests;
  const last = await ctx.deps.store.lastUndoable(ctx.address);
  const batch = last[0]?.batch;
  if (!requests || !batch || (await requests.answeredBy({ batch })).length === 0) return null;
  await requests.undoAccepted(last, ctx.actor, ctx.address);
  const { t } = ctx;
  return textReply(
    ...last.map((e) => t.undone(e.publicNumber, e.ownerName, t.status[e.fromStatus ?? 'open'])),
    ...[...new Set(last.map((e) => e.publicNumber))].map((n) => t.acc.answerUndone(n)),
  );
}

export const handler: CommandHandler = {
  async run(ctx) {
    const { t } = ctx;
    const corrected = await undoCorrection(ctx);
    if (corrected) return corrected;
    const accepted = await undoAcceptance(ctx);
    if (accepted) return accepted;
    const events = await undoLast(ctx.deps.store, ctx);
    if (events.length === 0) return refusal(t.nothingToUndo);
    return textReply(...events.map((e) => t.undone(e.publicNumber, e.ownerName, t.status[e.toStatus ?? 'open'])));
  },
};
