// The dry run tells the truth: it composes each chat's message the way the sweep does, so a weekly digest
// lists its items, and a digest or reminder that would be skipped (everything done) is not listed at all.
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import { remindCli } from '../../jobs/remind-cli.js';
import { ReminderEngine } from '../../jobs/send-due-reminders.js';
import { type App, createApp } from '../../src/app.js';
import { createLogger } from '../../src/logger.js';
import { type FreshDatabase, freshDatabase } from '../helpers/db.js';
import { jobsTestConfig } from './config.js';
import { populate, RecordingNotifier, type Sent } from './harness.js';

let fresh: FreshDatabase | undefined;
let app: App | undefined;
const saved = { ...process.env };
afterEach(async () => {
  process.env = { ...saved };
  await app?.close();
  await fresh?.drop();
});

const AT = '2022-11-01T05:30:00.000Z'; // Tuesday 1401/08/10, 09:00 Tehran
const env = { REMINDER_WEEKLY_DAY: 'tue', LANGUAGE: 'en' };

async function dryRun(): Promise<{ kind: string; chat: string; items: number[] }[]> {
  let out = '';
  const stdout = new Writable({
    write(chunk, _enc, done) {
      out += chunk;
      done();
    },
  });
  expect(await remindCli.run(['--dry-run', '--at', AT, '--json'], { stdout, stderr: stdout } as never)).toBe(0);
  return JSON.parse(out);
}

describe('peygir remind --dry-run', () => {
  it('lists what the sweep really sends: digests with their items, nothing for what would be skipped', async () => {
    fresh = await freshDatabase('sqlite');
    app = await createApp(jobsTestConfig(fresh.url, env), createLogger('silent'));
    // Committee c's items are 2c+1 (due today) and 2c+2 (no date).
    await populate(app, { committees: 3, itemsPerCommittee: 2, dueDate: (_c, i) => (i === 0 ? '2022-11-01' : null) });
    const res = await app.db.prisma.resolution.findMany({ select: { id: true, publicNumber: true } });
    const idOf = (n: number) => res.find((r) => r.publicNumber === n)!.id;
    // Committee 1 finished everything; committee 2 finished the item due today.
    await app.db.prisma.assignment.updateMany({
      where: { resolutionId: { in: [idOf(3), idOf(4), idOf(5)] } },
      data: { status: 'done' },
    });
    Object.assign(process.env, { DATABASE_URL: fresh.url, LOG_LEVEL: 'silent', ...env });

    const rows = await dryRun();
    const listed = rows.map((r) => ({ kind: r.kind, chat: r.chat, items: r.items }));
    expect(listed).toEqual([
      { kind: 'weekly', chat: 'console:c0', items: [2] },
      { kind: 'due-today', chat: 'console:c0', items: [1] },
      { kind: 'weekly', chat: 'console:c2', items: [6] },
    ]);

    // And that is what the sweep sends.
    const sent: Sent[] = [];
    await new ReminderEngine(app, [new RecordingNotifier('e', sent)]).sweep(new Date(AT));
    const got = sent.map((s) => ({ chat: s.address, items: s.items }));
    expect(got.sort((a, b) => a.chat.localeCompare(b.chat))).toEqual([
      { chat: 'console:c0', items: [1, 2] },
      { chat: 'console:c2', items: [6] },
    ]);
  });
});
