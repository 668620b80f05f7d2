// The body of /approve 3 and /decline 3 reason (and the «تأیید» / «رد» / «برگشت» buttons): the chair's chat, the chair
// or the secretary answers what an owner's chat asked about item 3 (more time, or acceptance of a claim of «done»),
// and that chat is told. With more than one request waiting the reply lists them and says how to answer one, or all.
import { formatJalali } from '../src/core/calendar.js';
import { MESSAGES, type Messages } from '../src/core/i18n.js';
import { answerRequests, type ChairRequestView } from '../src/core/requests.js';
import { toLatinDigits } from '../src/core/text.js';
import type { Language, Reply } from '../src/core/types.js';
import { type CommandContext, refusal, textReply } from './context.js';

/** One request as the chair saw it (the requests one command asked), numbered as in the list. */
export function requestLine(t: Messages, lang: Language, i: number, group: ChairRequestView[]): string {
  const r = group[0]!;
  const owners = group.map((g) => g.ownerName).join(t.listSep);
  if (r.kind === 'acceptance') return t.ext.pendingAcceptance(i, owners, r.reason || t.acc.noEvidence);
  return t.ext.pendingExtension(i, owners, r.dueDate ? formatJalali(r.dueDate, lang) : '?', r.reason);
}

export async function answerRequest(ctx: CommandContext, decision: 'approved' | 'declined'): Promise<Reply> {
  const { deps, t } = ctx;
  if (!deps.requests) return refusal(t.notAllowed);
  const o = await answerRequests(deps.store, deps.requests, ctx, decision, ctx.args, () => deps.store.listOwners());
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
      return refusal(t.ext.needDeclineReason(o.number, o.choice));
    case 'gone':
      return refusal(
        o.request.state === 'withdrawn'
          ? t.ext.goneWithdrawn(o.number, o.request.ownerName)
          : t.ext.goneAnswered(o.number),
      );
    case 'several': {
      const cmd = decision === 'approved' ? 'approve' : 'decline';
      const problem =
        o.problem?.kind === 'unknown'
          ? [t.ext.unknownChoice(o.number, o.problem.text)]
          : o.problem?.kind === 'ambiguous'
            ? [t.ext.ambiguousChoice(o.number, o.problem.owner)]
            : [];
      return refusal(
        ...problem,
        t.ext.severalPending(o.number),
        ...o.groups.map((g, i) => requestLine(t, ctx.lang, i + 1, g)),
        t.ext.chooseHint(cmd, o.number, o.groups[0]![0]!.ownerName),
      );
    }
    case 'answered': {
      // Each kind answered says its own words: a deadline moved or not, a claim of «done» accepted or sent back.
      const say = (m: typeof t, ownerNames: string[], kind: 'extension' | 'acceptance') => {
        const l = m === t ? ctx.lang : deps.languageFor();
        if (kind === 'acceptance')
          return o.decision === 'approved'
            ? m.acc.accepted(o.number, ownerNames.join(m.listSep))
            : m.acc.returned(o.number, o.answer ?? '');
        return o.decision === 'approved'
          ? m.ext.approved(o.number, o.after ? formatJalali(o.after, l) : '')
          : m.ext.declined(o.number, o.answer ?? '');
      };
      const c = MESSAGES[deps.languageFor()];
      const kinds = [...new Set(o.requests.map((r) => r.kind))];
      for (const ownerId of new Set(o.requests.map((r) => r.ownerId))) {
        const theirs = o.requests.filter((r) => r.ownerId === ownerId);
        const lines = kinds
          .filter((k) => theirs.some((r) => r.kind === k))
          .map((k) => say(c, [theirs[0]!.ownerName], k));
        await deps.tell?.owner(ownerId, { ...textReply(...lines), items: [o.number], kind: 'request-answer' });
      }
      const lines = kinds.map((k) =>
        say(t, [...new Set(o.requests.filter((r) => r.kind === k).map((r) => r.ownerName))], k),
      );
      return { ...textReply(...lines), kind: 'status-change' };
    }
  }
}
