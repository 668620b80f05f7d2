// Every sentence peygir says, in Persian (default) and English. Numbers are formatted by `num`.

import { ACC_EN, ACC_FA } from './messages/accept.js';
import { FIX_EN, FIX_FA } from './messages/corrections.js';
import { DESK_EN, DESK_FA } from './messages/desk.js';
import { DESK_BULK_EN, DESK_BULK_FA } from './messages/desk-bulk.js';
import { DESK_DAYS_OFF_EN, DESK_DAYS_OFF_FA } from './messages/desk-days-off.js';
import { DESK_FILTERS_EN, DESK_FILTERS_FA } from './messages/desk-filters.js';
import { DESK_AUDIT_EN, DESK_AUDIT_FA, DESK_HOME_EN, DESK_HOME_FA } from './messages/desk-home.js';
import { DESK_IMPORT_EN, DESK_IMPORT_FA } from './messages/desk-import.js';
import { DESK_INVITES_EN, DESK_INVITES_FA } from './messages/desk-invites.js';
import { DESK_MEETINGS_EN, DESK_MEETINGS_FA } from './messages/desk-meetings.js';
import { DESK_OWNERS_EN, DESK_OWNERS_FA } from './messages/desk-owners.js';
import { DESK_REPORTS_EN, DESK_REPORTS_FA } from './messages/desk-reports.js';
import { DESK_SESSIONS_EN, DESK_SESSIONS_FA } from './messages/desk-sessions.js';
import { DESK_UNDO_EN, DESK_UNDO_FA } from './messages/desk-undo.js';
import { EXT_EN, EXT_FA } from './messages/extend.js';
import { IMP_EN, IMP_FA } from './messages/import.js';
import { INPUT_EN, INPUT_FA } from './messages/input.js';
import { INVITE_EN, INVITE_FA } from './messages/invites.js';
import { LOOP_EN, LOOP_FA } from './messages/loop.js';
import { MESSENGER_EN, MESSENGER_FA } from './messages/messengers.js';
import { MEMORY_EN, MEMORY_FA } from './messages/owner-memory.js';
import { QUIET_EN, QUIET_FA } from './messages/quiet.js';
import { REPLIES_EN, REPLIES_FA } from './messages/replies.js';
import { REMIND_EN, REMIND_FA } from './schedule/messages.js';
import { toPersianDigits } from './text.js';
import type { Language, Status } from './types.js';

/** What can be wrong with the letterhead image when a report is made (src/reports/letterhead.ts). */
export type LetterheadFault = 'missing' | 'unreadable' | 'too-large' | 'not-image';

