// `/done N` through grammY's handleUpdate on the real Telegram adapter (update → auth → item read → status
// change and history event → reply), against the same statements sent raw (bench/raw.ts) at the same
// durability, on SQLite and on PostgreSQL. Two designs of the store's hand-written SQL are measured in the same
// run, on the same app and rows: the one peygir uses, through the driver adapter Prisma holds
// (src/db/sql/adapter.ts), and the one it replaced, the driver's own connection beside Prisma (below, kept
// here only to be measured). Each round runs both designs and the raw statements in turn; after each /done an
// untimed /undo (or a raw reset) reopens the item, so every timed operation is a real change and a history
// event. The statements and commits of a /done are counted at the drivers (test/helpers/statements.ts).
import type Database from 'better-sqlite3';
import type { Update } from 'grammy/types';
import pg from 'pg';
import type { AdapterConnection } from '../src/db/sql/adapter.js';
import { chatBindings } from '../src/db/sql/bindings.js';
import { changeWrites } from '../src/db/sql/changes.js';
import {
  type Query,
  type SqlConnection,
  StaleWriteError,
  sqliteTimestamp,
  type Write,
} from '../src/db/sql/connection.js';
import { byNumber } from '../src/db/sql/resolutions.js';
import { createBot } from '../src/platforms/telegram/bot.js';
import { messengerDeps } from '../src/platforms/telegram/start.js';
import { bulkCouncil } from '../test/helpers/bulk.js';
import type { Provider } from '../test/helpers/db.js';
import { countStatements } from '../test/helpers/statements.js';
import type { Figure, Row } from './figure.js';
import { BOT_INFO, botApiResult, freshApp, median, percentile, round, settle } from './fixture.js';
import { type Raw, rawFor } from './raw.js';

const CHAT = { id: -555, type: 'group' as const, title: 'کمیته فاوا' };
const USER = { id: 42, is_bot: false, first_name: 'علی', language_code: 'fa' };
const ADDRESS = `telegram:${CHAT.id}`;
const ITEMS = 50;

let updateId = 1;
function command(text: string): Update {
  const word = /^\/\S+/.exec(text)![0];
  return {
    update_id: updateId++,
    message: {
      message_id: updateId,
      date: 1,
      chat: CHAT,
      from: USER,
      text,
      entities: [{ type: 'bot_command', offset: 0, length: word.length }],
    },
  } as Update;
}

// The design before this one, as it was, to be measured beside it: on SQLite the better-sqlite3 connection
// Prisma's adapter opened, used directly (statements prepared once, polling every 2 ms while Prisma holds a
// transaction); on PostgreSQL a pool of its own with named statements.
class DirectSqlite implements SqlConnection {
  readonly provider = 'sqlite';
  private readonly cache = new Map<string, Database.Statement>();
  constructor(private readonly db: Database.Database) {}
  private prepared(q: Query): Database.Statement {
    let stmt = this.cache.get(q.name);
    if (!stmt) {
      stmt = this.db.prepare(q.sql.replace(/\$(\d+)/g, '@p$1'));
      stmt.safeIntegers(false);
      this.cache.set(q.name, stmt);
    }
    return stmt;
  }
  private bind(params: unknown[]) {
    const param = (v: unknown) => (v instanceof Date ? sqliteTimestamp(v) : typeof v === 'boolean' ? Number(v) : v);
    return Object.fromEntries(params.map((v, i) => [`p${i + 1}`, param(v)]));
  }
  private async idle(): Promise<void> {
    while (this.db.inTransaction) await new Promise((r) => setTimeout(r, 2));
  }
  async rows(q: Query, params: unknown[]): Promise<unknown[][]> {
    if (this.db.inTransaction) await this.idle();
    return this.prepared(q).raw(true).all(this.bind(params)) as unknown[][];
  }
  async changeStamp(): Promise<string> {
    return '';
  }
  async write(writes: Write[]): Promise<void> {
    if (this.db.inTransaction) await this.idle();
    const begin = this.prepared({ name: 'begin', sql: 'BEGIN IMMEDIATE' });
    begin.run();
    try {
      writes.forEach((w, i) => {
        const { changes } = this.prepared(w.query).run(this.bind(w.params));
        if (w.expect !== undefined && changes !== w.expect) throw new StaleWriteError(i);
      });
      this.prepared({ name: 'commit', sql: 'COMMIT' }).run();
    } catch (err) {
      if (this.db.inTransaction) this.prepared({ name: 'rollback', sql: 'ROLLBACK' }).run();
      throw err;
    }
  }
  async close(): Promise<void> {}
}

