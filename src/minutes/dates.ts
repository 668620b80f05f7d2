// Dates as minutes write them: `1401/07/25`, `98/10/21`, `19/10/92`, `اول دیماه 92`, `15 اردیبهشت ماه 1400`,
// `2022-08-18`, `January 22, 2026`. Everything here reads canonical text (Latin digits).
import * as jalaali from 'jalaali-js';
import { fromJalali } from '../core/calendar.js';
import type { Calendar } from './types.js';
import { ORD_ALT, ordinalValue } from './words.js';

export interface DayDate {
  calendar: Calendar;
  y: number;
  m: number;
  d: number;
}

export interface FoundDate {
  start: number;
  end: number;
  /** Year may be missing (`تا 15 اردیبهشت`): 0 then, filled from the meeting by the caller. */
  date: DayDate;
  /**
   * A day range (`5 و 6 تیر ماه 98`, `5 تا 6 تیر`, `30 خرداد تا 2 تیر 1403`, `5-6 June 2024`, `June 30 - July 2`):
   * `date` is its last day, by which whatever is set for it is over, and `start` is where its first day is
   * written. `lastStart` is where the last date alone starts, for callers that must also read
   * `شماره 12 تا 15 تیر` as «until the 15th».
   */
  range?: { first: DayDate; lastStart: number };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Jalali month alternatives, index + 1 = month number. Left edge is checked by the callers' lookbehind. */
const FA_MONTHS = [
  'فروردین',
  'اردیبهشت|اردی\\s*بهشت',
  'خرداد',
  'تیر',
  'امرداد|مرداد',
  'شهریور',
  'مهر',
  'آبان',
  'آذر',
  'دی',
  'بهمن',
  'اسفند',
];
export const FA_MONTH = `(?:${FA_MONTHS.map((m) => `(?:${m})`).join('|')})(?:\\s*ماه)?(?!\\p{L})`;

const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A month's name, or its abbreviation with or without its dot («Sept.»); a full name's full stop ends a sentence. */
export const EN_MONTH =
  '(?:(?:january|february|march|april|may|june|july|august|september|october|november|december)(?![a-z])|(?:sept|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\\.?(?![a-z]))';

export function faMonthNumber(word: string): number {
  const w = word.replace(/\s*ماه$/, '');
  const i = FA_MONTHS.findIndex((alt) => new RegExp(`^(?:${alt})$`, 'u').test(w.trim()));
  return i + 1;
}

function enMonthNumber(word: string): number {
  return EN_MONTHS.indexOf(word.toLowerCase().slice(0, 3)) + 1;
}

/** A Jalali or Gregorian date that exists, or null. Two-digit years are completed per calendar. */
export function makeDate(calendar: Calendar, y: number, m: number, d: number): DayDate | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  let year = y;
  if (year > 0 && year < 100) year += calendar === 'jalali' ? (year >= 50 ? 1300 : 1400) : 2000;
  const date = { calendar, y: year, m, d };
  if (year === 0) return date;
  return toGregorian(date) ? date : null;
}

export function isoOf(date: DayDate): string {
  return `${date.y}-${pad(date.m)}-${pad(date.d)}`;
}

export function toGregorian(date: DayDate): string | null {
  if (date.calendar === 'jalali') return fromJalali(date.y, date.m, date.d);
  const iso = isoOf(date);
  const t = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === iso ? iso : null;
}

export function calendarOfYear(y: number): Calendar | null {
  if (y >= 1300 && y < 1500) return 'jalali';
  if (y >= 1900 && y < 2200) return 'gregorian';
  return null;
}

const NUMERIC = /(?<![\d/.:-])(\d{1,4})([/.-])(\d{1,2})\2(\d{1,4})(?![\d/]|[.-]\d)/g;
const FA_TEXT = new RegExp(
  `(?<!\\p{L})(?:(\\d{1,2})|(${ORD_ALT}))\\s*(?:ام|م)?\\s+(${FA_MONTH})(?:\\s*(?:سال|,)?\\s*(\\d{4}|\\d{2})(?!\\d))?`,
  'gu',
);
/** Between the days of a range, or the two dates of one across months. */
const FA_TO = '(?:و|تا|الی|-|–)';
const EN_TO = '(?:-|–|to|and|through|until)';
/** What comes before the last day of a range: its first day and «و», «تا», «الی» or a dash. */
const RANGE_HEAD = new RegExp(`(?<![\\p{L}\\d/.-])(?:(\\d{1,2})|(${ORD_ALT}))\\s*(?:ام|م)?\\s*${FA_TO}\\s*$`, 'u');
const EN_DAY = '(\\d{1,2})(?:st|nd|rd|th)?(?![\\da-z])';
const EN_TEXT = new RegExp(
  `(?<![a-z])(${EN_MONTH})\\s+${EN_DAY}(?:\\s*${EN_TO}\\s*${EN_DAY})?(?:,?\\s+(\\d{4}))?|(?<![\\d#])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${EN_MONTH})(?:,?\\s+(\\d{4}))?`,
  'gi',
);
/** What comes before the last day of a range written day first (`5-6 June`, `5 and 6 June`). */
const EN_RANGE_HEAD = new RegExp(`(?<![\\w/.-])${EN_DAY}\\s*${EN_TO}\\s*$`, 'i');
/** Between two whole dates that make one range: `30 خرداد تا 2 تیر`, `June 30 and July 2`. */
const BETWEEN_DATES = new RegExp(`^\\s*(?:${FA_TO}|${EN_TO})\\s*$`, 'i');

