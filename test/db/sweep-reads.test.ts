// The reminder sweep's reads are hand-written: a council with more due items than SQLite allows parameters
// (32,766) is read whole (ids travel as one array parameter), and a sweep with nothing new to send asks the ORM
// for nothing, so the sweep that runs every minute and at start-up never grows the ORM's query compiler.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReminderEngine } from '../../jobs/send-due-reminders.js';
import { defaultSettings } from '../../src/core/schedule/settings.js';
import { workCalendar } from '../../src/core/schedule/workdays.js';
import { loadCandidates, loadItems } from '../../src/db/reminder-candidates.js';
import { bulkCouncil } from '../helpers/bulk.js';
import { freshApp, type Provider, postgresAvailable, type TestApp } from '../helpers/db.js';
import { populate, RecordingNotifier, type Sent } from '../reminders/harness.js';

const pgUp = await postgresAvailable();

describe.each(['sqlite', 'postgresql'] as Provider[])('the reminder sweep’s reads on %s', (provider) => {
  let app: TestApp;
  beforeEach(async () => {
    if (provider === 'postgresql' && !pgUp) return;
    app = await freshApp(provider);
  });
  afterEach(async () => app?.cleanup());
  const run = it.skipIf(provider === 'postgresql' && !pgUp);

  run(
    'load every one of 40,000 overdue items with its owner, and every item a message names',
    async () => {
      await bulkCouncil(app, { resolutions: 40_000, committees: 4, dueDate: () => `'2024-06-01'` });
      const config = app.config;
      const c = await loadCandidates(app.db.sql, app.councilId, {
        now: new Date('2025-01-05T05:31:00Z'),
        timeZone: config.COUNCIL_TIMEZONE,
        calendar: workCalendar(config),
        defaults: defaultSettings(config),
      });
      expect(c.resolutions).toHaveLength(40_000);
      expect(c.resolutions.every((r) => r.assignments.length === 1 && r.assignments[0]!.ownerName)).toBe(true);
      const ids = c.resolutions.map((r) => r.id);
      const items = await loadItems(app.db.sql, [...ids, ids[0]!]);
      expect(items.size).toBe(40_000);
      expect(items.get(ids[7]!)?.text).toBe(c.resolutions[7]!.text);
    },
    180_000,
  );

  run('read bindings, items, meetings and claims without one query of the ORM when nothing is new', async () => {
    const at = new Date('2022-11-01T05:30:00.000Z');
    await populate(app, { committees: 3, itemsPerCommittee: 2, dueDate: () => '2022-11-01' });
    const sent: Sent[] = [];
    const first = await new ReminderEngine(app, [new RecordingNotifier('first', sent)]).sweep(at);
    expect(first.sent).toBe(3);

    // A restarted instance a minute later: everything due was sent, so it only reads.
    const used: string[] = [];
    const prisma = new Proxy(app.db.prisma, {
      get(target, key) {
        if (typeof key === 'string') used.push(key);
        const value = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const restarted = new ReminderEngine({ ...app, db: { ...app.db, prisma } }, [new RecordingNotifier('again', sent)]);
    const stats = await restarted.sweep(new Date(at.getTime() + 60_000));
    expect(stats).toMatchObject({ due: 0, claimed: 0, sent: 0 });
    expect(sent).toHaveLength(3);
    expect(used).toEqual([]);

    // The same reads still see what is due: with the occurrences gone, the three chats are due again.
    await app.db.prisma.reminderOccurrence.deleteMany({});
    const fresh = new ReminderEngine({ ...app, db: { ...app.db, prisma } }, []);
    const due = await fresh.due(new Date(at.getTime() + 60_000));
    expect(new Set(due.occurrences.map((o) => o.address)).size).toBe(3);
    expect(used).toEqual([]);
  });
});
