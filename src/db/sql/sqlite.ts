// The SQLite side: the very connection Prisma's adapter opened, so hand-written statements and Prisma's share
// one writer. A transaction written here runs start to finish in one synchronous step, so it can never
// interleave with one of Prisma's; while Prisma holds a transaction open (an import between its awaits), these
// statements wait for it instead of reading its half-written rows or joining it.
import Database from 'better-sqlite3';
import { type Query, type SqlConnection, StaleWriteError, sqliteTimestamp, type Write } from './connection.js';

type Db = Database.Database;
type Statement = Database.Statement<unknown[], unknown>;

/** Runs `connect` (which opens Prisma's adapter) and returns the better-sqlite3 connection it opened on `file`. */
export async function captureSqlite(file: string, connect: () => Promise<void>): Promise<Db> {
  const proto = Database.prototype as unknown as { defaultSafeIntegers(this: Db, on?: boolean): Db };
  const original = proto.defaultSafeIntegers;
  let captured: Db | undefined;
  // The adapter calls defaultSafeIntegers on every connection it opens; the file name tells ours apart.
  proto.defaultSafeIntegers = function (this: Db, on?: boolean) {
    if (this.name === file) captured ??= this;
    return original.call(this, on);
  };
  try {
    await connect();
  } finally {
    proto.defaultSafeIntegers = original;
  }
  if (!captured) throw new Error(`the SQLite connection to ${file} was not opened`);
  return captured;
}

/** How long a statement waits for a transaction of Prisma's to end before giving up. */
const WAIT_MS = 60_000;

function param(value: unknown): unknown {
  if (value instanceof Date) return sqliteTimestamp(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

/** `$1` → `@p1`: named parameters may repeat, which SQLite's numbered ones cannot do here. */
const named = (sql: string) => sql.replace(/\$(\d+)/g, '@p$1');
const bind = (params: unknown[]) => Object.fromEntries(params.map((v, i) => [`p${i + 1}`, param(v)]));

export class SqliteConnection implements SqlConnection {
  readonly provider = 'sqlite';
  private readonly cache = new Map<string, Statement>();

  constructor(private readonly db: Db) {}

  private prepared(q: Query): Statement {
    let stmt = this.cache.get(q.name);
    if (!stmt) {
      stmt = this.db.prepare(named(q.sql));
      // Prisma's adapter turns safe integers on for the connection; ids and counts here fit in a number.
      stmt.safeIntegers(false);
      this.cache.set(q.name, stmt);
    }
    return stmt;
  }

  private async idle(): Promise<void> {
    const until = Date.now() + WAIT_MS;
    while (this.db.inTransaction) {
      if (Date.now() > until) throw new Error('the database stayed busy with another transaction');
      await new Promise((r) => setTimeout(r, 2));
    }
  }

  async rows(q: Query, params: unknown[]): Promise<unknown[][]> {
    if (this.db.inTransaction) await this.idle();
    return this.prepared(q).raw(true).all(bind(params)) as unknown[][];
  }

  /**
   * Rows changed through this connection (Prisma's statements and these alike: it is one connection) and
   * SQLite's count of commits made by other connections (a CLI command on the same file). Any insert, update
   * or delete moves the first, any other writer's commit the second.
   */
  async changeStamp(): Promise<string> {
    if (this.db.inTransaction) await this.idle();
    const [changes, version] = this.prepared(STAMP).raw(true).get() as [number, number];
    return `${changes}:${version}`;
  }

  async write(writes: Write[]): Promise<void> {
    if (this.db.inTransaction) await this.idle();
    const begin = this.prepared(BEGIN);
    const commit = this.prepared(COMMIT);
    // From here to COMMIT nothing awaits: no other statement of this process can come between.
    begin.run();
    try {
      writes.forEach((w, i) => {
        const { changes } = this.prepared(w.query).run(bind(w.params));
        if (w.expect !== undefined && changes !== w.expect) throw new StaleWriteError(i);
      });
      commit.run();
    } catch (err) {
      if (this.db.inTransaction) this.prepared(ROLLBACK).run();
      throw err;
    }
  }

  /** The connection belongs to Prisma's adapter, which closes it. */
  async close(): Promise<void> {
    this.cache.clear();
  }
}

const STAMP: Query = {
  name: 'change_stamp',
  sql: 'SELECT total_changes(), (SELECT "data_version" FROM pragma_data_version())',
};
const BEGIN: Query = { name: 'begin', sql: 'BEGIN IMMEDIATE' };
const COMMIT: Query = { name: 'commit', sql: 'COMMIT' };
const ROLLBACK: Query = { name: 'rollback', sql: 'ROLLBACK' };