/** Reads three numbers as a date, trying the orders the document's language uses, first valid wins. */
function numericDate(a: number, b: number, c: number, aLen: number, cLen: number, persian: boolean, dayFirst: boolean) {
  type Order = [number, number, number];
  let cal: Calendar = persian ? 'jalali' : 'gregorian';
  let orders: Order[];
  if (aLen === 4) {
    cal = calendarOfYear(a) ?? cal;
    orders = [[a, b, c]];
  } else if (cLen === 4) {
    cal = calendarOfYear(c) ?? cal;
    orders =
      cal === 'jalali' || persian
        ? [[c, b, a]]
        : dayFirst
          ? [
              [c, b, a],
              [c, a, b],
            ]
          : [
              [c, a, b],
              [c, b, a],
            ];
  } else if (persian) {
    orders =
      a > 31
        ? [[a, b, c]]
        : [
            [a, b, c],
            [c, b, a],
          ];
    if (a <= 31 && c > 31) orders = [[c, b, a]];
  } else {
    orders = dayFirst
      ? [
          [c, b, a],
          [c, a, b],
          [a, b, c],
        ]
      : [
          [c, a, b],
          [c, b, a],
          [a, b, c],
        ];
  }
  for (const [y, m, d] of orders) {
    const date = makeDate(cal, y, m, d);
    if (date) return date;
  }
  return null;
}

/**
 * Every date written in `canon`, in order. `persian` picks the calendar for two-digit years; `dayFirst` reads
 * an English `12/03/2024` as the 12th of March (see `writesDayFirst`), not December 3rd.
 */
export function findDates(canon: string, persian: boolean, dayFirst = false): FoundDate[] {
  const out: FoundDate[] = [];
  for (const m of canon.matchAll(NUMERIC)) {
    if (/ساعت\s*$/.test(canon.slice(Math.max(0, m.index - 8), m.index))) continue;
    const date = numericDate(Number(m[1]), Number(m[3]), Number(m[4]), m[1]!.length, m[4]!.length, persian, dayFirst);
    if (date) out.push({ start: m.index, end: m.index + m[0].length, date });
  }
  for (const m of canon.matchAll(FA_TEXT)) {
    const day = m[1] ? Number(m[1]) : ordinalValue(m[2]!);
    const date = makeDate('jalali', m[4] ? Number(m[4]) : 0, faMonthNumber(m[3]!), day);
    if (!date) continue;
    const found: FoundDate = { start: m.index, end: m.index + m[0].length, date };
    takeRangeHead(canon, found, RANGE_HEAD, 40, (h) => (h[1] ? Number(h[1]) : ordinalValue(h[2]!)));
    out.push(found);
  }
  for (const m of canon.matchAll(EN_TEXT)) {
    const monthFirst = !!m[1];
    const [month, day, last, year] = monthFirst ? [m[1], m[2], m[3], m[4]] : [m[6], m[5], undefined, m[7]];
    const first = Number(day);
    const end = last ? Number(last) : first;
    const date = makeDate('gregorian', year ? Number(year) : 0, enMonthNumber(month!), end);
    if (!date) continue;
    const found: FoundDate = { start: m.index, end: m.index + m[0].length, date };
    if (last && first < end) found.range = { first: { ...date, d: first }, lastStart: m.index };
    if (!monthFirst) takeRangeHead(canon, found, EN_RANGE_HEAD, 20, (h) => Number(h[1]));
    out.push(found);
  }
  return joinRanges(
    canon,
    out.sort((x, y) => x.start - y.start),
  );
}

/**
 * Whether an English text writes its numeric dates day first: a date whose first number cannot be a month
 * (`25/03/2024`) or a month's name after its day (`12 March 2024`), and none written month first (`03/25/2024`,
 * `March 12`). Then `12/03/2024` in the same text is the 12th of March; with no such sign, December 3rd.
 */
