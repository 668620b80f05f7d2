// Requests to the chair (an extension of an item's deadline) and its answers. Spread into `fa` / `en` in
// i18n.ts under `ext`. Dates come in already written in the message's calendar and digits.
import { toPersianDigits as fa } from '../text.js';

export const EXT_FA = {
  usage: (ex: string) => `این‌طور بنویسید: /extend ۳ ${ex} دلیل — چیزی تغییر نکرد.`,
  answerUsage: 'شماره مصوبه را بنویسید، مثلاً /approve ۳ یا /decline ۳ دلیل',
  badDate: (text: string, ex: string) => `«${fa(text)}» تاریخ درستی نیست؛ مثلاً ${ex} بنویسید — چیزی تغییر نکرد.`,
  notAfter: (n: number, current: string) =>
    `مهلت درخواستی باید بعد از مهلت فعلی مصوبه ${fa(n)} (${current}) باشد — چیزی تغییر نکرد.`,
  needReason: (n: number, ex: string) =>
    `دلیل تمدید را بنویسید، مثلاً /extend ${fa(n)} ${ex} منتظر پاسخ ثبت احوال — چیزی تغییر نکرد.`,
  closed: (n: number) => `سهم این گروه از مصوبه ${fa(n)} بسته شده است؛ تمدید لازم نیست — چیزی تغییر نکرد.`,
  alreadyPending: (n: number, due: string) =>
    `درخواست تمدید مصوبه ${fa(n)} تا ${due} هنوز منتظر پاسخ رئیس جلسه است — چیزی تغییر نکرد.`,
  asked: (n: number, due: string) => `درخواست تمدید مصوبه ${fa(n)} تا ${due} برای رئیس جلسه فرستاده شد.`,
  /** What the chair's chat receives, above «تأیید» / «رد». */
  toChair: (n: number, owners: string, current: string, due: string, reason: string) =>
    `درخواست تمدید مصوبه ${fa(n)} از ${owners} تا ${due} (مهلت فعلی: ${current}) — دلیل: ${reason}`,
  noDeadline: 'بدون مهلت',
  approveButton: '✅ تأیید',
  declineButton: '❌ رد',
  nothingPending: (n: number) => `برای مصوبه ${fa(n)} درخواستی منتظر پاسخ نیست — چیزی تغییر نکرد.`,
  /** `choice`: the request chosen among several (an owner, a place in the list), kept in the example. */
  needDeclineReason: (n: number, choice?: string | null) =>
    `دلیل رد را بنویسید، مثلاً /decline ${fa(n)}${choice ? ` ${fa(choice)}` : ''} مهلت قانونی تمام است — چیزی تغییر نکرد.`,
  askDeclineReason: (n: number) =>
    `دلیل رد درخواست مصوبه ${fa(n)} را در پاسخ به همین پیام بنویسید (یا /decline ${fa(n)} دلیل).`,
  approved: (n: number, due: string) => `تمدید مصوبه ${fa(n)} تأیید شد؛ مهلت تازه: ${due}.`,
  declined: (n: number, reason: string) => `درخواست تمدید مصوبه ${fa(n)} رد شد — دلیل: ${reason}`,
  historyRequest: (when: string, who: string, owner: string, reason: string) =>
    `${when} — ${who} (${owner}): درخواست تمدید مهلت — ${reason}`,
  historyApproved: (when: string, who: string, owner: string) => `${when} — ${who} (${owner}): تمدید تأیید شد`,
  historyDeclined: (when: string, who: string, owner: string, reason: string) =>
    `${when} — ${who} (${owner}): تمدید رد شد — ${reason}`,
  /** In reminders and item blocks while a request waits. */
  pendingLine: (due: string) => `⏳ درخواست تمدید تا ${due} منتظر پاسخ رئیس جلسه است`,
  /** /approve 3 or /decline 3 with more than one request waiting and no choice made: the list, then how to choose. */
  severalPending: (n: number) => `برای مصوبه ${fa(n)} چند درخواست منتظر پاسخ است و چیزی تغییر نکرد:`,
  pendingAcceptance: (i: number, owners: string, evidence: string) =>
    `${fa(i)}. ${owners} — اعلام انجام — مستندات: ${evidence}`,
  pendingExtension: (i: number, owners: string, due: string, reason: string) =>
    `${fa(i)}. ${owners} — تمدید تا ${due} — دلیل: ${reason}`,
  chooseHint: (cmd: 'approve' | 'decline', n: number, owner: string) => {
    const reason = cmd === 'decline' ? ' دلیل' : '';
    return `برای پاسخ به یکی، نام متولی یا شماره‌اش در همین فهرست را بنویسید: /${cmd} ${fa(n)} ${owner}${reason} یا /${cmd} ${fa(n)} ۱${reason}؛ برای همه: /${cmd} ${fa(n)} همه${reason}`;
  },
  unknownChoice: (n: number, text: string) => `«${fa(text)}» در میان درخواست‌های منتظر مصوبه ${fa(n)} نیست.`,
  ambiguousChoice: (n: number, owner: string) =>
    `${owner} برای مصوبه ${fa(n)} بیش از یک درخواست منتظر دارد؛ شماره‌اش را در فهرست بنویسید.`,
  /** A button (or `#12`) naming a request that no longer waits. */
  goneAnswered: (n: number) => `این درخواست مصوبه ${fa(n)} پیش‌تر پاسخ گرفته است — چیزی تغییر نکرد.`,
  goneWithdrawn: (n: number, owner: string) => `${owner} این درخواست مصوبه ${fa(n)} را پس گرفته است — چیزی تغییر نکرد.`,
  askDeclineReasonOf: (n: number, owners: string) =>
    `دلیل رد درخواست ${owners} درباره مصوبه ${fa(n)} را در پاسخ به همین پیام بنویسید.`,
  /** /undo in the owner's chat: its request for more time taken back before the chair answered. */
  withdrawn: (n: number, due: string) => `درخواست تمدید مصوبه ${fa(n)} پس گرفته شد؛ مهلت همان ${due} است.`,
  withdrawnToChair: (n: number, owners: string, due: string) =>
    `${owners} درخواست تمدید مصوبه ${fa(n)} تا ${due} را پس گرفت؛ دیگر منتظر پاسخ شما نیست.`,
  historyWithdrawn: (when: string, who: string, owner: string) =>
    `${when} — ${who} (${owner}): درخواست تمدید پس گرفته شد`,
  alreadyApproved: (n: number) =>
    `تمدید مصوبه ${fa(n)} را رئیس جلسه پیش‌تر تأیید کرده و دیگر پس گرفتنی نیست — چیزی تغییر نکرد.`,
  alreadyDeclined: (n: number) =>
    `درخواست تمدید مصوبه ${fa(n)} را رئیس جلسه پیش‌تر رد کرده و چیزی برای پس گرفتن نمانده است — چیزی تغییر نکرد.`,
  /** /undo 3 where the request waiting on item 3 is not this chat's to take back. */
  othersRequest: (n: number, owners: string) =>
    `درخواست منتظر مصوبه ${fa(n)} از ${owners} است، نه از این گروه؛ فقط گفتگوی خودشان می‌تواند آن را پس بگیرد — چیزی تغییر نکرد.`,
  elsewhereRequest: (n: number) =>
    `درخواست منتظر مصوبه ${fa(n)} از گفتگوی دیگری فرستاده شده است؛ از همان‌جا /undo ${fa(n)} بنویسید — چیزی تغییر نکرد.`,
};

