// The Slack requests already handled, kept in the database so that a replay is recognised by any instance
// behind the one URL and after a restart. The insert is the check: the first to insert a key handles the
// request (a key whose time is up counts as new again). Hand-written: it runs for every Slack request.
import type { Query, SqlConnection } from './sql/connection.js';

/** How often expired keys are removed, at most (per process). */
const PRUNE_EVERY_MS = 60_000;

const mark: Query = {
  name: 'slack_request_mark',
  sql: `INSERT INTO "SlackRequest" ("key", "expiresAt") VALUES ($1, $2)
ON CONFLICT ("key") DO UPDATE SET "expiresAt" = excluded."expiresAt" WHERE "SlackRequest"."expiresAt" <= $3
RETURNING "id"`,
};

const prune: Query = {
  name: 'slack_request_prune',
  sql: `DELETE FROM "SlackRequest" WHERE "expiresAt" <= $1`,
};

export class SlackRequests {
  private prunedAt = 0;

  constructor(private readonly sql: SqlConnection) {}

  /** True the first time `key` is seen within `windowMs` of `now`; false for a retry or a replay of it. */
  async first(key: string, now: Date, windowMs: number): Promise<boolean> {
    if (now.getTime() - this.prunedAt >= PRUNE_EVERY_MS) {
      this.prunedAt = now.getTime();
      await this.sql.write([{ query: prune, params: [now] }]);
    }
    const rows = await this.sql.rows(mark, [key, new Date(now.getTime() + windowMs), now]);
    return rows.length > 0;
  }
}
