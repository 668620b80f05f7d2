// The reminder sweep's read path (what is due now, for every bound chat) on councils of very different sizes
// with the same due set: its cost must follow the due items, not the open ones. Fixtures by bulk SQL.
import Database from 'better-sqlite3';
import { ReminderEngine } from '../jobs/send-due-reminders.js';
import type { Notifier, SendTarget, SentRef } from '../src/core/types.js';
import { chatAddress } from '../src/core/types.js';
import { sqlitePath } from '../src/db/client.js';
import { bulkCouncil } from '../test/helpers/bulk.js';
import type { TestApp } from '../test/helpers/db.js';
import type { Figure } from './figure.js';
import { freshApp, median, round, settle } from './fixture.js';
import { ratioValue } from './stats.js';
import { dueSql } from './status.js';

const COMMITTEES = 100;
/** Sunday 2025-01-05, 09:01 in Tehran: a work day, not the weekly digest's, one minute after send time. */
const NOW = new Date('2025-01-05T05:31:00Z');

export interface SweepResult {
  openItems: number;
  due: number;
  computeMs: number;
  /** Each round's time, in round order (the sizes alternate within a round). */
  times: number[];
  sweepMs: number;
  sent: number;
  /** Each distinct statement of the read path with its EXPLAIN QUERY PLAN lines. */
  plans: { sql: string; plan: string[] }[];
}

class CountingNotifier implements Notifier {
  readonly platform = 'console' as const;
  sent = 0;
  async send(target: SendTarget): Promise<SentRef[]> {
    this.sent++;
    return [{ address: chatAddress(target), messageId: String(this.sent) }];
  }
}

/** Records the SQL better-sqlite3 prepares while `fn` runs (Prisma's adapter prepares every statement it runs). */
async function capture(fn: () => Promise<unknown>): Promise<string[]> {
  const proto = Database.prototype as unknown as { prepare(this: unknown, sql: string): unknown };
  const original = proto.prepare;
  const seen: string[] = [];
  proto.prepare = function (sql: string) {
    seen.push(sql);
    return original.call(this, sql);
  };
  try {
    await fn();
  } finally {
    proto.prepare = original;
  }
  return [...new Set(seen)];
}

function explain(dbFile: string, statements: string[]): SweepResult['plans'] {
  const db = new Database(dbFile, { readonly: true });
  try {
    return statements
      .filter((sql) => /^\s*SELECT/i.test(sql))
      .map((sql) => {
        const params = (sql.match(/\?/g) ?? []).map(() => null);
        const rows = db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[];
        return { sql, plan: rows.map((r) => r.detail) };
      });
  } finally {
    db.close();
  }
}

interface Prepared {
  open: number;
  app: TestApp;
  dbFile: string;
  engine: ReminderEngine;
  notifier: CountingNotifier;
  times: number[];
}

async function prepare(open: number): Promise<Prepared> {
  const app = await freshApp('sqlite', { REMINDER_CATCHUP_HOURS: '0' });
  const dbFile = sqlitePath(app.config.databaseUrl);
  await bulkCouncil(app, { resolutions: open, committees: COMMITTEES, dueDate: dueSql });
  const notifier = new CountingNotifier();
  const engine = new ReminderEngine(app, [notifier], { instanceId: 'bench' });
  for (let i = 0; i < 3; i++) await engine.due(NOW); // warm-up: JIT and page cache
  return { open, app, dbFile, engine, notifier, times: [] };
}

/** Both sizes are built first and timed in alternation, so load on the machine falls on both alike. */
export async function benchSweep(sizes: readonly number[], runs: number): Promise<SweepResult[]> {
  const all: Prepared[] = [];
  try {
    for (const open of sizes) all.push(await prepare(open));
    const due = new Map<Prepared, number>();
    for (let r = 0; r < runs; r++) {
      for (const p of r % 2 === 0 ? all : [...all].reverse()) {
        settle();
        const t = performance.now();
        due.set(p, (await p.engine.due(NOW)).occurrences.length);
        p.times.push(performance.now() - t);
      }
    }
    const out: SweepResult[] = [];
    for (const p of all) {
      const statements = await capture(() => p.engine.due(NOW));
      settle();
      const stats = await p.engine.sweep(NOW);
      out.push({
        openItems: p.open,
        due: due.get(p) ?? 0,
        computeMs: median(p.times),
        times: p.times,
        sweepMs: stats.ms,
        sent: p.notifier.sent,
        plans: explain(p.dbFile, statements),
      });
    }
    return out;
  } finally {
    for (const p of all) await p.app.cleanup();
  }
}

export const sweepFigure: Figure = {
  name: 'sweep',
  async run(quick) {
    const sizes = [10_000, quick ? 100_000 : 1_000_000];
    const [small, large] = await benchSweep(sizes, quick ? 9 : 15);
    const row = (s: SweepResult) =>
      [
        `sweep read path, ${s.openItems.toLocaleString('en')} open / 1k due`,
        `${s.due} due`,
        `${round(s.computeMs, 1)} ms`,
        `full sweep ${round(s.sweepMs, 0)} ms`,
      ] as [string, string, string, string];
    return {
      rows: [row(small!), row(large!)],
      values: [ratioValue('sweepRatio1MVs10k', large!.times, small!.times)],
      notes: [
        `Query plans of the sweep read path (${large!.openItems.toLocaleString('en')} open items):`,
        ...large!.plans.map((p) => `  ${p.sql.slice(0, 90)}…\n    → ${p.plan.join(' / ')}`),
      ],
    };
  },
};
