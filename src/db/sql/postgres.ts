// The PostgreSQL side: a small pool of its own beside Prisma's, with named (server-side prepared) statements.
// Timestamps are `timestamp(3)` without a zone holding UTC, as Prisma writes them: they are read as UTC and
// written as ISO text, whatever the machine's time zone.
import pg from 'pg';
import { type Query, type SqlConnection, StaleWriteError, type Write } from './connection.js';

const TIMESTAMP = 1114;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === TIMESTAMP
      ? (text: string) => new Date(`${text.replace(' ', 'T')}Z`)
      : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

const param = (value: unknown) => (value instanceof Date ? value.toISOString() : value);

export class PostgresConnection implements SqlConnection {
  readonly provider = 'postgresql';
  private readonly pool: pg.Pool;

  constructor(url: string, max = 4) {
    this.pool = new pg.Pool({ connectionString: url, max, types });
    // A server restart ends idle connections; the pool drops them and the next query opens a new one. Without a
    // listener that would be an unhandled 'error' event.
    this.pool.on('error', () => {});
  }

  private config(q: Query, params: unknown[]) {
    return { name: `peygir_${q.name}`, text: q.sql, values: params.map(param), rowMode: 'array' as const };
  }

  async rows(q: Query, params: unknown[]): Promise<unknown[][]> {
    return (await this.pool.query(this.config(q, params))).rows;
  }

  /** Other instances write to the same database: nothing read is kept. */
  async changeStamp(): Promise<null> {
    return null;
  }

  async write(writes: Write[]): Promise<void> {
    const client = await this.pool.connect();
    // One write is atomic by itself: no BEGIN and COMMIT round trips for it.
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
      // A connection that failed mid-transaction may be gone: the pool must not hand it out again.
      client.release(err instanceof StaleWriteError ? undefined : (err as Error));
      throw err;
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}
