// The chair's acceptance (REQUIRE_ACCEPTANCE): an owner's /done is a claim that waits as «منتظر تأیید», the chair's
// chat gets it with its evidence and «تأیید» / «برگشت», /approve makes the share done, /decline sends it back with
// the reason to the owner's chat; reminders pause on a claim and escalation waits for the chair; the chair's /undo
// of an answer makes the request wait again (an extension's too); bad input changes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReminderEngine } from '../../jobs/send-due-reminders.js';
import { fromJalali, zonedInstant } from '../../src/core/calendar.js';
import { chatter, statuses } from '../helpers/chat.js';
import { freshApp, type Provider, postgresAvailable, type TestApp } from '../helpers/db.js';
import { seed, seedMinutes } from '../helpers/seed.js';
import { FakeClock, RecordingNotifier, type Sent } from '../reminders/harness.js';
import { press as pressAs, shareOf } from './chair.js';

const pgUp = await postgresAvailable();

describe.each(['sqlite', 'postgresql'] as Provider[])('acceptance of /done by the chair on %s', (provider) => {
  let app: TestApp;
  let say: ReturnType<typeof chatter>;
  let sent: Sent[];
  const press = (chat: string, action: 'approve' | 'decline', value: string) => pressAs(app, chat, action, value);
  const share = (n: number, owner?: string) => shareOf(app, n, owner);
  const counts = async () => ({
    requests: await app.db.prisma.chairRequest.count(),
    pending: await app.db.prisma.chairRequest.count({ where: { state: 'pending' } }),
    events: await app.db.prisma.statusEvent.count(),
  });
  beforeEach(async () => {
    if (provider === 'postgresql' && !pgUp) return;
    app = await freshApp(provider, { REQUIRE_ACCEPTANCE: 'true' });
    await seed(app, seedMinutes({ 1: { dueDate: '2022-11-10', deadline: '1401/08/19' } }));
    say = chatter(app);
    sent = [];
    app.outbox.register(new RecordingNotifier('o', sent));
    await say('fava', '/link کمیته فاوا');
    await say('chair', '/link chair');
  });
  afterEach(async () => app?.cleanup());
  const run = it.skipIf(provider === 'postgresql' && !pgUp);

  run('a claim waits for the chair, who accepts it; /undo makes it wait again', async () => {
    expect(await say('fava', '/done 1 نامه ۱۲۳۴/الف مورخ ۱۴۰۱/۰۸/۱۰')).toBe(
      'انجام مصوبه ۱ برای کمیته فاوا برای تأیید رئیس جلسه فرستاده شد؛ تا تأیید، «منتظر تأیید» است.',
    );
    expect(await share(1)).toMatchObject({ status: 'open' });
    expect((await share(1)).claimedAt).toBeInstanceOf(Date);
    expect(await say('fava', '/list')).toContain('کمیته فاوا (منتظر تأیید)');
    // The chair's chat gets the claim, its evidence and the two buttons.
    expect(sent).toHaveLength(1);
    expect(sent[0]!.address).toBe('console:chair');
    expect(sent[0]!.text).toContain('کمیته فاوا انجام مصوبه ۱ را اعلام کرد');
    expect(sent[0]!.text).toContain('مستندات: نامه ۱۲۳۴/الف مورخ ۱۴۰۱/۰۸/۱۰');
    expect(sent[0]!.text).toContain('/press approve 1#1');
    expect(sent[0]!.text).toContain('/press decline 1#1');
    // Claiming again, or from the owner's chat approving, changes nothing.
    const before = await counts();
    expect(await say('fava', '/done 1')).toBe(
      'انجام مصوبه ۱ پیش‌تر اعلام شده و منتظر تأیید رئیس جلسه است — چیزی تغییر نکرد.',
    );
    expect(await press('fava', 'approve', '1')).toBe('این کار فقط از گروه رئیس جلسه یا توسط دبیر جلسه ممکن است.');
    expect(await say('fava', '/approve 1')).toBe('این کار فقط از گروه رئیس جلسه یا توسط دبیر جلسه ممکن است.');
    expect(await counts()).toEqual(before);

    expect(await press('chair', 'approve', '1#1')).toBe('انجام مصوبه ۱ برای کمیته فاوا تأیید شد.');
    expect(await share(1)).toMatchObject({ status: 'done', claimedAt: null });
    expect(sent.at(-1)).toMatchObject({ address: 'console:fava' });
    expect(sent.at(-1)!.text).toContain('انجام مصوبه ۱ برای کمیته فاوا تأیید شد.');
    const history = await say('fava', '/status 1');
    expect(history).toContain('اعلام انجام، منتظر تأیید — نامه ۱۲۳۴/الف');
    expect(history).toContain('باز ← انجام شد — نامه ۱۲۳۴/الف');
    expect(await say('chair', '/approve 1')).toBe('برای مصوبه ۱ درخواستی منتظر پاسخ نیست — چیزی تغییر نکرد.');

    // The chair's /undo: the share is open again and the claim waits once more, recorded, nothing deleted.
    const undone = await say('chair', '/undo');
    expect(undone).toContain('پاسخ به درخواست مصوبه ۱ برگردانده شد؛ درخواست دوباره منتظر پاسخ است.');
    expect(await share(1)).toMatchObject({ status: 'open' });
    expect((await share(1)).claimedAt).toBeInstanceOf(Date);
    expect(await app.db.prisma.chairRequest.findFirstOrThrow()).toMatchObject({ kind: 'acceptance', state: 'pending' });
    expect(await app.db.prisma.statusEvent.count({ where: { type: 'reopened' } })).toBe(1);
    expect(await say('fava', '/status 1')).toContain('پاسخ رئیس جلسه برگردانده شد');
  });

  run('the chair sends a claim back with the reason; a decline without one changes nothing', async () => {
    await say('fava', '/done 1 گزارش ارسال شد');
    const before = await counts();
    expect(await say('chair', '/decline 1')).toBe(
      'دلیل رد را بنویسید، مثلاً /decline ۱ مهلت قانونی تمام است — چیزی تغییر نکرد.',
    );
    expect(await counts()).toEqual(before);
    expect(await say('chair', '/decline 1 نامه پیوست نشده است')).toBe(
      'اعلام انجام مصوبه ۱ برگشت خورد — دلیل: نامه پیوست نشده است',
    );
    expect(await share(1)).toMatchObject({ status: 'open', claimedAt: null });
    expect(sent.at(-1)).toMatchObject({ address: 'console:fava' });
    expect(sent.at(-1)!.text).toContain('دلیل: نامه پیوست نشده است');
    expect(await say('fava', '/status 1')).toContain('اعلام انجام برگشت خورد — نامه پیوست نشده است');
    // Sent back, the owner may claim again.
    expect(await say('fava', '/done 1')).toContain('برای تأیید رئیس جلسه فرستاده شد');
  });

  run('the chair and the secretary report done directly; an owner not linked is refused', async () => {
    expect(await say('chair', '/done 1')).toContain('انجام شد');
    expect(await share(1)).toMatchObject({ status: 'done' });
    expect(await app.db.prisma.chairRequest.count()).toBe(0);
    expect(await say('nobody', '/done 2')).toContain('/link');
    expect(await app.db.prisma.chairRequest.count()).toBe(0);
  });

  run('a request for more time and a claim approved together: the deadline moves and the share is done', async () => {
    await say('fava', '/extend 1 ۱۴۰۱/۰۹/۱۰ منتظر پاسخ ثبت احوال');
    await say('fava', '/done 1 گزارش ارسال شد');
    expect(await say('chair', '/approve 1 همه')).toBe(
      ['تمدید مصوبه ۱ تأیید شد؛ مهلت تازه: ۱۴۰۱/۰۹/۱۰.', 'انجام مصوبه ۱ برای کمیته فاوا تأیید شد.'].join('\n'),
    );
    expect(await share(1)).toMatchObject({ status: 'done', claimedAt: null });
    expect((await app.store.getResolution({ kind: 'number', number: 1 }))!.dueDate).toBe('2022-12-01');
    expect(await app.db.prisma.chairRequest.count({ where: { state: 'approved' } })).toBe(2);
  });

  run('the chair’s /undo of an approved extension makes the request wait again', async () => {
    await say('fava', '/extend 1 ۱۴۰۱/۰۹/۱۰ منتظر پاسخ ثبت احوال');
    await say('chair', '/approve 1');
    expect((await app.store.getResolution({ kind: 'number', number: 1 }))!.dueDate).toBe('2022-12-01');
    expect(await app.db.prisma.chairRequest.findFirstOrThrow()).toMatchObject({ state: 'approved' });
    const undone = await say('chair', '/undo');
    expect(undone).toContain('پاسخ به درخواست مصوبه ۱ برگردانده شد');
    expect((await app.store.getResolution({ kind: 'number', number: 1 }))!.dueDate).toBe('2022-11-10');
    expect(await app.db.prisma.chairRequest.findFirstOrThrow()).toMatchObject({ state: 'pending' });
    expect(await app.db.prisma.statusEvent.count({ where: { type: 'reopened' } })).toBe(1);
    expect((await app.store.extensionCounts()).size).toBe(0);
    // Waiting again, the chair can answer it once more.
    expect(await say('chair', '/decline 1 مهلت قانونی تمام است')).toContain('رد شد');
  });
});

