// The council's work calendar: which civil dates are work days. Saturday–Wednesday always, Thursday when
// configured, Friday never; the fixed solar holidays every year, Iran's religious holidays (built in, see
// religious-holidays.ts), the configured Jalali dates, which add local holidays or remove one, and over all of
// these the secretariat's corrections from the desk.
import { addDays, toJalali, weekday } from '../calendar.js';
import {
  type CalendarCorrections,
  type DayOffReason,
  FIXED_HOLIDAYS,
  HolidayError,
  type HolidayRule,
  NO_CORRECTIONS,
  parseHolidays,
} from './holiday-rules.js';
import { PUBLISHED_JALALI_YEARS } from './iran-holidays-data.js';
import { RELIGIOUS_HOLIDAYS, religiousHolidayOn } from './religious-holidays.js';

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
const LOCAL: DayOffReason = { fa: 'تعطیل محلی', en: 'local day off', source: 'config' };

export class WorkCalendar {
  private readonly fixed = new Map<string, DayOffReason>();
  private readonly yearly = new Set<string>();
  private readonly once = new Set<string>();
  private readonly removedYearly = new Set<string>();
  private readonly removedOnce = new Set<string>();
  private readonly cache = new Map<string, boolean>();
  private readonly between = new Map<string, number>();
  private readonly shifted = new Map<string, string>();
  private corrections = NO_CORRECTIONS;
  private correctionsKey = '';

  constructor(private readonly opts: WorkCalendarOptions = {}) {
    for (const h of FIXED_HOLIDAYS) this.fixed.set(`${h.month}-${h.day}`, { fa: h.fa, en: h.en, source: 'law' });
    for (const h of opts.holidays ?? []) {
      if (h.year) (h.remove ? this.removedOnce : this.once).add(`${h.year}-${h.month}-${h.day}`);
      else (h.remove ? this.removedYearly : this.yearly).add(`${h.month}-${h.day}`);
    }
  }

  /**
   * Takes the desk's corrections as stored now, over the built-in days off and HOLIDAYS. The memo tables are
   * kept while the corrections stay the same, which they nearly always do.
   */
  correct(c: CalendarCorrections): void {
    const key = JSON.stringify([[...c.days].sort(), [...c.officialYears].sort()]);
    if (key === this.correctionsKey) return;
    this.corrections = c;
    this.correctionsKey = key;
    this.cache.clear();
    this.between.clear();
    this.shifted.clear();
  }

  /**
   * Whether a Jalali year's days off are official: published with peygir (iran-holidays-data.ts) or marked
   * official at the desk. Every other year's days off are estimated, and every renderer says so.
   */
  isOfficialYear(jalaliYear: number): boolean {
    return PUBLISHED_JALALI_YEARS.includes(jalaliYear) || this.corrections.officialYears.has(jalaliYear);
  }

  /** Whether a date's day-off status is only estimated (its year is not official). */
  isEstimated(date: string): boolean {
    return !this.isOfficialYear(toJalali(date).jy);
  }

  /** Why a date is a day off (besides being a Friday or a work-free Thursday); empty when it is not one. */
  reasons(date: string): DayOffReason[] {
    const fix = this.corrections.days.get(date);
    if (fix && !fix.off) return [];
    const builtIn = this.builtInReasons(date);
    return fix?.off ? [{ fa: fix.name, en: fix.name, source: 'desk' }, ...builtIn] : builtIn;
  }

  /** Why a date is a day off before the desk's corrections: the law, the lunar calendar, HOLIDAYS. */
  builtInReasons(date: string): DayOffReason[] {
    const j = toJalali(date);
    const once = `${j.jy}-${j.jm}-${j.jd}`;
    const yearly = `${j.jm}-${j.jd}`;
    if (this.removedOnce.has(once) || this.removedYearly.has(yearly)) return [];
    const out: DayOffReason[] = [];
    const law = this.fixed.get(yearly);
    if (law) out.push(law);
    const religious = this.opts.religious ? religiousHolidayOn(date) : undefined;
    if (religious) {
      const { fa, en } = RELIGIOUS_HOLIDAYS[religious.id];
      out.push({ fa, en, source: religious.source });
    }
    if (out.length === 0 && (this.yearly.has(yearly) || this.once.has(once))) out.push(LOCAL);
    return out;
  }

  isHoliday(date: string): boolean {
    return this.reasons(date).length > 0;
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
