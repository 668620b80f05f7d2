// What the reminder engine and /schedule, /meeting, /snooze say, in Persian and English. Reached through
// `MESSAGES[lang].remind` in i18n.ts.
import { formatJalali } from '../calendar.js';
import { toPersianDigits as fa } from '../text.js';
import type { DayName, ScheduleSettings } from './settings.js';

const FA_DAYS: Record<DayName, string> = {
  sat: 'شنبه',
  sun: 'یکشنبه',
  mon: 'دوشنبه',
  tue: 'سه‌شنبه',
  wed: 'چهارشنبه',
  thu: 'پنجشنبه',
  fri: 'جمعه',
};

export const REMIND_FA = {
  title: (who: string) => `یادآوری مصوبات ${who}`,
  chairTitle: 'یادآوری برای رئیس جلسه',
  late: (when: string) => `⏰ این یادآوری برای ${when} بود و به دلیل قطع سرویس با تأخیر ارسال می‌شود.`,
  heading: {
    escalation: 'معوق',
    overdue: 'معوق — لطفاً وضعیت را گزارش دهید',
    'due-today': 'مهلت امروز',
    'due-soon': 'مهلت نزدیک',
    weekly: 'کارهای باز',
    'pre-meeting': 'پیگیری مصوبات قبل',
    'next-meeting': 'جلسه بعدی',
    notice: 'ابلاغ مصوبات',
  },
  noticeTitle: (who: string) => `ابلاغ مصوبات به ${who}`,
  escalation: (days: string) => `معوق بیش از ${days} روز کاری`,
  preMeeting: (date: string) => `پیگیری مصوبات قبل — جلسه ${date}`,
  askNextMeeting: (date: string, ex: string) =>
    `جلسه ${date} برگزار شد. تاریخ جلسه بعدی را بفرستید تا مهلت مصوبات «تا جلسه بعد» معلوم باشد، مثلاً /meeting ${ex} ۰۸:۳۰`,
  gaveUp: (committee: string, chat: string, n: number) =>
    `یادآوری ${committee ? `«${committee}» ` : ''}در گفتگوی «${chat}» پس از ${fa(n)} بار تلاش فرستاده نشد.`,
  settingsLine: (s: ScheduleSettings) =>
    `${s.enabled ? 'روشن' : 'خاموش'} · هفتگی: ${FA_DAYS[s.weeklyDay]} ${fa(s.weeklyTime)} · ساعت ارسال: ${fa(s.sendTime)}` +
    ` · نزدیک مهلت: ${fa(s.dueSoonDays)} روز کاری قبل · معوق: هر ${fa(s.overdueEveryDays)} روز کاری` +
    ` · گزارش به رئیس: پس از ${fa(s.escalateAfterDays)} روز کاری` +
    (s.pausedUntil ? ` · متوقف تا ${formatJalali(s.pausedUntil, 'fa')}` : ''),
  scheduleTitle: 'تنظیمات یادآوری',
  scheduleDefault: (line: string) => `پیش‌فرض: ${line}`,
  scheduleOwner: (owner: string, line: string) => `${owner}: ${line}`,
  scheduleUsage:
    'مثال: /schedule کمیته فاوا weekly sun 10:00 — یا due-soon 5، overdue 3، escalate 4، time 08:30، off، on',
  scheduleUnknown: (name: string) => `کمیته‌ای به نام «${name}» پیدا نشد.`,
  scheduleSaved: (owner: string, line: string) => `تنظیمات یادآوری ${owner} ذخیره شد: ${line}`,
  meetingNone: (ex: string) => `زمان جلسه بعدی تعیین نشده است. مثال: /meeting ${ex} ۰۸:۳۰`,
  meetingIs: (when: string) => `جلسه بعدی: ${when}`,
  meetingSet: (when: string) =>
    `زمان جلسه بعدی ثبت شد: ${when}. خلاصه پیگیری مصوبات پیش از آن به گروه رئیس جلسه فرستاده می‌شود.`,
  meetingUsage: (ex: string) => `تاریخ و ساعت جلسه را بنویسید، مثلاً /meeting ${ex} ۰۸:۳۰`,
  meetingDoubt: {
    past: 'این زمان گذشته است',
    friday: 'این روز جمعه است',
    holiday: 'این روز تعطیل است',
  } as Record<'past' | 'friday' | 'holiday', string>,
  meetingConfirm: (why: string, when: string, cmd: string) =>
    `⚠️ ${why}: ${when}. زمان جلسه تغییر نکرد. اگر درست است، همین را با «تأیید» بفرستید: ${cmd}`,
  snoozeUsage: (ex: string) => `مثال: /snooze ۳ ۳d (سه روز) یا /snooze ۳ ${ex}`,
  snoozed: (n: number, owners: string, until: string) => `یادآوری مصوبه ${fa(n)} برای ${owners} تا ${until} خاموش شد.`,
};

