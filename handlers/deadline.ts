// /deadline 7 ۱۴۰۵/۱۰/۰۱ sets item 7's deadline (or «جلسه بعدی», next-meeting, none). The chair's chat or
// the secretary only; /undo reverts it.
import { correctDeadline } from '../src/core/corrections.js';
import type { CommandHandler } from './context.js';
import { correctionReply } from './correction-reply.js';

export const handler: CommandHandler = {
  async run(ctx) {
    const { deps, t } = ctx;
    if (!deps.corrections) return correctionReply(ctx, { kind: 'not_allowed' }, t.fix.deadlineUsage(ctx.example));
    const outcome = await correctDeadline(deps.store, deps.corrections, ctx, ctx.args);
    return correctionReply(ctx, outcome, t.fix.deadlineUsage(ctx.example));
  },
};
