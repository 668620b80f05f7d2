// The raw baselines: the same SQL the store sends, through better-sqlite3 and pg directly, statements prepared
// once, at the same durability (WAL, synchronous=FULL; PostgreSQL's defaults), with no application around it.
import Database from 'better-sqlite3';
import pg from 'pg';
import { sqlitePath } from '../src/db/client.js';
import type { Query } from '../src/db/sql/connection.js';
import type { Provider } from '../test/helpers/db.js';

export interface Raw {
  rows(q: Query, params: unknown[]): Promise<unknown[][]>;
  /** The statements in one transaction (a lone one is its own, as the store sends it on PostgreSQL). */
  write(steps: { q: Query; params: unknown[] }[]): Promise<void>;
  close(): Promise<void>;
}

export function rawSqlite(file: string): Raw {
  const db = new Database(file, { timeout: 5000 });
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  const cache = new Map<string, Database.Statement>();
  const stmt = (q: Query) => {
    let s = cache.get(q.name);
    if (!s) {
      s = db.prepare(q.sql.replace(/\$(\d+)/g, '@p$1'));
      cache.set(q.name, s);
    }
    return s;
  };
  const bind = (params: unknown[]) =>
    Object.fromEntries(params.map((v, i) => [`p${i + 1}`, v instanceof Date ? v.toISOString() : v === true ? 1 : v]));
  const begin = db.prepare('BEGIN IMMEDIATE');
  const commit = db.prepare('COMMIT');
  return {
    rows: async (q, params) => stmt(q).raw(true).all(bind(params)) as unknown[][],
    write: async (steps) => {
      begin.run();
      for (const s of steps) stmt(s.q).run(bind(s.params));
      commit.run();
    },
    close: async () => {
      db.close();
    },
  };
}

export async function rawPg(url: string): Promise<Raw> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const config = (q: Query, params: unknown[]) => ({
    name: `raw_${q.name}`,
    text: q.sql,
    values: params.map((v) => (v instanceof Date ? v.toISOString() : v)),
    rowMode: 'array' as const,
  });
  return {
    rows: async (q, params) => (await client.query(config(q, params))).rows,
    write: async (steps) => {
      if (steps.length === 1) {
        await client.query(config(steps[0]!.q, steps[0]!.params));
        return;
      }
      await client.query('BEGIN');
      for (const s of steps) await client.query(config(s.q, s.params));
      await client.query('COMMIT');
    },
    close: () => client.end(),
  };
}

/** The raw baseline on the same database the app under measurement uses. */
export function rawFor(provider: Provider, databaseUrl: string): Promise<Raw> {
  return provider === 'sqlite' ? Promise.resolve(rawSqlite(sqlitePath(databaseUrl))) : rawPg(databaseUrl);
}
