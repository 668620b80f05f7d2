// The shared body of /done, /progress and /blocked: one command, several item numbers, an optional note (and
// for /progress a percentage: `/progress 3 60%`). /done may carry a file as evidence, and under REQUIRE_ACCEPTANCE
// an owner's /done is a claim the chair accepts.
import { hasCouncilRights, isUnlinked } from '../src/core/auth.js';
import { reportStatus } from '../src/core/followup.js';
import { splitNumberList } from '../src/core/numbers.js';
import { splitPercent } from '../src/core/percent.js';
import type { Reply, Status } from '../src/core/types.js';
import { claim } from './claim.js';
import { type CommandContext, refusal } from './context.js';
import { keepEvidence, loadEvidence } from './evidence.js';
import { outcomeReply } from './outcomes.js';

export async function changeStatus(
  ctx: CommandContext,
  command: string,
  to: Status,
  opts: { reasonRequired?: boolean } = {},
): Promise<Reply> {
  const { t } = ctx;
  if (isUnlinked(ctx.auth)) return refusal(t.notLinked);
  const split = to === 'in_progress' ? splitPercent(ctx.args) : { ...splitNumberList(ctx.args), percent: null };
  if ('bad' in split) return refusal(t.loop.badPercent(split.bad));
  const { tokens, rest, percent } = split;
  if (tokens.length === 0) return refusal(t.needNumber(command));
  const note = rest.trim() || null;
  if (opts.reasonRequired && !note) {
    const first = Number.parseInt(tokens[0]!, 10);
    return refusal(t.needReason(Number.isFinite(first) ? first : 3));
  }
  // A file sent with /done is evidence: checked first, so a file refused changes nothing.
  const sent = to === 'done' && ctx.incoming.file ? await loadEvidence(ctx, ctx.incoming.file) : null;
  if (sent && 'blocks' in sent) return sent;
  if (to === 'done' && ctx.deps.requireAcceptance && ctx.deps.requests && !hasCouncilRights(ctx.auth))
    return claim(ctx, tokens, note, sent);
  const outcomes = await reportStatus(ctx.deps.store, ctx, tokens, to, note, percent);
  const reply = outcomeReply(t, outcomes);
  if (!sent) return reply;
  const numbers = outcomes.flatMap((o) => (o.kind === 'changed' || o.kind === 'already' ? [o.number] : []));
  const kept = await keepEvidence(ctx, numbers, sent, note);
  return kept ? { ...reply, blocks: [...reply.blocks, { type: 'text', text: kept }] } : reply;
}
