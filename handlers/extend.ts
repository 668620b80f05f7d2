// /extend 3 ۱۴۰۶/۰۲/۱۵ reason: an owner's chat asks the chair for more time on its share of item 3. The request
// waits in the item's history; the chair's chats get it with «تأیید» / «رد» buttons (or /approve, /decline).
import { formatJalali } from '../src/core/calendar.js';
import { MESSAGES } from '../src/core/i18n.js';
import { requestExtension } from '../src/core/requests.js';
import { toLatinDigits } from '../src/core/text.js';
import { type CommandHandler, refusal, textReply } from './context.js';

export const handler: CommandHandler = {
  async run(ctx) {
    const { deps, t } = ctx;
    if (!deps.requests || ctx.auth.bindings.every((b) => b.role !== 'committee')) return refusal(t.notLinked);
    const o = await requestExtension(deps.store, deps.requests, ctx, ctx.args, ctx.today);
    const date = (iso: string) => formatJalali(iso, ctx.lang);
    switch (o.kind) {
      case 'usage':
        return refusal(t.ext.usage(ctx.example));
      case 'bad_number':
        return refusal(t.badNumber(t.num(toLatinDigits(o.token).slice(0, 20))));
      case 'not_found':
        return refusal(t.notFound(t.num(toLatinDigits(o.token))));
      case 'not_yours':
        return refusal(t.notYours(o.number));
      case 'closed':
        return refusal(t.ext.closed(o.number));
      case 'bad_date':
        return refusal(t.ext.badDate(o.text, ctx.example));
      case 'not_after':
        return refusal(t.ext.notAfter(o.number, date(o.current)));
      case 'need_reason':
        return refusal(t.ext.needReason(o.number, ctx.example));
      case 'already_pending':
        return refusal(t.ext.alreadyPending(o.number, o.dueDate ? date(o.dueDate) : '?'));
      case 'asked': {
        // The chair's chats hear it in the council's language, with the buttons that answer it.
        const lang = deps.languageFor();
        const c = MESSAGES[lang];
        const current = o.res.dueDate ? formatJalali(o.res.dueDate, lang) : c.ext.noDeadline;
        // The buttons name this request, so a press answers it alone whatever else waits on the item.
        const value = `${o.number}#${o.requestId}`;
        await deps.tell?.chair({
          ...textReply(
            c.ext.toChair(o.number, o.owners.join(c.listSep), current, formatJalali(o.dueDate, lang), o.reason),
          ),
          buttons: [
            { label: c.ext.approveButton, action: 'approve', value },
            { label: c.ext.declineButton, action: 'decline', value },
          ],
          items: [o.number],
          kind: 'request',
        });
        return { ...textReply(t.ext.asked(o.number, date(o.dueDate))), kind: 'status-change' };
      }
    }
  },
};
