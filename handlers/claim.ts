// /done from an owner's chat when the council requires the chair's acceptance (REQUIRE_ACCEPTANCE): the share
// waits as «منتظر تأیید», the chair's chats get the claim with its evidence and «تأیید» / «برگشت», and /approve or
// /decline (or the buttons) answer it, as they answer a request for more time.
import type { Outcome } from '../src/core/followup.js';
import { MESSAGES } from '../src/core/i18n.js';
import { claimDone } from '../src/core/requests.js';
import type { Reply } from '../src/core/types.js';
import { type CommandContext, refusal, textReply } from './context.js';
import { type CheckedFile, keepEvidence } from './evidence.js';
import { outcomeLines } from './outcomes.js';

export async function claim(
  ctx: CommandContext,
  tokens: string[],
  note: string | null,
  file: CheckedFile | null,
): Promise<Reply> {
  const { deps, t } = ctx;
  const outcomes = await claimDone(deps.store, deps.requests!, ctx, tokens, note);
  const lines: string[] = [];
  const claimed: number[] = [];
  for (const o of outcomes) {
    if (o.kind === 'claimed') {
      claimed.push(o.number);
      lines.push(t.acc.claimed(o.number, o.owners.join(t.listSep)));
    } else if (o.kind === 'already_claimed') lines.push(t.acc.alreadyClaimed(o.number));
    else lines.push(...outcomeLines(t, [o as Outcome]));
  }
  if (claimed.length === 0) return { ...refusal(...lines), kind: 'status-refused' };
  const kept = file ? await keepEvidence(ctx, claimed, file, note) : null;
  if (kept) lines.push(kept);
  // The chair's chats hear it in the council's language, with the evidence and the buttons that answer it.
  const lang = deps.languageFor();
  const c = MESSAGES[lang];
  for (const o of outcomes) {
    if (o.kind !== 'claimed') continue;
    const evidence = [o.text, file ? `📎 ${file.name}` : null].filter(Boolean).join(' · ');
    // The buttons name this request, so a press answers it alone whatever else waits on the item.
    const value = `${o.number}#${o.requestId}`;
    await deps.tell?.chair({
      ...textReply(
        c.acc.toChair(o.number, o.owners.join(c.listSep), o.res.text),
        c.acc.evidenceLine(evidence || c.acc.noEvidence),
      ),
      buttons: [
        { label: c.ext.approveButton, action: 'approve', value },
        { label: c.acc.returnButton, action: 'decline', value },
      ],
      items: [o.number],
      kind: 'request',
    });
  }
  return { ...textReply(...lines), kind: 'status-change' };
}
