// /approve 3 and /decline 3 with more than one request waiting on item 3 (two owners each claimed it, or one asked
// for more time and another claimed done): nothing is answered, the reply lists them and says how to answer one (an
// owner's name, its number in the list) or all («همه»); each request's buttons answer that request alone; with one
// waiting, the commands answer it as before. Unknown or unclear choices change nothing — on SQLite and PostgreSQL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chatter } from '../helpers/chat.js';
import { freshApp, type Provider, postgresAvailable, type TestApp } from '../helpers/db.js';
import { seed, seedMinutes } from '../helpers/seed.js';
import { RecordingNotifier, type Sent } from '../reminders/harness.js';
import { press as pressAs } from './chair.js';

const pgUp = await postgresAvailable();

const LIST_TWO_CLAIMS = [
  'برای مصوبه ۳ چند درخواست منتظر پاسخ است و چیزی تغییر نکرد:',
  '۱. کمیته فاوا — اعلام انجام — مستندات: نامه ۱۲۳۴',
  '۲. کمیته تامین داده — اعلام انجام — مستندات: گزارش داده',
  'برای پاسخ به یکی، نام متولی یا شماره‌اش در همین فهرست را بنویسید: /approve ۳ کمیته فاوا یا /approve ۳ ۱؛ برای همه: /approve ۳ همه',
];

