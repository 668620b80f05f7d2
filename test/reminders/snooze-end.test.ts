// The end of a snooze and a long catch-up, through the console chat and the engine on a fake clock: what a snooze
// held back goes out at the chat's next send time on a work day, not at midnight; an item past its deadline is
// listed as overdue, never under «due today»; and «sent late» is said only after the service really was down.
import { afterEach, describe, expect, it } from 'vitest';
import { ReminderEngine } from '../../jobs/send-due-reminders.js';
import { fromJalali, zonedInstant } from '../../src/core/calendar.js';
import { REMIND_FA } from '../../src/core/schedule/messages.js';
import { consoleIncoming } from '../../src/platforms/console.js';
import { renderPlain } from '../../src/platforms/plain.js';
import { freshApp, type TestApp } from '../helpers/db.js';
import { seed } from '../helpers/seed.js';
import { FakeClock, RecordingNotifier, type Sent } from './harness.js';

const TZ = 'Asia/Tehran';
const at = (m: number, d: number, time: string) => zonedInstant(fromJalali(1405, m, d)!, time, TZ);
const DUE_TODAY = REMIND_FA.heading['due-today'];
const OVERDUE = REMIND_FA.heading.overdue;
const LATE = 'با تأخیر ارسال می‌شود';

let app: TestApp | undefined;
afterEach(async () => {
  await app?.cleanup();
  app = undefined;
});

/** The sample council with «کمیته فاوا» linked to console:fava (linked at `linkedAt`) and a recording engine. */
async function setup(linkedAt: Date, env: Record<string, string> = {}) {
  const clock = new FakeClock(linkedAt);
  app = await freshApp('sqlite', { SECRETARY_IDS: 'console:sec', ...env }, { clock });
  await seed(app);
  const say = async (chat: string, text: string, user = 'member') => {
    const replies = await app!.dispatcher().handle(consoleIncoming({ chat, user, language: 'fa' }, text));
    return replies.map((r) => renderPlain(r, 'fa')).join('\n');
  };
  await say('fava', '/link کمیته فاوا', 'sec');
  await app.db.prisma.chatBinding.updateMany({ data: { createdAt: linkedAt } });
  const sent: (Sent & { at: Date })[] = [];
  const log: Sent[] = [];
  const fail = () => clock.t < failUntil;
  let failUntil = new Date(0);
  const engine = new ReminderEngine(app, [new RecordingNotifier('e', log, { fail })], { instanceId: 'e' });
  const sweepAt = async (t: Date) => {
    clock.t = t;
    const before = log.length;
    await engine.sweep(t);
    for (const s of log.slice(before)) sent.push({ ...s, at: t });
  };
  /** The bot running from `from` to `to`: alive every four minutes, a sweep every twenty (on the hour too). */
  const runThrough = async (from: Date, to: Date) => {
    for (let t = from.getTime(); t <= to.getTime(); t += 4 * 60_000) {
      if ((t - from.getTime()) % (20 * 60_000) === 0) await sweepAt(new Date(t));
      else await engine.runs.beat(new Date(t));
    }
  };
  const messengerDownUntil = (t: Date) => {
    failUntil = t;
  };
  return { clock, say, sent, sweepAt, runThrough, messengerDownUntil };
}

describe('the end of a snooze, the service running throughout', () => {
  it('waits for the next send time on a work day, lists the item as overdue, and says nothing of delay', async () => {
    // Sunday 1405/09/15 10:00: item 2 gets its deadline, Monday 1405/09/16.
    const { clock, say, sent, runThrough } = await setup(at(9, 15, '10:00'));
    expect(await say('chair', '/deadline 2 ۱۴۰۵/۰۹/۱۶', 'sec')).toContain('۱۴۰۵/۰۹/۱۶');
    // Monday 08:00, before the day's send time: quiet for a day (through Monday, so until Tuesday 00:00).
    clock.t = at(9, 16, '08:00');
    expect(await say('fava', '/snooze 2 1d')).toContain('خاموش شد');
    await runThrough(at(9, 16, '08:00'), at(9, 17, '09:40'));

    expect(sent.map((s) => [s.address, s.at.toISOString(), s.items])).toEqual([
      ['console:fava', at(9, 17, '09:00').toISOString(), [2]],
    ]);
    expect(sent[0]!.text).toContain(OVERDUE);
    expect(sent[0]!.text).not.toContain(DUE_TODAY);
    expect(sent[0]!.text).not.toContain(LATE);
  }, 30_000);

  it('ending on a day off, waits for the next work day', async () => {
    // Wednesday 1405/09/18 is the deadline; snoozed through Thursday, so until Friday 00:00.
    const { clock, say, sent, runThrough } = await setup(at(9, 17, '10:00'));
    await say('chair', '/deadline 2 ۱۴۰۵/۰۹/۱۸', 'sec');
    clock.t = at(9, 18, '08:00');
    expect(await say('fava', '/snooze 2 ۱۴۰۵/۰۹/۱۹')).toContain('خاموش شد');
    await runThrough(at(9, 18, '08:00'), at(9, 21, '09:40'));
    // Saturday 09:00 brings the weekly digest anyway; the item is in it once, as overdue.
    expect(sent.map((s) => s.at.toISOString())).toEqual([at(9, 21, '09:00').toISOString()]);
    expect(sent[0]!.items.filter((n) => n === 2)).toHaveLength(1);
    expect(sent[0]!.text.indexOf('[2]')).toBeGreaterThan(sent[0]!.text.indexOf(OVERDUE));
    expect(sent[0]!.text).not.toContain(DUE_TODAY);
    expect(sent[0]!.text).not.toContain(LATE);
  }, 30_000);
});

describe('a catch-up after three days down', () => {
  it('lists an item due during the outage as overdue, marked late', async () => {
    // Running Tuesday 1405/09/17; item 2 is due Wednesday 09/18; down from Tuesday 09:30 to Saturday 08:50.
    const { say, sent, sweepAt } = await setup(at(9, 17, '09:20'));
    await say('chair', '/deadline 2 ۱۴۰۵/۰۹/۱۸', 'sec');
    await sweepAt(at(9, 17, '09:30'));
    const before = sent.length;
    await sweepAt(at(9, 21, '08:50'));
    const late = sent.slice(before);
    expect(late.map((s) => s.items)).toEqual([[2]]);
    expect(late[0]!.text).toContain(OVERDUE);
    expect(late[0]!.text).not.toContain(DUE_TODAY);
    expect(late[0]!.text).toContain(LATE);
  });
});

describe('a send retried while the service ran', () => {
  it('is not marked late, however long the messenger kept failing', async () => {
    // Item 2 is due Tuesday 1405/09/17; the messenger fails from 09:00 to 09:30, the bot sweeps throughout.
    const { say, sent, runThrough, messengerDownUntil } = await setup(at(9, 16, '10:00'));
    await say('chair', '/deadline 2 ۱۴۰۵/۰۹/۱۷', 'sec');
    messengerDownUntil(at(9, 17, '09:30'));
    await runThrough(at(9, 17, '08:00'), at(9, 17, '10:00'));
    expect(sent.map((s) => [s.at.toISOString(), s.items])).toEqual([[at(9, 17, '09:40').toISOString(), [2]]]);
    expect(sent[0]!.text).toContain(DUE_TODAY);
    expect(sent[0]!.text).not.toContain(LATE);
  });
});
