// A messenger that hangs, through the real grammY stack against the local fake Bot API: one hung chat costs
// its own worker a bounded time while the others are sent; a messenger hung altogether ends the sweep early
// with the rest given back, and everything goes out once it answers again; stopping waits a bounded time.

import { afterEach, describe, expect, it } from 'vitest';
import { ReminderEngine } from '../../jobs/send-due-reminders.js';
import type { Notifier } from '../../src/core/types.js';
import { createHttpServer } from '../../src/http/server.js';
import { type RunningMessengers, startMessengers } from '../../src/platforms/telegram/start.js';
import type { CallTimeouts } from '../../src/platforms/telegram/timeouts.js';
import { freshApp, type TestApp } from '../helpers/db.js';
import { type FakeBotApi, startFakeBotApi } from '../telegram/fake-bot-api.js';
import { FakeClock, populate } from './harness.js';

/** Tuesday 1401/08/10, 09:00 Tehran: each committee's item is due today. */
const AT = new Date('2022-11-01T05:30:00.000Z');

let fake: FakeBotApi | undefined;
let app: TestApp | undefined;
let running: RunningMessengers | null = null;
afterEach(async () => {
  await running?.stop();
  await fake?.close();
  await app?.cleanup();
  running = null;
  fake = undefined;
  app = undefined;
});

// Bounds far below the real ones, yet well above what an answered call takes on a busy machine.

/** `committees` Telegram groups -1000, -1001, …, each bound to a committee with one item due today. */
async function setup(committees: number, timeouts: CallTimeouts): Promise<Notifier[]> {
  fake = await startFakeBotApi();
  app = await freshApp(
    'sqlite',
    { TELEGRAM_BOT_TOKEN: '1:TG', TELEGRAM_API_ROOT: fake.url, WEBHOOK_PUBLIC_URL: 'https://peygir.example/hook' },
    { clock: new FakeClock(AT) },
  );
  await populate(app, { committees, itemsPerCommittee: 1, dueDate: () => '2022-11-01' });
  for (let c = 0; c < committees; c++) {
    await app.db.prisma.chatBinding.updateMany({
      where: { address: `console:c${c}` },
      data: { platform: 'telegram', address: `telegram:-${1000 + c}`, chatId: `-${1000 + c}` },
    });
  }
  running = await startMessengers(app, createHttpServer(), { timeouts });
  return running!.messengers;
}

const sendsTo = (chatId: string) =>
  fake!.calls.filter((c) => c.method === 'sendMessage' && c.payload.chat_id === chatId);
const states = async () =>
  Object.fromEntries(
    (await app!.db.prisma.reminderOccurrence.groupBy({ by: ['state'], _count: true })).map((g) => [g.state, g._count]),
  );

describe('a hung messenger', () => {
  it('holds only the hung chat, for a bounded time, while the other chats are sent', async () => {
    const notifiers = await setup(6, { attemptMs: 800, callMs: 1_000 });
    fake!.stall((c) => (c.method === 'sendMessage' && c.payload.chat_id === '-1000' ? Number.POSITIVE_INFINITY : 0));
    const engine = new ReminderEngine(app!, notifiers, { concurrency: 2 });
    const started = performance.now();
    const stats = await engine.sweep(AT);
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(stats).toMatchObject({ claimed: 6, sent: 5, failed: 1 });
    const hung = await app!.db.prisma.reminderOccurrence.findFirstOrThrow({ where: { state: 'failed' } });
    expect(hung.error).toMatch(/within/);
    for (let c = 1; c < 6; c++) expect(sendsTo(`-${1000 + c}`)).toHaveLength(1);
  });

  it('ends the sweep early when the whole platform hangs, and sends everything once it answers again', async () => {
    const notifiers = await setup(20, { attemptMs: 800, callMs: 1_000 });
    fake!.stall((c) => (c.method === 'sendMessage' ? Number.POSITIVE_INFINITY : 0));
    const engine = new ReminderEngine(app!, notifiers, { concurrency: 2 });
    const first = await engine.sweep(AT);
    // Three failures in a row open the breaker: the other chats are given back, not tried one by one.
    expect(first.failed).toBeLessThanOrEqual(4);
    expect(first.failed).toBeGreaterThanOrEqual(3);
    const given = await states();
    expect(given.released).toBe(20 - first.failed);
    expect(given.sent).toBeUndefined();

    fake!.stall(null);
    const before = fake!.calls.length;
    // A minute later the given-back chats go out; the failed ones after their backoff (one minute).
    await engine.sweep(new Date(AT.getTime() + 61_000));
    expect(await states()).toEqual({ sent: 20 });
    const answered = fake!.calls.slice(before).filter((c) => c.method === 'sendMessage');
    expect(new Set(answered.map((c) => c.payload.chat_id)).size).toBe(20);
    expect(answered).toHaveLength(20);
  });

  it('lets stop() return within its grace while a send hangs, every claim it has not sent given back', async () => {
    // The send's own bound is far beyond the grace, so that stop() returning first shows it did not wait for
    // the hung send, however slowly a busy machine gives back the claims.
    const notifiers = await setup(3, { attemptMs: 5_000, callMs: 6_000 });
    fake!.stall((c) => (c.method === 'sendMessage' ? Number.POSITIVE_INFINITY : 0));
    const engine = new ReminderEngine(app!, notifiers, { concurrency: 1, stopGraceMs: 200 });
    let swept = false;
    const sweep = engine.sweep(AT).finally(() => {
      swept = true;
    });
    // (waitFor hears of answered calls only; this one is never answered.)
    while (!fake!.calls.some((c) => c.method === 'sendMessage')) await new Promise((r) => setTimeout(r, 10));
    await engine.stop();
    expect(swept).toBe(false);
    // The one worker is stuck in the hung send, yet the two chats queued behind it and the hung one itself are
    // claimable again at once, not after their lease; the hung one's attempt counts, the others' do not.
    const rows = await app!.db.prisma.reminderOccurrence.findMany({ select: { state: true, attempts: true } });
    expect(rows.map((r) => r.state)).toEqual(['released', 'released', 'released']);
    expect(rows.map((r) => r.attempts).sort()).toEqual([0, 0, 1]);
    // The hung send ends by its own bound, and changes nothing given back.
    const stats = await sweep;
    expect(stats.failed).toBe(1);
    expect(await states()).toEqual({ released: 3 });
  });
});
