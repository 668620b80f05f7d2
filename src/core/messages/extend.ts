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
  needDeclineReason: (n: number) =>
    `دلیل رد را بنویسید، مثلاً /decline ${fa(n)} مهلت قانونی تمام است — چیزی تغییر نکرد.`,
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
  needDeclineReason: (n) => `Write the reason, e.g. /decline ${n} the legal deadline has passed — nothing changed.`,
  askDeclineReason: (n) =>
    `Reply to this message with the reason for declining item ${n}’s request (or /decline ${n} reason).`,
  approved: (n, due) => `Extension of item ${n} approved; new deadline: ${due}.`,
  declined: (n, reason) => `The request to extend item ${n} was declined — reason: ${reason}`,
  historyRequest: (when, who, owner, reason) => `${when} — ${who} (${owner}): asked for more time — ${reason}`,
  historyApproved: (when, who, owner) => `${when} — ${who} (${owner}): extension approved`,
  historyDeclined: (when, who, owner, reason) => `${when} — ${who} (${owner}): extension declined — ${reason}`,
  pendingLine: (due) => `⏳ a request for time until ${due} awaits the chair`,
};
