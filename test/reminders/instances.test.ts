// Several engine instances sweep one database at once over thousands of due reminders: every occurrence is
// sent exactly once, and each chat gets one message per sweep. PostgreSQL with three instances (the
// multi-instance setup) and SQLite with two in one process (the claim logic must hold there too).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReminderEngine } from '../../jobs/send-due-reminders.js';
import { type App, createApp } from '../../src/app.js';
import { addDays } from '../../src/core/calendar.js';
import { createLogger } from '../../src/logger.js';
import { type FreshDatabase, freshDatabase, type Provider, postgresAvailable } from '../helpers/db.js';
import { jobsTestConfig } from './config.js';
import { countBy, populate, RecordingNotifier, type Sent } from './harness.js';

const pg = await postgresAvailable();
if (!pg) console.warn('PostgreSQL is not running: the three-instance test is skipped');

// SQLite: two engines share the one connection a process may have (better-sqlite3 is synchronous, and one
// bot process per file is the rule), PostgreSQL: three apps with their own connections.
const cases: [Provider, number, { committees: number; days: string[]; skip: boolean }][] = [
  ['postgresql', 3, { committees: 30, days: ['2022-11-05', '2022-11-08'], skip: !pg }],
  ['sqlite', 2, { committees: 16, days: ['2022-11-05', '2022-11-08'], skip: false }],
];

describe.each(cases)('%s with %i instances', (provider, instances, { committees, days, skip }) => {
  let fresh: FreshDatabase;
  const apps: App[] = [];
  const sent: Sent[] = [];
  let engines: ReminderEngine[];
  let dry: ReminderEngine;

  beforeAll(async () => {
    if (skip) return;
    fresh = await freshDatabase(provider);
    if (provider === 'postgresql') await (await import('../../src/db/migrate.js')).migratePostgres(fresh.url);
    const separate = provider === 'postgresql' ? instances : 0;
    for (let i = 0; i <= separate; i++) apps.push(await createApp(jobsTestConfig(fresh.url), createLogger('silent')));
    // 75 items per committee, due from ten days before the first sweep to a week after it.
    await populate(apps[0]!, {
      committees,
      itemsPerCommittee: 75,
      dueDate: (c, i) => addDays('2022-11-05', ((c + i) % 17) - 10),
      chair: true,
    });
    engines = Array.from({ length: instances }, (_, i) => {
      const app = apps[separate === 0 ? 0 : i + 1]!;
      return new ReminderEngine(app, [new RecordingNotifier(`i${i}`, sent)], { instanceId: `i${i}` });
    });
    dry = new ReminderEngine(apps[0]!, []);
  });

  afterAll(async () => {
    for (const app of apps) await app.close();
    await fresh?.drop();
  });

  it.skipIf(skip)(
    'sends every due reminder once, one message per chat and sweep',
    async () => {
      let total = 0;
      // From Saturday 1401/08/14, 09:00 Tehran (05:30Z), plus a second sweep a minute later.
      for (const day of days) {
        for (const time of ['05:30', '05:31']) {
          const now = new Date(`${day}T${time}:00Z`);
          const expected = (await dry.due(now)).occurrences;
          const before = sent.length;
          const stats = await Promise.all(engines.map((e) => e.sweep(now)));
          const got = sent.slice(before);
          const chats = new Set(expected.map((o) => o.address));
          const perChat = countBy(got);
          expect([...perChat.keys()].sort()).toEqual([...chats].sort());
          expect([...perChat.values()].every((n) => n === 1)).toBe(true);
          for (const o of expected) {
            if (o.publicNumber === null) continue;
            expect(got.find((s) => s.address === o.address)?.items).toContain(o.publicNumber);
          }
          expect(stats.reduce((n, s) => n + s.claimed, 0)).toBe(expected.length);
          total += expected.length;
        }
      }
      expect(total).toBeGreaterThan(committees * 20);
      const rows = await apps[0]!.db.prisma.reminderOccurrence.groupBy({ by: ['state'], _count: true });
      expect(rows).toEqual([{ state: 'sent', _count: total }]);
      // Four sweeps of three instances over 2,250 items: seconds alone, far more on a busy machine.
    },
    120_000,
  );
});