export const EXT_EN: typeof EXT_FA = {
  usage: (ex) => `Write: /extend 3 ${ex} reason — nothing changed.`,
  answerUsage: 'Write the item number, e.g. /approve 3 or /decline 3 reason',
  badDate: (text, ex) => `“${text}” is not a date; write e.g. ${ex} — nothing changed.`,
  notAfter: (n, current) =>
    `The date asked for must be after item ${n}’s current deadline (${current}) — nothing changed.`,
  needReason: (n, ex) =>
    `Write the reason for more time, e.g. /extend ${n} ${ex} waiting for the registry — nothing changed.`,
  closed: (n) => `This chat’s share of item ${n} is closed; no extension needed — nothing changed.`,
  alreadyPending: (n, due) => `The request to extend item ${n} to ${due} still awaits the chair — nothing changed.`,
  asked: (n, due) => `The request to extend item ${n} to ${due} was sent to the chair.`,
  toChair: (n, owners, current, due, reason) =>
    `${owners} ask to extend item ${n} to ${due} (current deadline: ${current}) — reason: ${reason}`,
  noDeadline: 'no deadline',
  approveButton: '✅ Approve',
  declineButton: '❌ Decline',
  nothingPending: (n) => `Nothing about item ${n} awaits an answer — nothing changed.`,
  needDeclineReason: (n, choice) =>
    `Write the reason, e.g. /decline ${n}${choice ? ` ${choice}` : ''} the legal deadline has passed — nothing changed.`,
  askDeclineReason: (n) =>
    `Reply to this message with the reason for declining item ${n}’s request (or /decline ${n} reason).`,
  approved: (n, due) => `Extension of item ${n} approved; new deadline: ${due}.`,
  declined: (n, reason) => `The request to extend item ${n} was declined — reason: ${reason}`,
  historyRequest: (when, who, owner, reason) => `${when} — ${who} (${owner}): asked for more time — ${reason}`,
  historyApproved: (when, who, owner) => `${when} — ${who} (${owner}): extension approved`,
  historyDeclined: (when, who, owner, reason) => `${when} — ${who} (${owner}): extension declined — ${reason}`,
  pendingLine: (due) => `⏳ a request for time until ${due} awaits the chair`,
  severalPending: (n) => `More than one request about item ${n} awaits an answer; nothing changed:`,
  pendingAcceptance: (i, owners, evidence) => `${i}. ${owners} — reported done — evidence: ${evidence}`,
  pendingExtension: (i, owners, due, reason) => `${i}. ${owners} — more time until ${due} — reason: ${reason}`,
  chooseHint: (cmd, n, owner) => {
    const reason = cmd === 'decline' ? ' reason' : '';
    return `To answer one, write its owner or its number in this list: /${cmd} ${n} ${owner}${reason} or /${cmd} ${n} 1${reason}; for all of them: /${cmd} ${n} all${reason}`;
  },
  unknownChoice: (n, text) => `“${text}” is not among the requests awaiting an answer about item ${n}.`,
  ambiguousChoice: (n, owner) =>
    `${owner} has more than one request about item ${n} waiting; write its number in the list.`,
  goneAnswered: (n) => `This request about item ${n} was answered already — nothing changed.`,
  goneWithdrawn: (n, owner) => `${owner} took this request about item ${n} back — nothing changed.`,
  askDeclineReasonOf: (n, owners) =>
    `Reply to this message with the reason for declining the request of ${owners} about item ${n}.`,
  withdrawn: (n, due) => `The request to extend item ${n} was taken back; the deadline stays ${due}.`,
  withdrawnToChair: (n, owners, due) =>
    `${owners} took back the request to extend item ${n} to ${due}; it no longer awaits your answer.`,
  historyWithdrawn: (when, who, owner) => `${when} — ${who} (${owner}): request for more time taken back`,
  alreadyApproved: (n) =>
    `The chair approved item ${n}’s extension already; it cannot be taken back — nothing changed.`,
  alreadyDeclined: (n) =>
    `The chair declined the request to extend item ${n} already; there is nothing to take back — nothing changed.`,
  othersRequest: (n, owners) =>
    `The request awaiting the chair about item ${n} is from ${owners}, not this chat; only their chat can take it back — nothing changed.`,
  elsewhereRequest: (n) =>
    `The request about item ${n} was sent from another chat; write /undo ${n} there — nothing changed.`,
};
