import { undoLast } from '../src/core/followup.js';
import { DESK_ADDRESS } from '../src/core/resolution-log.js';
import { type CommandContext, type CommandHandler, refusal, textReply } from './context.js';
import { describe } from './correction-reply.js';

/**
 * Reverts this chat's last /owner or /deadline when it is newer than its last status change. When the item
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
  await corrections.undoCorrection(last, ctx.actor, ctx.address);
  return textReply(ctx.t.fix.undone(last.publicNumber, await describe(ctx, last.type, last.before)));
}

export const handler: CommandHandler = {
  async run(ctx) {
    const { t } = ctx;
    const corrected = await undoCorrection(ctx);
    if (corrected) return corrected;
    const events = await undoLast(ctx.deps.store, ctx);
    if (events.length === 0) return refusal(t.nothingToUndo);
    return textReply(...events.map((e) => t.undone(e.publicNumber, e.ownerName, t.status[e.toStatus ?? 'open'])));
  },
};
