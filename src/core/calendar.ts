// Civil dates and Jalali formatting in the council's time zone. Civil dates are Gregorian `YYYY-MM-DD`
// strings (what the database stores); instants are Date objects in UTC. Time-zone rules come from Intl
// (the IANA database), never from a fixed offset.
import * as jalaali from 'jalaali-js';
import { toLatinDigits, toPersianDigits } from './text.js';

export const JALALI_MONTHS = [
  'فروردین',
  'اردیبهشت',
  'خرداد',
  'تیر',
  'مرداد',
  'شهریور',
  'مهر',
  'آبان',
  'آذر',
  'دی',
  'بهمن',
  'اسفند',
] as const;

const WEEKDAYS_FA = ['یکشنبه', 'دوشنبه', 'سه‌شنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه'] as const;

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

const partsCache = new Map<string, Intl.DateTimeFormat>();
function zoneFormat(timeZone: string): Intl.DateTimeFormat {
  let f = partsCache.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsCache.set(timeZone, f);
  }
  return f;
}

/** The wall-clock fields of an instant in a time zone. */
export function zonedParts(instant: Date, timeZone: string) {
  const parts: Record<string, number> = {};
  for (const p of zoneFormat(timeZone).formatToParts(instant)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 0,
    day: parts.day ?? 0,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
  };
}

/**
 * The last civil date asked for in each time zone, with the UTC minute it was asked in: every desk request and
 * job asks for today, and formatToParts is slow. Since 1972 every zone's offset is whole minutes, so a civil
 * date cannot change within a minute of UTC; earlier instants (odd local mean times) are never cached.
 */
const todayCache = new Map<string, { minute: number; date: string }>();
const WHOLE_MINUTE_OFFSETS = Date.UTC(1972, 0, 1);

/** The civil date (`YYYY-MM-DD`) of an instant in a time zone. */
export function civilDate(instant: Date, timeZone: string): string {
  const ms = instant.getTime();
  const minute = Math.floor(ms / 60_000);
  const hit = todayCache.get(timeZone);
  if (hit && hit.minute === minute) return hit.date;
  const p = zonedParts(instant, timeZone);
  const date = `${p.year}-${pad(p.month)}-${pad(p.day)}`;
  if (ms >= WHOLE_MINUTE_OFFSETS) todayCache.set(timeZone, { minute, date });
  return date;
}

/** The UTC instant of a wall-clock time on a civil date in a time zone (DST-safe by iteration). */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const [hh, mm] = time.split(':').map(Number) as [number, number];
  const wanted = Date.UTC(y, m - 1, d, hh, mm);
  let guess = wanted;
  for (let i = 0; i < 3; i++) {
    const p = zonedParts(new Date(guess), timeZone);
    const seen = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
    const diff = wanted - seen;
    if (diff === 0) break;
    guess += diff;
  }
  return new Date(guess);
}

/** Days between two civil dates (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** A civil date moved by whole days. */
export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Day of week of a civil date: 0 = Sunday … 5 = Friday, 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(`${date}T00:00:00Z`).getUTCDay();
}

export function toJalali(date: string): { jy: number; jm: number; jd: number } {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return jalaali.toJalaali(y, m, d);
}

/** Jalali (y, m, d) → Gregorian civil date, or null when the Jalali date does not exist. */
export function fromJalali(jy: number, jm: number, jd: number): string | null {
  if (!jalaali.isValidJalaaliDate(jy, jm, jd)) return null;
  const g = jalaali.toGregorian(jy, jm, jd);
  return `${g.gy}-${pad(g.gm)}-${pad(g.gd)}`;
}

/**
 * Dates already formatted, by language and date: a list or page shows the same few due dates many times
 * over. Bounded, so a long-running process holds a few thousand at most.
 */
const jalaliCache = new Map<string, string>();
const JALALI_CACHE_SIZE = 4096;