const at = (m: number, d: number, time: string) => zonedInstant(fromJalali(1404, m, d)!, time, 'Asia/Tehran');

describe('reminders while a claim waits', () => {
  let app: TestApp | undefined;
  afterEach(async () => {
    await app?.cleanup();
    app = undefined;
  });

  it('pause for the claimed share and do not escalate it; the other items still come', async () => {
    // Sunday 16 Azar 1404; items 1 and 2 were due a week before.
    const T0 = at(9, 16, '09:00');
    const clock = new FakeClock(T0);
    app = await freshApp('sqlite', { REQUIRE_ACCEPTANCE: 'true', REMINDER_ESCALATE_AFTER_DAYS: '1' }, { clock });
    const due = '2025-11-30';
    await seed(app, seedMinutes({ 1: { dueDate: due }, 2: { dueDate: due } }));
    const say = chatter(app);
    await say('fava', '/link کمیته فاوا');
    await say('chair', '/link chair');
    await app.db.prisma.chatBinding.updateMany({ data: { createdAt: new Date(T0.getTime() - 86_400_000) } });
    expect(await say('fava', '/done 1 نامه ۱۲۳۴')).toContain('منتظر تأیید');
    const sent: Sent[] = [];
    await new ReminderEngine(app, [new RecordingNotifier('e', sent)], { instanceId: 'e' }).sweep(T0);
    const fava = sent.filter((s) => s.address === 'console:fava');
    const chair = sent.filter((s) => s.address === 'console:chair');
    // Item 1 is only in the list of open items, as awaiting the chair; not among the overdue ones.
    const [overdue, open] = fava
      .map((s) => s.text)
      .join('\n')
      .split('== کارهای باز ==');
    expect(overdue).toContain('[2]');
    expect(overdue).not.toContain('[1]');
    expect(open).toContain('کمیته فاوا (منتظر تأیید)');
    expect(chair.flatMap((s) => s.items)).toContain(2);
    expect(chair.flatMap((s) => s.items)).not.toContain(1);
    expect(await statuses(app, 1)).toEqual({ 'کمیته فاوا': 'open' });
  });
});

