// The SQLite connection keeps the statements it prepared (src/db/sql/statement-cache.ts): Prisma's adapter gets
// the kept statement for SQL it sent before, each call with its own arguments, the oldest dropped past the
// bound; with SQLITE_STATEMENT_CACHE=0 every statement is prepared anew. The adapter's own calls (prepare, bind,
// reader, columns, raw().all(), run(), and prepare('BEGIN').run()) go through it in every other test too.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepStatements } from '../../src/db/sql/statement-cache.js';
import { freshApp, type TestApp } from '../helpers/db.js';
import { seed } from '../helpers/seed.js';

describe('kept statements on a connection', () => {
  const open = () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)');
    return db;
  };

  it('hands out the kept statement, bound anew each call', () => {
    const db = open();
    const kept = keepStatements(db, 10);
    const insert = 'INSERT INTO t (name) VALUES (?)';
    db.prepare(insert).bind(['الف']).run();
    db.prepare(insert).bind(['ب']).run();
    const read = 'SELECT id, name FROM t WHERE id >= ? ORDER BY id';
    const first = db.prepare(read).bind([1]);
    expect(first.reader).toBe(true);
    expect(first.columns().map((c) => c.name)).toEqual(['id', 'name']);
    expect(first.raw().all()).toEqual([
      [1, 'الف'],
      [2, 'ب'],
    ]);
    // The same SQL with other arguments: the kept statement, not the first call's arguments.
    expect(db.prepare(read).bind([2]).raw().all()).toEqual([[2, 'ب']]);
    expect(kept).toEqual({ prepared: 2, reused: 2 });
    // A statement run without bind, as the adapter begins its transactions.
    db.prepare('BEGIN').run();
    db.prepare(insert).bind(['پ']).run();
    db.prepare('ROLLBACK').run();
    expect(db.prepare('SELECT COUNT(*) FROM t').bind([]).raw().all()).toEqual([[2]]);
    db.close();
  });

  it('keeps the most recently used up to its bound and prepares the rest again', () => {
    const db = open();
    const kept = keepStatements(db, 2);
    const q = (n: number) => db.prepare(`SELECT ${n}`).bind([]).raw().all();
    q(1);
    q(2);
    q(1); // 1 is now the most recently used
    q(3); // drops 2
    expect(kept).toEqual({ prepared: 3, reused: 1 });
    q(1);
    q(2);
    expect(kept).toEqual({ prepared: 4, reused: 2 });
    db.close();
  });
});

describe('the app’s SQLite connection', () => {
  let app: TestApp | undefined;
  afterEach(async () => {
    vi.restoreAllMocks();
    await app?.cleanup();
    app = undefined;
  });

  /** How many times SQLite prepared the statement that reads the items, over three reads of the same item. */
  async function preparesOfThreeReads(env: Record<string, string>) {
    const prepare = vi.spyOn(Database.prototype, 'prepare');
    app = await freshApp('sqlite', env);
    await seed(app);
    prepare.mockClear();
    for (let i = 0; i < 3; i++) {
      expect((await app.store.getResolution({ kind: 'number', number: 3 }))?.publicNumber).toBe(3);
      // Prisma's own query, too.
      expect(await app.db.prisma.owner.count()).toBeGreaterThan(0);
    }
    const sqls = prepare.mock.calls.map((c) => String(c[0]));
    return { items: sqls.filter((s) => /FROM "Resolution" r/.test(s)).length, all: sqls.length };
  }

  it('prepares a statement once and reuses it (the default)', async () => {
    const { items, all } = await preparesOfThreeReads({});
    expect(items).toBe(1);
    expect(all).toBeLessThanOrEqual(3);
  });

  it('prepares every statement anew with SQLITE_STATEMENT_CACHE=0', async () => {
    const { items, all } = await preparesOfThreeReads({ SQLITE_STATEMENT_CACHE: '0' });
    expect(items).toBe(3);
    expect(all).toBeGreaterThanOrEqual(6);
  });
});