export const REMIND_EN: typeof REMIND_FA = {
  title: (who) => `Reminder: ${who}`,
  chairTitle: 'Reminder for the chair',
  late: (when) => `⏰ This reminder was due ${when} and is sent late because the service was down.`,
  heading: {
    escalation: 'Overdue',
    overdue: 'Overdue — please report the status',
    'due-today': 'Due today',
    'due-soon': 'Due soon',
    weekly: 'Open items',
    'pre-meeting': 'Follow-up of previous resolutions',
    'next-meeting': 'Next meeting',
    notice: 'Items assigned to you',
  },
  noticeTitle: (who) => `Items assigned to ${who}`,
  escalation: (days) => `Overdue by more than ${days} work day(s)`,
  preMeeting: (date) => `Follow-up of previous resolutions — meeting ${date}`,
  askNextMeeting: (date, ex) =>
    `The meeting of ${date} has been held. Send the next meeting's date so that items due “at the next meeting” have a deadline, e.g. /meeting ${ex} 08:30`,
  gaveUp: (committee, chat, n) =>
    `The reminder ${committee ? `for «${committee}» ` : ''}in the chat «${chat}» could not be sent after ${n} tries.`,
  settingsLine: (s) =>
    `${s.enabled ? 'on' : 'off'} · weekly: ${s.weeklyDay} ${s.weeklyTime} · send time: ${s.sendTime}` +
    ` · due soon: ${s.dueSoonDays} work day(s) before · overdue: every ${s.overdueEveryDays} work day(s)` +
    ` · chair after ${s.escalateAfterDays} work day(s)` +
    (s.pausedUntil ? ` · paused until ${formatJalali(s.pausedUntil, 'en')}` : ''),
  scheduleTitle: 'Reminder settings',
  scheduleDefault: (line) => `Default: ${line}`,
  scheduleOwner: (owner, line) => `${owner}: ${line}`,
  scheduleUsage:
    'e.g. /schedule IT committee weekly sun 10:00 — or due-soon 5, overdue 3, escalate 4, time 08:30, off, on',
  scheduleUnknown: (name) => `No committee called “${name}”.`,
  scheduleSaved: (owner, line) => `Reminder settings of ${owner} saved: ${line}`,
  meetingNone: (ex) => `The next meeting is not set. e.g. /meeting ${ex} 08:30`,
  meetingIs: (when) => `Next meeting: ${when}`,
  meetingSet: (when) => `Next meeting set: ${when}. The chair’s chat gets the follow-up digest before it.`,
  meetingUsage: (ex) => `Write the date and time, e.g. /meeting ${ex} 08:30`,
  meetingDoubt: {
    past: 'That time has already passed',
    friday: 'That day is a Friday',
    holiday: 'That day is a holiday',
  },
  meetingConfirm: (why, when, cmd) =>
    `⚠️ ${why}: ${when}. The meeting was not changed. If it is right, send it again with “confirm”: ${cmd}`,
  snoozeUsage: (ex) => `e.g. /snooze 3 3d (three days) or /snooze 3 ${ex}`,
  snoozed: (n, owners, until) => `Reminders of item ${n} for ${owners} are off until ${until}.`,
};
