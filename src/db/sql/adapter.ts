// Hand-written SQL through the driver adapter Prisma itself uses, by its public interface (queryRaw, executeRaw,
// startTransaction): one owner of each connection, the adapter, and no second path to the database to keep in
// step. On SQLite that adapter has one connection, which Prisma's interactive transactions hold between their
// awaits; the adapter lets one transaction at a time have it (its own lock) but runs a statement outside a
// transaction at once, inside whatever transaction is open. So the adapter Prisma gets is wrapped here:
// - a hand-written statement outside a transaction waits until no transaction holds the connection, and
// - a statement of Prisma's outside a transaction waits while a hand-written transaction holds it,
// so neither joins the other's transaction (and is undone with it). Waiting is on a promise that the
// transaction's end resolves, never on a timer. Prisma's own statements beside its own transactions are left
// as Prisma runs them.
import type { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { type Provider, type Query, type SqlConnection, StaleWriteError, type Write } from './connection.js';

/** The driver adapter interface (from @prisma/driver-adapter-utils, which both adapters implement). */
export type DriverAdapter = Awaited<ReturnType<PrismaBetterSQLite3['connect']>>;
type Transaction = Awaited<ReturnType<DriverAdapter['startTransaction']>>;
type SqlQuery = Parameters<DriverAdapter['queryRaw']>[0];
type ResultSet = Awaited<ReturnType<DriverAdapter['queryRaw']>>;
type ArgType = SqlQuery['argTypes'][number];
type IsolationLevel = Parameters<DriverAdapter['startTransaction']>[0];

/** A factory of driver adapters, as PrismaClient takes it. */
export interface AdapterFactory {
  readonly provider: DriverAdapter['provider'];
  readonly adapterName: string;
  connect(): Promise<DriverAdapter>;
}

/**
 * The adapter Prisma and the hand-written SQL share. It keeps count of the transactions that hold the
 * connection, and whose they are.
 */
export class SharedAdapter implements DriverAdapter {
  readonly provider: DriverAdapter['provider'];
  readonly adapterName: string;
  /** Transactions asked for and not yet ended (one at a time holds the connection on SQLite). */
  private open = 0;
  /** Of those, begun by the hand-written SQL. */
  private own = 0;
  private waiters: (() => void)[] = [];

  constructor(
    readonly inner: DriverAdapter,
    /** Whether statements outside a transaction run on the connection a transaction holds (SQLite). */
    private readonly oneConnection: boolean,
  ) {
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
  }

  /** Resolves when no transaction (`all`) or no hand-written one holds the connection. */
  private async idle(all: boolean): Promise<void> {
    while (this.oneConnection && (all ? this.open : this.own) > 0) {
      await new Promise<void>((resolve) => this.waiters.push(resolve));
    }
  }

  private ended(own: boolean): void {
    this.open--;
    if (own) this.own--;
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  private async begin(own: boolean, isolationLevel?: IsolationLevel): Promise<Transaction> {
    // Counted from the request on, so no statement outside a transaction slips in between the adapter's BEGIN
    // and this function's return.
    this.open++;
    // With nothing else holding or awaiting the connection the adapter's lock is ours at once, and Prisma's
    // statements may wait from now on; otherwise only once it is ours, lest one that a transaction of Prisma's
    // awaits wait for a transaction that waits for Prisma's.
    const early = own && this.open === 1;
    if (early) this.own++;
    let tx: Transaction;
    try {
      tx = await this.inner.startTransaction(isolationLevel);
    } catch (err) {
      this.ended(early);
      throw err;
    }
    if (own && !early) this.own++;
    let done = false;
    const end = () => {
      if (!done) this.ended(own);
      done = true;
    };
    return {
      provider: tx.provider,
      adapterName: tx.adapterName,
      options: tx.options,
      queryRaw: (q) => tx.queryRaw(q),
      executeRaw: (q) => tx.executeRaw(q),
      commit: () => tx.commit().finally(end),
      rollback: () => tx.rollback().finally(end),
    };
  }

  // Prisma's side.
  async queryRaw(q: SqlQuery): Promise<ResultSet> {
    await this.idle(false);
    return this.inner.queryRaw(q);
  }

  async executeRaw(q: SqlQuery): Promise<number> {
    await this.idle(false);
    return this.inner.executeRaw(q);
  }

  async executeScript(script: string): Promise<void> {
    await this.idle(false);
    return this.inner.executeScript(script);
  }

  startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    return this.begin(false, isolationLevel);
  }

  getConnectionInfo() {
    return this.inner.getConnectionInfo?.() ?? { supportsRelationJoins: false };
  }

  dispose(): Promise<void> {
    return this.inner.dispose();
  }

  // The hand-written side.
  /** A statement outside any transaction, once none holds the connection. */
  async ownQuery(q: SqlQuery): Promise<ResultSet> {
    await this.idle(true);
    return this.inner.queryRaw(q);
  }

  async ownExecute(q: SqlQuery): Promise<number> {
    await this.idle(true);
    return this.inner.executeRaw(q);
  }

  /** A transaction of the hand-written SQL: Prisma's statements outside a transaction wait for its end. */
  ownTransaction(): Promise<Transaction> {
    return this.begin(true);
  }
}

/**
 * Hands PrismaClient the factory's adapter wrapped as SharedAdapter, and keeps it for the hand-written SQL.
 * `adapter()` opens the connection (through Prisma) on first use.
 */
export class SharingFactory implements AdapterFactory {
  readonly provider: DriverAdapter['provider'];
  readonly adapterName: string;
  private shared?: SharedAdapter;

  constructor(
    private readonly inner: AdapterFactory,
    /** Called with each new connection's adapter before anything runs on it. */
    private readonly connected: (adapter: DriverAdapter) => void = () => {},
  ) {
    this.provider = inner.provider;
    this.adapterName = inner.adapterName;
  }

  async connect(): Promise<SharedAdapter> {
    // Prisma connects again only after a disconnect, which closing the database does after the hand-written SQL.
    const adapter = await this.inner.connect();
    this.connected(adapter);
    this.shared = new SharedAdapter(adapter, this.provider === 'sqlite');
    return this.shared;
  }

  /** The adapter Prisma connected with; `connect` is called (Prisma's $connect) when there is none yet. */
  async adapter(connect: () => Promise<void>): Promise<SharedAdapter> {
    if (!this.shared) await connect();
    if (!this.shared) throw new Error('the database adapter did not connect');
    return this.shared;
  }
}

const COMMIT: SqlQuery = { sql: 'COMMIT', args: [], argTypes: [] };
const ROLLBACK: SqlQuery = { sql: 'ROLLBACK', args: [], argTypes: [] };

const INT32 = 0;
const INT64 = 1;
const BOOLEAN = 5;
const DATETIME = 10;

function argType(value: unknown): ArgType {
  const scalarType =
    value instanceof Date
      ? 'datetime'
      : typeof value === 'number'
        ? Number.isInteger(value)
          ? 'int'
          : 'float'
        : typeof value === 'boolean'
          ? 'boolean'
          : typeof value === 'string'
            ? 'string'
            : 'unknown';
  return { scalarType, arity: 'scalar' };
}

interface Prepared {
  sql: string;
  /** Which parameter each placeholder takes, in order (SQLite's `?` cannot repeat one). */
  order: number[] | null;
}

/** SqlConnection over the shared adapter; the SQL keeps its PostgreSQL-style `$1`, rewritten once for SQLite. */
export class AdapterConnection implements SqlConnection {
  private readonly prepared = new Map<string, Prepared>();

  constructor(
    readonly provider: Provider,
    readonly adapter: SharedAdapter,
  ) {}

  private query(q: Query, params: unknown[]): SqlQuery {
    let p = this.prepared.get(q.name);
    if (!p) {
      if (this.provider === 'sqlite') {
        const order: number[] = [];
        const sql = q.sql.replace(/\$(\d+)/g, (_, n: string) => {
          order.push(Number(n) - 1);
          return '?';
        });
        p = { sql, order };
      } else {
        p = { sql: q.sql, order: null };
      }
      this.prepared.set(q.name, p);
    }
    const args = p.order ? p.order.map((i) => params[i]) : params;
    return { sql: p.sql, args, argTypes: args.map(argType) };
  }

  /**
   * Rows as the drivers give them to the code that reads them: numbers for integers and booleans on SQLite
   * (the adapter hands 64-bit integers over as text), Date for a PostgreSQL timestamp.
   */
  private rowsOf(result: ResultSet): unknown[][] {
    const { columnTypes, rows } = result;
    const convert: ((v: unknown) => unknown)[] = [];
    columnTypes.forEach((t, i) => {
      if (this.provider === 'sqlite' && (t === INT32 || t === INT64 || t === BOOLEAN)) {
        convert[i] = (v) => (typeof v === 'string' ? Number(v) : v);
      } else if (this.provider === 'postgresql' && t === DATETIME) {
        convert[i] = (v) => (typeof v === 'string' ? new Date(v) : v);
      }
    });
    if (convert.length === 0) return rows;
    for (const row of rows) {
      for (let i = 0; i < convert.length; i++) {
        const c = convert[i];
        if (c && row[i] !== null) row[i] = c(row[i]);
      }
    }
    return rows;
  }

  async rows(q: Query, params: unknown[]): Promise<unknown[][]> {
    return this.rowsOf(await this.adapter.ownQuery(this.query(q, params)));
  }

  /**
   * Rows changed through this connection and SQLite's count of commits made by other connections (a CLI
   * command on the same file): any insert, update or delete moves the first, any other writer's commit the
   * second. Prisma's writes and these share the connection, so both count.
   */
  async changeStamp(): Promise<string | null> {
    if (this.provider !== 'sqlite') return null;
    const [row] = await this.rows(STAMP, []);
    return `${row![0]}:${row![1]}`;
  }

  async write(writes: Write[]): Promise<void> {
    // On PostgreSQL one write is atomic by itself: no BEGIN and COMMIT round trips for it.
    if (writes.length === 1 && this.provider === 'postgresql') {
      const w = writes[0]!;
      const changed = await this.adapter.ownExecute(this.query(w.query, w.params));
      if (w.expect !== undefined && changed !== w.expect) throw new StaleWriteError(0);
      return;
    }
    const tx = await this.adapter.ownTransaction();
    try {
      for (const [i, w] of writes.entries()) {
        const changed = await tx.executeRaw(this.query(w.query, w.params));
        if (w.expect !== undefined && changed !== w.expect) throw new StaleWriteError(i);
      }
      await tx.executeRaw(COMMIT);
      await tx.commit();
    } catch (err) {
      await tx.executeRaw(ROLLBACK).catch(() => {});
      await tx.rollback();
      throw err;
    }
  }

  /** The connection belongs to Prisma's adapter, which closes it. */
  async close(): Promise<void> {
    this.prepared.clear();
  }
}

const STAMP: Query = {
  name: 'change_stamp',
  sql: 'SELECT total_changes(), (SELECT "data_version" FROM pragma_data_version())',
};
