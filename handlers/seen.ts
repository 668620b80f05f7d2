// /seen 3 5 (and the «رویت شد» button): this chat acknowledges the notice of its items.
import { formatJalaliDateTime } from '../src/core/calendar.js';
import { acknowledge } from '../src/core/notice.js';
import { splitNumberList } from '../src/core/numbers.js';
import { toLatinDigits } from '../src/core/text.js';
import { type CommandHandler, refusal, textReply } from './context.js';

export const handler: CommandHandler = {
  async run(ctx) {
    const { t } = ctx;
    const { tokens } = splitNumberList(ctx.args);
    if (ctx.auth.bindings.every((b) => b.role !== 'committee')) return refusal(t.notLinked);
    if (tokens.length === 0) return refusal(t.loop.needSeenNumber);
    const outcomes = await acknowledge(ctx.deps.store, ctx, tokens);
    const lines = outcomes.map((o) => {
      switch (o.kind) {
        case 'bad_number':
          return t.badNumber(t.num(toLatinDigits(o.token).slice(0, 20)));
        case 'not_found':
          return t.notFound(t.num(toLatinDigits(o.token)));
        case 'not_yours':
          return t.notYours(o.number);
        case 'already':
          return t.loop.alreadySeen(o.number, formatJalaliDateTime(o.at, ctx.deps.timeZone, ctx.lang), o.by);
        default:
          return t.loop.seen(o.number, o.owners.join(t.listSep));
      }
    });
    return outcomes.some((o) => o.kind === 'seen')
      ? { ...textReply(...lines), kind: 'status-change' }
      : { ...refusal(...lines), kind: 'status-refused' };
  },
};
