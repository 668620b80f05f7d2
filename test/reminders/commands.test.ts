// /schedule, /meeting and /snooze through the dispatcher, as a console chat would send them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { consoleIncoming } from '../../src/platforms/console.js';
import { renderPlain } from '../../src/platforms/plain.js';
import { freshApp, type TestApp } from '../helpers/db.js';
import { seed } from '../helpers/seed.js';
import { FakeClock } from './harness.js';

let app: TestApp;
const clock = new FakeClock(new Date('2022-10-29T06:00:00Z')); // Saturday 1401/08/07, 09:30 Tehran
const say = async (chat: string, user: string, text: string) => {
  const replies = await app.dispatcher().handle(consoleIncoming({ chat, user, language: 'fa' }, text));
  return replies.map((r) => renderPlain(r, 'fa')).join('\n');
};

beforeAll(async () => {
  app = await freshApp('sqlite', { SECRETARY_IDS: 'console:sec' }, { clock });
  await seed(app);
  await say('fava', 'sec', '/link کمیته فاوا');
  await say('chair', 'sec', '/link chair');
});
afterAll(() => app.cleanup());

describe('/schedule', () => {
  it('changes one committee’s settings from the chair’s chat or by the secretary only', async () => {
    expect(await say('fava', 'member', '/schedule کمیته فاوا weekly sun 10:00')).toContain('فقط از گروه رئیس');
    expect(await say('chair', 'member', '/schedule کمیته فاوا weekly sun 10:00')).toContain('یکشنبه ۱۰:۰۰');
    expect(await say('fava', 'sec', '/schedule فاوا due-soon 5')).toContain('نزدیک مهلت: ۵ روز کاری قبل');
    const shown = await say('chair', 'member', '/schedule');
    expect(shown).toContain('پیش‌فرض: روشن · هفتگی: شنبه ۰۹:۰۰');
    expect(shown).toContain('کمیته فاوا: روشن · هفتگی: یکشنبه ۱۰:۰۰');
    expect(await say('chair', 'member', '/schedule کمیته فاوا off')).toContain('خاموش');
    const row = await app.db.prisma.reminderSchedule.findFirstOrThrow();
    expect(JSON.parse(row.settings)).toEqual({ weeklyDay: 'sun', weeklyTime: '10:00', dueSoonDays: 5, enabled: false });
    expect(await say('chair', 'member', '/schedule کمیته فاوا weekly someday')).toContain(
      '/schedule کمیته فاوا weekly',
    );
    expect(await say('chair', 'member', '/schedule کمیته ناموجود off')).toContain('پیدا نشد');
  });
});

describe('/meeting', () => {
  it('sets the next meeting in the council’s time zone and shows it', async () => {
    expect(await say('fava', 'member', '/meeting')).toContain('تعیین نشده');
    expect(await say('fava', 'member', '/meeting ۱۴۰۱/۰۸/۱۰ ۰۸:۳۰')).toContain('فقط از گروه رئیس');
    expect(await say('chair', 'member', '/meeting ۱۴۰۱/۰۸/۱۰ ۰۸:۳۰')).toContain('سه‌شنبه ۱۰ آبان ۱۴۰۱، ساعت ۰۸:۳۰');
    expect((await app.store.getCouncil()).nextMeetingAt?.toISOString()).toBe('2022-11-01T05:00:00.000Z');
    expect(await say('fava', 'member', '/meeting')).toContain('جلسه بعدی: سه‌شنبه ۱۰ آبان ۱۴۰۱');
    expect(await say('chair', 'member', '/meeting فردا')).toContain('مثلاً /meeting');
  });

  it('warns about a past date, a Friday or a holiday, and sets it only when confirmed', async () => {
    const set = async () => (await app.store.getCouncil()).nextMeetingAt?.toISOString();
    const before = await set();
    const past = await say('chair', 'member', '/meeting ۱۴۰۱/۰۸/۰۱ ۰۸:۳۰');
    expect(past).toContain('گذشته است');
    expect(past).toContain('/meeting ۱۴۰۱/۰۸/۰۱ ۰۸:۳۰ تأیید');
    expect(await say('chair', 'member', '/meeting ۱۴۰۱/۰۸/۰۷ ۰۹:۰۰')).toContain('گذشته است'); // today, an hour ago
    expect(await say('chair', 'member', '/meeting ۱۴۰۱/۰۸/۱۳')).toContain('جمعه است');
    expect(await say('chair', 'member', '/meeting ۱۴۰۱/۱۱/۲۲ ۱۰:۰۰')).toContain('تعطیل است');
    expect(await set()).toBe(before);
    expect(await say('chair', 'member', '/meeting ۱۴۰۱/۰۸/۱۳ ۱۰:۰۰ تأیید')).toContain('ثبت شد');
    expect(await set()).toBe('2022-11-04T06:30:00.000Z');
    await say('chair', 'member', '/meeting ۱۴۰۱/۰۸/۱۰ ۰۸:۳۰');
  });
});

