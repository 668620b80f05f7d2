import Database from 'better-sqlite3';
import { ReminderEngine } from '../jobs/send-due-reminders.js';
import type { Notifier, SendTarget, SentRef } from '../src/core/types.js';
import { chatAddress } from '../src/core/types.js';
import { sqlitePath } from '../src/db/client.js';
import type { TestApp } from '../test/helpers/db.js';
import { freshApp, median, settle } from './fixture.js';

const COMMITTEES = 100;
const DUE = 1000;
/** Sunday 2025-01-05, 09:01 in Tehran: a work day, not the weekly digest's, one minute after send time. */
const NOW = new Date('2025-01-05T05:31:00Z');
const TODAY = '2025-01-05';

export interface SweepResult {
  openItems: number;
  due: number;
  computeMs: number;
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

/** Owners, bindings and a meeting through Prisma; the bulk rows straight into the file in one transaction. */
async function fill(dbFile: string, app: TestApp, open: number): Promise<void> {
  const prisma = app.db.prisma;
  const councilId = app.councilId;
  const meeting = await prisma.meeting.create({ data: { councilId, key: 'bench', number: '1', sourceText: '-' } });
  await prisma.owner.createMany({
    data: Array.from({ length: COMMITTEES }, (_, c) => ({ councilId, name: `committee ${c}` })),
  });
  const owners = await prisma.owner.findMany({ orderBy: { id: 'asc' }, select: { id: true } });
  await prisma.chatBinding.createMany({
    data: owners.map((o, c) => ({
      councilId,
      address: `console:c${c}`,
      platform: 'console',
      chatId: `c${c}`,
      role: 'committee',
      ownerId: o.id,
      target: `owner:${o.id}`,
    })),
  });
  const db = new Database(dbFile);
  const now = new Date().toISOString();
  const res = db.prepare(
    'INSERT INTO "Resolution" ("councilId","meetingId","row","publicNumber","text","dueDate","updatedAt") VALUES (?,?,?,?,?,?,?)',
  );
  const asg = db.prepare('INSERT INTO "Assignment" ("resolutionId","ownerId","updatedAt") VALUES (?,?,?)');
  db.transaction(() => {
    for (let i = 0; i < open; i++) {
      // The first DUE items are due today; the rest are open but not due for years, or have no date.
      const due = i < DUE ? TODAY : i % 2 === 0 ? '2031-03-01' : null;
      const { lastInsertRowid } = res.run(councilId, meeting.id, i + 1, i + 1, `item ${i}`, due, now);
      asg.run(lastInsertRowid, owners[i % COMMITTEES]!.id, now);
    }
  })();
  db.close();
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
  await fill(dbFile, app, open);
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
      for (const p of all) {
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