/** `۱۴۰۱/۰۷/۲۵` (Persian) or `1401/07/25` (English) for a Gregorian civil date. */
export function formatJalali(date: string, lang: 'fa' | 'en' = 'fa'): string {
  const key = lang + date;
  let out = jalaliCache.get(key);
  if (out === undefined) {
    const j = toJalali(date);
    const s = `${j.jy}/${pad(j.jm)}/${pad(j.jd)}`;
    out = lang === 'fa' ? toPersianDigits(s) : s;
    if (jalaliCache.size >= JALALI_CACHE_SIZE) jalaliCache.clear();
    jalaliCache.set(key, out);
  }
  return out;
}

/**
 * `۱۴۰۱/۰۸/۱۰ ۰۸:۳۰` (Persian digits) or `1401/08/10 08:30`: an instant's Jalali date and 24-hour time in a
 * time zone, as history lines, reports and reminders show when something happened. One cached formatter
 * gives both (toLocaleTimeString builds a new one per call).
 */
export function formatJalaliDateTime(at: Date, timeZone: string, lang: 'fa' | 'en' = 'fa'): string {
  const p = zonedParts(at, timeZone);
  const time = `${pad(p.hour)}:${pad(p.minute)}`;
  return `${formatJalali(`${p.year}-${pad(p.month)}-${pad(p.day)}`, lang)} ${lang === 'fa' ? toPersianDigits(time) : time}`;
}

/** `دوشنبه ۲۵ مهر ۱۴۰۱`: the long Persian form, built by hand because Intl's full style reads oddly. */
export function formatJalaliLong(date: string): string {
  const j = toJalali(date);
  return `${WEEKDAYS_FA[weekday(date)]} ${toPersianDigits(j.jd)} ${JALALI_MONTHS[j.jm - 1]} ${toPersianDigits(j.jy)}`;
}

/** A typed year from this one on is Gregorian: Jalali years are below it for centuries to come. */
const GREGORIAN_FROM = 1700;

/** `y/m/d` as typed (any digits, `/`, `-` or `.`), two-digit years meaning 14xx/13xx; null if not that shape. */
function typedDate(input: string): { y: number; m: number; d: number } | null {
  const m = /^(\d{2,4})[/\-.](\d{1,2})[/\-.](\d{1,2})$/.exec(toLatinDigits(input.trim()));
  if (!m) return null;
  const y = Number(m[1]);
  return { y: y < 100 ? y + (y >= 50 ? 1300 : 1400) : y, m: Number(m[2]), d: Number(m[3]) };
}

function gregorianDay(p: { y: number; m: number; d: number }): string | null {
  const date = `${p.y}-${pad(p.m)}-${pad(p.d)}`;
  const t = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(t.getTime()) && t.toISOString().slice(0, 10) === date ? date : null;
}

/**
 * A date typed by a user in chat: Jalali `1401/08/10` or `۱۴۰۱-۰۸-۱۰` (two-digit years mean 14xx/13xx), or
 * Gregorian `2022-11-01`. Returns a Gregorian civil date or null.
 */
export function parseUserDate(input: string): string | null {
  const p = typedDate(input);
  if (!p) return null;
  return p.y >= GREGORIAN_FROM ? gregorianDay(p) : fromJalali(p.y, p.m, p.d);
}

/** What a field that asks for a Jalali date made of its input. */
export type JalaliInput =
  | { date: string }
  /** A Gregorian year: refused, never read as either calendar; `sameDay` is that day when it exists. */
  | { problem: 'gregorian'; sameDay: string | null }
  | { problem: 'invalid' };

/**
 * A date typed where a Jalali date is asked (every date field of the desk): read as parseUserDate reads a
 * Jalali date, but a Gregorian-looking one (year 1700 or later, `2025-01-01`) is refused with what it is, so
 * a form can say so instead of storing a day the person did not mean.
 */
export function readJalaliDate(input: string): JalaliInput {
  const p = typedDate(input);
  if (!p) return { problem: 'invalid' };
  if (p.y >= GREGORIAN_FROM) return { problem: 'gregorian', sameDay: gregorianDay(p) };
  const date = fromJalali(p.y, p.m, p.d);
  return date ? { date } : { problem: 'invalid' };
}