class OwnPool implements SqlConnection {
  readonly provider = 'postgresql';
  private readonly pool: pg.Pool;
  constructor(url: string) {
    const types = {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === 1114
          ? (text: string) => new Date(`${text.replace(' ', 'T')}Z`)
          : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
    };
    this.pool = new pg.Pool({ connectionString: url, max: 4, types });
  }
  private config(q: Query, params: unknown[]) {
    const values = params.map((v) => (v instanceof Date ? v.toISOString() : v));
    return { name: `peygir_${q.name}`, text: q.sql, values, rowMode: 'array' as const };
  }
  async rows(q: Query, params: unknown[]): Promise<unknown[][]> {
    return (await this.pool.query(this.config(q, params))).rows;
  }
  async changeStamp(): Promise<null> {
    return null;
  }
  async write(writes: Write[]): Promise<void> {
    const client = await this.pool.connect();
    const single = writes.length === 1;
    try {
      if (!single) await client.query('BEGIN');
      for (const [i, w] of writes.entries()) {
        const r = await client.query(this.config(w.query, w.params));
        if (w.expect !== undefined && r.rowCount !== w.expect) throw new StaleWriteError(i);
      }
      if (!single) await client.query('COMMIT');
      client.release();
    } catch (err) {
      if (!single) await client.query('ROLLBACK').catch(() => {});
      client.release(err as Error);
      throw err;
    }
  }
  close(): Promise<void> {
    return this.pool.end();
  }
}

/** Spread of per-round ratios: the lowest and highest, beside the median. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

const spread = (values: number[]): Spread => ({
  median: median(values),
  min: Math.min(...values),
  max: Math.max(...values),
});

export interface DoneResult {
  provider: Provider;
  /** Per round, raw time / peygir time for the same number of operations (the design peygir uses). */
  vsRaw: Spread;
  /** The same for the design it replaced, measured in the same rounds. */
  beforeVsRaw: Spread;
  p50Ms: number;
  p99Ms: number;
  beforeP50Ms: number;
  beforeP99Ms: number;
  rawP50Ms: number;
  rawP99Ms: number;
  statements: number;
  commits: number;
}

type Design = 'adapter' | 'before' | 'raw';

