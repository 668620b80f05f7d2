// PostgreSQL connections name the statements they are sent (src/db/sql/pg-statements.ts): the server parses a
// repeated statement once per connection, up to a bound of distinct statements, the rest sent unnamed as
// Prisma's adapter sends them; a schema change that alters a kept statement's result columns, and errors inside
// a transaction, leave the connection answering as before. Parse messages are counted at pg's connection, and
// the server's own list of the session's prepared statements is read beside them.
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isStalePlan, keptStatementsClient } from '../../src/db/sql/pg-statements.js';
import { type FreshDatabase, freshApp, freshDatabase, postgresAvailable, type TestApp } from '../helpers/db.js';
import { seed } from '../helpers/seed.js';

const pgUp = await postgresAvailable();
const run = it.skipIf(!pgUp);

/** Every Parse pg sends, by statement name ('' for unnamed). */
function countParses() {
  const parse = vi.spyOn(pg.Connection.prototype, 'parse');
  return {
    names: () => parse.mock.calls.map((c) => (c[0] as { name?: string }).name ?? ''),
    texts: () => parse.mock.calls.map((c) => (c[0] as { text: string }).text),
  };
}

describe('a connection that names its statements', () => {
  let db: FreshDatabase | undefined;
  let client: pg.Client | undefined;
  beforeEach(async () => {
    if (!pgUp) return;
    db = await freshDatabase('postgresql');
    const setup = new pg.Client({ connectionString: db.url });
    await setup.connect();
    await setup.query(`CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)`);
    await setup.query(`INSERT INTO t VALUES (1, 'الف'), (2, 'ب'), (3, 'پ')`);
    await setup.end();
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await client?.end();
    client = undefined;
    await db?.drop();
    db = undefined;
  });

  async function open(max: number) {
    const Client = keptStatementsClient(max);
    client = new Client({ connectionString: db!.url });
    await client.connect();
    return client;
  }
  const arrays = async (c: pg.Client, text: string, values: unknown[]) =>
    (await c.query({ text, values, rowMode: 'array' })).rows;
  const kept = async (c: pg.Client) =>
    (await c.query('SELECT statement FROM pg_prepared_statements ORDER BY statement')).rows.map((r) => r.statement);

  run('parses a repeated statement once, and sends statements without parameters as they come', async () => {
    const c = await open(10);
    const parses = countParses();
    const read = 'SELECT id, name FROM t WHERE id >= $1 ORDER BY id';
    expect(await arrays(c, read, [2])).toEqual([
      [2, 'ب'],
      [3, 'پ'],
    ]);
    expect(await arrays(c, read, [3])).toEqual([[3, 'پ']]);
    expect(await arrays(c, read, ['1'])).toHaveLength(3);
    // The callback form, as pg's pool calls its connections: (config, values, callback).
    const asPoolCalls = c.query.bind(c) as unknown as (
      config: object,
      values: unknown[],
      cb: (err: Error | null, res: pg.QueryArrayResult) => void,
    ) => void;
    const viaCallback = await new Promise((resolve, reject) =>
      asPoolCalls({ text: read, rowMode: 'array' }, [3], (err: Error | null, res: pg.QueryArrayResult) =>
        err ? reject(err) : resolve(res.rows),
      ),
    );
    expect(viaCallback).toEqual([[3, 'پ']]);
    expect(parses.names()).toEqual(['peygir_1']);
    await c.query('BEGIN');
    await c.query({ text: 'SELECT count(*)::int FROM t', values: [] });
    await c.query('COMMIT');
    expect(parses.names()).toEqual(['peygir_1']);
    expect(await kept(c)).toEqual([read]);
  });

  run('names at most its bound of distinct statements and sends the rest unnamed', async () => {
    const c = await open(2);
    const parses = countParses();
    const q = (n: number) => arrays(c, `SELECT id FROM t WHERE id = $1 AND ${n} = ${n}`, [1]);
    for (let round = 0; round < 3; round++) for (let n = 1; n <= 4; n++) expect(await q(n)).toEqual([[1]]);
    // Two named, parsed once each; the other two parsed on every call.
    expect(parses.names().filter((n) => n !== '')).toEqual(['peygir_1', 'peygir_2']);
    expect(parses.names().filter((n) => n === '')).toHaveLength(6);
    expect(await kept(c)).toHaveLength(2);
  });

  run('gives the same answers with and without names, writes included', async () => {
    const answers = async (max: number) => {
      const c = await open(max);
      const out: unknown[] = [];
      for (let i = 0; i < 2; i++) {
        out.push(await arrays(c, 'SELECT id, name FROM t WHERE id = ANY($1::int[]) ORDER BY id', [[1, 3]]));
        out.push((await c.query({ text: 'UPDATE t SET name = name || $1 WHERE id = $2', values: ['!', 2] })).rowCount);
        out.push(await arrays(c, 'SELECT name FROM t WHERE id = $1', [2]));
        out.push(await arrays(c, 'SELECT $1::text IS NULL, $2::int + 1', [null, '41']));
      }
      await c.query({ text: 'UPDATE t SET name = $1 WHERE id = $2', values: ['ب', 2] });
      await c.end();
      client = undefined;
      return out;
    };
    const named = await answers(10);
    expect(named).toEqual(await answers(0));
    expect(named[2]).toEqual([['ب!']]);
  });

  run('after a schema change alters a kept statement’s columns, answers again, unnamed from then on', async () => {
    const c = await open(10);
    const read = 'SELECT * FROM t WHERE id = $1';
    expect(await arrays(c, read, [1])).toEqual([[1, 'الف']]);
    await c.query('ALTER TABLE t ADD COLUMN note TEXT');
    // Outside a transaction: the server refuses the kept statement, and the connection sends it again unnamed.
    const parses = countParses();
    expect(await arrays(c, read, [1])).toEqual([[1, 'الف', null]]);
    expect(parses.names()).toEqual(['']);
    // Inside one: the refusal is the transaction's; the next call is sent unnamed.
    const other = 'SELECT * FROM t WHERE id = $1 AND id > 0';
    expect(await arrays(c, other, [2])).toEqual([[2, 'ب', null]]);
    await c.query('ALTER TABLE t DROP COLUMN note');
    await c.query('BEGIN');
    const refused = await arrays(c, other, [2]).catch((err: unknown) => err);
    expect(isStalePlan(refused)).toBe(true);
    await c.query('ROLLBACK');
    expect(await arrays(c, other, [2])).toEqual([[2, 'ب']]);
    expect(await arrays(c, read, [3])).toEqual([[3, 'پ']]);
  });

  run('a failed statement in a transaction leaves later statements, kept or new, answering', async () => {
    const c = await open(10);
    const parses = countParses();
    const read = 'SELECT name FROM t WHERE id = $1';
    await c.query('BEGIN');
    expect(await arrays(c, read, [1])).toEqual([['الف']]);
    await expect(arrays(c, 'SELECT id / $1 FROM t', [0])).rejects.toThrow(/division by zero/);
    // The transaction has failed: a statement not yet parsed is refused before its Parse.
    const fresh = 'SELECT id FROM t WHERE name = $1';
    await expect(arrays(c, fresh, ['ب'])).rejects.toThrow(/current transaction is aborted/);
    await c.query('ROLLBACK');
    expect(await arrays(c, fresh, ['ب'])).toEqual([[2]]);
    expect(await arrays(c, read, [1])).toEqual([['الف']]);
    // A statement first prepared in a transaction that is rolled back stays prepared.
    await c.query('BEGIN');
    const insert = 'INSERT INTO t (id, name) VALUES ($1, $2)';
    await c.query({ text: insert, values: [4, 'ت'] });
    await c.query('ROLLBACK');
    await c.query({ text: insert, values: [5, 'ث'] });
    expect(await arrays(c, 'SELECT id FROM t WHERE id >= $1 ORDER BY id', [4])).toEqual([[5]]);
    // read and insert parsed once each, with a failed transaction and a rollback between their calls; every
    // statement here named.
    for (const text of [read, insert]) expect(parses.texts().filter((t) => t === text)).toHaveLength(1);
    expect(parses.names().every((n) => n !== '')).toBe(true);
    expect(await kept(c)).toContain(insert);
  });
});

