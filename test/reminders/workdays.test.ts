// The work calendar on the Jalali calendar: weekends, fixed and configured holidays, month and year ends.
import { describe, expect, it } from 'vitest';
import { fromJalali, zonedInstant } from '../../src/core/calendar.js';
import { HolidayError, parseHolidays } from '../../src/core/schedule/holiday-rules.js';
import { WorkCalendar } from '../../src/core/schedule/workdays.js';

const j = (y: number, m: number, d: number) => fromJalali(y, m, d)!;
const cal = new WorkCalendar();

describe('work days', () => {
  it('works Saturday to Wednesday; Thursday only when configured; Friday never', () => {
    // 1401/08/07 is a Saturday … 1401/08/13 a Friday.
    const week = [7, 8, 9, 10, 11, 12, 13].map((d) => cal.isWorkDay(j(1401, 8, d)));
    expect(week).toEqual([true, true, true, true, true, false, false]);
    const thursdays = new WorkCalendar({ workThursday: true });
    expect(thursdays.isWorkDay(j(1401, 8, 12))).toBe(true);
    expect(thursdays.isWorkDay(j(1401, 8, 13))).toBe(false);
  });

  it('keeps the fixed solar holidays every year', () => {
    for (const [m, d] of [
      [1, 1],
      [1, 4],
      [1, 12],
      [1, 13],
      [3, 14],
      [3, 15],
      [11, 22],
      [12, 29],
    ] as const) {
      expect(cal.isHoliday(j(1402, m, d)), `${m}/${d}`).toBe(true);
    }
    expect(cal.isHoliday(j(1402, 1, 5))).toBe(false);
  });

  it('moves a send on Friday or a holiday to the next work day', () => {
    expect(cal.nextWorkDay(j(1401, 8, 13))).toBe(j(1401, 8, 14)); // Friday → Saturday
    expect(cal.nextWorkDay(j(1401, 11, 22))).toBe(j(1401, 11, 23)); // 22 Bahman (a Saturday) → Sunday
    expect(cal.nextWorkDay(j(1401, 8, 10))).toBe(j(1401, 8, 10)); // a work day stays
  });

  it('crosses month ends: 31 Shahrivar (Thursday) + 1 work day skips Friday 1 Mehr', () => {
    expect(cal.addWorkDays(j(1401, 6, 31), 1)).toBe(j(1401, 7, 2));
    expect(cal.addWorkDays(j(1401, 7, 2), -1)).toBe(j(1401, 6, 30));
  });

  it('Esfand in a normal year: after 29 Esfand comes Nowruz, work resumes on 5 Farvardin', () => {
    expect(cal.nextWorkDay(j(1402, 12, 29))).toBe(j(1403, 1, 5));
    expect(cal.nextWorkDay(j(1401, 12, 29))).toBe(j(1402, 1, 5));
  });

  it('Esfand in a leap year: 30 Esfand is a day off by law (Nowruz runs from 29 Esfand to 4 Farvardin)', () => {
    expect(fromJalali(1403, 12, 30)).toBe('2025-03-20');
    expect(fromJalali(1402, 12, 30)).toBeNull();
    // 1403's official calendar has it off; 1408 is the next leap year.
    expect(cal.isHoliday(j(1403, 12, 30))).toBe(true);
    expect(cal.isHoliday(j(1408, 12, 30))).toBe(true);
    expect(cal.isHoliday(j(1408, 12, 28))).toBe(false);
    // 30 Esfand 1403 is a Thursday: even where Thursdays are work days, work resumes on 5 Farvardin.
    expect(new WorkCalendar({ workThursday: true }).nextWorkDay(j(1403, 12, 29))).toBe(j(1404, 1, 5));
    // Wednesday 30 Esfand 1408, then Nowruz to Sunday 4 Farvardin: work resumes on Monday 5 Farvardin 1409.
    expect(cal.nextWorkDay(j(1408, 12, 30))).toBe(j(1409, 1, 5));
  });

  it('adds configured Jalali holidays, one-off and yearly, with Persian digits', () => {
    const rules = parseHolidays('1404/01/05, ۰۱-۰۶');
    expect(rules).toEqual([
      { year: 1404, month: 1, day: 5 },
      { month: 1, day: 6 },
    ]);
    const c = new WorkCalendar({ holidays: rules });
    expect(c.isWorkDay(j(1404, 1, 5))).toBe(false);
    expect(c.isWorkDay(j(1403, 1, 5))).toBe(true); // the one-off date is for 1404 only
    expect(c.isWorkDay(j(1403, 1, 6))).toBe(false); // yearly
    expect(c.nextWorkDay(j(1403, 12, 29))).toBe(j(1404, 1, 9)); // 5, 6 off, 7 Thursday, 8 Friday
    expect(() => parseHolidays('1404/13/01')).toThrow(HolidayError);
    expect(() => parseHolidays('soon')).toThrow(/soon/);
  });

  it('counts work days between dates', () => {
    // Tuesday 1401/08/10 → Saturday 1401/08/14: Wednesday and Saturday.
    expect(cal.workDaysBetween(j(1401, 8, 10), j(1401, 8, 14))).toBe(2);
    expect(cal.workDaysBetween(j(1401, 8, 14), j(1401, 8, 10))).toBe(0);
  });
});

