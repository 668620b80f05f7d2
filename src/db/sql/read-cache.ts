// Reads derived from the data, kept while the data stays as it was: the desk's register counts every item
// its filters select (a pass over a whole council without an owner filter) and lists every owner, on every
// page, although between two pages nothing has usually changed. Kept per connection, keyed by what was asked,
// and dropped all at once when the connection's change stamp moves; where the database cannot tell
// (PostgreSQL, with other instances writing), every read goes to the database.
import type { SqlConnection } from './connection.js';

/** Kept reads per connection at most (a few filter combinations and today's date). */
const MAX_ENTRIES = 64;

interface Kept {
  stamp: string;
  values: Map<string, Promise<unknown>>;
}

const kept = new WeakMap<SqlConnection, Kept>();

/**
 * `read()`'s result for `key` as the data stands now. The stamp is taken before the read: a write that comes
 * between them moves the stamp, so what that read saw is dropped at the next call instead of being kept.
 */
export async function keptRead<T>(sql: SqlConnection, key: string, read: () => Promise<T>): Promise<T> {
  const stamp = await sql.changeStamp();
  if (stamp === null) return read();
  let cache = kept.get(sql);
  if (!cache || cache.stamp !== stamp) {
    cache = { stamp, values: new Map() };
    kept.set(sql, cache);
  }
  const found = cache.values.get(key);
  if (found) return found as Promise<T>;
  if (cache.values.size >= MAX_ENTRIES) cache.values.clear();
  const value = read();
  cache.values.set(key, value);
  // A failed read is not kept.
  value.catch(() => {
    if (cache.values.get(key) === value) cache.values.delete(key);
  });
  return value;
}
