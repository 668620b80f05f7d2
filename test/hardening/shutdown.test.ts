// Faults in delivery: SIGTERM in the middle of a sweep finishes the sends in flight and gives the other
// claims back, and the bot stopped while its messenger hangs gives back even the hung sends' claims before it
// leaves; a platform API failing for a while keeps the reminder and sends it later.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ReminderEngine } from '../../jobs/send-due-reminders.js';
import { openDatabase } from '../../src/db/client.js';
import { freshApp, type TestApp } from '../helpers/db.js';
import { FakeClock, populate, RecordingNotifier, type Sent } from '../reminders/harness.js';
import { type FakeBotApi, startFakeBotApi } from '../telegram/fake-bot-api.js';

/** Sunday 2025-01-05 09:01 in Tehran: items due that day get their due-today reminder. */
const NOW = new Date('2025-01-05T05:31:00Z');
const CHILD = fileURLToPath(new URL('./slow-engine.ts', import.meta.url));
const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));
let app: TestApp | undefined;
let fake: FakeBotApi | undefined;
afterEach(async () => {
  await fake?.close();
  await app?.cleanup();
  app = undefined;
  fake = undefined;
});

const states = async (a: TestApp) =>
  Object.fromEntries(
    (await a.db.prisma.reminderOccurrence.groupBy({ by: ['state'], _count: true })).map((g) => [g.state, g._count]),
  );

describe('graceful shutdown', () => {
  it('SIGTERM finishes the sends in flight and releases the other claims', async () => {
    app = await freshApp('sqlite', { REMINDER_CATCHUP_HOURS: '0' });
    await populate(app, { committees: 12, itemsPerCommittee: 1, dueDate: () => '2025-01-05' });
    const url = app.config.databaseUrl;
    await app.close();
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
      env: { ...process.env, DATABASE_URL: url, REMINDER_CATCHUP_HOURS: '0', SWEEP_AT: NOW.toISOString() },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    const exited = new Promise<number | null>((r) => child.on('exit', r));
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (c) => {
        out += c;
        if (out.includes('sending')) resolve();
      }),
    );
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    const { sent } = JSON.parse(out.split('\n').find((l) => l.startsWith('{'))!) as { sent: number };
    const db = await openDatabase(url);
    const rows = await db.prisma.reminderOccurrence.findMany({ select: { state: true } });
    await db.close();
    const count = (s: string) => rows.filter((r) => r.state === s).length;
    // The two sends in flight finished and were recorded; nothing is left claimed by the dead process.
    expect(sent).toBeGreaterThanOrEqual(1);
    expect(count('sent')).toBe(sent);
    expect(count('claimed')).toBe(0);
    expect(count('sent') + count('released')).toBe(12);
  }, 30_000);
});

describe('the bot stopped while its messenger hangs', () => {
  it('gives back every claim it has not sent, the hung sends’ too, before it leaves', async () => {
    // Twenty Telegram groups, each with a reminder given back by an earlier stop and due again: the bot's
    // start-up sweep claims them all, whatever the day, and every sendMessage hangs.
    fake = await startFakeBotApi();
    fake.stall((c) => (c.method === 'sendMessage' ? Number.POSITIVE_INFINITY : 0));
    app = await freshApp('sqlite');
    await populate(app, { committees: 20, itemsPerCommittee: 1, dueDate: () => null });
    const prisma = app.db.prisma;
    const items = await prisma.assignment.findMany({ select: { ownerId: true, resolutionId: true } });
    for (const [c, b] of (await prisma.chatBinding.findMany({ orderBy: { id: 'asc' } })).entries()) {
      const chatId = `-${1000 + c}`;
      await prisma.chatBinding.update({
        where: { id: b.id },
        data: { platform: 'telegram', address: `telegram:${chatId}`, chatId },
      });
      const item = items.find((a) => a.ownerId === b.ownerId)!;
      await prisma.reminderOccurrence.create({
        data: {
          key: `due-today:2025-01-05:o${b.ownerId}:r${item.resolutionId}:b${b.id}`,
          kind: 'due-today',
          ownerId: b.ownerId,
          resolutionId: item.resolutionId,
          bindingId: b.id,
          slot: '2025-01-05',
          dueAt: NOW,
          state: 'released',
          attempts: 0,
          nextTryAt: NOW,
        },
      });
    }
    const url = app.config.databaseUrl;
    await app.close();
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        DATABASE_URL: url,
        TELEGRAM_BOT_TOKEN: '1:TG',
        TELEGRAM_API_ROOT: fake.url,
        HTTP_PORT: '0',
        BACKUP_KEEP: '0',
        LOG_LEVEL: 'silent',
        // The items were given just now: their notices would be claimed beside the reminders this is about.
        NOTICE_ON_IMPORT: 'false',
      },
      stdio: 'ignore',
    });
    const exited = new Promise<number | null>((r) => child.on('exit', r));
    const hung = () => fake!.calls.filter((c) => c.method === 'sendMessage').length;
    for (const started = Date.now(); hung() < 8; ) {
      if (child.exitCode !== null || Date.now() - started > 60_000) {
        child.kill('SIGKILL');
        throw new Error(`the bot made ${hung()} sends, not the 8 its workers start with`);
      }
      await new Promise((r) => setTimeout(r, 20));
    }
    const stopping = Date.now();
    child.kill('SIGTERM');
    await exited;
    // It leaves within its own ten seconds (generous: a loaded machine), every claim given back.
    expect(Date.now() - stopping).toBeLessThan(12_000);
    const db = await openDatabase(url);
    const rows = await db.prisma.reminderOccurrence.findMany({ select: { state: true } });
    await db.close();
    expect(rows.map((r) => r.state)).toEqual(Array(20).fill('released'));
  }, 90_000);
});

describe('platform API down for a while', () => {
  it('keeps the reminder and sends it once the API answers again', async () => {
    app = await freshApp('sqlite', { REMINDER_CATCHUP_HOURS: '72' }, { clock: new FakeClock(NOW) });
    await populate(app, { committees: 2, itemsPerCommittee: 1, dueDate: () => '2025-01-05' });
    const log: Sent[] = [];
    let failures = 3;
    const down = new RecordingNotifier('a', log, { fail: () => failures-- > 0 });
    const engine = new ReminderEngine(app, [down], { instanceId: 'a' });
    // 502s for three tries, then the API is back; each sweep runs when the backoff has passed.
    let t = NOW.getTime();
    for (let i = 0; i < 6 && log.length < 2; i++, t += 20 * 60_000) await engine.sweep(new Date(t));
    expect(log.map((s) => s.address).sort()).toEqual(['console:c0', 'console:c1']);
    expect(failures).toBeLessThan(0); // all three failures happened
    expect(Object.keys(await states(app))).toEqual(['sent']);
  });
});
