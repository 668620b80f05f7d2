// The desk's meetings page: creating a meeting, correcting one, and setting the next meeting (as /meeting).
// Reached through `MESSAGES[lang].deskMeetings`; the header fields' labels are `deskImport`'s.
import { toPersianDigits as p } from '../text.js';

export const DESK_MEETINGS_FA = {
  title: 'جلسه‌ها',
  meetingTitle: (n: string) => `جلسه ${p(n)}`,
  noNumber: 'بی‌شماره',
  next: 'جلسه بعدی',
  nextIs: (when: string) => `جلسه بعدی: ${when}`,
  nextNone: 'زمان جلسه بعدی هنوز تعیین نشده است.',
  time: 'ساعت (مثلاً ۰۸:۳۰)',
  badTime: (s: string) => `«${s}» ساعت درستی نیست؛ این‌طور بنویسید: ۰۸:۳۰`,
  setNext: 'تعیین جلسه بعدی',
  create: 'ثبت جلسه تازه',
  correct: 'اصلاح جلسه',
  resolutions: 'مصوبه‌ها',
  open: 'باز کردن',
  field: { number: 'شماره', date: 'تاریخ', chair: 'رئیس جلسه', secretary: 'دبیر' } as Record<string, string>,
  created: (when: string, who: string) => `${when} — ${who}: جلسه ثبت شد`,
  changed: (when: string, who: string, field: string, from: string, to: string) =>
    `${when} — ${who}: ${field} از «${from}» به «${to}» تغییر کرد`,
  empty: 'شماره یا تاریخ جلسه را بنویسید؛ جلسه‌ای بی‌شماره و بی‌تاریخ ثبت نمی‌شود. چیزی ذخیره نشد.',
  numberTaken: (n: string, date: string | null) =>
    `جلسه ${p(n)}${date ? ` (${date})` : ''} پیش‌تر ثبت شده است؛ دو جلسه با یک شماره ثبت نمی‌شود. برای اصلاح آن جلسه، صفحه خودش را باز کنید. چیزی ذخیره نشد.`,
  nextConfirm: (why: string, when: string) =>
    `⚠️ ${why}: ${when}. جلسه بعدی تغییر نکرد. اگر درست است، «تأیید» را بزنید.`,
  confirm: 'تأیید',
  nextLine: (when: string, who: string, from: string, to: string, where: string) =>
    `${when} — ${who}: جلسه بعدی از «${from}» به «${to}» (${where})`,
  delete: 'حذف جلسه',
  deleteHint: 'این جلسه مصوبه‌ای ندارد و حذف‌شدنی است؛ همه مشخصاتش در سابقه جلسه‌ها می‌ماند.',
  deleteAsk: (n: string) => `جلسه ${p(n)} حذف شود؟ مصوبه‌ای ندارد و مشخصاتش در سابقه می‌ماند.`,
  deleteYes: 'بله، حذف شود',
  cancel: 'انصراف',
  hasResolutions: (k: number) => `این جلسه ${p(k)} مصوبه دارد و حذف نمی‌شود. چیزی تغییر نکرد.`,
  deletedFlash: 'جلسه حذف شد.',
  deletedTitle: 'جلسه‌های حذف‌شده',
  deletedLine: (when: string, who: string, meeting: string) => `${when} — ${who}: جلسه ${p(meeting)} حذف شد`,
};

export type DeskMeetingsMessages = typeof DESK_MEETINGS_FA;

export const DESK_MEETINGS_EN: DeskMeetingsMessages = {
  title: 'Meetings',
  meetingTitle: (n) => `Meeting ${n}`,
  noNumber: 'unnumbered',
  next: 'Next meeting',
  nextIs: (when) => `Next meeting: ${when}`,
  nextNone: 'The next meeting is not set yet.',
  time: 'Time (e.g. 08:30)',
  badTime: (s) => `“${s}” is not a valid time; write it like 08:30`,
  setNext: 'Set the next meeting',
  create: 'Add a meeting',
  correct: 'Correct the meeting',
  resolutions: 'Resolutions',
  open: 'Open',
  field: { number: 'number', date: 'date', chair: 'chair', secretary: 'secretary' },
  created: (when, who) => `${when} — ${who}: meeting added`,
  changed: (when, who, field, from, to) => `${when} — ${who}: ${field} changed from “${from}” to “${to}”`,
  empty: 'Write the meeting’s number or date; a meeting with neither is not stored. Nothing was saved.',
  numberTaken: (n, date) =>
    `Meeting ${n}${date ? ` (${date})` : ''} is already stored; two meetings do not share a number. To correct it, open its own page. Nothing was saved.`,
  nextConfirm: (why, when) => `⚠️ ${why}: ${when}. The next meeting was not changed. If it is right, press “Confirm”.`,
  confirm: 'Confirm',
  nextLine: (when, who, from, to, where) => `${when} — ${who}: next meeting from “${from}” to “${to}” (${where})`,
  delete: 'Delete the meeting',
  deleteHint: 'This meeting has no resolutions and may be deleted; its details stay in the meetings’ history.',
  deleteAsk: (n) => `Delete meeting ${n}? It has no resolutions, and its details stay in the history.`,
  deleteYes: 'Yes, delete it',
  cancel: 'Cancel',
  hasResolutions: (k) => `This meeting has ${k} resolution(s) and is not deleted. Nothing changed.`,
  deletedFlash: 'The meeting was deleted.',
  deletedTitle: 'Deleted meetings',
  deletedLine: (when, who, meeting) => `${when} — ${who}: meeting ${meeting} deleted`,
};
