// The shared body of /done, /progress and /blocked: one command, several item numbers, an optional note.
import { reportStatus } from '../src/core/followup.js';
import type { Reply, Status } from '../src/core/types.js';
import { type CommandContext, textReply } from './context.js';
import { outcomeLines, splitNumbers } from './outcomes.js';

export async function changeStatus(
  ctx: CommandContext,
  command: string,
  to: Status,
  opts: { reasonRequired?: boolean } = {},
): Promise<Reply> {
  const { t } = ctx;
  if (ctx.auth.bindings.length === 0 && ctx.auth.memberRole === null) return textReply(t.notLinked);
  const { tokens, rest } = splitNumbers(ctx.args);
  if (tokens.length === 0) return textReply(t.needNumber(command));
  const note = rest.trim() || null;
  if (opts.reasonRequired && !note) {
    const first = Number.parseInt(tokens[0]!, 10);
    return textReply(t.needReason(Number.isFinite(first) ? first : 3));
  }
  const outcomes = await reportStatus(ctx.deps.store, ctx, tokens, to, note);
  return { ...textReply(...outcomeLines(t, outcomes)), kind: 'status-change' };
}
