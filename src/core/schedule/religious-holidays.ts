// Iran's religious holidays follow the lunar Hijri calendar and move about eleven days a year. Where the
// official calendar is published its dates are used (iran-holidays-data.ts); for the next years they are
// estimated from the table of Iran's lunar month starts (iran-lunar-months.ts), and past that table computed
// with Intl's Umm al-Qura calendar, whose months may begin a day before Iran's (it follows its own rules, not
// Iran's moon sighting). Both kinds of estimate say where they came from.
import { addDays, daysBetween, fromJalali, toJalali } from '../calendar.js';
import { toLatinDigits } from '../text.js';
import { OFFICIAL_HOLIDAYS, PUBLISHED_JALALI_YEARS } from './iran-holidays-data.js';
import { IRAN_MONTH_STARTS } from './iran-lunar-months.js';

/** Hijri month and day; day 0 means the last day of the month (Imam Reza: the end of Safar). */
export const RELIGIOUS_HOLIDAYS = {
  tasua: { month: 1, day: 9, fa: 'تاسوعای حسینی', en: 'Tasua' },
  ashura: { month: 1, day: 10, fa: 'عاشورای حسینی', en: 'Ashura' },
  arbaeen: { month: 2, day: 20, fa: 'اربعین حسینی', en: 'Arbaeen' },
  'prophet-demise': { month: 2, day: 28, fa: 'رحلت پیامبر و شهادت امام حسن', en: "The Prophet's demise" },
  'imam-reza': { month: 2, day: 0, fa: 'شهادت امام رضا', en: "Imam Reza's martyrdom" },
  'imam-askari': { month: 3, day: 8, fa: 'شهادت امام حسن عسکری', en: "Imam Hasan Askari's martyrdom" },
  'prophet-birthday': { month: 3, day: 17, fa: 'میلاد پیامبر و امام صادق', en: "The Prophet's birthday" },
  fatima: { month: 6, day: 3, fa: 'شهادت حضرت فاطمه', en: "Fatima's martyrdom" },
  'imam-ali-birthday': { month: 7, day: 13, fa: 'ولادت امام علی', en: "Imam Ali's birthday" },
  mabath: { month: 7, day: 27, fa: 'مبعث', en: "Mab'ath" },
  mahdi: { month: 8, day: 15, fa: 'ولادت حضرت مهدی (نیمه شعبان)', en: "15th of Sha'ban (Imam Mahdi)" },
  'imam-ali-martyrdom': { month: 9, day: 21, fa: 'شهادت امام علی', en: "Imam Ali's martyrdom" },
  'eid-fitr': { month: 10, day: 1, fa: 'عید فطر', en: 'Eid al-Fitr' },
  'eid-fitr-2': { month: 10, day: 2, fa: 'تعطیل به مناسبت عید فطر', en: 'Eid al-Fitr holiday' },
  'imam-sadiq': { month: 10, day: 25, fa: 'شهادت امام صادق', en: "Imam Sadiq's martyrdom" },
  'eid-adha': { month: 12, day: 10, fa: 'عید قربان', en: 'Eid al-Adha' },
  ghadir: { month: 12, day: 18, fa: 'عید غدیر', en: 'Eid al-Ghadir' },
} as const;

export type ReligiousHolidayId = keyof typeof RELIGIOUS_HOLIDAYS;

/** Where a holiday's date comes from: the published calendar, Iran's lunar month table, or Umm al-Qura. */
export type HolidaySource = 'official' | 'table' | 'arithmetic';

export interface ReligiousHoliday {
  /** Gregorian civil date. */
  date: string;
  id: ReligiousHolidayId;
  hijriYear: number;
  /** Not taken from a published official calendar (`source` is not 'official'). */
  estimated: boolean;
  source: HolidaySource;
}

// Made on first use: building a formatter for the Islamic calendar loads ICU's calendar data, a noticeable part
// of start-up for a bot that computes its first holiday only when a reminder is due.
let hijri: Intl.DateTimeFormat | undefined;
const hijriFormat = () =>
  (hijri ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', {
    timeZone: 'UTC',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  }));

function ummAlQuraOf(date: string): { y: number; m: number; d: number } {
  const parts: Record<string, number> = {};
  for (const p of hijriFormat().formatToParts(new Date(`${date}T00:00:00Z`))) {
    if (p.type !== 'literal') parts[p.type] = Number.parseInt(toLatinDigits(p.value), 10);
  }
  return { y: parts.year ?? 0, m: parts.month ?? 0, d: parts.day ?? 0 };
}

/** The table's month starts as Gregorian dates, ascending, with the end of the table last. */
let monthStarts: { y: number; m: number; start: string }[] | undefined;
function tableStarts() {
  monthStarts ??= Object.entries(IRAN_MONTH_STARTS).flatMap(([y, starts]) =>
    starts.map((text, i) => ({ y: Number(y), m: i + 1, start: fromJalaliText(text) })),
  );
  return monthStarts;
}

