// The notice (ابلاغ) and «رویت شد»: each owner's chat is told once of the items it is given, acknowledges them with
// the button or /seen, and until it does, its reminders repeat the notice; /status N says who saw what and when.
import { afterEach, describe, expect, it } from 'vitest';
import { ReminderEngine } from '../../jobs/send-due-reminders.js';
import { fromJalali, zonedInstant } from '../../src/core/calendar.js';
import { consoleIncoming } from '../../src/platforms/console.js';
import { renderPlain } from '../../src/platforms/plain.js';
import { freshApp, type Provider, postgresAvailable, type TestApp } from '../helpers/db.js';
import { seed } from '../helpers/seed.js';
import { FakeClock, RecordingNotifier, type Sent } from '../reminders/harness.js';

const at = (m: number, d: number, time: string) => zonedInstant(fromJalali(1404, m, d)!, time, 'Asia/Tehran');
/** Sunday 16 Azar 1404, 10:00: the minutes were imported five minutes before. */
const T0 = at(9, 16, '10:00');

let app: TestApp | undefined;
afterEach(async () => {
  await app?.cleanup();
  app = undefined;
});

const pgUp = await postgresAvailable();

async function setup(env: Record<string, string> = {}, provider: Provider = 'sqlite') {
  const clock = new FakeClock(T0);
  app = await freshApp(provider, { SECRETARY_IDS: 'console:sec', NOTICE_ON_IMPORT: 'true', ...env }, { clock });
  await seed(app);
  const dispatcher = app.dispatcher();
  const say = async (chat: string, text: string, user = `${chat}-member`) => {
    const replies = await dispatcher.handle(consoleIncoming({ chat, user, language: 'fa' }, text));
    return replies.map((r) => renderPlain(r, 'fa')).join('\n');
  };
  const press = async (chat: string, value: string, messageId?: string) => {
    const incoming = { ...consoleIncoming({ chat, user: `${chat}-member`, language: 'fa' }, ''), text: '' };
    const replies = await dispatcher.handle({ ...incoming, action: { action: 'seen', value, messageId } });
    return replies.map((r) => renderPlain(r, 'fa')).join('\n');
  };
  for (const [chat, owner] of [
    ['fava', 'کمیته فاوا'],
    ['data', 'کمیته تامین داده'],
  ])
    await say(chat!, `/link ${owner}`, 'sec');
  await say('chair', '/link chair', 'sec');
  // The chats were linked the day before; the items given five minutes ago.
  await app.db.prisma.chatBinding.updateMany({ data: { createdAt: new Date(T0.getTime() - 86_400_000) } });
  await app.db.prisma.assignment.updateMany({ data: { createdAt: new Date(T0.getTime() - 5 * 60_000) } });
  const sent: Sent[] = [];
  const engine = new ReminderEngine(app, [new RecordingNotifier('e', sent)], { instanceId: 'e' });
  const sweepAt = async (t: Date) => {
    clock.t = t;
    const before = sent.length;
    await engine.sweep(t);
    return sent.slice(before);
  };
  return { app, say, press, sweepAt };
}

