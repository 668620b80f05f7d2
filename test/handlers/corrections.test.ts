// Corrections from chat: /owner (replace, add, remove), /deadline (date, next meeting, none), their
// refusals that change nothing, the history they leave, and /undo — on SQLite and on PostgreSQL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { civilDate } from '../../src/core/calendar.js';
import { exampleDate } from '../../src/core/date-arg.js';
import { chatter, statuses } from '../helpers/chat.js';
import { freshApp, type Provider, postgresAvailable, type TestApp } from '../helpers/db.js';
import { seed } from '../helpers/seed.js';

const pgUp = await postgresAvailable();

describe.each(['sqlite', 'postgresql'] as Provider[])('corrections from chat on %s', (provider) => {
  let app: TestApp;
  let say: ReturnType<typeof chatter>;
  beforeEach(async () => {
    if (provider === 'postgresql' && !pgUp) return;
    app = await freshApp(provider, { SECRETARY_IDS: 'console:secretary' });
    await seed(app);
    say = chatter(app);
  });
  afterEach(async () => app?.cleanup());
  const run = it.skipIf(provider === 'postgresql' && !pgUp);
  const secretary = { user: 'secretary' };
  const item = (n: number) => app.store.getResolution({ kind: 'number', number: n });

  run('/owner replaces, adds and removes owners; removed rows keep their history', async () => {
    expect(await say('office', '/owner 7 دبیرخانه', secretary)).toContain('متولی مصوبه ۷: دبیرخانه');
    expect(await statuses(app, 7)).toEqual({ دبیرخانه: 'open' });
    expect(await say('office', '/owner ۷ + کمیته تامین داده', secretary)).toContain('دبیرخانه، کمیته تامین داده');
    expect(await statuses(app, 7)).toEqual({ دبیرخانه: 'open', 'کمیته تامین داده': 'open' });
    expect(await say('office', '/owner 7 - دبیرخانه', secretary)).toContain('متولی مصوبه ۷: کمیته تامین داده');
    expect(await statuses(app, 7)).toEqual({ 'کمیته تامین داده': 'open' });
    // The row of the owner taken off stays, marked removed, with its import event.
    const r7 = await item(7);
    const rows = await app.db.prisma.assignment.findMany({ where: { resolutionId: r7!.id }, orderBy: { id: 'asc' } });
    expect(rows.filter((a) => a.removedAt !== null)).toHaveLength(2);
    const log = await app.db.prisma.resolutionEvent.findMany({ where: { resolutionId: r7!.id } });
    expect(log.map((e) => e.type)).toEqual(['owners', 'owners', 'owners']);
    expect(log[0]!).toMatchObject({ actorId: 'secretary', chatAddress: 'console:office' });
  });

  run('/deadline sets a Jalali date, the next meeting or none', async () => {
    expect(await say('office', '/deadline 7 ۱۴۰۵/۱۰/۰۱', secretary)).toContain('مهلت مصوبه ۷: ۱۴۰۵/۱۰/۰۱');
    expect(await item(7)).toMatchObject({ dueDate: '2026-12-22', dueAtNextMeeting: false });
    await say('office', '/deadline 7 جلسه بعدی', secretary);
    expect(await item(7)).toMatchObject({ dueDate: null, dueAtNextMeeting: true });
    expect(await say('office', '/deadline 7 none', secretary)).toContain('بدون مهلت');
    expect(await item(7)).toMatchObject({ dueDate: null, dueAtNextMeeting: false, deadlineText: null });
    // «مهلت» is said once: the reply names the deadline, not «مهلت: جلسه بعدی» again.
    expect(await say('office', '/deadline 7 next-meeting', secretary)).toBe(
      'مهلت مصوبه ۷: جلسه بعدی\nبرای برگرداندن: /undo',
    );
  });

  run('refusals answer in Persian and change nothing', async () => {
    const before = await item(7);
    const events = () => app.db.prisma.resolutionEvent.count();
    expect(await say('office', '/owner 7 کمیته ناشناس', secretary)).toContain('متولی «کمیته ناشناس» شناخته نشد');
    expect(await say('office', '/owner 7 - دبیرخانه', secretary)).toContain('دبیرخانه متولی مصوبه ۷ نیست');
    expect(await say('office', '/owner 7 + کمیته فاوا', secretary)).toContain('همین حالا متولی مصوبه ۷ است');
    expect(await say('office', '/owner 7', secretary)).toContain('این‌طور بنویسید: /owner');
    expect(await say('office', '/owner 99 دبیرخانه', secretary)).toContain('مصوبه‌ای با شماره ۹۹ پیدا نشد');
    expect(await say('office', '/deadline 7 ۱۴۰۵/۱۳/۴۰', secretary)).toContain('تاریخ نامعتبر: ۱۴۰۵/۱۳/۴۰');
    expect(await say('office', '/deadline 7 فردا', secretary)).toContain('تاریخ درستی نیست');
    // A committee chat may not correct; neither may a stranger.
    await say('fava', '/link کمیته فاوا');
    expect(await say('fava', '/owner 7 دبیرخانه')).toContain('فقط از گروه رئیس جلسه');
    expect(await say('fava', '/deadline 7 none')).toContain('فقط از گروه رئیس جلسه');
    expect(await item(7)).toEqual(before);
    expect(await events()).toBe(0);
  });

  run('/undo reverts corrections one by one, then the status change before them', async () => {
    await say('office', '/done 7', secretary);
    await say('office', '/owner 7 + دبیرخانه', secretary);
    await say('office', '/deadline 7 ۱۴۰۵/۱۰/۰۱', secretary);
    expect(await say('office', '/undo', secretary)).toContain('برگردانده شد: مصوبه ۷ — بدون مهلت');
    expect(await item(7)).toMatchObject({ dueDate: null });
    expect(await say('office', '/undo', secretary)).toContain('برگردانده شد: مصوبه ۷ — کمیته فاوا');
    expect(await statuses(app, 7)).toEqual({ 'کمیته فاوا': 'done' });
    expect(await say('office', '/undo', secretary)).toContain('دوباره «باز» است');
    expect(await statuses(app, 7)).toEqual({ 'کمیته فاوا': 'open' });
    const r7 = await item(7);
    const log = await app.db.prisma.resolutionEvent.findMany({
      where: { resolutionId: r7!.id },
      orderBy: { id: 'asc' },
    });
    expect(log.map((e) => e.type)).toEqual(['owners', 'deadline', 'undo', 'undo']);
  });

  run('undoing a removal brings the owner back with the status it had', async () => {
    await say('office', '/done 3', secretary);
    await say('office', '/owner 3 - کمیته فاوا', secretary);
    expect(await statuses(app, 3)).toEqual({ 'کمیته تامین داده': 'done', دبیرخانه: 'done' });
    await say('office', '/undo', secretary);
    expect(await statuses(app, 3)).toEqual({ 'کمیته فاوا': 'done', 'کمیته تامین داده': 'done', دبیرخانه: 'done' });
  });

  run('/help lists the corrections', async () => {
    const help = await say('office', '/help', secretary);
    expect(help).toContain('/owner ۷ نام');
    // The example is a week ahead, so it is accepted as typed.
    const today = civilDate(app.clock.now(), app.config.COUNCIL_TIMEZONE);
    expect(help).toContain(`/deadline ۷ ${exampleDate(today, 'fa')}`);
  });
});
