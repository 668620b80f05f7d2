import { undoLast } from '../src/core/followup.js';
import { type Command, refusal, textReply } from './context.js';

export const undoCommand: Command = {
  name: 'undo',
  summary: { fa: 'برگرداندن آخرین تغییر این گروه', en: 'revert this chat’s last change' },
  async run(ctx) {
    const { t } = ctx;
    const events = await undoLast(ctx.deps.store, ctx);
    if (events.length === 0) return refusal(t.nothingToUndo);
    return textReply(...events.map((e) => t.undone(e.publicNumber, e.ownerName, t.status[e.toStatus ?? 'open'])));
  },
};