describe('the notice of new items and «seen»', () => {
  it.each([
    ['sqlite', true],
    ['postgresql', pgUp],
  ] as [Provider, boolean][])(
    'tells each owner’s chat once, takes the button and /seen, and /status says who saw what (%s)',
    async (provider, up) => {
      if (!up) return;
      const { app, say, press, sweepAt } = await setup({}, provider);
      const first = await sweepAt(T0);
      const fava = first.find((s) => s.address === 'console:fava')!;
      expect(fava.items).toEqual([1, 2, 3, 4, 6, 7]);
      expect(fava.text).toContain('== ابلاغ مصوبات به کمیته فاوا ==');
      expect(fava.text).toContain('لطفاً با دکمه «رویت شد» یا /seen و شماره‌ها دریافت را اعلام کنید.');
      expect(fava.text).toContain('(👁 رویت شد: /press seen 1,2,3,4,6,7)');
      expect(first.find((s) => s.address === 'console:data')!.items).toEqual([3]);
      // Nothing to the chair: a notice is the owners'.
      expect(first.some((s) => s.address === 'console:chair')).toBe(false);
      // Sent once, whatever the sweeps after.
      expect(await sweepAt(new Date(T0.getTime() + 60_000))).toEqual([]);

      expect(await press('fava', '1,2,3')).toBe(
        [
          'رویت مصوبه ۱ برای کمیته فاوا ثبت شد.',
          'رویت مصوبه ۲ برای کمیته فاوا ثبت شد.',
          'رویت مصوبه ۳ برای کمیته فاوا ثبت شد.',
        ].join('\n'),
      );
      expect(await say('fava', '/seen ۴ و ۶')).toContain('رویت مصوبه ۶ برای کمیته فاوا ثبت شد.');
      const three = await say('chair', '/status 3');
      expect(three).toMatch(/کمیته فاوا: رویت شد — fava-member، /);
      expect(three).toContain('کمیته تامین داده: هنوز رویت نشده');
      expect(three).toMatch(/fava-member \(کمیته فاوا\): رویت شد \(از گروه کمیته فاوا\)/);
      const share = (await app.store.getResolution({ kind: 'number', number: 3 }))!.assignments[0]!;
      expect(share).toMatchObject({ ownerName: 'کمیته فاوا', seenBy: 'fava-member', status: 'open' });
    },
  );

  it('refuses what it cannot take, changing nothing', async () => {
    const { app, say, press } = await setup();
    await say('fava', '/seen 1');
    const before = await app.db.prisma.statusEvent.count();
    expect(await say('fava', '/seen')).toBe('شماره مصوبه‌ها را بنویسید، مثلاً /seen ۳ ۵');
    expect(await say('fava', '/seen 5')).toBe('مصوبه ۵ به کمیته‌های این گروه مربوط نیست.');
    expect(await say('fava', '/seen 1')).toMatch(/^مصوبه ۱ پیش‌تر رویت شده است \(fava-member، /);
    expect(await say('fava', '/seen 99')).toContain('مصوبه‌ای با شماره ۹۹ پیدا نشد');
    // The chair's chat cannot acknowledge for an owner; nor can a chat bound to nothing.
    expect(await press('chair', '3')).toContain('به کمیته‌ای وصل نیست');
    expect(await say('nowhere', '/seen 3')).toContain('به کمیته‌ای وصل نیست');
    expect(await app.db.prisma.statusEvent.count()).toBe(before);
  });

  it('until someone acknowledges, the next reminder repeats the notice; a long list is read from the message', async () => {
    const { app, press, sweepAt } = await setup();
    await sweepAt(T0);
    await press('fava', '1,2,3,4,6,7');
    // Saturday 22 Azar, the weekly digest: the data committee has not acknowledged item 3.
    const weekly = await sweepAt(at(9, 22, '09:00'));
    const data = weekly.find((s) => s.address === 'console:data')!;
    expect(data.text).toContain('== این مصوبات ابلاغ شده و هنوز رویت نشده است: ==');
    expect(data.text).toContain('(👁 رویت شد: /press seen 3)');
    expect(weekly.find((s) => s.address === 'console:fava')!.text).not.toContain('هنوز رویت نشده');
    // A button too long for the platform's callback carries no numbers: the message it sits on names them.
    await app.store.recordOutbound('console:data', 'm-1', { kind: 'notice', items: [3] });
    expect(await press('data', '', 'm-1')).toBe('رویت مصوبه ۳ برای کمیته تامین داده ثبت شد.');
  });

  it('sends no notice with NOTICE_ON_IMPORT off, and none for items given before the horizon', async () => {
    const off = await setup({ NOTICE_ON_IMPORT: 'false' });
    expect(await off.sweepAt(T0)).toEqual([]);
    await off.app.cleanup();
    app = undefined;
    const late = await setup();
    expect(await late.sweepAt(new Date(T0.getTime() + 73 * 3_600_000))).toEqual([]);
  });
});
