// The README's console walkthrough and the follow-up loop, on SQLite and on PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolutionProgress } from '../../src/core/status.js';
import { chatter, statuses } from '../helpers/chat.js';
import { freshApp, type Provider, postgresAvailable, type TestApp } from '../helpers/db.js';
import { seed } from '../helpers/seed.js';

const providers: Provider[] = ['sqlite', 'postgresql'];
const pgUp = await postgresAvailable();

describe.each(providers)('follow-up loop on %s', (provider) => {
  let app: TestApp;
  let say: ReturnType<typeof chatter>;
  beforeAll(async () => {
    if (provider === 'postgresql' && !pgUp) return;
    app = await freshApp(provider, { SECRETARY_IDS: 'console:secretary' });
    await seed(app);
    say = chatter(app);
  });
  afterAll(async () => app?.cleanup());

  it.skipIf(provider === 'postgresql' && !pgUp)('links, lists, reports done, and undoes', async () => {
    expect(await say('fava', '/link کمیته فاوا')).toContain('کمیته فاوا وصل شد');
    const list = await say('fava', '/list');
    // «فاوا» in rows 6 and 7 is the same committee as «کمیته فاوا».
    for (const n of ['[۱]', '[۲]', '[۳]', '[۴]', '[۶]', '[۷]']) expect(list).toContain(n);
    expect(list).not.toContain('[۵]');

    const done = await say('fava', '/done ۳');
    expect(done).toContain('مصوبه ۳ برای کمیته فاوا: انجام شد');
    expect(done).toContain('۲ متولی دیگر هنوز گزارش نداده‌اند');
    expect(await statuses(app, 3)).toEqual({ 'کمیته فاوا': 'done', 'کمیته تامین داده': 'open', دبیرخانه: 'open' });
    const r3 = await app.store.getResolution({ kind: 'number', number: 3 });
    expect(resolutionProgress(r3!.assignments.map((a) => a.status))).toMatchObject({ done: 1, total: 3 });

    await say('data', '/link کمیته تامین داده');
    await say('office', '/link دبیرخانه');
    await say('data', '/done 3');
    expect(await say('office', '/done 3')).toContain('به طور کامل انجام شد');
    const after = await app.store.getResolution({ kind: 'number', number: 3 });
    expect(resolutionProgress(after!.assignments.map((a) => a.status)).status).toBe('done');

    expect(await say('office', '/undo')).toContain('دوباره «باز» است');
    expect(await statuses(app, 3)).toMatchObject({ دبیرخانه: 'open', 'کمیته فاوا': 'done' });
    const reopened = await app.store.getResolution({ kind: 'number', number: 3 });
    expect(resolutionProgress(reopened!.assignments.map((a) => a.status)).status).toBe('in_progress');

    // History is append-only: the undo is a new event, the original change is still there.
    const history = await app.store.history(reopened!.id);
    expect(history.map((e) => e.type)).toEqual(['import', 'import', 'import', 'status', 'status', 'status', 'undo']);
    const status = await say('fava', '/status');
    expect(status).toContain('وضعیت مصوبات');
    expect(status).toContain('کمیته فاوا:');
    const item = await say('fava', '/status 3');
    expect(item).toContain('سابقه مصوبه ۳');
    expect(item).toContain('برگرداندن');
  });

  it.skipIf(provider === 'postgresql' && !pgUp)('several numbers at once, notes and blocked reasons', async () => {
    expect(await say('fava', '/done 1 2')).toMatch(/مصوبه ۱[\s\S]*مصوبه ۲/);
    expect(await statuses(app, 1)).toEqual({ 'کمیته فاوا': 'done' });
    expect(await say('fava', '/blocked 4 منتظر پاسخ ثبت احوال')).toContain('مانع دارد');
    expect(await say('fava', '/note 4 نامه ارسال شد')).toContain('یادداشت');
    const r4 = await app.store.getResolution({ kind: 'number', number: 4 });
    expect(r4!.assignments.find((a) => a.ownerName === 'کمیته فاوا')).toMatchObject({
      status: 'blocked',
      lastNote: 'نامه ارسال شد',
    });
    expect(await say('fava', '/progress 4')).toContain('در حال انجام');
    expect(await say('fava', '/undo')).toContain('مانع دارد');
  });

  it.skipIf(provider === 'postgresql' && !pgUp)('a committee chat cannot touch other committees’ items', async () => {
    const before = await statuses(app, 5);
    expect(await say('fava', '/done 5')).toContain('به کمیته‌های این گروه مربوط نیست');
    expect(await say('nowhere', '/done 5')).toContain('هنوز به کمیته‌ای وصل نیست');
    expect(await statuses(app, 5)).toEqual(before);
  });

  it.skipIf(provider === 'postgresql' && !pgUp)('the chair chat and the secretary may change any item', async () => {
    expect(await say('chair', '/link chair')).toContain('گروه رئیس جلسه');
    expect(await say('chair', '/progress 5')).toContain('در حال انجام');
    expect(await say('elsewhere', '/done 5', { user: 'secretary' })).toContain('انجام شد');
    expect(await statuses(app, 5)).toEqual({ 'سازمان برنامه و بودجه': 'done' });
  });

  it.skipIf(provider === 'postgresql' && !pgUp)(
    'bad input gets a Persian explanation and changes nothing',
    async () => {
      const count = () => app.db.prisma.statusEvent.count();
      const events = await count();
      expect(await say('fava', '/done')).toContain('شماره مصوبه را بنویسید');
      expect(await say('fava', '/done abc')).toContain('شماره مصوبه را بنویسید');
      expect(await say('fava', '/done 99')).toContain('پیدا نشد');
      expect(await say('fava', '/done -1')).toContain('شماره مصوبه را بنویسید');
      expect(await say('fava', '/blocked 6')).toContain('دلیل مانع را بنویسید');
      expect(await say('fava', '/note 6')).toContain('متن یادداشت را بنویسید');
      expect(await say('fava', '/done 1')).toContain('همین حالا «انجام شد» است');
      expect(await say('fava', '/done@other_bot 6')).toBe('');
      expect(await say('new', '/link کمیته فاوا', { admin: false })).toContain('فقط مدیران');
      expect(await say('new', '/link کمیته ناشناخته')).toContain('کمیته‌ای به نام');
      expect(await count()).toBe(events);
      expect(await say('fava', '/done@peygir_bot 6')).toContain('انجام شد');
    },
  );

  it.skipIf(provider === 'postgresql' && !pgUp)('meeting/row references and English replies', async () => {
    expect(await say('fava', '/progress 55/7', { language: 'en' })).toContain('Item 7 for کمیته فاوا: in progress');
    expect(await say('fava', '/unlink')).toContain('کمیته فاوا');
    expect(await say('fava', '/list')).toContain('وصل نیست');
  });
});
