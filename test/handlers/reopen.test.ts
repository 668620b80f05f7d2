// /reopen N <reason>: the one chat command that opens a done item again, named by every refusal that needs it,
// audited as a status change with its reason, reverted by /undo like any other — on SQLite and PostgreSQL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chatter, statuses } from '../helpers/chat.js';
import { freshApp, type Provider, postgresAvailable, type TestApp } from '../helpers/db.js';
import { seed } from '../helpers/seed.js';

const pgUp = await postgresAvailable();

describe.each(['sqlite', 'postgresql'] as Provider[])('/reopen on %s', (provider) => {
  let app: TestApp;
  let say: ReturnType<typeof chatter>;
  beforeEach(async () => {
    if (provider === 'postgresql' && !pgUp) return;
    app = await freshApp(provider);
    await seed(app);
    say = chatter(app);
    await say('fava', '/link کمیته فاوا');
    await say('data', '/link کمیته تامین داده');
    await say('chair', '/link chair');
  });
  afterEach(async () => app?.cleanup());
  const run = it.skipIf(provider === 'postgresql' && !pgUp);
  const events = async (n: number) => {
    const r = await app.store.getResolution({ kind: 'number', number: n });
    return (await app.store.history(r!.id)).filter((e) => e.type !== 'import');
  };

  run('a refusal to move a done item names /reopen, which reopens exactly that item, with its reason', async () => {
    await say('fava', '/done 6');
    await say('fava', '/done 3');
    const refused = await say('fava', '/progress 6 کار ادامه دارد');
    expect(refused).toContain('مصوبه ۶ «انجام شد» است و نمی‌تواند مستقیم «در حال انجام» شود');
    expect(refused).toContain('/reopen ۶ دلیل');
    expect(refused).not.toContain('/undo');

    expect(await say('fava', '/reopen 6')).toContain('دلیل باز کردن دوباره را بنویسید، مثلاً /reopen ۶');
    expect(await say('fava', '/reopen ۶ گزارش ناقص بود')).toBe('مصوبه ۶ برای کمیته فاوا دوباره باز شد.');
    expect(await statuses(app, 6)).toEqual({ 'کمیته فاوا': 'open', 'کارگروه روش شناسی': 'open' });
    // Item 3, the chat's last change before, is untouched.
    expect((await statuses(app, 3))['کمیته فاوا']).toBe('done');
    expect((await events(6)).at(-1)).toMatchObject({
      type: 'status',
      fromStatus: 'done',
      toStatus: 'open',
      note: 'گزارش ناقص بود',
      chatAddress: 'console:fava',
    });
    expect(await say('fava', '/progress 6')).toContain('مصوبه ۶ برای کمیته فاوا: در حال انجام');
  });

  run('/undo reverts a reopening like any change; open items and other committees are refused', async () => {
    await say('fava', '/done 6');
    await say('fava', '/reopen 6 اشتباه');
    expect(await say('fava', '/undo')).toContain('مصوبه ۶ برای کمیته فاوا دوباره «انجام شد» است');
    expect((await statuses(app, 6))['کمیته فاوا']).toBe('done');
    const before = await app.db.prisma.resolutionEvent.count();
    expect(await say('fava', '/reopen 1 دلیل')).toBe('مصوبه ۱ «باز» است، نه «انجام شد»؛ باز است و چیزی تغییر نکرد.');
    expect(await say('data', '/reopen 6 دلیل')).toContain('مصوبه ۶ به کمیته‌های این گروه مربوط نیست');
    expect(await say('nowhere', '/reopen 6 دلیل')).toContain('به کمیته‌ای وصل نیست');
    expect(await app.db.prisma.resolutionEvent.count()).toBe(before);
  });

  run('the chair reopens every done share; a cancelled share is the desk’s, and the hint says so', async () => {
    await say('fava', '/done 3');
    await say('data', '/done 3');
    expect(await say('chair', '/reopen 3 باید دوباره بررسی شود')).toBe(
      'مصوبه ۳ برای کمیته فاوا، کمیته تامین داده دوباره باز شد.',
    );
    expect(await statuses(app, 3)).toEqual({ 'کمیته فاوا': 'open', 'کمیته تامین داده': 'open', دبیرخانه: 'open' });

    const r2 = await app.store.getResolution({ kind: 'number', number: 2 });
    await app.db.prisma.assignment.updateMany({ where: { resolutionId: r2!.id }, data: { status: 'cancelled' } });
    const hint = 'مصوبه لغوشده فقط در میز دبیرخانه دوباره باز می‌شود.';
    expect(await say('fava', '/progress 2')).toContain(hint);
    expect(await say('fava', '/reopen 2 دلیل')).toContain(hint);
    expect((await statuses(app, 2))['کمیته فاوا']).toBe('cancelled');
  });
});
