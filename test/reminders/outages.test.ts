// The record of when the service ran, on both databases: beats a minute apart extend one run, a silence longer
// than the gap starts another, several instances beating at once keep one story, and only the instants between
// two runs count as an outage (before the first run the service had simply never run).
import { afterEach, describe, expect, it } from 'vitest';
import { OUTAGE_GAP_MS, ServiceRuns } from '../../src/db/service-runs.js';
import { freshApp, type Provider, postgresAvailable, type TestApp } from '../helpers/db.js';

const pgUp = await postgresAvailable();
if (!pgUp) console.warn('PostgreSQL is not running: the PostgreSQL half of the outage record test is skipped');

const T = Date.parse('2026-12-08T05:30:00Z');
const min = (m: number) => new Date(T + m * 60_000);

describe.each(['sqlite', 'postgresql'] as Provider[])('the service’s runs on %s', (provider) => {
  let app: TestApp | undefined;
  afterEach(async () => {
    await app?.cleanup();
    app = undefined;
  });

  it.skipIf(provider === 'postgresql' && !pgUp)('tell an outage from a service that ran', async () => {
    app = await freshApp(provider);
    const runs = new ServiceRuns(app.db.sql, app.councilId);
    const other = new ServiceRuns(app.db.sql, app.councilId);
    expect((await runs.outages(min(-60)))(min(0))).toBe(false); // never ran: no outage
    // Up from minute 0 to 30, two instances beating (one of them a little behind); down until minute 200.
    await runs.beat(min(0));
    for (let m = 1; m <= 30; m++) await Promise.all([runs.beat(min(m)), other.beat(min(m - 1))]);
    await runs.beat(min(200));
    await Promise.all([runs.beat(min(201)), other.beat(min(201))]);
    const rows = await app.db.prisma.serviceRun.findMany({ orderBy: { startedAt: 'asc' } });
    expect(rows.map((r) => [r.startedAt, r.lastSeenAt])).toEqual([
      [min(0), min(30)],
      [min(200), min(201)],
    ]);
    const missed = await runs.outages(min(-60));
    expect([-5, 0, 15, 30, 31 + OUTAGE_GAP_MS / 60_000, 120, 199, 200, 201].map((m) => missed(min(m)))).toEqual([
      false,
      false,
      false,
      false,
      true,
      true,
      true,
      false,
      false,
    ]);
    // The horizon may start after the first run: what it covers is judged the same.
    expect((await runs.outages(min(100)))(min(120))).toBe(true);
    // A beat of an instant already covered (a late tick of a slow instance) changes nothing.
    await other.beat(min(10));
    expect(await app.db.prisma.serviceRun.count()).toBe(2);
  });
});
