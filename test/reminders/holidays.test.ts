// Iran's religious holidays are built into the configured work calendar: official dates where the calendar is
// published, computed (and marked estimated) for later years; HOLIDAYS adds local ones and can remove one.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { formatJalali, fromJalali, zonedInstant } from '../../src/core/calendar.js';
import { dueOccurrences } from '../../src/core/schedule/occurrences.js';
import { religiousHolidayOn, religiousHolidaysOf } from '../../src/core/schedule/religious-holidays.js';
import { defaultSettings } from '../../src/core/schedule/settings.js';
import { HolidayError, parseHolidays, workCalendar } from '../../src/core/schedule/workdays.js';

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

  it('later years are computed from the Islamic calendar and marked estimated', () => {
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

describe('/schedule shows the days off ahead', () => {
  it('names each religious holiday and marks the estimated ones', async () => {
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
      expect(fa).not.toContain('تخمینی');
      const en = await say('chair', '/schedule', { user: 'sec', language: 'en' });
      expect(en).toContain('Days off ahead: 1405/04/03 (Tasua), 1405/04/04 (Ashura), 1405/05/13 (Arbaeen)');
      expect(en).not.toContain('estimated');
      // Across Nowruz 1406 the published Eid al-Fitr stands plain, the computed Imam Sadiq is marked.
      clock.t = zonedInstant(j(1405, 12, 15), '10:00', TZ);
      const faLate = await say('chair', '/schedule', { user: 'sec' });
      expect(faLate).toContain('۱۴۰۵/۱۲/۱۹ (عید فطر)، ۱۴۰۵/۱۲/۲۰ (تعطیل به مناسبت عید فطر)، ۱۴۰۵/۱۲/۲۹،');
      expect(faLate).toContain('۱۴۰۶/۰۱/۱۳ (شهادت امام صادق، تخمینی)');
      const enLate = await say('chair', '/schedule', { user: 'sec', language: 'en' });
      expect(enLate).toContain('1405/12/19 (Eid al-Fitr), 1405/12/20 (Eid al-Fitr holiday), 1405/12/29,');
      expect(enLate).toContain("1406/01/13 (Imam Sadiq's martyrdom, estimated)");
    } finally {
      await app.cleanup();
    }
  });
});
