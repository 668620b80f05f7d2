// The chair's acceptance of a claim of «done» (REQUIRE_ACCEPTANCE) and the evidence sent with it. Spread into
// `fa` / `en` in i18n.ts under `acc`.
import { toPersianDigits as fa } from '../text.js';

export const ACC_FA = {
  /** A share whose claim of «done» waits for the chair, wherever its status is shown. */
  awaiting: 'منتظر تأیید',
  claimed: (n: number, owners: string) =>
    `انجام مصوبه ${fa(n)} برای ${owners} برای تأیید رئیس جلسه فرستاده شد؛ تا تأیید، «منتظر تأیید» است.`,
  alreadyClaimed: (n: number) => `انجام مصوبه ${fa(n)} پیش‌تر اعلام شده و منتظر تأیید رئیس جلسه است — چیزی تغییر نکرد.`,
  /** What the chair's chat receives, above «تأیید» / «برگشت». */
  toChair: (n: number, owners: string, text: string) => `${owners} انجام مصوبه ${fa(n)} را اعلام کرد: ${text}`,
  evidenceLine: (text: string) => `مستندات: ${text}`,
  noEvidence: 'مستندی همراه نشده است',
  returnButton: '↩️ برگشت',
  accepted: (n: number, owners: string) => `انجام مصوبه ${fa(n)} برای ${owners} تأیید شد.`,
  returned: (n: number, reason: string) => `اعلام انجام مصوبه ${fa(n)} برگشت خورد — دلیل: ${reason}`,
  historyClaim: (when: string, who: string, owner: string) => `${when} — ${who} (${owner}): اعلام انجام، منتظر تأیید`,
  historyReturned: (when: string, who: string, owner: string, reason: string) =>
    `${when} — ${who} (${owner}): اعلام انجام برگشت خورد — ${reason}`,
  historyEvidence: (when: string, who: string, owner: string, file: string) =>
    `${when} — ${who} (${owner}): مستند ${file}`,
  historyReopened: (when: string, who: string, owner: string) =>
    `${when} — ${who} (${owner}): پاسخ رئیس جلسه برگردانده شد؛ درخواست دوباره منتظر پاسخ است`,
  /** /undo in the owner's chat: its claim taken back before the chair answered; the share is as before it. */
  withdrawn: (n: number, owners: string, status: string) =>
    `اعلام انجام مصوبه ${fa(n)} برای ${owners} پس گرفته شد؛ دوباره «${status}» است و یادآوری‌هایش ادامه دارد.`,
  withdrawnToChair: (n: number, owners: string) =>
    `${owners} اعلام انجام مصوبه ${fa(n)} را پس گرفت؛ دیگر منتظر تأیید شما نیست.`,
  historyWithdrawn: (when: string, who: string, owner: string) =>
    `${when} — ${who} (${owner}): اعلام انجام پس گرفته شد`,
  alreadyAccepted: (n: number) =>
    `انجام مصوبه ${fa(n)} را رئیس جلسه پیش‌تر تأیید کرده و دیگر پس گرفتنی نیست؛ برای باز کردن دوباره: /reopen ${fa(n)} دلیل — چیزی تغییر نکرد.`,
  alreadyReturned: (n: number) =>
    `اعلام انجام مصوبه ${fa(n)} را رئیس جلسه پیش‌تر برگشت داده و چیزی برای پس گرفتن نمانده است — چیزی تغییر نکرد.`,
  /** /undo of an answer of the chair: the request waits again. */
  answerUndone: (n: number) => `پاسخ به درخواست مصوبه ${fa(n)} برگردانده شد؛ درخواست دوباره منتظر پاسخ است.`,
  tooLarge: (name: string, mb: number) => `فایل «${name}» بزرگ‌تر از حد مجاز (${fa(mb)} مگابایت) است — چیزی تغییر نکرد.`,
  badType: (name: string, allowed: string) => `نوع فایل «${name}» پذیرفته نیست؛ فقط ${allowed} — چیزی تغییر نکرد.`,
  fileNeedsNumber: 'شماره مصوبه را در عنوان فایل بنویسید، مثلاً /done ۳ — چیزی تغییر نکرد.',
  evidenceKept: (name: string) => `مستند «${name}» نگه داشته شد.`,
  evidenceColumn: 'توضیحات و مستندات',
  /** The desk: a resolution's evidence files. */
  deskTitle: 'مستندات',
  deskMissing: 'این فایل در پوشه مستندات پیدا نشد.',
  deskLine: (owner: string, who: string, when: string, size: string) => `${owner} — ${who}، ${when} — ${size}`,
  kb: (n: number) => `${fa(n)} کیلوبایت`,
};

export const ACC_EN: typeof ACC_FA = {
  awaiting: 'awaiting acceptance',
  claimed: (n, owners) => `Item ${n} reported done for ${owners}, sent to the chair; it awaits acceptance until then.`,
  alreadyClaimed: (n) => `Item ${n} was reported done already and awaits the chair — nothing changed.`,
  toChair: (n, owners, text) => `${owners} report item ${n} done: ${text}`,
  evidenceLine: (text) => `Evidence: ${text}`,
  noEvidence: 'no evidence given',
  returnButton: '↩️ Send back',
  accepted: (n, owners) => `Item ${n} accepted as done for ${owners}.`,
  returned: (n, reason) => `The report that item ${n} is done was sent back — reason: ${reason}`,
  historyClaim: (when, who, owner) => `${when} — ${who} (${owner}): reported done, awaiting acceptance`,
  historyReturned: (when, who, owner, reason) => `${when} — ${who} (${owner}): report of done sent back — ${reason}`,
  historyEvidence: (when, who, owner, file) => `${when} — ${who} (${owner}): evidence ${file}`,
  historyReopened: (when, who, owner) =>
    `${when} — ${who} (${owner}): the chair’s answer undone; the request waits again`,
  withdrawn: (n, owners, status) =>
    `The report that item ${n} is done for ${owners} was taken back; it is “${status}” again and its reminders go on.`,
  withdrawnToChair: (n, owners) => `${owners} took back the report that item ${n} is done; it no longer awaits you.`,
  historyWithdrawn: (when, who, owner) => `${when} — ${who} (${owner}): report of done taken back`,
  alreadyAccepted: (n) =>
    `The chair accepted item ${n} as done already; it cannot be taken back. To reopen it: /reopen ${n} reason — nothing changed.`,
  alreadyReturned: (n) =>
    `The chair sent the report that item ${n} is done back already; there is nothing to take back — nothing changed.`,
  answerUndone: (n) => `The answer to item ${n}’s request was undone; the request waits again.`,
  tooLarge: (name, mb) => `The file “${name}” is larger than the limit (${mb} MB) — nothing changed.`,
  badType: (name, allowed) => `The file “${name}” is not of an allowed type; only ${allowed} — nothing changed.`,
  fileNeedsNumber: 'Write the item number in the file’s caption, e.g. /done 3 — nothing changed.',
  evidenceKept: (name) => `Evidence “${name}” kept.`,
  evidenceColumn: 'Notes and evidence',
  deskTitle: 'Evidence',
  deskMissing: 'This file is not in the evidence folder.',
  deskLine: (owner, who, when, size) => `${owner} — ${who}, ${when} — ${size}`,
  kb: (n) => `${n} KB`,
};
