// The religious days off of the years after the published calendars are estimated from Iran's lunar month table
// (each holiday is its month's start plus its day), not from Umm al-Qura; past the table's end they are
// computed from Umm al-Qura again, and each holiday says which.
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, formatJalali, fromJalali } from '../../src/core/calendar.js';
import { OFFICIAL_HOLIDAYS } from '../../src/core/schedule/iran-holidays-data.js';
import { IRAN_MONTH_STARTS } from '../../src/core/schedule/iran-lunar-months.js';
import {
  computedHolidaysOf,
  RELIGIOUS_HOLIDAYS,
  type ReligiousHolidayId,
  religiousHolidaysOf,
  tableHijriOf,
} from '../../src/core/schedule/religious-holidays.js';

const ymd = (text: string) => {
  const [y, m, d] = text.split('/').map(Number) as [number, number, number];
  return fromJalali(y, m, d)!;
};

/** A holiday's date read off the table by hand: its month's start plus its day (day 0: the month's last day). */
function fromTable(hijriYear: number, id: ReligiousHolidayId): string {
  const rule = RELIGIOUS_HOLIDAYS[id];
  // Only Safar's last day (Imam Reza) is a day 0: the day before 1 Rabi' al-Awwal.
  if (rule.day === 0) return addDays(ymd(IRAN_MONTH_STARTS[hijriYear]![rule.month]!), -1);
  return addDays(ymd(IRAN_MONTH_STARTS[hijriYear]![rule.month - 1]!), rule.day - 1);
}

// What the table says for 1406, written out: the Centre's month starts of 1448 to Shawwal, the predictions after.
const TABLE_1406: readonly [string, ReligiousHolidayId][] = [
  ['1406/01/14', 'imam-sadiq'],
  ['1406/02/27', 'eid-adha'],
  ['1406/03/04', 'ghadir'],
  ['1406/03/24', 'tasua'],
  ['1406/03/25', 'ashura'],
  ['1406/05/03', 'arbaeen'],
  ['1406/05/11', 'prophet-demise'],
  ['1406/05/12', 'imam-reza'],
  ['1406/05/20', 'imam-askari'],
  ['1406/05/29', 'prophet-birthday'],
  ['1406/08/11', 'fatima'],
  ['1406/09/21', 'imam-ali-birthday'],
  ['1406/10/05', 'mabath'],
  ['1406/10/22', 'mahdi'],
  ['1406/11/28', 'imam-ali-martyrdom'],
  ['1406/12/08', 'eid-fitr'],
  ['1406/12/09', 'eid-fitr-2'],
];

describe("Iran's lunar month table", () => {
  it('gives each of the 17 religious holidays of 1406 on its table date, estimated from the table', () => {
    const y1406 = religiousHolidaysOf(1406);
    expect(y1406.map((h) => [formatJalali(h.date, 'en'), h.id])).toEqual(TABLE_1406);
    for (const h of y1406) {
      expect(h.date, `${h.hijriYear} ${h.id}`).toBe(fromTable(h.hijriYear, h.id));
      expect(h).toMatchObject({ estimated: true, source: 'table' });
    }
  });

  it('is a day later than Umm al-Qura for 12 of them: the arithmetic alone would have put them a day early', () => {
    const arithmetic = computedHolidaysOf(1406);
    const early = religiousHolidaysOf(1406).filter((h) => {
      const twin = arithmetic.find((a) => a.id === h.id && a.hijriYear === h.hijriYear)!;
      return daysBetween(twin.date, h.date) === 1;
    });
    expect(early).toHaveLength(12);
    expect(arithmetic.every((h) => h.source === 'arithmetic')).toBe(true);
  });

  it('agrees with the published 1448 dates of the 1405 calendar, whose month starts it carries', () => {
    for (const [id, text] of Object.entries(OFFICIAL_HOLIDAYS[1448]!) as [ReligiousHolidayId, string][]) {
      expect(fromTable(1448, id), id).toBe(ymd(text));
    }
  });

  it('ends at 1 Muharram 1450: 1407 is estimated from the table to Ghadir, from Umm al-Qura after', () => {
    expect(tableHijriOf(ymd('1407/03/04'))).toEqual({ y: 1449, m: 12, d: 29 });
    expect(tableHijriOf(ymd('1407/03/05'))).toBeNull();
    expect(tableHijriOf(ymd('1405/03/25'))).toBeNull();
    const y1407 = religiousHolidaysOf(1407);
    const table = y1407.filter((h) => h.source === 'table').map((h) => [formatJalali(h.date, 'en'), h.id]);
    expect(table).toEqual([
      ['1407/01/03', 'imam-sadiq'],
      ['1407/02/16', 'eid-adha'],
      ['1407/02/24', 'ghadir'],
    ]);
    const rest = y1407.filter((h) => h.source !== 'table');
    expect(rest.length).toBeGreaterThanOrEqual(14);
    expect(rest.every((h) => h.source === 'arithmetic' && h.estimated && h.hijriYear === 1450)).toBe(true);
    // Each holiday once: the change of source at the table's end loses or doubles none.
    expect(new Set(y1407.map((h) => `${h.hijriYear} ${h.id}`)).size).toBe(y1407.length);
  });
});