const fa = {
  num: (n: number | string) => toPersianDigits(n),
  status: {
    open: 'باز',
    in_progress: 'در حال انجام',
    done: 'انجام شد',
    blocked: 'مانع دارد',
    cancelled: 'لغو شد',
  } satisfies Record<Status, string>,
  overdue: 'معوق',
  dueOn: (d: string) => `مهلت: ${d}`,
  dueNextMeeting: 'مهلت: جلسه بعدی',
  /** The deadline «the next meeting» where the word مهلت is already said (a reply, a column). */
  nextMeetingWord: 'جلسه بعدی',
  owners: (names: string) => `متولی: ${names}`,
  noOwner: 'بدون متولی',
  progress: (done: number, total: number) =>
    `${toPersianDigits(done)} از ${toPersianDigits(total)} متولی انجام داده‌اند`,
  start: [
    'پیگیر مصوبات جلسات را تا انجام شدن دنبال می‌کند.',
    'هر کمیته در گروه خودش فهرست کارهایش را می‌بیند، یادآوری می‌گیرد و وضعیت را گزارش می‌دهد.',
    'برای شروع، در گروه کمیته بنویسید: /link نام کمیته',
  ],
  helpTitle: 'دستورها',
  help: (ex: string) => [
    '/list — کارهای باز این گروه',
    '/done ۳ [توضیح] — مصوبه ۳ انجام شد (چند شماره هم می‌شود: /done ۳ ۵ یا /done ۳، ۵ و ۷)؛ توضیح و فایلی با عنوان /done ۳ مستند آن است',
    '/progress ۳ [۶۰٪] [توضیح] — در حال انجام، با درصد پیشرفت',
    '/seen ۳ ۵ — رویت مصوبات ابلاغ‌شده به این گروه',
    `/extend ۳ ${ex} دلیل — درخواست تمدید مهلت از رئیس جلسه`,
    '/approve ۳ — تأیید درخواست تمدید یا اعلام انجام (گروه رئیس یا دبیر)؛ با چند درخواست: /approve ۳ نام متولی، /approve ۳ ۲ یا /approve ۳ همه',
    '/decline ۳ دلیل — رد درخواست تمدید یا برگشت اعلام انجام، با دلیل (گروه رئیس یا دبیر)؛ با چند درخواست: /decline ۳ نام متولی دلیل',
    '/blocked ۳ دلیل — مانع دارد',
    '/note ۳ متن — افزودن یادداشت',
    '/reopen ۳ دلیل — باز کردن دوباره مصوبه انجام‌شده',
    '/undo — برگرداندن آخرین تغییر این گروه (اعلام انجام یا درخواست تمدیدی که هنوز پاسخ نگرفته پس گرفته می‌شود)؛ /undo ۳ — آخرین تغییر این گروه در مصوبه ۳',
    '/status — وضعیت کلی؛ /status ۳ — سابقه یک مصوبه',
    '/status نام کمیته یا /status جلسه ۵۵ — وضعیت یک کمیته یا یک جلسه',
    '/report [جلسه ۵۵] [نام کمیته] [۱۴۰۱/۰۷/۰۱-۱۴۰۱/۰۹/۳۰] — فایل اکسل و نمودار پیشرفت',
    '/link نام کمیته — اتصال این گروه به یک کمیته؛ /link chair — گروه رئیس جلسه',
    '/unlink — قطع اتصال این گروه',
    '/schedule — تنظیمات یادآوری؛ /schedule کمیته فاوا weekly sun 10:00 (گروه رئیس یا دبیر)',
    `/meeting ${ex} ۰۸:۳۰ — زمان جلسه بعدی`,
    '/snooze ۳ ۳d — یادآوری مصوبه ۳ تا سه روز خاموش (یا تا یک تاریخ)',
    '/schedule digest — این گروه فقط خلاصه هفتگی بگیرد (/schedule all برای همه یادآوری‌ها)؛ /schedule mute — پیگیر شما را با @ صدا نزند',
    `/schedule کمیته فاوا pause ${ex} — توقف یادآوری‌های یک کمیته تا یک تاریخ (رئیس جلسه)؛ resume برای ادامه`,
  ],
  invalidDate: (text: string) => `تاریخ نامعتبر: ${toPersianDigits(text)} — چنین روزی در تقویم نیست؛ چیزی تغییر نکرد.`,
  invalidTime: (text: string) =>
    `ساعت نامعتبر: ${toPersianDigits(text)} — ساعت از ۰۰:۰۰ تا ۲۳:۵۹ است؛ چیزی تغییر نکرد.`,
  notLinked: 'این گفتگو هنوز به کمیته‌ای وصل نیست. در گروه کمیته بنویسید: /link نام کمیته',
  needNumber: (cmd: string) => `شماره مصوبه را بنویسید، مثلاً /${cmd} ۳`,
  needReason: (n: number) => `دلیل مانع را بنویسید، مثلاً /blocked ${toPersianDigits(n)} منتظر پاسخ ثبت احوال`,
  needNoteText: (n: number) => `متن یادداشت را بنویسید، مثلاً /note ${toPersianDigits(n)} نامه ارسال شد`,
  notFound: (n: string) => `مصوبه‌ای با شماره ${n} پیدا نشد. فهرست را با /list ببینید.`,
  badNumber: (token: string) => `«${token}» شماره مصوبه نیست. شماره مصوبه را بنویسید، مثلاً /done ۳`,
  notYours: (n: number) => `مصوبه ${toPersianDigits(n)} به کمیته‌های این گروه مربوط نیست.`,
  notAllowed: 'این کار فقط از گروه رئیس جلسه یا توسط دبیر جلسه ممکن است.',
  already: (n: number, s: string) => `مصوبه ${toPersianDigits(n)} همین حالا «${s}» است.`,
  cannotMove: (n: number, from: string, to: string, hint: string) =>
    `مصوبه ${toPersianDigits(n)} «${from}» است و نمی‌تواند مستقیم «${to}» شود. ${hint}`,
  reopenHint: (n: number) => `برای باز کردن دوباره: /reopen ${toPersianDigits(n)} دلیل`,
  cancelledHint: 'مصوبه لغوشده فقط در میز دبیرخانه دوباره باز می‌شود.',
  needReopenReason: (n: number) => `دلیل باز کردن دوباره را بنویسید، مثلاً /reopen ${toPersianDigits(n)} گزارش ناقص بود`,
  reopenNotDone: (n: number, s: string) =>
    `مصوبه ${toPersianDigits(n)} «${s}» است، نه «انجام شد»؛ باز است و چیزی تغییر نکرد.`,
  reopened: (n: number, owner: string) => `مصوبه ${toPersianDigits(n)} برای ${owner} دوباره باز شد.`,
  changed: (n: number, owner: string, s: string) => `مصوبه ${toPersianDigits(n)} برای ${owner}: ${s}.`,
  resolutionDone: (n: number) => `مصوبه ${toPersianDigits(n)} به طور کامل انجام شد. ✅`,
  othersPending: (k: number) => `${toPersianDigits(k)} متولی دیگر هنوز گزارش نداده‌اند.`,
  noted: (n: number, owner: string) => `یادداشت برای مصوبه ${toPersianDigits(n)} (${owner}) ثبت شد.`,
  nothingToUndo: 'تغییری از این گروه برای برگرداندن نیست.',
  nothingToUndoOn: (n: number) => `تغییری از این گروه در مصوبه ${toPersianDigits(n)} برای برگرداندن نیست.`,
  undoUsage:
    'این‌طور بنویسید: /undo (آخرین تغییر این گروه) یا /undo ۳ (آخرین تغییر این گروه در مصوبه ۳) — چیزی تغییر نکرد.',
  undone: (n: number, owner: string, s: string) =>
    `برگردانده شد: مصوبه ${toPersianDigits(n)} برای ${owner} دوباره «${s}» است.`,
  conflict: 'وضعیت همین الان از جای دیگری تغییر کرد. لطفاً دوباره امتحان کنید.',
  tryAgain: 'مشکلی پیش آمد و چیزی ثبت نشد. لطفاً کمی بعد دوباره امتحان کنید.',
  listTitle: (who: string) => `کارهای باز ${who}`,
  listEmpty: (who: string) => `${who} کار بازی ندارد. 👏`,
  linkUsage: 'نام کمیته را بنویسید، مثلاً /link کمیته فاوا — یا /link chair برای گروه رئیس جلسه.',
  linkUnknown: (name: string, known: string) => `کمیته‌ای به نام «${name}» نیست. کمیته‌ها: ${known}`,
  linkUnknownNone: (name: string) => `کمیته‌ای به نام «${name}» نیست. ابتدا صورتجلسه را وارد کنید.`,
  chair: 'رئیس جلسه',
  statusTitle: 'وضعیت مصوبات',
  // Items in all: finished, and not yet (overdue among them). «باز» is kept for the exclusive part of a line.
  statusTotals: (total: number, done: number, notDone: number, overdue: number) =>
    `کل: ${toPersianDigits(total)} · انجام شده: ${toPersianDigits(done)} · انجام نشده: ${toPersianDigits(notDone)}، از آن معوق: ${toPersianDigits(overdue)}`,
  // One owner's shares in exclusive parts that add up: a late share is counted as overdue only.
  statusOwnerLine: (name: string, open: number, prog: number, blocked: number, overdue: number, done: number) =>
    `${name}: باز ${toPersianDigits(open)} · در حال انجام ${toPersianDigits(prog)} · مانع دارد ${toPersianDigits(blocked)} · معوق ${toPersianDigits(overdue)} · انجام شده ${toPersianDigits(done)}`,
  overdueTitle: 'موارد معوق',
  blockedTitle: 'موارد دارای مانع',
  daysOverdue: (d: number) => `${toPersianDigits(d)} روز تأخیر`,
  nothingYet: 'هنوز صورتجلسه‌ای وارد نشده است.',
  historyTitle: (n: number) => `سابقه مصوبه ${toPersianDigits(n)}`,
  historyLine: (when: string, who: string, owner: string, from: string, to: string) =>
    `${when} — ${who} (${owner}): ${from} ← ${to}`,
  historyNote: (when: string, who: string, owner: string, note: string) =>
    `${when} — ${who} (${owner}): یادداشت: ${note}`,
  historyImport: (when: string, owner: string) => `${when} — ثبت از صورتجلسه برای ${owner}`,
  historyUndo: (when: string, who: string, owner: string, to: string) =>
    `${when} — ${who} (${owner}): برگرداندن به «${to}»`,
  meeting: (n: string) => `جلسه ${n}`,
  unknownCommand: 'این دستور را نمی‌شناسم. راهنما: /help',
  notUnderstood:
    'این پیام دستور نیست و پاسخی هم به پیام قبلی نیست. زیر یک فهرست یا یادآوری «انجام شد» یا شماره مصوبه را بنویسید؛ راهنما: /help',
  buttons: { done: '✅ انجام شد', progress: '⏳ در حال انجام', blocked: '🚫 مانع دارد', snooze: '💤 بعداً' },
  askReason: (n: number) => `دلیل مانع مصوبه ${toPersianDigits(n)} را در پاسخ به همین پیام بنویسید.`,
  askReasonOf: (name: string, n: number) =>
    `${name}، دلیل مانع مصوبه ${toPersianDigits(n)} را در پاسخ به همین پیام بنویسید.`,
  reasonNotYours: (n: number) =>
    `دلیل مانع مصوبه ${toPersianDigits(n)} از کسی پرسیده شده که دکمه را زد؛ پاسخ شما ثبت نشد و چیزی تغییر نکرد.`,
  pressedBy: (who: string, s: string, n: number) => `${who}: مصوبه ${toPersianDigits(n)} «${s}»`,
  remind: REMIND_FA,
  ...REPLIES_FA,
  ...INPUT_FA,
  ...QUIET_FA,
  ...MESSENGER_FA,
  fix: FIX_FA,
  imp: IMP_FA,
  loop: LOOP_FA,
  ext: EXT_FA,
  acc: ACC_FA,
  memory: MEMORY_FA,
  invite: INVITE_FA,
  desk: DESK_FA,
  deskImport: DESK_IMPORT_FA,
  deskMeetings: DESK_MEETINGS_FA,
  deskOwners: DESK_OWNERS_FA,
  deskReports: DESK_REPORTS_FA,
  deskSessions: DESK_SESSIONS_FA,
  deskDaysOff: DESK_DAYS_OFF_FA,
  deskInvites: DESK_INVITES_FA,
  deskHome: DESK_HOME_FA,
  deskAudit: DESK_AUDIT_FA,
  deskFilters: DESK_FILTERS_FA,
  deskBulk: DESK_BULK_FA,
  deskUndo: DESK_UNDO_FA,
  importTitle: 'پیش‌نمایش صورتجلسه',
  importMeeting: (n: string, date: string) => `جلسه ${n} · ${date}`,
  importCount: (k: number) => `${toPersianDigits(k)} مصوبه`,
  importUpdate: 'این جلسه قبلاً وارد شده است؛ مصوبه‌هایش به‌روز می‌شوند و تکرار نمی‌شوند.',
  importNewOwners: (names: string) => `متولیان جدید: ${names}`,
  importAliases: (pairs: string) => `یکی دانسته شد: ${pairs}`,
  importConfirm: '✅ تأیید و ثبت',
  importCancel: '✖ انصراف',
  importDone: (created: number, updated: number) =>
    `صورتجلسه ثبت شد: ${toPersianDigits(created)} مصوبه جدید، ${toPersianDigits(updated)} به‌روز شده.`,
  importCancelled: 'ورود صورتجلسه لغو شد؛ چیزی ثبت نشد.',
  importExpired: 'این پیش‌نمایش منقضی شده است. فایل را دوباره بفرستید.',
  importNothing: 'در این فایل مصوبه‌ای پیدا نشد؛ چیزی ثبت نشد.',
  importBadFile: (why: string) => `این فایل خوانده نشد: ${why}`,
  reportRange: (from: string, to: string) => `از ${from} تا ${to}`,
  badDate: (d: string) => `تاریخ نامعتبر: ${toPersianDigits(d)}. بازه را این‌طور بنویسید: ۱۴۰۱/۰۷/۰۱-۱۴۰۱/۰۹/۳۰`,
  statusNoMatch: 'مصوبه‌ای با این مشخصات پیدا نشد.',
  historyVia: (chat: string) => `از ${chat}`,
  chatOfOwner: (owner: string) => `گروه ${owner}`,
  chairChat: 'گروه رئیس جلسه',
  reportNotAllowed: 'گزارش فقط در گروه رئیس جلسه یا برای دبیر جلسه فرستاده می‌شود.',
  reportCaption: (scope: string) => `گزارش مصوبات${scope ? ` — ${scope}` : ''}`,
  chartCaption: 'نمودار پیشرفت مصوبات به تفکیک کمیته',
  chartTitle: (date: string) => `پیشرفت مصوبات به تفکیک متولی — ${date}`,
  /** Said of the letterhead image's file, after «فایل تصویر سربرگ». */
  letterheadFault: {
    missing: 'پیدا نشد',
    unreadable: 'خوانده نشد',
    'too-large': 'بزرگ‌تر از ۲ مگابایت است',
    'not-image': 'دیگر تصویر PNG یا JPEG سالمی نیست',
  } satisfies Record<LetterheadFault, string>,
  letterheadLeftOut: (why: string) =>
    `گزارش پیگیری بدون تصویر سربرگ ساخته شد: فایل تصویر سربرگ ${why}. لطفاً به مسئول فنی خبر دهید.`,
};

