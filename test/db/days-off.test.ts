// The desk's corrections to the days off, on both databases: stored, recorded with who made them, and counted
// by the reminder sweep and the chat replies of this instance and of another on the same database.
import { afterEach, describe, expect, it } from 'vitest';
import { ReminderEngine } from '../../jobs/send-due-reminders.js';
import { type App, createApp } from '../../src/app.js';
import { fromJalali, zonedInstant } from '../../src/core/calendar.js';
import { createLogger } from '../../src/logger.js';
import { freshApp, type Provider, postgresAvailable, type TestApp } from '../helpers/db.js';
import { populate } from '../reminders/harness.js';

const pgUp = await postgresAvailable();
const j = (y: number, m: number, d: number) => fromJalali(y, m, d)!;
const TZ = 'Asia/Tehran';
const SECRETARY = { platform: 'telegram' as const, userId: '100', name: 'سعید عباسی' };

describe.each(['sqlite', 'postgresql'] as Provider[])('days off corrected at the desk, on %s', (provider) => {
  let app: TestApp | undefined;
  let other: App | undefined;
  afterEach(async () => {
    await other?.close();
    await app?.cleanup();
    other = undefined;
    app = undefined;
  });
  const run = it.skipIf(provider === 'postgresql' && !pgUp);

  run('change which days the reminder sweep and the replies count as work days, on every instance', async () => {
    app = await freshApp(provider);
    await populate(app, { committees: 1, itemsPerCommittee: 1, dueDate: () => null });
    // A long-running sweeper, made before the correction: it must see it at its next sweep.
    const engine = new ReminderEngine(app, []);
    // Saturday 14 Farvardin 1406 is Imam Sadiq's martyrdom by the lunar table: the weekly digest waits for Sunday.
    const saturday = zonedInstant(j(1406, 1, 14), '09:00', TZ);
    const weekly = async (e: ReminderEngine) =>
      (await e.due(saturday)).occurrences.filter((o) => o.kind === 'weekly').length;
    expect(await weekly(engine)).toBe(0);

    // The official calendar puts it on Sunday the 15th instead.
    const days = app.desk.daysOff;
    expect(await days.setDay(j(1406, 1, 14), { off: false }, SECRETARY, 'desk')).toBe('saved');
    expect(await days.setDay(j(1406, 1, 15), { off: true, name: 'شهادت امام صادق' }, SECRETARY, 'desk')).toBe('saved');
    expect(await weekly(engine)).toBe(1);
    const replies = await app.deps.reminders.calendar();
    expect(replies.isWorkDay(j(1406, 1, 14))).toBe(true);
    expect(replies.isWorkDay(j(1406, 1, 15))).toBe(false);
    expect(replies.reasons(j(1406, 1, 15)).map((r) => r.fa)).toEqual(['شهادت امام صادق']);

    // Another instance on the same database counts alike.
    other = await createApp(app.config, createLogger('silent'));
    expect(await weekly(new ReminderEngine(other, []))).toBe(1);
    expect((await other.deps.reminders.calendar()).isWorkDay(j(1406, 1, 15))).toBe(false);

    // What already is so is refused, and changes nothing.
    expect(await days.setDay(j(1406, 1, 14), { off: false }, SECRETARY, 'desk')).toBe('not-off');
    expect(await days.setDay(j(1406, 1, 15), { off: true, name: 'x' }, SECRETARY, 'desk')).toBe('already-off');
    // A day the desk added and then removed leaves no row: the built-in days agree again.
    expect(await days.setDay(j(1406, 1, 15), { off: false }, SECRETARY, 'desk')).toBe('saved');
    const rows = await app.db.prisma.dayOffCorrection.findMany({ orderBy: { date: 'asc' } });
    expect(rows.map((r) => [r.date, r.off, r.name])).toEqual([[j(1406, 1, 14), false, null]]);

    const history = await days.changes([1406]);
    expect(history.map((e) => [e.field, JSON.parse(e.fromValue!), JSON.parse(e.toValue!)])).toEqual([
      ['day', { date: j(1406, 1, 14), off: true, name: 'شهادت امام صادق' }, { date: j(1406, 1, 14), off: false }],
      ['day', { date: j(1406, 1, 15), off: false }, { date: j(1406, 1, 15), off: true, name: 'شهادت امام صادق' }],
      ['day', { date: j(1406, 1, 15), off: true, name: 'شهادت امام صادق' }, { date: j(1406, 1, 15), off: false }],
    ]);
    expect(history.every((e) => e.actorId === '100' && e.actorName === 'سعید عباسی' && e.chatAddress === 'desk')).toBe(
      true,
    );
  });

  run('mark a year official: its dates are no longer estimated, here and on another instance', async () => {
    app = await freshApp(provider);
    other = await createApp(app.config, createLogger('silent'));
    const days = app.desk.daysOff;
    expect((await days.current()).isEstimated(j(1406, 1, 1))).toBe(true);
    expect(await days.setOfficial(1406, true, SECRETARY, 'desk')).toBe(true);
    expect(await days.setOfficial(1406, true, SECRETARY, 'desk')).toBe(false);
    expect((await days.current()).isEstimated(j(1406, 1, 1))).toBe(false);
    expect((await other.deps.reminders.calendar()).isOfficialYear(1406)).toBe(true);
    expect(await days.setOfficial(1406, false, SECRETARY, 'desk')).toBe(true);
    expect((await other.deps.reminders.calendar()).isOfficialYear(1406)).toBe(false);
    const history = await days.changes([1406]);
    expect(history.map((e) => [e.field, e.fromValue, e.toValue])).toEqual([
      ['official', 'false', 'true'],
      ['official', 'true', 'false'],
    ]);
  });
});