export function writesDayFirst(canon: string): boolean {
  let dayFirst = 0;
  let monthFirst = 0;
  for (const m of canon.matchAll(NUMERIC)) {
    // «v25.1.0» is a version, not a date: a date's year has two digits or four.
    if (m[1]!.length > 2 || (m[4]!.length !== 2 && m[4]!.length !== 4)) continue;
    const [a, b] = [Number(m[1]), Number(m[3])];
    if (a > 12 && a <= 31 && b >= 1 && b <= 12) dayFirst++;
    if (b > 12 && b <= 31 && a >= 1 && a <= 12) monthFirst++;
  }
  for (const m of canon.matchAll(EN_TEXT)) {
    if (m[1]) monthFirst++;
    else dayFirst++;
  }
  return dayFirst > 0 && monthFirst === 0;
}

/**
 * A range's first day written just before a date's day (`5 و 6 تیر`, `5-6 June`), looked for within `reach`
 * characters: the date becomes the range, starting there.
 */
function takeRangeHead(
  canon: string,
  found: FoundDate,
  head: RegExp,
  reach: number,
  dayOf: (m: RegExpExecArray) => number,
): void {
  const from = Math.max(0, found.start - reach);
  const m = head.exec(canon.slice(from, found.start));
  const first = m ? dayOf(m) : 0;
  // Only an ascending pair is a range: «۶ و ۵ تیر» is two numbers that happen to sit there.
  if (!m || first < 1 || first >= found.date.d) return;
  found.range = { first: { ...found.date, d: first }, lastStart: found.start };
  found.start = from + m.index;
}

/**
 * Two dates with only «و», «تا», «-», «and», «to» … between them are one range, across months or years: its
 * first date takes the year of its last when it has none (the year before, from the last month into the first).
 */
function joinRanges(canon: string, dates: FoundDate[]): FoundDate[] {
  const out: FoundDate[] = [];
  for (const next of dates) {
    const prev = out[out.length - 1];
    if (prev && prev.date.calendar === next.date.calendar && BETWEEN_DATES.test(canon.slice(prev.end, next.start))) {
      const head = prev.range?.first ?? prev.date;
      // Across the turn of a year only from its last month into its first (اسفند → فروردین, December → January).
      const wraps = head.m === 12 && next.date.m === 1;
      const y = head.y || (next.date.y && (wraps ? next.date.y - 1 : next.date.y));
      const first = makeDate(head.calendar, y, head.m, head.d);
      const from = first?.y ? toGregorian(first) : null;
      const to = next.date.y ? toGregorian(next.date) : null;
      // Only a first date before the last makes a range; otherwise they are two dates that sit there.
      const ascending =
        from && to ? from < to : !first?.y && !next.date.y && head.m * 32 + head.d < next.date.m * 32 + next.date.d;
      if (first && ascending) {
        out[out.length - 1] = {
          start: prev.start,
          end: next.end,
          date: next.date,
          range: { first, lastStart: next.start },
        };
        continue;
      }
    }
    out.push(next);
  }
  return out;
}

/** Gives a year-less date the first year in which it falls on or after `from` (same calendar). */
export function withYear(date: DayDate, fromIso: string | null): DayDate | null {
  if (date.y) return date;
  if (!fromIso) return null;
  const [gy, gm, gd] = fromIso.split('-').map(Number) as [number, number, number];
  const base = date.calendar === 'jalali' ? jalaali.toJalaali(gy, gm, gd).jy : gy;
  for (const y of [base, base + 1]) {
    const full = makeDate(date.calendar, y, date.m, date.d);
    const g = full && toGregorian(full);
    if (g && g >= fromIso) return full;
  }
  return null;
}

export function jalaliYearOf(gregorianIso: string): number {
  const [gy, gm, gd] = gregorianIso.split('-').map(Number) as [number, number, number];
  return jalaali.toJalaali(gy, gm, gd).jy;
}

export function jalaliMonthLength(jy: number, jm: number): number {
  return jalaali.jalaaliMonthLength(jy, jm);
}

/** Gregorian month arithmetic, clamped to the month's last day (Oct 31 + 1 month = Nov 30). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, last));
  return target.toISOString().slice(0, 10);
}

/** `HH:MM` from `8:30`, `08.30`, `21/30`, `10`; null when it is not a time of day. */
export function clockTime(h: string, m?: string): string | null {
  const hh = Number(h);
  const mm = m === undefined ? 0 : Number(m);
  if (hh > 24 || mm > 59) return null;
  return `${pad(hh % 24)}:${pad(mm)}`;
}
