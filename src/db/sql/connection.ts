// Hand-written SQL beside Prisma's models, for the paths where the ORM's per-statement cost or its parameter
// lists do not scale: one interface, sent through the driver adapter Prisma uses (adapter.ts).
// SQL is written once in PostgreSQL's `$1` style; the SQLite side rewrites the placeholders.

export type Provider = 'sqlite' | 'postgresql';

/** A statement with a stable name (the key its rewritten text is kept under). */
export interface Query {
  name: string;
  sql: string;
}

/**
 * One write of a transaction; `expect` is the number of rows it must affect, or the whole transaction is undone.
 * A lone write is sent without BEGIN on PostgreSQL, so it must be one that changes nothing when its count is
 * off (a compare-and-set on a primary key).
 */
export interface Write {
  query: Query;
  params: unknown[];
  expect?: number;
}

/** A write affected another number of rows than expected (a compare-and-set lost); nothing was kept. */
export class StaleWriteError extends Error {
  override name = 'StaleWriteError';
  constructor(readonly index: number) {
    super(`write ${index} affected an unexpected number of rows`);
  }
}

export interface SqlConnection {
  readonly provider: Provider;
  /** Rows as arrays, in the order of the SELECT list. */
  rows(query: Query, params: unknown[]): Promise<unknown[][]>;
  /** Every write in one transaction with one commit (a single write needs no BEGIN on PostgreSQL). */
  write(writes: Write[]): Promise<void>;
  /**
   * A value that differs whenever the data may have changed since it was last read, by this process or another;
   * null where no such value is cheap to know (PostgreSQL, where other instances write). Reads derived from
   * the data may be kept as long as it stays the same (read-cache.ts).
   */
  changeStamp(): Promise<string | null>;
  close(): Promise<void>;
}

/** A timestamp column as stored: ISO text on SQLite (Prisma's format, or CURRENT_TIMESTAMP's), Date on pg. */
export function toDate(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value;
  const text = String(value);
  return new Date(text.includes('T') ? text : `${text.replace(' ', 'T')}Z`);
}

/** How SQLite stores a timestamp written through Prisma, so hand-written rows read back alike. */
export function sqliteTimestamp(d: Date): string {
  return d.toISOString().replace('Z', '+00:00');
}
