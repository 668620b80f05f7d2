// When the reminder engine was running, so that a reminder is called late only when the service really was down
// at its time: not when a snooze, a retry or a slow messenger held it back. Each sweep (and a heartbeat between
// long sweeps) extends the newest run; a beat that finds every run older than the gap starts a new one.
// Hand-written, like the sweep's reads: it runs every minute.
import { type Query, type SqlConnection, toDate } from './sql/connection.js';

/** A silence longer than this between beats (each minute) is an outage. */
export const OUTAGE_GAP_MS = 5 * 60_000;

const extend: Query = {
  name: 'service_run_extend',
  sql: `UPDATE "ServiceRun" SET "lastSeenAt" = $2
WHERE "councilId" = $1 AND "lastSeenAt" >= $3 AND "lastSeenAt" < $2 RETURNING "id"`,
};

const covering: Query = {
  name: 'service_run_covering',
  sql: `SELECT "id" FROM "ServiceRun" WHERE "councilId" = $1 AND "startedAt" <= $2 AND "lastSeenAt" >= $2 LIMIT 1`,
};

const start: Query = {
  name: 'service_run_start',
  sql: `INSERT INTO "ServiceRun" ("councilId", "startedAt", "lastSeenAt") VALUES ($1, $2, $2) RETURNING "id"`,
};

const since: Query = {
  name: 'service_runs_since',
  sql: `SELECT "startedAt", "lastSeenAt" FROM "ServiceRun" WHERE "councilId" = $1 AND "lastSeenAt" >= $2
ORDER BY "startedAt"`,
};

const first: Query = {
  name: 'service_run_first',
  sql: `SELECT MIN("startedAt") FROM "ServiceRun" WHERE "councilId" = $1`,
};

/** Tells whether an instant fell in an outage: after the service first ran, and in no run since. */
export type Outages = (at: Date) => boolean;

export class ServiceRuns {
  constructor(
    private readonly sql: SqlConnection,
    private readonly councilId: number,
  ) {}

  /** The service is running at `now`. Several instances may beat at once: overlapping runs mean the same. */
  async beat(now: Date): Promise<void> {
    const params = [this.councilId, now, new Date(now.getTime() - OUTAGE_GAP_MS)];
    if ((await this.sql.rows(extend, params)).length > 0) return;
    if ((await this.sql.rows(covering, [this.councilId, now])).length > 0) return;
    await this.sql.rows(start, [this.councilId, now]);
  }

  /** The outages that concern instants after `from` (a reminder's catch-up horizon). */
  async outages(from: Date): Promise<Outages> {
    const [[firstStart]] = (await this.sql.rows(first, [this.councilId])) as [[unknown]];
    const began = toDate(firstStart);
    const runs = (await this.sql.rows(since, [this.councilId, from])).map((c) => [toDate(c[0])!, toDate(c[1])!]);
    return (at) => !!began && at > began && !runs.some(([s, e]) => s! <= at && at <= e!);
  }
}
