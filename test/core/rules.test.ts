import { describe, expect, it } from 'vitest';
import { canChangeAssignment, hasCouncilRights } from '../../src/core/auth.js';
import {
  addDays,
  civilDate,
  formatJalali,
  formatJalaliLong,
  fromJalali,
  parseUserDate,
  readJalaliDate,
  zonedInstant,
  zonedParts,
} from '../../src/core/calendar.js';
import { parseItemRef, parseNumber } from '../../src/core/numbers.js';
import { coreKey, matchOwner } from '../../src/core/owners.js';
import { canTransition, isOverdue, resolutionProgress } from '../../src/core/status.js';
import { matchKey, normalizeText, toPersianDigits } from '../../src/core/text.js';

describe('numbers typed in any digits', () => {
  it('reads Persian, Arabic-Indic and Latin digits alike', () => {
    expect(parseNumber('۳')).toBe(3);
    expect(parseNumber('٣')).toBe(3);
    expect(parseNumber('3')).toBe(3);
    expect(parseNumber('۱۲')).toBe(12);
  });
  it('rejects what is not a positive whole number', () => {
    for (const bad of ['-1', '0', '۳٫۵', '3.5', 'abc', '', '99999999999', '1e3']) expect(parseNumber(bad)).toBeNull();
  });
  it('reads meeting/row references', () => {
    expect(parseItemRef('۵۵/۳')).toEqual({ kind: 'row', meeting: '55', row: 3 });
    expect(parseItemRef('7')).toEqual({ kind: 'number', number: 7 });
    expect(parseItemRef('55/x')).toBeNull();
  });
});

describe('status rules', () => {
  it('allows reporting forward and refuses leaving done except to reopen', () => {
    expect(canTransition('open', 'done')).toBe(true);
    expect(canTransition('blocked', 'in_progress')).toBe(true);
    expect(canTransition('done', 'in_progress')).toBe(false);
    expect(canTransition('done', 'open')).toBe(true);
    expect(canTransition('cancelled', 'done')).toBe(false);
  });
  it('a resolution is done only when every owner is done', () => {
    expect(resolutionProgress(['done', 'open', 'open'])).toMatchObject({ status: 'in_progress', done: 1, pending: 2 });
    expect(resolutionProgress(['done', 'done', 'cancelled'])).toMatchObject({ status: 'done', pending: 0 });
    expect(resolutionProgress(['done', 'blocked'])).toMatchObject({ status: 'blocked' });
    expect(resolutionProgress(['open'])).toMatchObject({ status: 'open' });
    expect(resolutionProgress(['cancelled'])).toMatchObject({ status: 'cancelled' });
    expect(resolutionProgress([])).toEqual({ total: 0, done: 0, cancelled: 0, pending: 0, status: 'open' });
    expect(resolutionProgress(['open', 'in_progress'])).toMatchObject({ status: 'in_progress', done: 0, pending: 2 });
    expect(resolutionProgress(['cancelled', 'blocked', 'in_progress'])).toEqual({
      total: 3,
      done: 0,
      cancelled: 1,
      pending: 2,
      status: 'blocked',
    });
    expect(resolutionProgress(['cancelled', 'done'])).toMatchObject({ status: 'done', cancelled: 1 });
  });
  it('overdue means past due and not finished', () => {
    expect(isOverdue('2022-10-01', 'open', '2022-10-02')).toBe(true);
    expect(isOverdue('2022-10-02', 'open', '2022-10-02')).toBe(false);
    expect(isOverdue('2022-10-01', 'done', '2022-10-05')).toBe(false);
    expect(isOverdue(null, 'open', '2022-10-05')).toBe(false);
  });
});

describe('authorization', () => {
  const committee = (ownerId: number) => ({
    id: ownerId,
    address: 'telegram:-1',
    role: 'committee' as const,
    ownerId,
    ownerName: 'x',
    active: true,
  });
  const chair = { id: 9, address: 'telegram:-9', role: 'chair' as const, ownerId: null, ownerName: null, active: true };
  it('a committee chat changes only its own assignments', () => {
    const ctx = { bindings: [committee(1)], memberRole: null };
    expect(canChangeAssignment(ctx, 1)).toBe(true);
    expect(canChangeAssignment(ctx, 2)).toBe(false);
    expect(hasCouncilRights(ctx)).toBe(false);
  });
  it('the chair chat and the secretary change any', () => {
    expect(canChangeAssignment({ bindings: [chair], memberRole: null }, 2)).toBe(true);
    expect(canChangeAssignment({ bindings: [], memberRole: 'secretary' }, 2)).toBe(true);
  });
  it('an unbound chat changes nothing', () => {
    expect(canChangeAssignment({ bindings: [], memberRole: null }, 1)).toBe(false);
  });
  it('an inactive binding grants nothing', () => {
    expect(canChangeAssignment({ bindings: [{ ...committee(1), active: false }], memberRole: null }, 1)).toBe(false);
  });
});

