// The council's work calendar: which civil dates are work days. Saturday–Wednesday always, Thursday when
// configured, Friday never; the fixed solar holidays every year, Iran's religious holidays (built in, see
// religious-holidays.ts), and the configured Jalali dates, which add local holidays or remove one.
import { addDays, toJalali, weekday } from '../calendar.js';
import { toLatinDigits } from '../text.js';
import { religiousHolidayOn } from './religious-holidays.js';

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

export interface WorkCalendarOptions {
  workThursday?: boolean;
  holidays?: readonly HolidayRule[];
  /** Iran's religious holidays count as days off (the configured calendar has them; bare ones for tests not). */
  religious?: boolean;
}

const FRIDAY = 5;
const THURSDAY = 4;
/** No real calendar has this many non-work days in a row; a configuration that does is an error. */
const MAX_SCAN = 366;

export class WorkCalendar {
  private readonly yearly = new Set<string>();
  private readonly once = new Set<string>();
  private readonly removedYearly = new Set<string>();
  private readonly removedOnce = new Set<string>();
  private readonly cache = new Map<string, boolean>();
  private readonly between = new Map<string, number>();
  private readonly shifted = new Map<string, string>();

  constructor(private readonly opts: WorkCalendarOptions = {}) {
    for (const h of [...FIXED_HOLIDAYS, ...(opts.holidays ?? [])]) {
      if (h.year) (h.remove ? this.removedOnce : this.once).add(`${h.year}-${h.month}-${h.day}`);
      else (h.remove ? this.removedYearly : this.yearly).add(`${h.month}-${h.day}`);
    }
  }

  isHoliday(date: string): boolean {
    const j = toJalali(date);
    const once = `${j.jy}-${j.jm}-${j.jd}`;
    const yearly = `${j.jm}-${j.jd}`;
    if (this.removedOnce.has(once) || this.removedYearly.has(yearly)) return false;
    return (
      this.yearly.has(yearly) ||
      this.once.has(once) ||
      (!!this.opts.religious && religiousHolidayOn(date) !== undefined)
    );
  }

  isWorkDay(date: string): boolean {
    let v = this.cache.get(date);
    if (v === undefined) {
      const wd = weekday(date);
      v = wd !== FRIDAY && (wd !== THURSDAY || !!this.opts.workThursday) && !this.isHoliday(date);
      this.cache.set(date, v);
    }
    return v;
  }

  /** The date itself when it is a work day, else the next work day: where a send on a day off moves. */
  nextWorkDay(date: string): string {
    let d = date;
    for (let i = 0; i < MAX_SCAN; i++, d = addDays(d, 1)) if (this.isWorkDay(d)) return d;
    throw new HolidayError(`no work day within a year after ${date}`);
  }

  /** The n-th work day after (n > 0) or before (n < 0) a date; n = 0 is {@link nextWorkDay}. */
  addWorkDays(date: string, n: number): string {
    if (n === 0) return this.nextWorkDay(date);
    const key = `${date}|${n}`;
    let out = this.shifted.get(key);
    if (out === undefined) {
      out = this.scan(date, n);
      this.remember(this.shifted, key, out);
    }
    return out;
  }

  private scan(date: string, n: number): string {
    const step = n > 0 ? 1 : -1;
    let d = date;
    let left = Math.abs(n);
    for (let i = 0; left > 0; i++) {
      if (i > MAX_SCAN * Math.abs(n)) throw new HolidayError(`no work days around ${date}`);
      d = addDays(d, step);
      if (this.isWorkDay(d)) left--;
    }
    return d;
  }

  /** Work days in (a, b]: 0 when b ≤ a. Memoised, since many items share a due date. */
  workDaysBetween(a: string, b: string): number {
    if (b <= a) return 0;
    const key = `${a}|${b}`;
    let n = this.between.get(key);
    if (n === undefined) {
      n = 0;
      for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) if (this.isWorkDay(d)) n++;
      this.remember(this.between, key, n);
    }
    return n;
  }

  /** Memo tables stay bounded: a long-running engine keeps one calendar. */
  private remember<V>(map: Map<string, V>, key: string, value: V): void {
    if (map.size > 100_000) map.clear();
    map.set(key, value);
  }
}

/** The calendar configuration describes (WORK_THURSDAY, HOLIDAYS). */
export function workCalendar(env: { WORK_THURSDAY: boolean; HOLIDAYS?: string }): WorkCalendar {
  return new WorkCalendar({ workThursday: env.WORK_THURSDAY, holidays: parseHolidays(env.HOLIDAYS), religious: true });
}
