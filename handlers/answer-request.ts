// The body of /approve 3 and /decline 3 reason (and the «تأیید» / «رد» buttons): the chair's chat, the chair or
// the secretary answers what an owner's chat asked about item 3, and that chat is told.
import { formatJalali } from '../src/core/calendar.js';
import { MESSAGES } from '../src/core/i18n.js';
import { answerRequests } from '../src/core/requests.js';
import { toLatinDigits } from '../src/core/text.js';
import type { Reply } from '../src/core/types.js';
import { type CommandContext, refusal, textReply } from './context.js';

export async function answerRequest(ctx: CommandContext, decision: 'approved' | 'declined'): Promise<Reply> {
  const { deps, t } = ctx;
  if (!deps.requests) return refusal(t.notAllowed);
  const o = await answerRequests(deps.store, deps.requests, ctx, decision, ctx.args);
  switch (o.kind) {
    case 'usage':
      return refusal(t.ext.answerUsage);
    case 'not_allowed':
      return refusal(t.notAllowed);
    case 'bad_number':
      return refusal(t.badNumber(t.num(toLatinDigits(o.token).slice(0, 20))));
    case 'not_found':
      return refusal(t.notFound(t.num(toLatinDigits(o.token))));
    case 'nothing_pending':
      return refusal(t.ext.nothingPending(o.number));
    case 'need_reason':
      return refusal(t.ext.needDeclineReason(o.number));
    case 'answered': {
      const lang = deps.languageFor();
      const c = MESSAGES[lang];
      const due = (l: typeof lang) => (o.after ? formatJalali(o.after, l) : '');
      const told =
        o.decision === 'approved' ? c.ext.approved(o.number, due(lang)) : c.ext.declined(o.number, o.answer ?? '');
      for (const ownerId of new Set(o.requests.map((r) => r.ownerId)))
        await deps.tell?.owner(ownerId, { ...textReply(told), items: [o.number], kind: 'request-answer' });
      const line =
        o.decision === 'approved' ? t.ext.approved(o.number, due(ctx.lang)) : t.ext.declined(o.number, o.answer ?? '');
      return { ...textReply(line), kind: 'status-change' };
    }
  }
}
