// What makes a date a day off besides the week: the law's fixed solar days, the local days of HOLIDAYS, and
// the shape of the secretariat's corrections from the desk. The work calendar (workdays.ts) applies them.
import { toLatinDigits } from '../text.js';
import type { HolidaySource } from './religious-holidays.js';

/** A holiday every year (`year` absent) or on one Jalali date; `remove` makes that date a work day again. */
export interface HolidayRule {
  year?: number;
  month: number;
  day: number;
  remove?: boolean;
}

/**
 * The fixed solar days off of the law on official holidays (لایحه قانونی تعیین تعطیلات رسمی کشور, 1359):
 * Nowruz from 29 Esfand to 4 Farvardin, so 30 Esfand too in a leap year (as in 1403, whose calendar has it
 * off), 12 and 13 Farvardin, 14 and 15 Khordad, 22 Bahman. `day` 30 of Esfand exists in leap years only.
 */
export const FIXED_HOLIDAYS: readonly (HolidayRule & { fa: string; en: string })[] = [
  { month: 1, day: 1, fa: 'عید نوروز', en: 'Nowruz' },
  { month: 1, day: 2, fa: 'عید نوروز', en: 'Nowruz' },
  { month: 1, day: 3, fa: 'عید نوروز', en: 'Nowruz' },
  { month: 1, day: 4, fa: 'عید نوروز', en: 'Nowruz' },
  { month: 1, day: 12, fa: 'روز جمهوری اسلامی', en: 'Islamic Republic Day' },
  { month: 1, day: 13, fa: 'روز طبیعت', en: 'Nature Day' },
  { month: 3, day: 14, fa: 'رحلت امام خمینی', en: "Imam Khomeini's demise" },
  { month: 3, day: 15, fa: 'قیام ۱۵ خرداد', en: 'The 15 Khordad uprising' },
  { month: 11, day: 22, fa: 'پیروزی انقلاب اسلامی', en: 'Revolution Day' },
  { month: 12, day: 29, fa: 'روز ملی شدن صنعت نفت', en: 'Oil Nationalisation Day' },
  { month: 12, day: 30, fa: 'تعطیلات نوروز', en: 'Nowruz holiday' },
];

export class HolidayError extends Error {
  override name = 'HolidayError';
}

/**
 * `HOLIDAYS`: comma-separated Jalali dates, `1403/01/05` for one year or `01-06` / `01/06` for every year; a
 * leading minus (`-1404/04/14`) removes a holiday instead. Persian and Arabic digits are accepted. Throws
 * HolidayError naming the entry it cannot read.
 */
export function parseHolidays(text: string | undefined): HolidayRule[] {
  const out: HolidayRule[] = [];
  for (const raw of toLatinDigits(text ?? '').split(/[,،\s]+/)) {
    const entry = raw.trim();
    if (!entry) continue;
    const remove = entry.startsWith('-');
    const m = /^(?:(\d{4})[/\-.])?(\d{1,2})[/\-.](\d{1,2})$/.exec(remove ? entry.slice(1) : entry);
    const month = Number(m?.[2]);
    const day = Number(m?.[3]);
    if (!m || month < 1 || month > 12 || day < 1 || day > (month <= 6 ? 31 : 30)) {
      throw new HolidayError(`HOLIDAYS: cannot read "${raw}" (expected 1403/01/05, 01-05 or -1403/01/05)`);
    }
    out.push({ ...(m[1] ? { year: Number(m[1]) } : {}), month, day, ...(remove ? { remove } : {}) });
  }
  return out;
}

/** Where a day off comes from: the law's fixed days, Iran's lunar calendar (see HolidaySource), HOLIDAYS, the desk. */
export type DayOffSource = 'law' | HolidaySource | 'config' | 'desk';

/** Why a date is a day off, named in both languages (the desk's names are as typed). */
export interface DayOffReason {
  fa: string;
  en: string;
  source: DayOffSource;
}

/** The secretariat's corrections from the desk: a date made a day off (named), or a day off made a work day. */
export type DayCorrection = { off: true; name: string } | { off: false };

export interface CalendarCorrections {
  /** By Gregorian civil date. */
  days: ReadonlyMap<string, DayCorrection>;
  /** Jalali years whose days off the desk marked official once the Calendar Centre published them. */
  officialYears: ReadonlySet<number>;
}

export const NO_CORRECTIONS: CalendarCorrections = { days: new Map(), officialYears: new Set() };
