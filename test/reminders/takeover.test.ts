// A holder that dies with its claims, or every instance killed in the middle of a sweep: the survivors (or the
// restarted instances) take the chats over a whole chat at a time, so no chat's message is split between two
// instances; and a sweep that outlasts its lease keeps what it is sending, because
// leases are renewed, and send times recorded, from the real instant rather than the sweep's start.
import { afterEach, describe, expect, it } from 'vitest';
import { ReminderEngine } from '../../jobs/send-due-reminders.js';
import { type App, createApp } from '../../src/app.js';
import type { Reply, SendTarget, SentRef } from '../../src/core/types.js';
import { ReminderClaims } from '../../src/db/reminders.js';
import { createLogger } from '../../src/logger.js';
import { type FreshDatabase, freshDatabase, type Provider, postgresAvailable } from '../helpers/db.js';
import { jobsTestConfig } from './config.js';
import { countBy, FakeClock, populate, RecordingNotifier, type Sent } from './harness.js';

const pg = await postgresAvailable();
if (!pg) console.warn('PostgreSQL is not running: the PostgreSQL takeover test is skipped');

let fresh: FreshDatabase | undefined;
const apps: App[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
  await fresh?.drop();
  fresh = undefined;
});

// Tuesday 1401/08/10, 09:00 Tehran: each committee has a due-today reminder for each of its items and a
// weekly digest (the weekly day is set to Tuesday), several rows per chat.
const AT = new Date('2022-11-01T05:30:00.000Z');
const env = { REMINDER_WEEKLY_DAY: 'tue' };

describe.each([
  ['postgresql', 3, !pg],
  ['sqlite', 1, false],
] as [Provider, number, boolean][])('a dead holder on %s', (provider, separate, skip) => {
  it.skipIf(skip)('is taken over per chat: each chat gets all of its reminders in one message', async () => {
    fresh = await freshDatabase(provider);
    if (provider === 'postgresql') await (await import('../../src/db/migrate.js')).migratePostgres(fresh.url);
    for (let i = 0; i < separate; i++)
      apps.push(await createApp(jobsTestConfig(fresh.url, env), createLogger('silent')));
    await populate(apps[0]!, { committees: 20, itemsPerCommittee: 3, dueDate: () => '2022-11-01' });
    const app = (i: number) => apps[Math.min(i, apps.length - 1)]!;

    // The first instance claims everything and dies before sending any of it.
    const probe = new ReminderEngine(app(0), []);
    const due = (await probe.due(AT)).occurrences;
    const dead = new ReminderClaims(app(0).db, 'dead', 30_000);
    expect((await dead.claimNew(due, AT)).length).toBe(due.length);
    expect(new Set(due.map((o) => o.kind))).toEqual(new Set(['weekly', 'due-today']));

    // Two survivors (in their own processes' stead: their own connections on PostgreSQL) take over at once.
    const sent: Sent[] = [];
    const survivors = [1, 2].map(
      (i) => new ReminderEngine(app(i), [new RecordingNotifier(`s${i}`, sent)], { instanceId: `s${i}` }),
    );
    const after = new Date(AT.getTime() + 31_000);
    await Promise.all(survivors.map((e) => e.sweep(after)));

    expect([...countBy(sent).values()].every((n) => n === 1)).toBe(true);
    expect(countBy(sent).size).toBe(20);
    for (const s of sent) expect(s.items).toHaveLength(3);
    const rows = await app(0).db.prisma.reminderOccurrence.findMany({
      select: { state: true, claimedBy: true, bindingId: true },
    });
    expect(new Set(rows.map((r) => r.state))).toEqual(new Set(['sent']));
    const holders = new Map<number, Set<string | null>>();
    for (const r of rows) holders.set(r.bindingId, (holders.get(r.bindingId) ?? new Set()).add(r.claimedBy));
    expect([...holders.values()].every((h) => h.size === 1)).toBe(true);
  });
});

/** A messenger whose sends never end, in a process about to be killed; `kill()` fails them at last. */
class HungNotifier extends RecordingNotifier {
  private readonly hung: ((err: Error) => void)[] = [];
  override send(): Promise<SentRef[]> {
    return new Promise((_, reject) => this.hung.push(reject));
  }
  kill(): void {
    for (const reject of this.hung.splice(0)) reject(new Error('killed'));
  }
}