describe.each(['sqlite', 'postgresql'] as Provider[])('several requests waiting on one item on %s', (provider) => {
  let app: TestApp;
  let say: ReturnType<typeof chatter>;
  let sent: Sent[];
  const press = (chat: string, action: 'approve' | 'decline', value: string) => pressAs(app, chat, action, value);
  const states = async () =>
    (await app.db.prisma.chairRequest.findMany({ orderBy: { id: 'asc' }, include: { assignment: true } })).map(
      (r) => `${r.assignment.ownerId}:${r.kind}:${r.state}`,
    );
  const counts = async () => ({
    states: await states(),
    events: await app.db.prisma.statusEvent.count(),
    log: await app.db.prisma.resolutionEvent.count(),
    sent: sent.length,
  });
  const share = async (owner: string) =>
    (await app.store.getResolution({ kind: 'number', number: 3 }))!.assignments.find((a) => a.ownerName === owner)!;
  beforeEach(async () => {
    if (provider === 'postgresql' && !pgUp) return;
    app = await freshApp(provider, { REQUIRE_ACCEPTANCE: 'true' });
    // Item 3 (کمیته فاوا, کمیته تامین داده, دبیرخانه) is due 1401/08/19.
    await seed(app, seedMinutes({ 3: { dueDate: '2022-11-10', deadline: '1401/08/19' } }));
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
    'two claims: /approve 3 lists them and answers nothing; then one by its owner’s name, the other alone',
    async () => {
      await say('fava', '/done 3 نامه ۱۲۳۴');
      await say('data', '/done 3 گزارش داده');
      const before = await counts();
      expect(await say('chair', '/approve 3')).toBe(LIST_TWO_CLAIMS.join('\n'));
      expect(await counts()).toEqual(before);

      // The owner's name as the chair would say it: its distinctive part is enough.
      expect(await say('chair', '/approve 3 تامین داده')).toBe('انجام مصوبه ۳ برای کمیته تامین داده تأیید شد.');
      expect(await share('کمیته تامین داده')).toMatchObject({ status: 'done', claimedAt: null });
      expect((await share('کمیته فاوا')).claimedAt).toBeInstanceOf(Date);
      expect(sent.at(-1)).toMatchObject({
        address: 'console:data',
        text: 'انجام مصوبه ۳ برای کمیته تامین داده تأیید شد.',
      });
      expect(sent.filter((s) => s.address === 'console:fava')).toHaveLength(0);

      // One left: /approve 3 answers it, as it always did.
      expect(await say('chair', '/approve 3')).toBe('انجام مصوبه ۳ برای کمیته فاوا تأیید شد.');
      expect(await share('کمیته فاوا')).toMatchObject({ status: 'done' });
    },
  );

  run('a request for more time and a claim: /decline by number with its reason, then all at once', async () => {
    await say('fava', '/extend 3 ۱۴۰۱/۰۹/۱۰ منتظر پاسخ ثبت احوال');
    await say('data', '/done 3 گزارش');
    const before = await counts();
    // A reason alone does not say which: listed, nothing declined, the reason not taken for a name.
    expect(await say('chair', '/decline 3 مهلت تمام است')).toBe(
      [
        'برای مصوبه ۳ چند درخواست منتظر پاسخ است و چیزی تغییر نکرد:',
        '۱. کمیته فاوا — تمدید تا ۱۴۰۱/۰۹/۱۰ — دلیل: منتظر پاسخ ثبت احوال',
        '۲. کمیته تامین داده — اعلام انجام — مستندات: گزارش',
        'برای پاسخ به یکی، نام متولی یا شماره‌اش در همین فهرست را بنویسید: /decline ۳ کمیته فاوا دلیل یا /decline ۳ ۱ دلیل؛ برای همه: /decline ۳ همه دلیل',
      ].join('\n'),
    );
    expect(await say('chair', '/decline 3 ۲')).toBe(
      'دلیل رد را بنویسید، مثلاً /decline ۳ ۲ مهلت قانونی تمام است — چیزی تغییر نکرد.',
    );
    expect(await counts()).toEqual(before);

    expect(await say('chair', '/decline 3 ۲ گزارش ناقص است')).toBe(
      'اعلام انجام مصوبه ۳ برگشت خورد — دلیل: گزارش ناقص است',
    );
    expect(sent.at(-1)).toMatchObject({ address: 'console:data' });
    expect(await states()).toEqual(['1:extension:pending', '2:acceptance:declined']);

    await say('data', '/done 3 گزارش کامل');
    expect(await say('chair', '/approve 3 همه')).toBe(
      ['تمدید مصوبه ۳ تأیید شد؛ مهلت تازه: ۱۴۰۱/۰۹/۱۰.', 'انجام مصوبه ۳ برای کمیته تامین داده تأیید شد.'].join('\n'),
    );
    expect(await states()).toEqual(['1:extension:approved', '2:acceptance:declined', '2:acceptance:approved']);
    expect((await app.store.getResolution({ kind: 'number', number: 3 }))!.dueDate).toBe('2022-12-01');
  });

  run(
    'each request’s buttons answer that request alone; a button from before answers as the command does',
    async () => {
      await say('fava', '/done 3 نامه ۱۲۳۴');
      await say('data', '/done 3 گزارش داده');
      const toChair = sent.filter((s) => s.address === 'console:chair').map((s) => s.text);
      expect(toChair[0]).toContain('(✅ تأیید: /press approve 3#1) (↩️ برگشت: /press decline 3#1)');
      expect(toChair[1]).toContain('(✅ تأیید: /press approve 3#2) (↩️ برگشت: /press decline 3#2)');
      const before = await counts();
      // A button without a request's number (sent before buttons named one) lists them too.
      expect(await press('chair', 'approve', '3')).toBe(LIST_TWO_CLAIMS.join('\n'));
      expect(await press('chair', 'decline', '3')).toBe(
        LIST_TWO_CLAIMS.slice(0, 3)
          .concat(
            'برای پاسخ به یکی، نام متولی یا شماره‌اش در همین فهرست را بنویسید: /decline ۳ کمیته فاوا دلیل یا /decline ۳ ۱ دلیل؛ برای همه: /decline ۳ همه دلیل',
          )
          .join('\n'),
      );
      // «برگشت» under the second claim asks for the reason of that claim.
      expect(await press('chair', 'decline', '3#2')).toBe(
        'دلیل رد درخواست کمیته تامین داده درباره مصوبه ۳ را در پاسخ به همین پیام بنویسید.',
      );
      expect(await counts()).toEqual(before);

      expect(await press('chair', 'approve', '3#2')).toBe('انجام مصوبه ۳ برای کمیته تامین داده تأیید شد.');
      expect(await states()).toEqual(['1:acceptance:pending', '2:acceptance:approved']);
      // Pressed again, the button says its request was answered.
      expect(await press('chair', 'approve', '3#2')).toBe(
        'این درخواست مصوبه ۳ پیش‌تر پاسخ گرفته است — چیزی تغییر نکرد.',
      );
      expect(await say('chair', '/decline 3#1 نامه امضا ندارد')).toBe(
        'اعلام انجام مصوبه ۳ برگشت خورد — دلیل: نامه امضا ندارد',
      );
      expect(await states()).toEqual(['1:acceptance:declined', '2:acceptance:approved']);
    },
  );

  run('an unknown owner, a number not in the list, an owner with two requests: refused, nothing answered', async () => {
    await say('fava', '/extend 3 ۱۴۰۱/۰۹/۱۰ منتظر پاسخ');
    await say('fava', '/done 3 نامه');
    await say('data', '/done 3 گزارش');
    const before = await counts();
    const unknown = await say('chair', '/approve 3 کمیته ناشناس');
    expect(unknown.split('\n')[0]).toBe('«کمیته ناشناس» در میان درخواست‌های منتظر مصوبه ۳ نیست.');
    expect(unknown).toContain('۳. کمیته تامین داده — اعلام انجام — مستندات: گزارش');
    // An owner of the item with nothing waiting is not among them either.
    expect((await say('chair', '/approve 3 دبیرخانه')).split('\n')[0]).toBe(
      '«دبیرخانه» در میان درخواست‌های منتظر مصوبه ۳ نیست.',
    );
    expect((await say('chair', '/approve 3 ۴')).split('\n')[0]).toBe('«۴» در میان درخواست‌های منتظر مصوبه ۳ نیست.');
    expect((await say('chair', '/approve 3 کمیته فاوا')).split('\n')[0]).toBe(
      'کمیته فاوا برای مصوبه ۳ بیش از یک درخواست منتظر دارد؛ شماره‌اش را در فهرست بنویسید.',
    );
    expect((await say('chair', '/decline 3 ۹ دلیل')).split('\n')[0]).toBe('«۹» در میان درخواست‌های منتظر مصوبه ۳ نیست.');
    expect(await say('chair', '/approve 3#99')).toBe('برای مصوبه ۳ درخواستی منتظر پاسخ نیست — چیزی تغییر نکرد.');
    // Only the chair's chat (or the secretary) answers.
    expect(await say('fava', '/approve 3 همه')).toBe('این کار فقط از گروه رئیس جلسه یا توسط دبیر جلسه ممکن است.');
    expect(await counts()).toEqual(before);
    // By its number the owner's claim is answered alone.
    expect(await say('chair', '/approve 3 ۲')).toBe('انجام مصوبه ۳ برای کمیته فاوا تأیید شد.');
    expect(await states()).toEqual(['1:extension:pending', '1:acceptance:approved', '2:acceptance:pending']);
  });

  run('in English too', async () => {
    await say('fava', '/done 3 letter');
    await say('data', '/done 3 report');
    expect(await say('chair', '/approve 3', { language: 'en' })).toBe(
      [
        'More than one request about item 3 awaits an answer; nothing changed:',
        '1. کمیته فاوا — reported done — evidence: letter',
        '2. کمیته تامین داده — reported done — evidence: report',
        'To answer one, write its owner or its number in this list: /approve 3 کمیته فاوا or /approve 3 1; for all of them: /approve 3 all',
      ].join('\n'),
    );
    expect(await say('chair', '/approve 3 all', { language: 'en' })).toBe(
      'Item 3 accepted as done for کمیته فاوا, کمیته تامین داده.',
    );
  });
});

describe('the README’s walkthrough of several requests and of taking one back', () => {
  let app: TestApp | undefined;
  afterEach(async () => {
    await app?.cleanup();
    app = undefined;
  });

  it('answers as the README shows', async () => {
    app = await freshApp('sqlite', { REQUIRE_ACCEPTANCE: 'true' });
    await seed(app);
    const say = chatter(app);
    const sent: Sent[] = [];
    app.outbox.register(new RecordingNotifier('o', sent));
    await say('console', '/link کمیته فاوا');
    await say('method', '/link کارگروه روش شناسی');
    await say('chair', '/link chair');

    expect(await say('console', '/done 7')).toBe(
      'انجام مصوبه ۷ برای کمیته فاوا برای تأیید رئیس جلسه فرستاده شد؛ تا تأیید، «منتظر تأیید» است.',
    );
    expect(await say('console', '/undo')).toBe(
      'اعلام انجام مصوبه ۷ برای کمیته فاوا پس گرفته شد؛ دوباره «باز» است و یادآوری‌هایش ادامه دارد.',
    );
    expect(sent.at(-1)).toMatchObject({
      address: 'console:chair',
      text: 'کمیته فاوا اعلام انجام مصوبه ۷ را پس گرفت؛ دیگر منتظر تأیید شما نیست.',
    });

    await say('console', '/done 4 نامه ۱۲۳۴');
    await say('method', '/done 4 گزارش کارگروه');
    expect(await say('chair', '/approve 4')).toBe(
      [
        'برای مصوبه ۴ چند درخواست منتظر پاسخ است و چیزی تغییر نکرد:',
        '۱. کمیته فاوا — اعلام انجام — مستندات: نامه ۱۲۳۴',
        '۲. کارگروه روش شناسی — اعلام انجام — مستندات: گزارش کارگروه',
        'برای پاسخ به یکی، نام متولی یا شماره‌اش در همین فهرست را بنویسید: /approve ۴ کمیته فاوا یا /approve ۴ ۱؛ برای همه: /approve ۴ همه',
      ].join('\n'),
    );
    expect(await say('chair', '/decline 4 1 نامه امضا ندارد')).toBe(
      'اعلام انجام مصوبه ۴ برگشت خورد — دلیل: نامه امضا ندارد',
    );
    expect(await say('chair', '/approve 4 روش شناسی')).toBe('انجام مصوبه ۴ برای کارگروه روش شناسی تأیید شد.');
  });
});
