// Prepared statements kept on the SQLite connection. Prisma's better-sqlite3 adapter (6.19.3) prepares every
// statement anew: SQLite parses and plans the SQL each time, and for an UPDATE of a share that also means
// compiling the register's triggers (register-counts.ts). The adapter asks its connection for a statement with
// `prepare(sql).bind(args)` and then reads `reader`, `columns()`, `raw().all()` or `run()`; the connection it
// is given here keeps the statements it prepared (the most recently used, up to a bound) and hands each call a
// fresh binding of the kept statement, so every call behaves as a new statement would. The calls the adapter
// makes are checked by test/db/statement-cache.test.ts: an adapter that asks otherwise fails there, not in use.
// On or off by SQLITE_STATEMENT_CACHE; the bench measures both (bench/done.ts).
import type BetterSqlite3 from 'better-sqlite3';

type Statement = BetterSqlite3.Statement<unknown[], unknown>;

/**
 * What the adapter gets back from `prepare(sql)` (no arguments: `prepare('BEGIN').run()`) and from its
 * `.bind(args)`: the kept statement, run with these arguments.
 */
class Bound {
  constructor(
    private readonly s: Statement,
    private readonly args: unknown[] = [],
  ) {}
  bind(...args: unknown[]): Bound {
    return new Bound(this.s, args);
  }
  get reader(): boolean {
    return this.s.reader;
  }
  columns() {
    return this.s.columns();
  }
  /** Rows as arrays (the adapter's only way of reading). */
  raw(on = true) {
    this.s.raw(on);
    return { all: () => this.s.all(...this.args) };
  }
  all() {
    this.s.raw(false);
    return this.s.all(...this.args);
  }
  run() {
    return this.s.run(...this.args);
  }
}

export interface StatementCache {
  /** Statements prepared by SQLite, and calls answered from a kept one. */
  readonly prepared: number;
  readonly reused: number;
}

/**
 * Makes `db.prepare` keep up to `max` statements (least recently used dropped first). What it hands out has no
 * iterator: every call reads or runs its statement to the end at once, so one kept statement serves them all.
 */
export function keepStatements(db: BetterSqlite3.Database, max: number): StatementCache {
  const prepare = db.prepare.bind(db);
  const kept = new Map<string, Statement>();
  const stats = { prepared: 0, reused: 0 };
  const fresh = (sql: string): Statement => {
    stats.prepared++;
    return prepare(sql) as Statement;
  };
  const keptPrepare = (sql: string) => {
    let s = kept.get(sql);
    if (s) {
      stats.reused++;
      // Most recently used last.
      kept.delete(sql);
      kept.set(sql, s);
    } else {
      s = fresh(sql);
      kept.set(sql, s);
      if (kept.size > max) kept.delete(kept.keys().next().value!);
    }
    return new Bound(s);
  };
  (db as unknown as { prepare: typeof keptPrepare }).prepare = keptPrepare;
  return stats;
}