describe.each([
  ['postgresql', 3, !pg],
  ['sqlite', 1, false],
] as [Provider, number, boolean][])('every instance killed mid-sweep on %s', (provider, separate, skip) => {
  it.skipIf(skip)(
    'the restarted instances take whole chats over, page after page: no reminder split',
    async () => {
      fresh = await freshDatabase(provider);
      if (provider === 'postgresql') await (await import('../../src/db/migrate.js')).migratePostgres(fresh.url);
      for (let i = 0; i < separate; i++)
        apps.push(await createApp(jobsTestConfig(fresh.url, env), createLogger('silent')));
      const app = (i: number) => apps[i % apps.length]!;
      // 36 chats of three rows each (two items and the weekly digest).
      await populate(app(0), { committees: 36, itemsPerCommittee: 2, dueDate: () => '2022-11-01' });
      const due = (await new ReminderEngine(app(0), []).due(AT)).occurrences.length;
      expect(due).toBe(108);

      // Three instances sweep together and are killed in their first sends, every claim made.
      const hung = [0, 1, 2].map((i) => new HungNotifier(`d${i}`, []));
      const dying = hung.map(
        (n, i) => new ReminderEngine(app(i), [n], { instanceId: `d${i}`, concurrency: 3, stopGraceMs: 50 }),
      );
      const dyingSweeps = dying.map((e) => e.sweep(AT));
      const claimed = () => app(0).db.prisma.reminderOccurrence.count();
      for (let t = Date.now(); (await claimed()) < due; ) {
        if (Date.now() - t > 30_000) throw new Error(`the doomed sweeps claimed ${await claimed()} of ${due}`);
        await new Promise((r) => setTimeout(r, 20));
      }

      // Restarted after the leases ran out, three instances take the chats over, five a page.
      const sent: Sent[] = [];
      const restarted = [0, 1, 2].map(
        (i) =>
          new ReminderEngine(app(i), [new RecordingNotifier(`r${i}`, sent)], { instanceId: `r${i}`, maxClaimBatch: 5 }),
      );
      const after = new Date(AT.getTime() + 5 * 60_000);
      await Promise.all(restarted.map((e) => e.sweep(after)));
      // The killed processes' last words change nothing (and end before their connections close).
      for (const e of dying) await e.stop();
      for (const n of hung) n.kill();
      await Promise.all(dyingSweeps);

      const perChat = countBy(sent);
      expect(perChat.size).toBe(36);
      expect([...perChat.values()].every((n) => n === 1)).toBe(true);
      for (const s of sent) expect(s.items).toHaveLength(2);
      const rows = await app(0).db.prisma.reminderOccurrence.findMany({
        select: { state: true, claimedBy: true, bindingId: true },
      });
      expect(rows.filter((r) => r.state !== 'sent')).toEqual([]);
      const holders = new Map<number, Set<string | null>>();
      for (const r of rows) holders.set(r.bindingId, (holders.get(r.bindingId) ?? new Set()).add(r.claimedBy));
      expect([...holders.values()].every((h) => h.size === 1)).toBe(true);
      expect(new Set(sent.map((s) => s.instance)).size).toBeGreaterThan(1);
    },
    60_000,
  );
});

/** Sends take five seconds of the fake clock each; `during` runs in the middle of the chosen send. */
class SlowNotifier extends RecordingNotifier {
  constructor(
    log: Sent[],
    private readonly clock: FakeClock,
    private readonly during: () => Promise<void>,
  ) {
    super('slow', log);
  }
  override async send(target: SendTarget, reply: Reply): Promise<SentRef[]> {
    this.clock.t = new Date(this.clock.t.getTime() + 5_000);
    await this.during();
    return super.send(target, reply);
  }
}

describe('a sweep longer than its lease', () => {
  it('renews from the real instant, so nobody takes over the chat being sent, and records when each went out', async () => {
    fresh = await freshDatabase('sqlite');
    const clock = new FakeClock(AT);
    const a = await createApp(jobsTestConfig(fresh.url, env), createLogger('silent'), { clock });
    apps.push(a);
    await populate(a, { committees: 12, itemsPerCommittee: 2, dueDate: () => '2022-11-01' });
    const sent: Sent[] = [];
    const other = new ReminderEngine(a, [new RecordingNotifier('other', sent)], { instanceId: 'other' });
    let interrupted = 0;
    // Ten sends in (50 s into a 30 s lease), another instance sweeps while the eleventh chat is being sent.
    const slow = new SlowNotifier(sent, clock, async () => {
      if (++interrupted === 11) await other.sweep(clock.now());
    });
    const engine = new ReminderEngine(a, [slow], { instanceId: 'slow', concurrency: 1 });
    await engine.sweep(AT);
    await other.sweep(clock.now());

    expect(countBy(sent).size).toBe(12);
    expect([...countBy(sent).values()].every((n) => n === 1)).toBe(true);
    const rows = await a.db.prisma.reminderOccurrence.findMany({ where: { kind: 'weekly' }, select: { sentAt: true } });
    const times = rows.map((r) => r.sentAt!.getTime() - AT.getTime()).sort((x, y) => x - y);
    // Each send is recorded at its own instant (five seconds apart), none at the sweep's start.
    expect(times.slice(0, 11)).toEqual(Array.from({ length: 11 }, (_, i) => (i + 1) * 5_000));
  });
});