describe('the README’s walkthrough of acceptance', () => {
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
    await say('chair', '/link chair');
    // The README's extension of item 4 came first: it was request 1, so this claim is request 2.
    await say('console', '/extend 4 ۱۴۰۶/۰۲/۱۵ منتظر پاسخ ثبت احوال');
    await say('chair', '/approve 4');
    expect(await say('console', '/done 6 گزارش نهایی به دبیرخانه ارسال شد')).toBe(
      'انجام مصوبه ۶ برای کمیته فاوا برای تأیید رئیس جلسه فرستاده شد؛ تا تأیید، «منتظر تأیید» است.',
    );
    expect(sent.at(-1)!.text).toBe(
      [
        'کمیته فاوا انجام مصوبه ۶ را اعلام کرد: فاوا بسته کامل ذخیره‌سازی و پردازش را تهیه کند.',
        'مستندات: گزارش نهایی به دبیرخانه ارسال شد',
        '(✅ تأیید: /press approve 6#2) (↩️ برگشت: /press decline 6#2)',
      ].join('\n'),
    );
    const back = 'اعلام انجام مصوبه ۶ برگشت خورد — دلیل: جدول هزینه‌ها پیوست نشده است';
    expect(await say('chair', '/decline 6 جدول هزینه‌ها پیوست نشده است')).toBe(back);
    expect(sent.at(-1)).toMatchObject({ address: 'console:console', text: back });
    await say('console', '/done 6 جدول هزینه‌ها پیوست شد');
    expect(await say('chair', '/approve 6')).toBe('انجام مصوبه ۶ برای کمیته فاوا تأیید شد.');
  });
});
