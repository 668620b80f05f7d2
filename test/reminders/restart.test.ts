// Crashes and downtime: an engine killed with SIGKILL in the middle of a sweep, restarted after its lease
// expired, loses nothing and sends nothing twice beyond the one send that may have been in flight; and after
// a three-day outage each missed reminder arrives once, collapsed per committee and marked late.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ReminderEngine } from '../../jobs/send-due-reminders.js';
import { type App, createApp } from '../../src/app.js';
import { addDays } from '../../src/core/calendar.js';
import { createLogger } from '../../src/logger.js';
import { type FreshDatabase, freshDatabase } from '../helpers/db.js';
import { jobsTestConfig } from './config.js';
import { countBy, populate, RecordingNotifier, type Sent } from './harness.js';

let fresh: FreshDatabase | undefined;
let app: App | undefined;
let child: ChildProcess | undefined;
afterEach(async () => {
  // The sweeper hangs by design: whatever happened, it ends with the test.
  child?.kill('SIGKILL');
  child = undefined;
  await app?.close();
  await fresh?.drop();
  app = undefined;
  fresh = undefined;
});

async function setup(env: Record<string, string> = {}) {
  fresh = await freshDatabase('sqlite');
  app = await createApp(jobsTestConfig(fresh.url, env), createLogger('silent'));
  return app;
}

const lines = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : []);

describe('kill -9 in the middle of a sweep', () => {
  it('restarts after the lease: every chat reminded, at most the in-flight one twice', async () => {
    const a = await setup();
    // 30 committees, each with items due today (Tuesday 1401/08/10).
    await populate(a, { committees: 30, itemsPerCommittee: 3, dueDate: () => '2022-11-01' });
    const at = '2022-11-01T05:30:00.000Z';
    const file = join(fresh!.url.replace(/^file:/, '').replace(/test\.db$/, ''), 'sent.txt');
    child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, 'fixtures', 'sweeper.ts'), fresh!.url, at, file, '10'],
      { stdio: 'ignore' },
    );
    const sweeper = child;
    const exited = new Promise((resolve) => sweeper.on('exit', resolve));
    // A third of the chats reminded, the next send hanging: kill it there.
    while (lines(file).length < 10) {
      if (sweeper.exitCode !== null) throw new Error('the sweeper ended before it could be killed');
      await new Promise((r) => setTimeout(r, 20));
    }
    sweeper.kill('SIGKILL');
    await exited;
    const before = lines(file);
    expect(before).toHaveLength(10);

    const sent: Sent[] = [];
    const engine = new ReminderEngine(a, [new RecordingNotifier('restart', sent)], { instanceId: 'restart' });
    // Within the lease nothing is taken over; after it, the rest is sent.
    await engine.sweep(new Date(Date.parse(at) + 10_000));
    expect(sent.filter((s) => before.includes(s.address))).toEqual([]);
    // The child's clock stood still at `at`, so every lease it took has run out 90 s later.
    await engine.sweep(new Date(Date.parse(at) + 90_000));
    const all = countBy([...before.map((address) => ({ address }) as Sent), ...sent]);
    expect(all.size).toBe(30);
    const twice = [...all.values()].filter((n) => n > 1);
    expect(twice.length).toBeLessThanOrEqual(1);
    expect(Math.max(...all.values())).toBeLessThanOrEqual(2);
    const states = await a.db.prisma.reminderOccurrence.groupBy({ by: ['state'], _count: true });
    expect(states).toEqual([{ state: 'sent', _count: 90 }]);
    // A later sweep finds nothing left.
    expect((await engine.sweep(new Date(Date.parse(at) + 180_000))).claimed).toBe(0);
  });
});

describe('catch-up after downtime', () => {
  it('sends each missed reminder once per committee, late, within the horizon only', async () => {
    const a = await setup({ REMINDER_CATCHUP_HOURS: '48' });
    // Committee c's items are due on successive days before and during the outage.
    await populate(a, {
      committees: 3,
      itemsPerCommittee: 4,
      dueDate: (c, i) => addDays('2022-10-29', i * 2 - c),
      chair: true,
    });
    const sent: Sent[] = [];
    const engine = new ReminderEngine(a, [new RecordingNotifier('e', sent)]);
    await engine.sweep(new Date('2022-10-29T05:30:00Z')); // Saturday 09:00, running
    expect((await engine.sweep(new Date('2022-10-29T05:31:00Z'))).claimed).toBe(0);
    const onTime = sent.length;
    // Down from Saturday 09:01 until Tuesday 10:00 (three days); the horizon is 48 hours.
    await engine.sweep(new Date('2022-11-01T06:30:00Z'));
    const late = sent.slice(onTime);
    const perChat = countBy(late);
    expect([...perChat.values()].every((n) => n === 1)).toBe(true);
    expect(perChat.size).toBeGreaterThan(1);
    for (const s of late) {
      expect(s.text).toContain('sent late');
      expect(new Set(s.items).size).toBe(s.items.length); // each item once
    }
    // Sunday 09:00 fell out of the horizon: its occurrences were never claimed; Monday's were.
    const rows = await a.db.prisma.reminderOccurrence.findMany({ select: { slot: true } });
    expect(rows.some((r) => r.slot === '2022-10-30')).toBe(false);
    expect(rows.some((r) => r.slot === '2022-10-31')).toBe(true);
    expect((await engine.sweep(new Date('2022-11-01T06:31:00Z'))).claimed).toBe(0);
  });
});
