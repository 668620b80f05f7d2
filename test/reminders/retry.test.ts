// Failed sends are retried with backoff and reported to the chair's chat after the last try; the dry run
// shows what is due without sending or claiming.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { ReminderEngine } from '../../jobs/send-due-reminders.js';
import { type App, createApp } from '../../src/app.js';
import { MAX_ATTEMPTS } from '../../src/db/reminders.js';
import { createLogger } from '../../src/logger.js';
import { type FreshDatabase, freshDatabase } from '../helpers/db.js';
import { jobsTestConfig } from './config.js';
import { countBy, populate, RecordingNotifier, type Sent } from './harness.js';

let fresh: FreshDatabase | undefined;
let app: App | undefined;
afterEach(async () => {
  await app?.close();
  await fresh?.drop();
});

const T = Date.parse('2022-11-01T05:30:00Z'); // Tuesday 1401/08/10, 09:00 Tehran
const at = (ms: number) => new Date(T + ms);

describe('failed sends', () => {
  it('retries with backoff, then gives up and tells the chair', async () => {
    fresh = await freshDatabase('sqlite');
    app = await createApp(jobsTestConfig(fresh.url), createLogger('silent'));
    await populate(app, { committees: 2, itemsPerCommittee: 1, dueDate: () => '2022-11-01', chair: true });
    let c0failures = 2;
    const fail = (address: string) => address === 'console:c1' || (address === 'console:c0' && c0failures-- > 0);
    const sent: Sent[] = [];
    const engine = new ReminderEngine(app, [new RecordingNotifier('e', sent, { fail })]);
    const prisma = app.db.prisma;
    await prisma.chatBinding.updateMany({ where: { address: 'console:c1' }, data: { title: 'Data group' } });

    expect(await engine.sweep(at(0))).toMatchObject({ due: 2, claimed: 2, sent: 0, failed: 2 });
    expect((await engine.sweep(at(30_000))).claimed).toBe(0); // first retry after a minute
    expect(await engine.sweep(at(61_000))).toMatchObject({ claimed: 2, failed: 2 });
    expect((await engine.sweep(at(61_000 + 200_000))).claimed).toBe(0); // then after four
    expect(await engine.sweep(at(61_000 + 241_000))).toMatchObject({ claimed: 2, sent: 1, failed: 1 });
    const c0 = await prisma.reminderOccurrence.findFirstOrThrow({ where: { key: { endsWith: ':b1' } } });
    expect(c0).toMatchObject({ state: 'sent', attempts: 3 });
    expect(countBy(sent).get('console:c0')).toBe(1);

    for (let h = 1; h <= 4; h++) await engine.sweep(at(h * 3_600_000));
    const c1 = await prisma.reminderOccurrence.findFirstOrThrow({ where: { key: { endsWith: ':b2' } } });
    expect(c1).toMatchObject({ state: 'dead', attempts: MAX_ATTEMPTS });
    expect(c1.error).toContain('429');
    const report = sent.filter((s) => s.address === 'console:chair');
    expect(report).toHaveLength(1);
    // Named as the chair knows it: the committee and the group's title, not a platform address.
    expect(report[0]!.text).toContain('for «committee 1» in the chat «Data group» could not be sent after 5 tries');
    expect(report[0]!.text).not.toContain('console:');
    expect((await engine.sweep(at(10 * 3_600_000))).claimed).toBe(0);
  });
});

describe('peygir remind --dry-run', () => {
  it('prints what is due at an instant as JSON, and claims nothing', async () => {
    fresh = await freshDatabase('sqlite');
    app = await createApp(jobsTestConfig(fresh.url), createLogger('silent'));
    await populate(app, { committees: 2, itemsPerCommittee: 2, dueDate: (_c, i) => (i === 0 ? '2022-11-01' : null) });
    const run = promisify(execFile);
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', 'src/cli.ts', 'remind', '--dry-run', '--at', '2022-11-01T05:30:00Z', '--json'],
      { env: { ...process.env, DATABASE_URL: fresh.url, LOG_LEVEL: 'silent' }, cwd: `${import.meta.dirname}/../..` },
    );
    const rows = JSON.parse(stdout);
    expect(rows).toEqual([
      expect.objectContaining({ kind: 'due-today', committee: 'committee 0', chat: 'console:c0', items: [1] }),
      expect.objectContaining({ kind: 'due-today', committee: 'committee 1', chat: 'console:c1', items: [3] }),
    ]);
    expect(rows[0].key).toBe('due-today:2022-11-01:o1:r1:b1');
    expect(await app.db.prisma.reminderOccurrence.count()).toBe(0);
  });
});