describe('Jalali calendar', () => {
  it('formats with Persian digits', () => {
    expect(formatJalali('2022-10-17')).toBe('۱۴۰۱/۰۷/۲۵');
    expect(formatJalali('2022-10-17', 'en')).toBe('1401/07/25');
    expect(formatJalaliLong('2022-10-17')).toBe('دوشنبه ۲۵ مهر ۱۴۰۱');
  });
  it('formats the same date alike however often, in each language, past the cache of formatted dates', () => {
    // Ten thousand days in both languages: more than the cache keeps, so it is emptied on the way.
    const seen = new Set<string>();
    for (let i = 0; i < 10_000; i++) {
      const date = addDays('2000-01-01', i);
      const en = formatJalali(date, 'en');
      expect(formatJalali(date)).toBe(toPersianDigits(en));
      seen.add(en);
    }
    expect(seen.size).toBe(10_000);
    expect(formatJalali('2022-10-17', 'en')).toBe('1401/07/25');
    expect(formatJalali('2022-10-17')).toBe('۱۴۰۱/۰۷/۲۵');
    expect(formatJalali('2024-03-20', 'en')).toBe('1403/01/01');
  });
  it('reads dates users type', () => {
    expect(parseUserDate('۱۴۰۱/۰۸/۱۰')).toBe('2022-11-01');
    expect(parseUserDate('01/08/10')).toBe('2022-11-01');
    expect(parseUserDate('2022-11-01')).toBe('2022-11-01');
    expect(parseUserDate('1401/12/30')).toBeNull(); // 1401 is not a leap year
    expect(parseUserDate('1403/12/30')).toBe('2025-03-20');
  });
  it('reads a Jalali date field: a Gregorian-looking date is refused as Gregorian, never stored as either', () => {
    expect(readJalaliDate('۱۴۰۳/۱۰/۱۲')).toEqual({ date: '2025-01-01' });
    expect(readJalaliDate('03/10/12')).toEqual({ date: '2025-01-01' });
    expect(readJalaliDate('2025-01-01')).toEqual({ problem: 'gregorian', sameDay: '2025-01-01' });
    expect(readJalaliDate('۲۰۲۵/۰۲/۳۰')).toEqual({ problem: 'gregorian', sameDay: null });
    expect(readJalaliDate('1700/01/01')).toEqual({ problem: 'gregorian', sameDay: '1700-01-01' });
    expect(readJalaliDate('1699/01/01')).toEqual({ date: fromJalali(1699, 1, 1) });
    expect(readJalaliDate('1403/13/01')).toEqual({ problem: 'invalid' });
    expect(readJalaliDate('فردا')).toEqual({ problem: 'invalid' });
  });
  it('uses real time-zone rules for Tehran, before and after daylight saving ended', () => {
    expect(zonedInstant('2021-07-01', '09:00', 'Asia/Tehran').toISOString()).toBe('2021-07-01T04:30:00.000Z');
    expect(zonedInstant('2023-07-01', '09:00', 'Asia/Tehran').toISOString()).toBe('2023-07-01T05:30:00.000Z');
    expect(civilDate(new Date('2022-10-16T21:00:00Z'), 'Asia/Tehran')).toBe('2022-10-17');
  });
  it('gives the civil date second by second across midnight, in zones asked in turn, as the zone’s own fields do', () => {
    const fromParts = (d: Date, zone: string) => {
      const p = zonedParts(d, zone);
      return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
    };
    // Tehran's midnight is at :30 past a UTC hour, Kathmandu's at :15, Chatham's (+13:45) at :15 too.
    const zones = ['Asia/Tehran', 'Asia/Kathmandu', 'Pacific/Chatham', 'UTC'];
    const dates = new Set<string>();
    for (let s = 0; s < 3 * 3600; s += 7) {
      const at = new Date(Date.UTC(2024, 2, 20, 18, 0, s));
      for (const zone of zones) {
        const date = civilDate(at, zone);
        expect(date).toBe(fromParts(at, zone));
        dates.add(`${zone} ${date}`);
      }
    }
    // Tehran and Kathmandu changed day in the window (20:30 and 18:15 UTC).
    expect(dates).toContain('Asia/Tehran 2024-03-20');
    expect(dates).toContain('Asia/Tehran 2024-03-21');
    expect(dates).toContain('Asia/Kathmandu 2024-03-21');
    // Before 1972 offsets had seconds (Tehran kept local mean time, +3:25:44, until 1946).
    expect(civilDate(new Date('1935-06-01T20:34:15Z'), 'Asia/Tehran')).toBe('1935-06-01');
    expect(civilDate(new Date('1935-06-01T20:34:17Z'), 'Asia/Tehran')).toBe('1935-06-02');
  });
});

describe('text and owner names', () => {
  it('normalises Arabic letters, digits, bidi marks and spaces, idempotently', () => {
    const s = 'كميته\u200F  فاوا ۳\r\n';
    expect(normalizeText(s)).toBe('کمیته فاوا 3\n');
    expect(normalizeText(normalizeText(s))).toBe(normalizeText(s));
    expect(toPersianDigits('1401/07/25')).toBe('۱۴۰۱/۰۷/۲۵');
    expect(toPersianDigits(1090)).toBe('۱۰۹۰');
    expect(toPersianDigits('ردیف 12، ۳ و x9')).toBe('ردیف ۱۲، ۳ و x۹');
    expect(toPersianDigits('')).toBe('');
  });
  it('matches names with and without ZWNJ and kind words', () => {
    expect(matchKey('تعامل‌پذیری')).toBe(matchKey('تعامل پذیری'));
    expect(matchKey('کمیته تأمین داده')).toBe(matchKey('کمیته تامین داده'));
    expect(matchKey('آموزش و پرورش')).toBe(matchKey('اموزش و پرورش'));
    expect(coreKey('کمیته فاوا')).toBe('فاوا');
    const owners = [{ id: 1, name: 'کمیته فاوا', aliases: [] }];
    expect(matchOwner('فاوا', owners)).toMatchObject({ kind: 'similar', owner: { id: 1 } });
    expect(matchOwner('كميته فاوا', owners)).toMatchObject({ kind: 'exact' });
    expect(matchOwner('دبیرخانه', owners).kind).toBe('none');
  });
});
