// /reopen 3 <reason>: a done item is open again for this chat's committees (every owner from the chair's chat
// or by the secretary), as /done would have changed it; the reason is kept with the change in the history.
import { isUnlinked } from '../src/core/auth.js';
import { reopen } from '../src/core/followup.js';
import { splitNumberList } from '../src/core/numbers.js';
import { type CommandHandler, refusal } from './context.js';
import { outcomeReply } from './outcomes.js';

export const handler: CommandHandler = {
  async run(ctx) {
    const { t } = ctx;
    if (isUnlinked(ctx.auth)) return refusal(t.notLinked);
    const { tokens, rest } = splitNumberList(ctx.args);
    if (tokens.length === 0) return refusal(t.needNumber('reopen'));
    const reason = rest.trim();
    if (!reason) return refusal(t.needReopenReason(Number.parseInt(tokens[0]!, 10) || 3));
    return outcomeReply(t, await reopen(ctx.deps.store, ctx, tokens, reason), 'reopen');
  },
};
