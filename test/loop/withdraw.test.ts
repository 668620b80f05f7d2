// An owner's chat takes back what it asked of the chair (REQUIRE_ACCEPTANCE's claim of «done», a request for more
// time) with /undo or /undo 3 while the chair has not answered: the request is answered as withdrawn (kept), the
// share is as it was before the claim, the chair's chat is told, the history keeps the withdrawal, the desk's
// «waiting for the chair» no longer counts it. Someone else's request, one asked from another chat and one the chair
// answered are refused in Persian and change nothing — on SQLite and PostgreSQL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ownerCounts } from '../../src/db/home.js';
import { registerTotals } from '../../src/db/register.js';
import { chatter } from '../helpers/chat.js';
import { freshApp, type Provider, postgresAvailable, type TestApp } from '../helpers/db.js';
import { seed, seedMinutes } from '../helpers/seed.js';
import { RecordingNotifier, type Sent } from '../reminders/harness.js';
import { press as pressAs, shareOf } from './chair.js';

const pgUp = await postgresAvailable();
const TODAY = '2022-11-01';

describe.each(['sqlite', 'postgresql'] as Provider[])('withdrawing a request to the chair on %s', (provider) => {
  let app: TestApp;
  let say: ReturnType<typeof chatter>;
  let sent: Sent[];
  const press = (chat: string, action: 'approve' | 'decline', value: string) => pressAs(app, chat, action, value);
  const share = (n: number, owner?: string) => shareOf(app, n, owner);
  const counts = async () => ({
    requests: await app.db.prisma.chairRequest.count(),
    pending: await app.db.prisma.chairRequest.count({ where: { state: 'pending' } }),
    events: await app.db.prisma.statusEvent.count(),
    sent: sent.length,
  });
  /** The desk's «waiting for the chair»: the council's total and the owner's count on the home page. */
  const waiting = async (owner = 'کمیته فاوا') => ({
    total: (await registerTotals(app.store.sql, app.councilId, { chair: true }, TODAY)).total,
    owner: (await ownerCounts(app.store.sql, app.councilId, TODAY)).find((o) => o.name === owner)?.chair ?? 0,
  });
  beforeEach(async () => {
    if (provider === 'postgresql' && !pgUp) return;
    app = await freshApp(provider, { REQUIRE_ACCEPTANCE: 'true' });
    await seed(
      app,
      seedMinutes({
        1: { dueDate: '2022-11-10', deadline: '1401/08/19' },
        3: { dueDate: '2022-11-10', deadline: '1401/08/19' },
      }),
    );
    say = chatter(app);
    sent = [];
    app.outbox.register(new RecordingNotifier('o', sent));
    await say('fava', '/link کمیته فاوا');
    await say('data', '/link کمیته تامین داده');
    await say('chair', '/link chair');
  });
  afterEach(async () => app?.cleanup());
  const run = it.skipIf(provider === 'postgresql' && !pgUp);

  run(
    '/undo right after a claim takes it back: the share as before, the chair told, the history keeps it',
    async () => {
      await say('fava', '/progress 1 ۴۰٪');
      await say('fava', '/done 1 نامه ۱۲۳۴');
      expect((await share(1)).claimedAt).toBeInstanceOf(Date);
      expect(await waiting()).toEqual({ total: 1, owner: 1 });
      const before = await counts();

      expect(await say('fava', '/undo')).toBe(
        'اعلام انجام مصوبه ۱ برای کمیته فاوا پس گرفته شد؛ دوباره «در حال انجام» است و یادآوری‌هایش ادامه دارد.',
      );
      expect(await share(1)).toMatchObject({ status: 'in_progress', percent: 40, claimedAt: null });
      // Answered as withdrawn, by whom and from where; the row stays, one event is added.
      expect(await app.db.prisma.chairRequest.findFirstOrThrow()).toMatchObject({
        kind: 'acceptance',
        state: 'withdrawn',
        deciderName: 'fava-member',
        deciderChat: 'console:fava',
      });
      expect(await counts()).toEqual({ ...before, pending: 0, events: before.events + 1, sent: before.sent + 1 });
      expect(sent.at(-1)).toMatchObject({
        address: 'console:chair',
        items: [1],
        text: 'کمیته فاوا اعلام انجام مصوبه ۱ را پس گرفت؛ دیگر منتظر تأیید شما نیست.',
      });
      const history = await say('fava', '/status 1');
      expect(history).toContain('اعلام انجام، منتظر تأیید — نامه ۱۲۳۴');
      expect(history).toMatch(/fava-member \(کمیته فاوا\): اعلام انجام پس گرفته شد/);
      expect(await say('fava', '/list')).not.toContain('منتظر تأیید');
      expect(await waiting()).toEqual({ total: 0, owner: 0 });

      // The chair's command and the buttons under the claim find nothing to answer, and say why.
      const after = await counts();
      expect(await say('chair', '/approve 1')).toBe('برای مصوبه ۱ درخواستی منتظر پاسخ نیست — چیزی تغییر نکرد.');
      expect(await press('chair', 'approve', '1#1')).toBe(
        'کمیته فاوا این درخواست مصوبه ۱ را پس گرفته است — چیزی تغییر نکرد.',
      );
      expect(await press('chair', 'decline', '1#1')).toBe(
        'کمیته فاوا این درخواست مصوبه ۱ را پس گرفته است — چیزی تغییر نکرد.',
      );
      expect(await counts()).toEqual(after);

      // The next /undo goes on to the change before the claim, as /undo always walks back.
      expect(await say('fava', '/undo')).toBe('برگردانده شد: مصوبه ۱ برای کمیته فاوا دوباره «باز» است.');
      // And the owner may claim again.
      expect(await say('fava', '/done 1')).toContain('برای تأیید رئیس جلسه فرستاده شد');
      expect(await waiting()).toEqual({ total: 1, owner: 1 });
    },
  );

  run('/undo 1 takes back a request for more time on item 1 alone; the deadline stays', async () => {
    await say('fava', '/extend 1 ۱۴۰۱/۰۹/۱۰ منتظر پاسخ ثبت احوال');
    await say('fava', '/done 3 گزارش');
    expect(await waiting()).toEqual({ total: 2, owner: 2 });
    expect(await say('fava', '/undo 1')).toBe('درخواست تمدید مصوبه ۱ پس گرفته شد؛ مهلت همان ۱۴۰۱/۰۸/۱۹ است.');
    expect(sent.at(-1)).toMatchObject({
      address: 'console:chair',
      text: 'کمیته فاوا درخواست تمدید مصوبه ۱ تا ۱۴۰۱/۰۹/۱۰ را پس گرفت؛ دیگر منتظر پاسخ شما نیست.',
    });
    expect((await app.store.getResolution({ kind: 'number', number: 1 }))!.dueDate).toBe('2022-11-10');
    const rows = await app.db.prisma.chairRequest.findMany({ orderBy: { id: 'asc' } });
    expect(rows.map((r) => [r.kind, r.state])).toEqual([
      ['extension', 'withdrawn'],
      ['acceptance', 'pending'],
    ]);
    expect(await say('fava', '/status 1')).toMatch(/fava-member \(کمیته فاوا\): درخواست تمدید پس گرفته شد/);
    expect(await waiting()).toEqual({ total: 1, owner: 1 });
    expect(await say('chair', '/approve 1')).toBe('برای مصوبه ۱ درخواستی منتظر پاسخ نیست — چیزی تغییر نکرد.');
    // No longer pending, it may be asked again.
    expect(await say('fava', '/extend 1 ۱۴۰۱/۰۹/۲۰ باز هم')).toContain('برای رئیس جلسه فرستاده شد');
  });

  run('a command that claimed two items is taken back whole by /undo, one item by /undo 3', async () => {
    await say('fava', '/done 1 3');
    expect(await app.db.prisma.chairRequest.count({ where: { state: 'pending' } })).toBe(2);
    expect(await say('fava', '/undo 3')).toContain('اعلام انجام مصوبه ۳ برای کمیته فاوا پس گرفته شد');
    expect((await share(1)).claimedAt).toBeInstanceOf(Date);
    expect((await share(3)).claimedAt).toBeNull();
    expect(await say('fava', '/undo')).toContain('اعلام انجام مصوبه ۱ برای کمیته فاوا پس گرفته شد');
    expect(await app.db.prisma.chairRequest.count({ where: { state: 'pending' } })).toBe(0);
  });

  run('someone else’s request, one from another chat, and nothing to undo are refused', async () => {
    await say('data', '/done 3 گزارش داده');
    await say('fava2', '/link کمیته فاوا');
    await say('fava2', '/extend 1 ۱۴۰۱/۰۹/۱۰ منتظر پاسخ');
    const before = await counts();
    expect(await say('fava', '/undo 3')).toBe(
      'درخواست منتظر مصوبه ۳ از کمیته تامین داده است، نه از این گروه؛ فقط گفتگوی خودشان می‌تواند آن را پس بگیرد — چیزی تغییر نکرد.',
    );
    expect(await say('fava', '/undo 1')).toBe(
      'درخواست منتظر مصوبه ۱ از گفتگوی دیگری فرستاده شده است؛ از همان‌جا /undo ۱ بنویسید — چیزی تغییر نکرد.',
    );
    expect(await say('fava', '/undo')).toBe('تغییری از این گروه برای برگرداندن نیست.');
    expect(await say('fava', '/undo 2')).toBe('تغییری از این گروه در مصوبه ۲ برای برگرداندن نیست.');
    // The chair's chat has nothing of its own to undo: the owners' requests are theirs.
    expect(await say('chair', '/undo 3')).toBe(
      'درخواست منتظر مصوبه ۳ از کمیته تامین داده است، نه از این گروه؛ فقط گفتگوی خودشان می‌تواند آن را پس بگیرد — چیزی تغییر نکرد.',
    );
    expect(await say('fava', '/undo ۹۹')).toBe('مصوبه‌ای با شماره ۹۹ پیدا نشد. فهرست را با /list ببینید.');
    expect(await say('fava', '/undo سه')).toContain('«سه» شماره مصوبه نیست');
    expect(await say('fava', '/undo 1 3')).toBe(
      'این‌طور بنویسید: /undo (آخرین تغییر این گروه) یا /undo ۳ (آخرین تغییر این گروه در مصوبه ۳) — چیزی تغییر نکرد.',
    );
    expect(await counts()).toEqual(before);
    // Each chat takes back its own.
    expect(await say('data', '/undo 3')).toContain('اعلام انجام مصوبه ۳ برای کمیته تامین داده پس گرفته شد');
    expect(await say('fava2', '/undo')).toContain('درخواست تمدید مصوبه ۱ پس گرفته شد');
  });

  run('a request the chair answered cannot be taken back; the reply says how it was answered', async () => {
    await say('fava', '/done 1 گزارش');
    await say('chair', '/decline 1 نامه پیوست نشده است');
    let before = await counts();
    expect(await say('fava', '/undo')).toBe(
      'اعلام انجام مصوبه ۱ را رئیس جلسه پیش‌تر برگشت داده و چیزی برای پس گرفتن نمانده است — چیزی تغییر نکرد.',
    );
    expect(await counts()).toEqual(before);

    await say('fava', '/done 1 گزارش با نامه');
    await say('chair', '/approve 1');
    before = await counts();
    expect(await say('fava', '/undo 1')).toBe(
      'انجام مصوبه ۱ را رئیس جلسه پیش‌تر تأیید کرده و دیگر پس گرفتنی نیست؛ برای باز کردن دوباره: /reopen ۱ دلیل — چیزی تغییر نکرد.',
    );
    expect(await share(1)).toMatchObject({ status: 'done' });
    expect(await counts()).toEqual(before);

    await say('fava', '/extend 3 ۱۴۰۱/۰۹/۱۰ منتظر پاسخ');
    await say('chair', '/approve 3');
    before = await counts();
    expect(await say('fava', '/undo')).toBe(
      'تمدید مصوبه ۳ را رئیس جلسه پیش‌تر تأیید کرده و دیگر پس گرفتنی نیست — چیزی تغییر نکرد.',
    );
    expect((await app.store.getResolution({ kind: 'number', number: 3 }))!.dueDate).toBe('2022-12-01');
    expect(await counts()).toEqual(before);
  });

  run('in English too', async () => {
    await say('fava', '/done 1 report', { language: 'en' });
    expect(await say('fava', '/undo', { language: 'en' })).toBe(
      'The report that item 1 is done for کمیته فاوا was taken back; it is “open” again and its reminders go on.',
    );
    expect(await say('data', '/undo 1', { language: 'en' })).toBe('Nothing from this chat about item 1 to undo.');
  });
});
