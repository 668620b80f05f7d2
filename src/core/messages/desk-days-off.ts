// The desk's days-off page: the days off of this year and the next, the secretary's corrections when the
// official calendar appears, and their history. Reached through `MESSAGES[lang].deskDaysOff`.
import type { DayOffSource } from '../schedule/holiday-rules.js';
import { toPersianDigits as p } from '../text.js';

export const DESK_DAYS_OFF_FA = {
  title: 'تعطیلات',
  year: (y: number, official: boolean) => `تعطیلات سال ${p(y)} ${official ? '(رسمی)' : '(برآورد)'}`,
  estimatedHint:
    'این روزها برآورد است: روزهای ثابت طبق قانون و مناسبت‌های مذهبی از جدول آغاز ماه‌های قمری. وقتی تقویم رسمی مرکز تقویم منتشر شد، روزهای متفاوت را اینجا اصلاح کنید و سال را رسمی کنید.',
  date: 'تاریخ',
  name: 'مناسبت',
  source: 'منبع',
  sources: {
    law: 'قانون',
    official: 'تقویم رسمی',
    table: 'جدول ماه‌های قمری',
    arithmetic: 'محاسبه (ام‌القری)',
    config: 'تنظیم HOLIDAYS',
    desk: 'میز دبیرخانه',
  } satisfies Record<DayOffSource, string>,
  none: 'تعطیلی‌ای ثبت نیست.',
  remove: 'کاری شود',
  madeWorkDays: (dates: string) => `روزهایی که در میز کاری شده‌اند: ${dates}`,
  add: 'افزودن روز تعطیل',
  addHint: 'روزی که تقویم رسمی تعطیل اعلام کرده و اینجا نیست، با نام مناسبتش.',
  nameLabel: 'نام مناسبت (مثلاً شهادت امام صادق)',
  save: 'تعطیل شود',
  markOfficial: (y: number) => `تعطیلات سال ${p(y)} با تقویم رسمی یکی است؛ رسمی شود`,
  markEstimated: (y: number) => `تعطیلات سال ${p(y)} دوباره برآورد شود`,
  needName: 'نام مناسبت را بنویسید، مثلاً شهادت امام صادق.',
  nameTooLong: (n: number) => `نام مناسبت بیش از ${p(n)} نویسه است؛ کوتاه‌ترش کنید.`,
  outOfRange: (years: string) => `در این صفحه فقط روزهای سال‌های ${years} اصلاح می‌شود.`,
  alreadyOff: (date: string) => `${date} همین حالا تعطیل است؛ چیزی تغییر نکرد.`,
  notOff: (date: string) => `${date} تعطیل نیست؛ چیزی تغییر نکرد.`,
  publishedYear: (y: number) => `تعطیلات سال ${p(y)} از پیش رسمی است.`,
  off: (name: string) => `تعطیل (${name})`,
  work: 'روز کاری',
  dayLine: (when: string, who: string, date: string, from: string, to: string) =>
    `${when} — ${who}: ${date} از «${from}» به «${to}» تغییر کرد`,
  officialLine: (when: string, who: string, y: number, official: boolean) =>
    `${when} — ${who}: تعطیلات سال ${p(y)} ${official ? 'رسمی شد' : 'دوباره برآورد شد'}`,
};

export type DeskDaysOffMessages = typeof DESK_DAYS_OFF_FA;

export const DESK_DAYS_OFF_EN: DeskDaysOffMessages = {
  title: 'Days off',
  year: (y, official) => `Days off of ${y} ${official ? '(official)' : '(estimated)'}`,
  estimatedHint:
    "These days are estimated: the law's fixed days, and the religious holidays from the table of lunar month starts. When the Calendar Centre publishes the official calendar, correct the days that differ here and mark the year official.",
  date: 'Date',
  name: 'Occasion',
  source: 'Source',
  sources: {
    law: 'law',
    official: 'official calendar',
    table: 'lunar month table',
    arithmetic: 'computed (Umm al-Qura)',
    config: 'HOLIDAYS setting',
    desk: 'the desk',
  },
  none: 'No days off recorded.',
  remove: 'Make it a work day',
  madeWorkDays: (dates) => `Made work days at the desk: ${dates}`,
  add: 'Add a day off',
  addHint: 'A day the official calendar has off and this list lacks, with its occasion.',
  nameLabel: 'Occasion (e.g. Imam Sadiq’s martyrdom)',
  save: 'Make it a day off',
  markOfficial: (y) => `The days off of ${y} match the official calendar: mark them official`,
  markEstimated: (y) => `Mark the days off of ${y} estimated again`,
  needName: 'Write the occasion, e.g. Imam Sadiq’s martyrdom.',
  nameTooLong: (n) => `The occasion is longer than ${n} characters; shorten it.`,
  outOfRange: (years) => `This page corrects the days of ${years} only.`,
  alreadyOff: (date) => `${date} is already a day off; nothing changed.`,
  notOff: (date) => `${date} is not a day off; nothing changed.`,
  publishedYear: (y) => `The days off of ${y} are official already.`,
  off: (name) => `day off (${name})`,
  work: 'work day',
  dayLine: (when, who, date, from, to) => `${when} — ${who}: ${date} changed from “${from}” to “${to}”`,
  officialLine: (when, who, y, official) =>
    `${when} — ${who}: the days off of ${y} ${official ? 'marked official' : 'marked estimated again'}`,
};