async function benchDoneOn(provider: Provider, opsPerRound: number, rounds: number): Promise<DoneResult> {
  const app = await freshApp(provider);
  let raw: Raw | undefined;
  let before: SqlConnection | undefined;
  try {
    const { ownerIds } = await bulkCouncil(app, { resolutions: ITEMS, committees: 1 });
    const ownerId = ownerIds[0]!;
    await app.store.bind({
      address: ADDRESS,
      platform: 'telegram',
      chatId: String(CHAT.id),
      role: 'committee',
      ownerId,
      createdBy: 'bench',
    });
    const peygir = createBot(
      { token: '1:BENCH', botInfo: BOT_INFO, floodControl: false },
      messengerDeps(app, 'telegram'),
    );
    peygir.bot.api.config.use(async (_prev, method, payload) => ({
      ok: true as const,
      result: botApiResult(method, (payload ?? {}) as Record<string, unknown>) as never,
    }));
    const handle = (text: string) => peygir.bot.handleUpdate(command(text));
    raw = await rawFor(provider, app.config.databaseUrl);
    const r = raw;
    const adapter = app.store.sql as AdapterConnection;
    // The former design reached into the adapter for its driver connection; only this comparison still does.
    before =
      provider === 'sqlite'
        ? new DirectSqlite((adapter.adapter.inner as unknown as { client: Database.Database }).client)
        : new OwnPool(app.config.databaseUrl);
    const store = app.store as { sql: SqlConnection };
    const designs = { adapter: adapter as SqlConnection, before };
    const actor = { platform: 'telegram' as const, userId: String(USER.id), name: USER.first_name };
    const reopen = { name: 'bench_reopen', sql: `UPDATE "Assignment" SET "status" = 'open' WHERE "id" = $1` };
    // The raw /done: what the store sends for it (the chat's bindings only where they are not cached).
    const rawDone = async (n: number) => {
      if (provider === 'postgresql') await r.rows(chatBindings, [ADDRESS, true, app.councilId]);
      const rows = await r.rows(byNumber, [app.councilId, n]);
      const assignmentId = rows[0]![10] as number;
      const change = { assignmentId, from: 'open' as const, to: 'done' as const, note: null, type: 'status' as const };
      const writes = changeWrites(provider, [change], actor, ADDRESS, `raw-${n}`, new Date());
      await r.write(writes.map((w) => ({ q: w.query, params: w.params })));
      return assignmentId;
    };
    const peygirDone = (design: 'adapter' | 'before') => async (n: number, lat: number[]) => {
      store.sql = designs[design];
      const t = performance.now();
      await handle(`/done ${n}`);
      lat.push(performance.now() - t);
      await handle('/undo');
    };
    const ops: Record<Design, (n: number, lat: number[]) => Promise<void>> = {
      adapter: peygirDone('adapter'),
      before: peygirDone('before'),
      raw: async (n: number, lat: number[]) => {
        const t = performance.now();
        const id = await rawDone(n);
        lat.push(performance.now() - t);
        await r.write([{ q: reopen, params: [id] }]);
      },
    };
    const names: Design[] = ['adapter', 'before', 'raw'];
    // Warm-up (JIT, caches, prepared statements), then the statement count, then the timed rounds.
    let item = 0;
    const next = () => (item++ % ITEMS) + 1;
    for (let i = 0; i < 40; i++) for (const name of names) await ops[name](next(), []);
    store.sql = adapter;
    const counted = { statements: 0, commits: 0 };
    for (let i = 0; i < 10; i++) {
      const counter = countStatements();
      await handle(`/done ${next()}`);
      const c = counter.stop();
      counted.statements = Math.max(counted.statements, c.statements);
      counted.commits = Math.max(counted.commits, c.commits);
      await handle('/undo');
    }
    const lat: Record<Design, number[]> = { adapter: [], before: [], raw: [] };
    const ratios = { adapter: [] as number[], before: [] as number[] };
    for (let round = 0; round < rounds; round++) {
      const time: Record<Design, number> = { adapter: 0, before: 0, raw: 0 };
      // Each round starts with another design, so none always runs first (or last) after a collection.
      const order = names.map((_, i) => names[(i + round) % names.length]!);
      for (const name of order) {
        settle();
        const start = lat[name].length;
        for (let i = 0; i < opsPerRound; i++) await ops[name](next(), lat[name]);
        time[name] = lat[name].slice(start).reduce((a, b) => a + b, 0);
      }
      ratios.adapter.push(time.raw / time.adapter);
      ratios.before.push(time.raw / time.before);
    }
    store.sql = adapter;
    const sorted = (a: number[]) => [...a].sort((x, y) => x - y);
    const [p, b, q] = [sorted(lat.adapter), sorted(lat.before), sorted(lat.raw)];
    return {
      provider,
      vsRaw: spread(ratios.adapter),
      beforeVsRaw: spread(ratios.before),
      p50Ms: percentile(p, 50),
      p99Ms: percentile(p, 99),
      beforeP50Ms: percentile(b, 50),
      beforeP99Ms: percentile(b, 99),
      rawP50Ms: percentile(q, 50),
      rawP99Ms: percentile(q, 99),
      ...counted,
    };
  } finally {
    await raw?.close();
    await before?.close();
    await app.cleanup();
  }
}

const range = (s: Spread) => `${round(s.median)}× raw (${round(s.min)}–${round(s.max)})`;

function rows(d: DoneResult): Row[] {
  return [
    [
      `/done on ${d.provider} vs raw`,
      range(d.vsRaw),
      `p50 ${round(d.p50Ms)} / raw ${round(d.rawP50Ms)} ms`,
      `p99 ${round(d.p99Ms)} / raw ${round(d.rawP99Ms)} ms; ${d.statements} statements, ${d.commits} commit`,
    ],
    [
      `/done on ${d.provider}, former design (driver beside Prisma)`,
      range(d.beforeVsRaw),
      `p50 ${round(d.beforeP50Ms)} / raw ${round(d.rawP50Ms)} ms`,
      `p99 ${round(d.beforeP99Ms)} / raw ${round(d.rawP99Ms)} ms`,
    ],
  ];
}

export const doneFigure: Figure = {
  name: 'done',
  async run(quick) {
    const [ops, rounds] = quick ? [20, 5] : [40, 15];
    const sqlite = await benchDoneOn('sqlite', ops, rounds);
    const pg = await benchDoneOn('postgresql', ops, rounds);
    const both = [sqlite, pg];
    return {
      rows: both.flatMap(rows),
      json: {
        doneVsRawSqlite: round(sqlite.vsRaw.median),
        doneVsRawPg: round(pg.vsRaw.median),
        doneBeforeVsRawSqlite: round(sqlite.beforeVsRaw.median),
        doneBeforeVsRawPg: round(pg.beforeVsRaw.median),
        doneP99VsRaw: round(Math.max(...both.map((d) => d.p99Ms / d.rawP99Ms))),
        doneStatements: Math.max(...both.map((d) => d.statements)),
        doneCommits: Math.max(...both.map((d) => d.commits)),
      },
    };
  },
};
