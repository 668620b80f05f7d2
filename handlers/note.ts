import { isUnlinked } from '../src/core/auth.js';
import { addNote } from '../src/core/followup.js';
import { splitNumberList } from '../src/core/numbers.js';
import { type CommandHandler, refusal } from './context.js';
import { outcomeReply } from './outcomes.js';

export const handler: CommandHandler = {
  async run(ctx) {
    const { t } = ctx;
    if (isUnlinked(ctx.auth)) return refusal(t.notLinked);
    const { tokens, rest } = splitNumberList(ctx.args);
    const first = tokens[0];
    if (!first) return refusal(t.needNumber('note'));
    if (!rest.trim()) return refusal(t.needNoteText(Number.parseInt(first, 10) || 3));
    return outcomeReply(t, await addNote(ctx.deps.store, ctx, first, rest.trim()), 'note');
  },
};
