// The days off ahead (besides Fridays and work-free Thursdays), for /schedule and the desk: the secretariat
// sees which reminders will move, and which of those dates are only estimated.
import { addDays, formatJalali } from '../calendar.js';
import type { Language } from '../types.js';
import { RELIGIOUS_HOLIDAYS, religiousHolidayOn } from './religious-holidays.js';
import type { WorkCalendar } from './workdays.js';

export interface DayOff {
  date: string;
  /** The religious holiday's name, when it is one. */
  name?: string;
  estimated: boolean;
}

/** Holidays in the `days` days from `from` (inclusive), as the calendar counts them. */
export function daysOffAhead(calendar: WorkCalendar, from: string, days: number, lang: Language): DayOff[] {
  const out: DayOff[] = [];
  for (let i = 0, d = from; i < days; i++, d = addDays(d, 1)) {
    if (!calendar.isHoliday(d)) continue;
    const religious = religiousHolidayOn(d);
    out.push({
      date: d,
      name: religious ? RELIGIOUS_HOLIDAYS[religious.id][lang] : undefined,
      estimated: religious?.estimated ?? false,
    });
  }
  return out;
}

export const DAYS_OFF_MESSAGES = {
  fa: {
    ahead: (list: string) => `تعطیلات پیش رو: ${list}`,
    none: 'تا ۶۰ روز آینده تعطیلی جز جمعه‌ها نیست.',
    estimated: 'تخمینی',
  },
  en: {
    ahead: (list: string) => `Days off ahead: ${list}`,
    none: 'No days off besides Fridays in the next 60 days.',
    estimated: 'estimated',
  },
} as const;

/** One line: `تعطیلات پیش رو: ۱۴۰۵/۰۴/۰۳ (تاسوعای حسینی)، ۱۴۰۵/۰۵/۱۲ (اربعین حسینی، تخمینی)`. */
export function daysOffLine(list: DayOff[], lang: Language): string {
  const t = DAYS_OFF_MESSAGES[lang];
  if (list.length === 0) return t.none;
  const items = list.map((d) => {
    const notes = [d.name, d.estimated ? t.estimated : undefined].filter(Boolean);
    return notes.length
      ? `${formatJalali(d.date, lang)} (${notes.join(lang === 'fa' ? '، ' : ', ')})`
      : formatJalali(d.date, lang);
  });
  return t.ahead(items.join(lang === 'fa' ? '، ' : ', '));
}
