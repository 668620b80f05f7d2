import { addNote } from '../src/core/followup.js';
import { type Command, textReply } from './context.js';
import { outcomeLines, splitNumbers } from './outcomes.js';

export const noteCommand: Command = {
  name: 'note',
  summary: { fa: 'افزودن یادداشت به مصوبه', en: 'add a note to an item' },
  async run(ctx) {
    const { t } = ctx;
    if (ctx.auth.bindings.length === 0 && ctx.auth.memberRole === null) return textReply(t.notLinked);
    const { tokens, rest } = splitNumbers(ctx.args);
    const first = tokens[0];
    if (!first) return textReply(t.needNumber('note'));
    if (!rest.trim()) return textReply(t.needNoteText(Number.parseInt(first, 10) || 3));
    return textReply(...outcomeLines(t, await addNote(ctx.deps.store, ctx, first, rest.trim()), true));
  },
};
