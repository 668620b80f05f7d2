// Faults in delivery: SIGTERM in the middle of a sweep finishes the sends in flight and gives the other
// claims back; a platform API failing for a while keeps the reminder and sends it later.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ReminderEngine } from '../../jobs/send-due-reminders.js';
import { openDatabase } from '../../src/db/client.js';
import { freshApp, type TestApp } from '../helpers/db.js';
import { FakeClock, populate, RecordingNotifier, type Sent } from '../reminders/harness.js';

/** Sunday 2025-01-05 09:01 in Tehran: items due that day get their due-today reminder. */
const NOW = new Date('2025-01-05T05:31:00Z');
const CHILD = fileURLToPath(new URL('./slow-engine.ts', import.meta.url));
let app: TestApp | undefined;
afterEach(async () => {
  await app?.cleanup();
  app = undefined;
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