describe('the desk’s corrections over the built-in days off', () => {
  it('adds a named day off, makes a built-in one a work day, and marks a year official', () => {
    const c = new WorkCalendar({ religious: true });
    // Estimated by the table: Imam Sadiq on Saturday 1406/01/14, so the work day after Wednesday the 11th is Sunday.
    expect(c.isWorkDay(j(1406, 1, 14))).toBe(false);
    expect(c.addWorkDays(j(1406, 1, 11), 1)).toBe(j(1406, 1, 15));
    expect(c.isOfficialYear(1405)).toBe(true);
    expect(c.isOfficialYear(1406)).toBe(false);
    expect(c.isEstimated(j(1406, 1, 1))).toBe(true);
    // Say the Calendar Centre puts it on Sunday the 15th instead.
    c.correct({
      days: new Map([
        [j(1406, 1, 14), { off: false }],
        [j(1406, 1, 15), { off: true, name: 'شهادت امام صادق' }],
      ]),
      officialYears: new Set([1406]),
    });
    expect(c.isWorkDay(j(1406, 1, 14))).toBe(true);
    expect(c.isWorkDay(j(1406, 1, 15))).toBe(false);
    expect(c.addWorkDays(j(1406, 1, 11), 1)).toBe(j(1406, 1, 14));
    expect(c.reasons(j(1406, 1, 15))).toEqual([{ fa: 'شهادت امام صادق', en: 'شهادت امام صادق', source: 'desk' }]);
    expect(c.reasons(j(1406, 1, 14))).toEqual([]);
    expect(c.isEstimated(j(1406, 1, 1))).toBe(false);
    // The law's day keeps its name beside the desk's.
    c.correct({ days: new Map([[j(1406, 1, 1), { off: true, name: 'x' }]]), officialYears: new Set() });
    expect(c.reasons(j(1406, 1, 1)).map((r) => r.source)).toEqual(['desk', 'law']);
    expect(c.isWorkDay(j(1406, 1, 15))).toBe(true);
  });
});

describe('Asia/Tehran with real time-zone rules', () => {
  it('09:00 in Tir 1400 (daylight saving, +04:30) and in Tir 1402 (none since 2022, +03:30)', () => {
    expect(zonedInstant(j(1400, 4, 10), '09:00', 'Asia/Tehran').toISOString()).toBe('2021-07-01T04:30:00.000Z');
    expect(zonedInstant(j(1402, 4, 10), '09:00', 'Asia/Tehran').toISOString()).toBe('2023-07-01T05:30:00.000Z');
    expect(zonedInstant(j(1400, 9, 10), '09:00', 'Asia/Tehran').toISOString()).toBe('2021-12-01T05:30:00.000Z');
  });
});