export type Messages = typeof fa;

const en: Messages = {
  num: (n) => String(n),
  status: { open: 'open', in_progress: 'in progress', done: 'done', blocked: 'blocked', cancelled: 'cancelled' },
  overdue: 'overdue',
  dueOn: (d) => `due ${d}`,
  dueNextMeeting: 'due at the next meeting',
  nextMeetingWord: 'the next meeting',
  owners: (names) => `owners: ${names}`,
  noOwner: 'no owner',
  progress: (done, total) => `${done} of ${total} owners done`,
  start: [
    'peygir follows up on what your meetings decided until it is done.',
    'Each committee sees its items in its own chat, gets reminders and reports status.',
    'To begin, write in the committee chat: /link committee name',
  ],
  helpTitle: 'Commands',
  help: (ex) => [
    '/list — this chat’s open items',
    '/done 3 [note] — item 3 is done (several at once: /done 3 5 or /done 3, 5 and 7); the note, and a file captioned /done 3, are its evidence',
    '/progress 3 [60%] [note] — in progress, with the progress percentage',
    '/seen 3 5 — acknowledge the items made known to this chat',
    `/extend 3 ${ex} reason — ask the chair for more time`,
    '/approve 3 — approve a request for more time or a report of done (chair’s chat or secretary); with several waiting: /approve 3 owner, /approve 3 2 or /approve 3 all',
    '/decline 3 reason — decline it or send the report back, with the reason (chair’s chat or secretary); with several waiting: /decline 3 owner reason',
    '/blocked 3 reason — blocked',
    '/note 3 text — add a note',
    '/reopen 3 reason — reopen a done item',
    '/undo — revert this chat’s last change (a report of done or a request for more time not answered yet is taken back); /undo 3 — its last change to item 3',
    '/status — overview; /status 3 — one item’s history',
    '/status committee name or /status meeting 55 — one committee or one meeting',
    '/report [meeting 55] [committee] [1401/07/01-1401/09/30] — Excel workbook and progress chart',
    '/link committee name — bind this chat to a committee; /link chair — the chair’s chat',
    '/unlink — unbind this chat',
    '/schedule — reminder settings; /schedule IT committee weekly sun 10:00 (chair’s chat or secretary)',
    `/meeting ${ex} 08:30 — the next meeting`,
    '/snooze 3 3d — silence item 3’s reminders for three days (or until a date)',
    '/schedule digest — this chat gets only the weekly digest (/schedule all for every reminder); /schedule mute — peygir stops @-mentioning you',
    `/schedule IT committee pause ${ex} — pause a committee’s reminders until a date (the chair); resume to continue`,
  ],
  invalidDate: (text) => `Invalid date: ${text} — there is no such day; nothing changed.`,
  invalidTime: (text) => `Invalid time: ${text} — a time runs from 00:00 to 23:59; nothing changed.`,
  notLinked: 'This chat is not linked to a committee yet. In the committee chat write: /link committee name',
  needNumber: (cmd) => `Write the item number, e.g. /${cmd} 3`,
  needReason: (n) => `Write the reason, e.g. /blocked ${n} waiting for the registry`,
  needNoteText: (n) => `Write the note, e.g. /note ${n} letter sent`,
  notFound: (n) => `No item numbered ${n}. See /list.`,
  badNumber: (token) => `“${token}” is not an item number. Write the item number, e.g. /done 3`,
  notYours: (n) => `Item ${n} does not belong to this chat’s committees.`,
  notAllowed: 'Only the chair’s chat or the secretary can do that.',
  already: (n, s) => `Item ${n} is already “${s}”.`,
  cannotMove: (n, from, to, hint) => `Item ${n} is “${from}” and cannot become “${to}” directly. ${hint}`,
  reopenHint: (n) => `To reopen it: /reopen ${n} reason`,
  cancelledHint: 'A cancelled item is reopened only at the desk.',
  needReopenReason: (n) => `Write why it is reopened, e.g. /reopen ${n} the report was incomplete`,
  reopenNotDone: (n, s) => `Item ${n} is “${s}”, not “done”: it is open; nothing changed.`,
  reopened: (n, owner) => `Item ${n} for ${owner} is open again.`,
  changed: (n, owner, s) => `Item ${n} for ${owner}: ${s}.`,
  resolutionDone: (n) => `Item ${n} is fully done. ✅`,
  othersPending: (k) => `${k} other owner(s) have not reported yet.`,
  noted: (n, owner) => `Note added to item ${n} (${owner}).`,
  nothingToUndo: 'Nothing from this chat to undo.',
  nothingToUndoOn: (n) => `Nothing from this chat about item ${n} to undo.`,
  undoUsage: 'Write /undo (this chat’s last change) or /undo 3 (its last change to item 3) — nothing changed.',
  undone: (n, owner, s) => `Reverted: item ${n} for ${owner} is “${s}” again.`,
  conflict: 'The status was just changed elsewhere. Please try again.',
  tryAgain: 'Something went wrong and nothing was saved. Please try again shortly.',
  listTitle: (who) => `Open items of ${who}`,
  listEmpty: (who) => `${who} has no open items. 👏`,
  linkUsage: 'Write the committee name, e.g. /link IT committee — or /link chair for the chair’s chat.',
  linkUnknown: (name, known) => `No committee called “${name}”. Committees: ${known}`,
  linkUnknownNone: (name) => `No committee called “${name}”. Import minutes first.`,
  chair: 'the chair',
  statusTitle: 'Resolution status',
  statusTotals: (total, done, notDone, overdue) =>
    `Total: ${total} · done: ${done} · not done: ${notDone}, of which overdue: ${overdue}`,
  statusOwnerLine: (name, open, prog, blocked, overdue, done) =>
    `${name}: open ${open} · in progress ${prog} · blocked ${blocked} · overdue ${overdue} · done ${done}`,
  overdueTitle: 'Overdue',
  blockedTitle: 'Blocked',
  daysOverdue: (d) => `${d} day(s) late`,
  nothingYet: 'No minutes imported yet.',
  historyTitle: (n) => `History of item ${n}`,
  historyLine: (when, who, owner, from, to) => `${when} — ${who} (${owner}): ${from} → ${to}`,
  historyNote: (when, who, owner, note) => `${when} — ${who} (${owner}): note: ${note}`,
  historyImport: (when, owner) => `${when} — imported from minutes for ${owner}`,
  historyUndo: (when, who, owner, to) => `${when} — ${who} (${owner}): reverted to “${to}”`,
  meeting: (n) => `meeting ${n}`,
  unknownCommand: 'Unknown command. Help: /help',
  notUnderstood:
    'That is not a command, nor an answer to the message before. After a list or a reminder, write “done” or an item number; help: /help',
  buttons: { done: '✅ Done', progress: '⏳ In progress', blocked: '🚫 Blocked', snooze: '💤 Later' },
  askReason: (n) => `Reply to this message with the reason item ${n} is blocked.`,
  askReasonOf: (name, n) => `${name}, reply to this message with the reason item ${n} is blocked.`,
  reasonNotYours: (n) =>
    `The reason item ${n} is blocked was asked of whoever pressed the button; your reply was not recorded and nothing changed.`,
  pressedBy: (who, s, n) => `${who}: item ${n} “${s}”`,
  remind: REMIND_EN,
  ...REPLIES_EN,
  ...INPUT_EN,
  ...QUIET_EN,
  ...MESSENGER_EN,
  fix: FIX_EN,
  imp: IMP_EN,
  loop: LOOP_EN,
  ext: EXT_EN,
  acc: ACC_EN,
  memory: MEMORY_EN,
  invite: INVITE_EN,
  desk: DESK_EN,
  deskImport: DESK_IMPORT_EN,
  deskMeetings: DESK_MEETINGS_EN,
  deskOwners: DESK_OWNERS_EN,
  deskReports: DESK_REPORTS_EN,
  deskSessions: DESK_SESSIONS_EN,
  deskDaysOff: DESK_DAYS_OFF_EN,
  deskInvites: DESK_INVITES_EN,
  deskHome: DESK_HOME_EN,
  deskAudit: DESK_AUDIT_EN,
  deskFilters: DESK_FILTERS_EN,
  deskBulk: DESK_BULK_EN,
  deskUndo: DESK_UNDO_EN,
  importTitle: 'Minutes preview',
  importMeeting: (n, date) => `Meeting ${n} · ${date}`,
  importCount: (k) => `${k} resolution(s)`,
  importUpdate: 'This meeting was imported before: its items will be updated, not duplicated.',
  importNewOwners: (names) => `New owners: ${names}`,
  importAliases: (pairs) => `Matched: ${pairs}`,
  importConfirm: '✅ Confirm',
  importCancel: '✖ Cancel',
  importDone: (created, updated) => `Minutes imported: ${created} new, ${updated} updated.`,
  importCancelled: 'Import cancelled; nothing was stored.',
  importExpired: 'This preview has expired. Send the file again.',
  importNothing: 'No resolutions found in this file; nothing was stored.',
  importBadFile: (why) => `This file could not be read: ${why}`,
  reportRange: (from, to) => `from ${from} to ${to}`,
  badDate: (d) => `Invalid date: ${d}. Write the range like 1401/07/01-1401/09/30`,
  statusNoMatch: 'No items match.',
  historyVia: (chat) => `via ${chat}`,
  chatOfOwner: (owner) => `${owner} chat`,
  chairChat: 'the chair’s chat',
  reportNotAllowed: 'Reports are sent only in the chair’s chat or to the secretary.',
  reportCaption: (scope) => `Resolutions report${scope ? ` — ${scope}` : ''}`,
  chartCaption: 'Progress by committee',
  chartTitle: (date) => `Progress by owner — ${date}`,
  letterheadFault: {
    missing: 'is missing',
    unreadable: 'could not be read',
    'too-large': 'is larger than 2 MB',
    'not-image': 'is no longer a sound PNG or JPEG image',
  },
  letterheadLeftOut: (why) =>
    `The follow-up report was made without its letterhead image: the file ${why}. Please tell whoever runs peygir.`,
};

export const MESSAGES: Record<Language, Messages> = { fa, en };

/** The reply language: the user's own when it is Persian or English, else the council's default. */
export function pickLanguage(languageCode: string | undefined, fallback: Language): Language {
  const code = languageCode?.toLowerCase().slice(0, 2);
  return code === 'fa' || code === 'en' ? code : fallback;
}