/** A date's Hijri day by Iran's lunar month table, or null outside the table. */
export function tableHijriOf(date: string): { y: number; m: number; d: number } | null {
  const starts = tableStarts();
  if (date < starts[0]!.start || date >= starts.at(-1)!.start) return null;
  let i = starts.length - 2;
  while (starts[i]!.start > date) i--;
  const month = starts[i]!;
  return { y: month.y, m: month.m, d: daysBetween(month.start, date) + 1 };
}

/** The Hijri day of a date: by the table where it has the date (unless `arithmetic`), else by Umm al-Qura. */
function hijriOf(date: string, arithmetic: boolean): { y: number; m: number; d: number; table: boolean } {
  const fromTable = arithmetic ? null : tableHijriOf(date);
  return fromTable ? { ...fromTable, table: true } : { ...ummAlQuraOf(date), table: false };
}

function fromJalaliText(text: string): string {
  const [y, m, d] = text.split('/').map(Number) as [number, number, number];
  const date = fromJalali(y, m, d);
  if (!date) throw new Error(`bad date in the holiday data: ${text}`);
  return date;
}

const byJalaliYear = new Map<number, ReligiousHoliday[]>();

/** The religious holidays that fall in a Jalali year, official where published, estimated otherwise. */
export function religiousHolidaysOf(jalaliYear: number): ReligiousHoliday[] {
  const cached = byJalaliYear.get(jalaliYear);
  if (cached) return cached;
  // A published year is read from the data alone: no Islamic calendar, whose ICU data would cost the running
  // bot memory and start-up time for dates already known.
  const inYear = PUBLISHED_JALALI_YEARS.includes(jalaliYear)
    ? published(jalaliYear)
    : scanHolidays(jalaliYear, { official: true, arithmetic: false });
  byJalaliYear.set(jalaliYear, inYear);
  return inYear;
}

/**
 * The same year computed from the Umm al-Qura calendar alone, ignoring the published dates and the month table:
 * what the arithmetic estimate says, so a published year can show how far it strays (a day at most, so far).
 */
export function computedHolidaysOf(jalaliYear: number): ReligiousHoliday[] {
  return scanHolidays(jalaliYear, { official: false, arithmetic: true });
}

function published(jalaliYear: number): ReligiousHoliday[] {
  const out: ReligiousHoliday[] = [];
  for (const [hijriYear, days] of Object.entries(OFFICIAL_HOLIDAYS)) {
    for (const [id, text] of Object.entries(days) as [ReligiousHolidayId, string][]) {
      const date = fromJalaliText(text);
      if (toJalali(date).jy === jalaliYear)
        out.push({ date, id, hijriYear: Number(hijriYear), estimated: false, source: 'official' });
    }
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/**
 * A year's holidays found by walking its days through the Hijri calendar: Iran's month table where it has the
 * day, Umm al-Qura elsewhere (or everywhere when `arithmetic`), with the published dates in place of the found
 * ones when `official`; exported so tests can check the published years against it.
 */
export function scanHolidays(jalaliYear: number, opts: { official: boolean; arithmetic: boolean }): ReligiousHoliday[] {
  const first = fromJalaliText(`${jalaliYear}/01/01`);
  const out: ReligiousHoliday[] = [];
  // Scan a little beyond the year on each side: an official date may sit a day or two from the computed one.
  let next = hijriOf(addDays(first, -3), opts.arithmetic);
  for (let i = -3, date = addDays(first, -3); i < 370; i++, date = addDays(date, 1)) {
    const h = next;
    next = hijriOf(addDays(date, 1), opts.arithmetic);
    for (const [id, rule] of Object.entries(RELIGIOUS_HOLIDAYS) as [
      ReligiousHolidayId,
      (typeof RELIGIOUS_HOLIDAYS)[ReligiousHolidayId],
    ][]) {
      const hit = rule.month === h.m && (rule.day === h.d || (rule.day === 0 && next.m !== h.m));
      if (!hit) continue;
      const official = opts.official ? OFFICIAL_HOLIDAYS[h.y]?.[id] : undefined;
      const source: HolidaySource = official ? 'official' : h.table ? 'table' : 'arithmetic';
      const found = { date: official ? fromJalaliText(official) : date, id, hijriYear: h.y };
      out.push({ ...found, estimated: !official, source });
    }
  }
  return out
    .filter((h) => toJalali(h.date).jy === jalaliYear)
    .sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** The religious holiday on a date, if any. */
export function religiousHolidayOn(date: string): ReligiousHoliday | undefined {
  return religiousHolidaysOf(toJalali(date).jy).find((h) => h.date === date);
}
