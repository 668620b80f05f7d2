// Batch reads through Prisma put one placeholder per id in an IN list, and each database caps the number of
// parameters in one statement (SQLite 32,766, PostgreSQL 65,535). Where Prisma still reads by a list of ids,
// the ids go in chunks well under both limits; hand-written SQL passes such lists as one array parameter.
export const PARAMETER_LIMIT = { sqlite: 32_766, postgresql: 65_535 } as const;

/** Ids per Prisma read: a nested include repeats the list once per level, and other filters add a few. */
export const CHUNK = 10_000;

export function chunks<T>(items: readonly T[], size = CHUNK): T[][] {
  if (!(size >= 1)) throw new RangeError(`chunk size must be at least 1, not ${size}`);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Runs `read` on each chunk of `ids` in turn and concatenates the results. */
export async function readInChunks<I, R>(ids: readonly I[], read: (chunk: I[]) => Promise<R[]>): Promise<R[]> {
  const out: R[] = [];
  for (const chunk of chunks(ids)) out.push(...(await read(chunk)));
  return out;
}
