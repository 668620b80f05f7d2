// A fan-out claims many chats per statement (and commit), never cutting a chat in two, and a claim sent soon
// after it was made goes out without another write, while an old one is renewed and one taken over is dropped.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ReminderEngine } from '../../jobs/send-due-reminders.js';
import { type App, createApp } from '../../src/app.js';
import { ReminderClaims } from '../../src/db/reminders.js';
import { createLogger } from '../../src/logger.js';
import { type FreshDatabase, freshDatabase, type Provider, postgresAvailable } from '../helpers/db.js';
import { jobsTestConfig } from './config.js';
import { countBy, populate, RecordingNotifier, type Sent } from './harness.js';

const pg = await postgresAvailable();

let fresh: FreshDatabase | undefined;
const apps: App[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const app of apps.splice(0)) await app.close();
  await fresh?.drop();
  fresh = undefined;
});

// Tuesday 1401/08/10, 09:00 Tehran: a due-today reminder per item and the weekly digest, several rows per chat.
const AT = new Date('2022-11-01T05:30:00.000Z');
const env = { REMINDER_WEEKLY_DAY: 'tue' };

async function council(provider: Provider, committees: number): Promise<App> {
  fresh = await freshDatabase(provider);
  if (provider === 'postgresql') await (await import('../../src/db/migrate.js')).migratePostgres(fresh.url);
  const app = await createApp(jobsTestConfig(fresh.url, env), createLogger('silent'));
  apps.push(app);
  await populate(app, { committees, itemsPerCommittee: 3, dueDate: () => '2022-11-01' });
  return app;
}

/** The SQL statements a sweep sends that insert claims. */
function claimInserts(app: App): string[] {
  const seen: string[] = [];
  const prisma = app.db.prisma;
  const original = prisma.$queryRawUnsafe.bind(prisma);
  vi.spyOn(prisma, '$queryRawUnsafe').mockImplementation(((sql: string, ...params: unknown[]) => {
    if (sql.startsWith('INSERT INTO "ReminderOccurrence"')) seen.push(sql);
    return original(sql, ...params);
  }) as typeof prisma.$queryRawUnsafe);
  return seen;
}

describe.each([
  ['sqlite', false],
  ['postgresql', !pg],
] as [Provider, boolean][])('on %s', (provider, skip) => {
  it.skipIf(skip)('a sweep of 60 chats claims them in a few statements, each chat whole in one', async () => {
    const app = await council(provider, 60);
    const inserts = claimInserts(app);
    const sent: Sent[] = [];
    const engine = new ReminderEngine(app, [new RecordingNotifier('one', sent)], { instanceId: 'one', concurrency: 8 });
    const stats = await engine.sweep(AT);

    expect(stats.sent).toBe(60);
    const perChat = countBy(sent);
    expect(perChat.size).toBe(60);
    expect([...perChat.values()].every((n) => n === 1)).toBe(true);
    // 8 chats first (one per worker), then 16 and 32, then the last 4: four rounds, not sixty commits. Each
    // chat holds four rows (three items and the digest), so every round fits in one statement but the last
    // ones, which are split on chat boundaries at 200 rows.
    expect(inserts.length).toBeGreaterThanOrEqual(4);
    expect(inserts.length).toBeLessThanOrEqual(8);
    const rows = await app.db.prisma.reminderOccurrence.findMany({
      select: { bindingId: true, claimedBy: true, message: true },
    });
    expect(rows.every((r) => r.claimedBy === 'one')).toBe(true);
    // Each chat's rows are recorded as one message, its own: what a retry sends again as it was.
    const messages = new Map<number, Set<string | null>>();
    for (const r of rows) messages.set(r.bindingId, (messages.get(r.bindingId) ?? new Set()).add(r.message));
    expect([...messages.values()].every((m) => m.size === 1 && typeof [...m][0] === 'string')).toBe(true);
    expect(new Set(rows.map((r) => r.message)).size).toBe(60);
  });

  it.skipIf(skip)('a fresh claim is sent as it is; an old one is renewed, and one taken over is not held', async () => {
    const app = await council(provider, 2);
    const probe = new ReminderEngine(app, []);
    const due = (await probe.due(AT)).occurrences;
    const lease = 40_000;
    const claims = new ReminderClaims(app.db, 'me', lease);
    const rows = await claims.claimNew(due, AT);
    expect(rows.length).toBe(due.length);
    const renew = vi.spyOn(claims, 'renew');

    const soon = new Date(AT.getTime() + 5_000);
    expect((await claims.hold(rows, soon)).size).toBe(rows.length);
    expect(renew).not.toHaveBeenCalled();

    const later = new Date(AT.getTime() + 25_000);
    expect((await claims.hold(rows, later)).size).toBe(rows.length);
    expect(renew).toHaveBeenCalledTimes(1);
    const renewed = await app.db.prisma.reminderOccurrence.findFirst({ where: { id: rows[0]!.id } });
    expect(renewed!.leaseUntil!.getTime()).toBe(later.getTime() + lease);

    // Another instance took one chat over after the lease ran out: only the other chat is still held.
    const taken = rows.filter((r) => r.bindingId === rows[0]!.bindingId).map((r) => r.id);
    await app.db.prisma.reminderOccurrence.updateMany({ where: { id: { in: taken } }, data: { claimedBy: 'other' } });
    const held = await claims.hold(rows, new Date(AT.getTime() + 90_000));
    expect([...held].sort()).toEqual(
      rows
        .filter((r) => !taken.includes(r.id))
        .map((r) => r.id)
        .sort(),
    );
  });
});
