// Multi-row INSERTs for the importer's new rows. Prisma's createMany costs about as much per row as a single
// insert on these drivers; one statement per few hundred rows brings a 2,000-item import near the raw cost.
import type { Tx } from './client.js';

export type Provider = 'sqlite' | 'postgresql';

/** Stay well under SQLite's 32,766 and PostgreSQL's 65,535 bound parameters per statement. */
const MAX_PARAMS = 8_000;

type Value = string | number | boolean | null | Date;

/** The provider a client was generated for (Prisma keeps it on the client). */
export function providerOf(client: unknown): Provider {
  return (client as { _activeProvider?: string })._activeProvider === 'postgresql' ? 'postgresql' : 'sqlite';
}

/** Values as each database stores what Prisma writes: SQLite keeps dates as ISO text and booleans as 0/1. */
function encode(v: Value, provider: Provider): Value {
  if (provider === 'sqlite') {
    if (v instanceof Date) return v.toISOString().replace('Z', '+00:00');
    if (typeof v === 'boolean') return v ? 1 : 0;
  }
  return v instanceof Date ? v.toISOString() : v;
}

export async function insertRows(
  tx: Tx,
  provider: Provider,
  table: string,
  columns: string[],
  rows: Value[][],
): Promise<void> {
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / columns.length));
  const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES `;
  for (let start = 0; start < rows.length; start += perStatement) {
    const chunk = rows.slice(start, start + perStatement);
    let n = 0;
    const tuples = chunk.map(() => `(${columns.map(() => (provider === 'postgresql' ? `$${++n}` : '?')).join(', ')})`);
    const args = chunk.flatMap((row) => row.map((v) => encode(v, provider)));
    await tx.$executeRawUnsafe(head + tuples.join(', '), ...args);
  }
}
