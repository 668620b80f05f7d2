// Iran's religious holidays are built into the configured work calendar: official dates where the calendar is
// published, computed (and marked estimated) for later years; HOLIDAYS adds local ones and can remove one.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { addDays, daysBetween, formatJalali, fromJalali, zonedInstant } from '../../src/core/calendar.js';
import { HolidayError, parseHolidays } from '../../src/core/schedule/holiday-rules.js';
import { OFFICIAL_HOLIDAYS, PUBLISHED_JALALI_YEARS } from '../../src/core/schedule/iran-holidays-data.js';
import { dueOccurrences } from '../../src/core/schedule/occurrences.js';
import {
  computedHolidaysOf,
  type ReligiousHolidayId,
  religiousHolidayOn,
  religiousHolidaysOf,
  scanHolidays,
} from '../../src/core/schedule/religious-holidays.js';
import { defaultSettings } from '../../src/core/schedule/settings.js';
import { workCalendar } from '../../src/core/schedule/workdays.js';

const TZ = 'Asia/Tehran';
const j = (y: number, m: number, d: number) => fromJalali(y, m, d)!;

describe('religious holidays', () => {
  it('Tasua and Ashura 1404 (14 and 15 Tir) are days off, from the official calendar', () => {
    const calendar = workCalendar(loadConfig({}));
    expect(calendar.isWorkDay(j(1404, 4, 14))).toBe(false);
    expect(calendar.isWorkDay(j(1404, 4, 15))).toBe(false);
    expect(calendar.isWorkDay(j(1404, 4, 16))).toBe(true);
    expect(religiousHolidayOn(j(1404, 4, 14))).toMatchObject({ id: 'tasua', estimated: false });
    expect(religiousHolidayOn(j(1404, 4, 15))).toMatchObject({ id: 'ashura', estimated: false });
  });

  it('a weekly digest due on Tasua (Saturday 14 Tir 1404) goes out on the next work day, Monday 16 Tir', () => {
    const settings = defaultSettings(loadConfig({}));
    const calendar = workCalendar(loadConfig({}));
    const binding = {
      id: 1,
      address: 'console:c',
      platform: 'console' as const,
      chatId: 'c',
      threadId: '',
      role: 'committee' as const,
      ownerId: 1,
      ownerName: 'committee',
    };
    const dueOn = (date: string) =>
      dueOccurrences({
        now: zonedInstant(date, '09:00', TZ),
        since: zonedInstant(date, '00:00', TZ),
        timeZone: TZ,
        calendar,
        settingsFor: () => settings,
        bindings: [binding],
        resolutions: [],
        nextMeetingAt: null,
      }).filter((o) => o.kind === 'weekly');
    expect(dueOn(j(1404, 4, 14))).toHaveLength(0);
    expect(dueOn(j(1404, 4, 15))).toHaveLength(0);
    expect(dueOn(j(1404, 4, 16))).toHaveLength(1);
  });

  it('later years are estimated and marked so', () => {
    const y1406 = religiousHolidaysOf(1406);
    expect(y1406.every((h) => h.estimated)).toBe(true);
    expect(y1406.map((h) => h.id)).toEqual(expect.arrayContaining(['tasua', 'ashura', 'eid-fitr', 'ghadir', 'mahdi']));
    const ashura = y1406.find((h) => h.id === 'ashura')!;
    const tasua = y1406.find((h) => h.id === 'tasua')!;
    expect(formatJalali(tasua.date, 'en')).toMatch(/^1406\/0[34]\//);
    expect(Date.parse(ashura.date) - Date.parse(tasua.date)).toBe(86_400_000);
    // Each holiday lands once in a year, except when the lunar year's drift brings one round twice.
    const y1404 = religiousHolidaysOf(1404);
    expect(new Set(y1404.map((h) => h.date)).size).toBe(y1404.length);
  });

  it('a holiday the published data lacks is estimated, even in a lunar year it covers', () => {
    // 1448 is published up to Eid al-Fitr (Esfand 1405); its Imam Sadiq, Eid al-Adha and Ghadir fall in 1406.
    expect(religiousHolidaysOf(1405).find((h) => h.id === 'eid-fitr' && h.hijriYear === 1448)).toMatchObject({
      date: j(1405, 12, 19),
      estimated: false,
    });
    const rest = religiousHolidaysOf(1406).filter((h) => h.hijriYear === 1448);
    expect(rest.map((h) => h.id)).toEqual(['imam-sadiq', 'eid-adha', 'ghadir']);
    expect(rest.every((h) => h.estimated)).toBe(true);
    // And before the data begins: 1402's are all computed.
    expect(religiousHolidaysOf(1402).every((h) => h.estimated)).toBe(true);
  });

  it('HOLIDAYS adds a local holiday and can remove a built-in one', () => {
    const calendar = workCalendar(loadConfig({ HOLIDAYS: '1404/04/16, -1404/04/14' }));
    expect(calendar.isWorkDay(j(1404, 4, 14))).toBe(true);
    expect(calendar.isWorkDay(j(1404, 4, 15))).toBe(false);
    expect(calendar.isWorkDay(j(1404, 4, 16))).toBe(false);
    expect(parseHolidays('-۰۱-۱۲')).toEqual([{ month: 1, day: 12, remove: true }]);
    expect(() => parseHolidays('--1404/04/14')).toThrow(HolidayError);
  });
});

// The official list of 1405 as the calendar prints it: every day off but Fridays, with the religious holiday
// it is for (none for the fixed solar days; 1 Farvardin and 14 Khordad are both).
const OFFICIAL_1405: readonly [string, ReligiousHolidayId | null][] = [
  ['1405/01/01', 'eid-fitr'], // Nowruz and Eid al-Fitr
  ['1405/01/02', 'eid-fitr-2'],
  ['1405/01/03', null],
  ['1405/01/04', null],
  ['1405/01/12', null],
  ['1405/01/13', null],
  ['1405/01/25', 'imam-sadiq'],
  ['1405/03/06', 'eid-adha'],
  ['1405/03/14', 'ghadir'], // and Imam Khomeini's demise
  ['1405/03/15', null],
  ['1405/04/03', 'tasua'],
  ['1405/04/04', 'ashura'],
  ['1405/05/13', 'arbaeen'],
  ['1405/05/21', 'prophet-demise'],
  ['1405/05/22', 'imam-reza'],
  ['1405/05/30', 'imam-askari'],
  ['1405/06/08', 'prophet-birthday'],
  ['1405/08/22', 'fatima'],
  ['1405/10/02', 'imam-ali-birthday'],
  ['1405/10/16', 'mabath'],
  ['1405/11/04', 'mahdi'],
  ['1405/11/22', null],
  ['1405/12/09', 'imam-ali-martyrdom'],
  ['1405/12/19', 'eid-fitr'],
  ['1405/12/20', 'eid-fitr-2'],
  ['1405/12/29', null],
];

const ymd = (text: string) => {
  const [y, m, d] = text.split('/').map(Number) as [number, number, number];
  return j(y, m, d);
};

describe('the official calendars of 1403–1405', () => {
  it('1405: the work calendar has exactly the official days off, each religious one named and published', () => {
    const calendar = workCalendar(loadConfig({}));
    const off: string[] = [];
    for (let d = j(1405, 1, 1); d <= j(1405, 12, 29); d = addDays(d, 1)) if (calendar.isHoliday(d)) off.push(d);
    expect(off.map((d) => formatJalali(d, 'en'))).toEqual(OFFICIAL_1405.map(([date]) => date));
    const religious = OFFICIAL_1405.filter(([, id]) => id !== null);
    expect(religiousHolidaysOf(1405).map((h) => [formatJalali(h.date, 'en'), h.id, h.estimated])).toEqual(
      religious.map(([date, id]) => [date, id, false]),
    );
  });

  it('1403 and 1404 are published throughout: no religious holiday in them is estimated', () => {
    for (const year of [1403, 1404]) {
      const list = religiousHolidaysOf(year);
      expect(list.length, String(year)).toBeGreaterThanOrEqual(17);
      expect(
        list.filter((h) => h.estimated).map((h) => h.id),
        String(year),
      ).toEqual([]);
    }
  });

  it('a published year read from the data alone is exactly what walking it through the Islamic calendar finds', () => {
    expect(PUBLISHED_JALALI_YEARS).toEqual([1403, 1404, 1405]);
    for (const year of PUBLISHED_JALALI_YEARS) {
      const walked = scanHolidays(year, { official: true, arithmetic: false });
      expect(
        walked.every((h) => !h.estimated),
        String(year),
      ).toBe(true);
      expect(religiousHolidaysOf(year), String(year)).toEqual(walked);
    }
  });

  it('every date in the data is found on its day, under its lunar year', () => {
    for (const [hijriYear, days] of Object.entries(OFFICIAL_HOLIDAYS)) {
      for (const [id, text] of Object.entries(days)) {
        const date = ymd(text);
        expect(
          religiousHolidaysOf(Number(text.slice(0, 4))).find((h) => h.date === date && h.id === id),
          `${hijriYear} ${id} ${text}`,
        ).toMatchObject({ hijriYear: Number(hijriYear), estimated: false });
      }
    }
  });

  it('the computed dates stay within a day of the published ones (the estimate for later years is that good)', () => {
    const computed = [1402, 1403, 1404, 1405, 1406].flatMap(computedHolidaysOf);
    let off = 0;
    let published = 0;
    for (const year of [1403, 1404, 1405]) {
      for (const h of religiousHolidaysOf(year)) {
        const twin = computed.find((c) => c.id === h.id && c.hijriYear === h.hijriYear);
        expect(twin, `${h.hijriYear} ${h.id}`).toBeDefined();
        const gap = Math.abs(daysBetween(twin!.date, h.date));
        expect(gap, `${h.hijriYear} ${h.id} ${formatJalali(h.date, 'en')}`).toBeLessThanOrEqual(1);
        off += gap;
        published++;
      }
    }
    // Iran's month starts follow its own sighting, so a day's difference is common; the check is not vacuous.
    expect(published).toBeGreaterThan(50);
    expect(off).toBeGreaterThan(0);
  });
});

describe('/schedule and /meeting show the days off, marking those of an estimated year', () => {
  it('names each day off and marks every date of a year whose days off are only estimated', async () => {
    const { freshApp } = await import('../helpers/db.js');
    const { chatter } = await import('../helpers/chat.js');
    const { FakeClock } = await import('../reminders/harness.js');
    const clock = new FakeClock(zonedInstant(j(1405, 3, 20), '10:00', TZ));
    const app = await freshApp('sqlite', { SECRETARY_IDS: 'console:sec' }, { clock });
    try {
      const say = chatter(app);
      // Summer 1405 is all published: names, no mark.
      const fa = await say('chair', '/schedule', { user: 'sec' });
      expect(fa).toContain(
        'تعطیلات پیش رو: ۱۴۰۵/۰۴/۰۳ (تاسوعای حسینی)، ۱۴۰۵/۰۴/۰۴ (عاشورای حسینی)، ۱۴۰۵/۰۵/۱۳ (اربعین حسینی)',
      );
      expect(fa).not.toContain('برآورد');
      const en = await say('chair', '/schedule', { user: 'sec', language: 'en' });
      expect(en).toContain('Days off ahead: 1405/04/03 (Tasua), 1405/04/04 (Ashura), 1405/05/13 (Arbaeen)');
      expect(en).not.toContain('estimated');
      // Across Nowruz 1406: 1405's days stand plain, every one of 1406's is marked, Nowruz as much as Imam Sadiq.
      clock.t = zonedInstant(j(1405, 12, 15), '10:00', TZ);
      const faLate = await say('chair', '/schedule', { user: 'sec' });
      expect(faLate).toContain(
        '۱۴۰۵/۱۲/۱۹ (عید فطر)، ۱۴۰۵/۱۲/۲۰ (تعطیل به مناسبت عید فطر)، ۱۴۰۵/۱۲/۲۹ (روز ملی شدن صنعت نفت)، ۱۴۰۶/۰۱/۰۱ (عید نوروز، برآورد)،',
      );
      expect(faLate).toContain('۱۴۰۶/۰۱/۱۴ (شهادت امام صادق، برآورد)');
      const enLate = await say('chair', '/schedule', { user: 'sec', language: 'en' });
      expect(enLate).toContain(
        '1405/12/19 (Eid al-Fitr), 1405/12/20 (Eid al-Fitr holiday), 1405/12/29 (Oil Nationalisation Day), 1406/01/01 (Nowruz, estimated),',
      );
      expect(enLate).toContain("1406/01/14 (Imam Sadiq's martyrdom, estimated)");
      // /meeting on a day off names it, with the mark only in the estimated year.
      expect(await say('chair', '/meeting ۱۴۰۶/۰۱/۱۴ ۱۰:۰۰', { user: 'sec' })).toContain(
        'این روز تعطیل است (شهادت امام صادق، برآورد)',
      );
      expect(await say('chair', '/meeting ۱۴۰۵/۱۲/۱۹ ۱۰:۰۰', { user: 'sec' })).toContain(
        'این روز تعطیل است (عید فطر):',
      );
      expect(await say('chair', '/meeting 1406/01/14 10:00', { user: 'sec', language: 'en' })).toContain(
        "That day is a holiday (Imam Sadiq's martyrdom, estimated)",
      );
    } finally {
      await app.cleanup();
    }
  });
});