describe('the app’s PostgreSQL connections', () => {
  let app: TestApp | undefined;
  afterEach(async () => {
    vi.restoreAllMocks();
    await app?.cleanup();
    app = undefined;
  });

  /** The Parse messages for the item read and for all statements over three reads of the same item. */
  async function parsesOfThreeReads(env: Record<string, string>) {
    await app?.cleanup();
    app = await freshApp('postgresql', env);
    await seed(app);
    const parses = countParses();
    const answers: unknown[] = [];
    for (let i = 0; i < 3; i++) {
      answers.push(await app.store.getResolution({ kind: 'number', number: 3 }));
      // Prisma's own query, too, and a transaction of its own.
      answers.push(
        await app.db.prisma.owner.findMany({ where: { name: { contains: 'فاوا' } }, orderBy: { id: 'asc' } }),
      );
      answers.push(
        await app.db.prisma.$transaction(async (tx) => tx.resolution.count({ where: { publicNumber: { gte: 2 } } })),
      );
    }
    const texts = parses.texts();
    vi.restoreAllMocks();
    return { items: texts.filter((s) => /FROM "Resolution" r/.test(s)).length, all: texts.length, answers };
  }

  run('parses a repeated statement once on its connection (the default)', async () => {
    const kept = await parsesOfThreeReads({});
    expect(kept.items).toBe(1);
    const anew = await parsesOfThreeReads({ POSTGRES_STATEMENT_CACHE: '0' });
    expect(anew.items).toBe(3);
    expect(kept.all).toBeLessThan(anew.all);
    // The same answers, but for the times the rows were made (each run seeds its own database).
    const lean = (answers: unknown[]) => JSON.stringify(answers).replace(/"\d{4}-\d\d-\d\dT[^"]+Z"/g, '"time"');
    expect(lean(kept.answers)).toBe(lean(anew.answers));
    const item = kept.answers[0] as { publicNumber: number; assignments: { updatedAt: unknown }[] };
    expect(item.publicNumber).toBe(3);
    expect(item.assignments[0]!.updatedAt).toBeInstanceOf(Date);
    expect(kept.answers[2]).toBe(6);
  });
});
