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
};