describe('/snooze', () => {
  const snoozes = async (n: number) => {
    const r = await app.db.prisma.resolution.findFirstOrThrow({
      where: { publicNumber: n },
      include: { assignments: { include: { owner: true } } },
    });
    return Object.fromEntries(r.assignments.map((a) => [a.owner.name, a.snoozedUntil?.toISOString() ?? null]));
  };

  it('silences an item for this chat’s committee only, for days or until a Jalali date', async () => {
    expect(await say('fava', 'member', '/snooze ۳ ۳d')).toContain('یادآوری مصوبه ۳ برای کمیته فاوا تا ۱۴۰۱/۰۸/۰۹');
    expect(await snoozes(3)).toMatchObject({
      'کمیته فاوا': '2022-10-31T20:30:00.000Z', // 00:00 Tehran on 1401/08/10
      'کمیته تامین داده': null,
    });
    await say('fava', 'member', '/snooze 4 1401/08/20');
    expect((await snoozes(4))['کمیته فاوا']).toBe('2022-11-11T20:30:00.000Z');
    expect(await say('fava', 'member', '/snooze ۵ ۳d')).toContain('به کمیته‌های این گروه مربوط نیست');
    expect(await say('fava', 'member', '/snooze ۳ soon')).toContain('مثال: /snooze');
  });

  it('the 💤 button snoozes for one work day', async () => {
    await say('fava', 'member', '/press snooze 1');
    // Saturday → quiet through Sunday, reminders again on Monday 1401/08/09.
    expect((await snoozes(1))['کمیته فاوا']).toBe('2022-10-30T20:30:00.000Z');
  });
});

describe('dates typed after a command', () => {
  const state = async () =>
    JSON.stringify([
      (await app.store.getCouncil()).nextMeetingAt,
      await app.db.prisma.reminderSchedule.findMany(),
      await app.db.prisma.assignment.findMany({ select: { snoozedUntil: true }, orderBy: { id: 'asc' } }),
    ]);

  it('an impossible date or time is refused as «تاریخ نامعتبر» with the value, and changes nothing', async () => {
    const before = await state();
    for (const [chat, text, said] of [
      ['fava', '/snooze 7 ۱۴۰۵/۱۲/۳۱', 'تاریخ نامعتبر: ۱۴۰۵/۱۲/۳۱'],
      ['chair', '/meeting ۱۴۰۵/۱۲/۳۱ ۰۸:۳۰', 'تاریخ نامعتبر: ۱۴۰۵/۱۲/۳۱'],
      ['chair', '/meeting ۱۴۰۵/۰۹/۲۲ ۲۵:۰۰', 'ساعت نامعتبر: ۲۵:۰۰'],
      ['chair', '/schedule کمیته فاوا pause ۱۴۰۵/۱۲/۳۱', 'تاریخ نامعتبر: ۱۴۰۵/۱۲/۳۱'],
      ['chair', '/schedule کمیته فاوا weekly sun 24:30', 'ساعت نامعتبر: ۲۴:۳۰'],
      ['chair', '/deadline 7 ۱۴۰۱/۰۷/۳۱', 'تاریخ نامعتبر: ۱۴۰۱/۰۷/۳۱'],
      ['chair', '/status ۱۴۰۱/۰۷/۰۱-۱۴۰۱/۱۲/۳۰', 'تاریخ نامعتبر: ۱۴۰۱/۱۲/۳۰'],
    ] as const) {
      expect(await say(chat, 'sec', text), text).toContain(said);
    }
    expect(await state()).toBe(before);
  });

  it('usage examples name a day a week ahead, which the same command then accepts as typed', async () => {
    // Today is Saturday 1401/08/07: the example is Saturday 1401/08/14.
    const usage = await say('fava', 'member', '/snooze 1 soon');
    expect(usage).toContain('/snooze ۳ ۱۴۰۱/۰۸/۱۴');
    expect(await say('fava', 'member', '/snooze 1 ۱۴۰۱/۰۸/۱۴')).toContain('خاموش شد');
    expect(await say('fava', 'member', '/snooze 1 ۱۴۰۱/۰۸/۰۱')).toContain('تاریخ ۱۴۰۱/۰۸/۰۱ گذشته است');
    expect(await say('chair', 'member', '/meeting soon')).toContain('/meeting ۱۴۰۱/۰۸/۱۴ ۰۸:۳۰');
    expect(await say('chair', 'member', '/meeting ۱۴۰۱/۰۸/۱۴ ۰۸:۳۰')).toContain('زمان جلسه بعدی ثبت شد');
    const help = await say('fava', 'member', '/help');
    expect(help).toContain('/meeting ۱۴۰۱/۰۸/۱۴ ۰۸:۳۰');
    expect(help).toContain('pause ۱۴۰۱/۰۸/۱۴');
    expect(help).toContain('/deadline ۷ ۱۴۰۱/۰۸/۱۴');
    expect(help).not.toMatch(/۱۴۰۱\/۰۸\/۱۰|۱۴۰۵\/۰۱\/۱۵|۱۴۰۵\/۱۰\/۰۱/);
    await say('chair', 'member', '/meeting ۱۴۰۱/۰۸/۱۰ ۰۸:۳۰');
  });
});
