// The days off (besides Fridays and work-free Thursdays) as people see them: /schedule lists those ahead, the
// desk a year's, /meeting names the one a date falls on. A date of a year whose days off are only estimated is
// marked so wherever it is shown; the calendar alone says which years those are (WorkCalendar.isOfficialYear).
import { addDays, daysBetween, formatJalali, fromJalali } from '../calendar.js';
import type { Language } from '../types.js';
import type { DayCorrection, DayOffReason } from './holiday-rules.js';
import type { WorkCalendar } from './workdays.js';

export interface DayOff {
  date: string;
  /** Why it is off: the law's day, the religious holiday, a name given at the desk. */
  reasons: DayOffReason[];
  /** Its year's days off are not official yet. */
  estimated: boolean;
}

/** Holidays in the `days` days from `from` (inclusive), as the calendar counts them. */
export function daysOffAhead(calendar: WorkCalendar, from: string, days: number): DayOff[] {
  const out: DayOff[] = [];
  for (let i = 0, d = from; i < days; i++, d = addDays(d, 1)) {
    const reasons = calendar.reasons(d);
    if (reasons.length > 0) out.push({ date: d, reasons, estimated: calendar.isEstimated(d) });
  }
  return out;
}

/** Every day off of a Jalali year. */
export function daysOffOfYear(calendar: WorkCalendar, jalaliYear: number): DayOff[] {
  const first = fromJalali(jalaliYear, 1, 1)!;
  return daysOffAhead(calendar, first, daysBetween(first, fromJalali(jalaliYear + 1, 1, 1)!));
}

/**
 * What the desk stores for a date asked to be a day off (named) or a work day: the row to keep (null: none, the
 * built-in days off already say it), or why nothing changes. `stored` is the date's row as it is now.
 */
export function dayCorrection(
  builtInOff: boolean,
  stored: DayCorrection | undefined,
  want: DayCorrection,
): { keep: DayCorrection | null } | { refused: 'already-off' | 'not-off' } {
  const off = stored ? stored.off : builtInOff;
  if (want.off) return off ? { refused: 'already-off' } : { keep: want };
  if (!off) return { refused: 'not-off' };
  return { keep: builtInOff ? { off: false } : null };
}

export const DAYS_OFF_MESSAGES = {
  fa: {
    ahead: (list: string) => `تعطیلات پیش رو: ${list}`,
    none: 'تا ۶۰ روز آینده تعطیلی جز جمعه‌ها نیست.',
    estimated: 'برآورد',
  },
  en: {
    ahead: (list: string) => `Days off ahead: ${list}`,
    none: 'No days off besides Fridays in the next 60 days.',
    estimated: 'estimated',
  },
} as const;

const SEP = { fa: '، ', en: ', ' } as const;

/** `(عید فطر، برآورد)`: a day off's names and, in an estimated year, the mark; empty when there is neither. */
export function dayOffNote(day: Pick<DayOff, 'reasons' | 'estimated'>, lang: Language): string {
  const names = [...new Set(day.reasons.map((r) => r[lang]))];
  const notes = day.estimated ? [...names, DAYS_OFF_MESSAGES[lang].estimated] : names;
  return notes.length > 0 ? `(${notes.join(SEP[lang])})` : '';
}

/** `۱۴۰۶/۰۱/۱۴ (برآورد)`: a date where days off matter, marked when its year's days off are only estimated. */
export function markedDate(calendar: WorkCalendar, date: string, lang: Language): string {
  const text = formatJalali(date, lang);
  return calendar.isEstimated(date) ? `${text} (${DAYS_OFF_MESSAGES[lang].estimated})` : text;
}

/** One line: `تعطیلات پیش رو: ۱۴۰۵/۰۴/۰۳ (تاسوعای حسینی)، ۱۴۰۶/۰۱/۰۱ (عید نوروز، برآورد)`. */
export function daysOffLine(list: DayOff[], lang: Language): string {
  const t = DAYS_OFF_MESSAGES[lang];
  if (list.length === 0) return t.none;
  const items = list.map((d) => `${formatJalali(d.date, lang)} ${dayOffNote(d, lang)}`.trim());
  return t.ahead(items.join(SEP[lang]));
}
