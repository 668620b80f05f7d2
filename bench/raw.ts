// The raw baselines' connection: better-sqlite3 or pg opened by the bench itself, for SQL the bench writes
// itself (none of peygir's queries, none of Prisma), at peygir's durability: on SQLite WAL, synchronous = FULL
// and foreign keys on, as src/db/client.ts sets them; on PostgreSQL the server's defaults, as peygir runs.
// Statements are prepared once (better-sqlite3 statement objects, pg named statements). SQL is written with
// PostgreSQL's $1 placeholders; on SQLite they become @p1, the same named parameter.
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import pg from 'pg';
import { sqlitePath } from '../src/db/client.js';
import type { Provider } from '../test/helpers/db.js';

export type Step = [sql: string, params: unknown[]];

export interface RawDb {
  provider: Provider;
  all(sql: string, params: unknown[]): Promise<unknown[][]>;
  /** The statements in one transaction; a lone statement on PostgreSQL is its own. */
  write(steps: Step[]): Promise<void>;
  close(): Promise<void>;
}

const value = (v: unknown) => (v instanceof Date ? v.toISOString() : v);

/** Opens `file` as peygir's SQLite connection is set: WAL, synchronous = FULL, foreign keys. */
export function openSqlite(file: string, opts: { readonly?: boolean } = {}): Database.Database {
  const db = new Database(file, { timeout: 5000, readonly: opts.readonly === true });
  if (!opts.readonly) db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  return db;
}

export function rawSqlite(file: string): RawDb {
  const db = openSqlite(file);
  const cache = new Map<string, Database.Statement>();
  const stmt = (sql: string) => {
    let s = cache.get(sql);
    if (!s) {
      s = db.prepare(sql.replace(/\$(\d+)/g, '@p$1'));
      cache.set(sql, s);
    }
    return s;
  };
  const bind = (params: unknown[]) =>
    Object.fromEntries(params.map((v, i) => [`p${i + 1}`, v === true ? 1 : v === false ? 0 : value(v)]));
  const begin = db.prepare('BEGIN IMMEDIATE');
  const commit = db.prepare('COMMIT');
  return {
    provider: 'sqlite',
    all: async (sql, params) => {
      const s = stmt(sql);
      if (s.reader) return s.raw(true).all(bind(params)) as unknown[][];
      s.run(bind(params));
      return [];
    },
    write: async (steps) => {
      begin.run();
      try {
        for (const [sql, params] of steps) stmt(sql).run(bind(params));
        commit.run();
      } catch (err) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw err;
      }
    },
    close: async () => {
      db.close();
    },
  };
}

export async function rawPg(url: string): Promise<RawDb> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const config = (sql: string, params: unknown[]) => ({
    name: `raw_${createHash('sha1').update(sql).digest('hex').slice(0, 16)}`,
    text: sql,
    values: params.map(value),
    rowMode: 'array' as const,
  });
  return {
    provider: 'postgresql',
    all: async (sql, params) => (await client.query(config(sql, params))).rows,
    write: async (steps) => {
      if (steps.length === 1) {
        await client.query(config(...steps[0]!));
        return;
      }
      await client.query('BEGIN');
      try {
        for (const [sql, params] of steps) await client.query(config(sql, params));
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      }
    },
    close: () => client.end(),
  };
}

/** The raw connection to the database the app under measurement uses. */
export function rawFor(provider: Provider, databaseUrl: string): Promise<RawDb> {
  return provider === 'sqlite' ? Promise.resolve(rawSqlite(sqlitePath(databaseUrl))) : rawPg(databaseUrl);
}
