// The register's totals as the database keeps them (RegisterCount, kept by triggers in the transaction of every
// write: see the migration register_counts). A whole council's totals, or one owner's, add up one row per due
// date instead of going through every item, so the desk's first page after a write costs what a page costs.
// Any other filter still counts the items it selects (register.ts).
import type { RegisterFilter, RegisterTotals } from './register.js';
import type { Query, SqlConnection } from './sql/connection.js';

/** The bucket of the council's own items; an owner's shares are under the owner's id. */
export const COUNCIL_ITEMS = 0;

/**
 * Whose kept counts answer these filters: the council's when there is none, an owner's when that is the only
 * one; undefined when the filters must be counted item by item.
 */
export function countedScope(
  q: RegisterFilter & { sort?: unknown; desc?: unknown; page?: unknown },
): number | undefined {
  // The order and the page do not change the totals; whether a phone reaches counts only with `unreached`.
  const { ownerId, sort, desc, page, phonesReach, ...filters } = q;
  if (Object.values(filters).some((v) => v !== undefined && v !== false && v !== '')) return undefined;
  return ownerId ?? COUNCIL_ITEMS;
}

const TOTALS: Query = {
  name: 'register_counts',
  // Undated buckets ('') are never overdue.
  sql: `SELECT SUM("items"), SUM("done"), SUM(CASE WHEN "dueDate" <> '' AND "dueDate" < $3 THEN "pending" ELSE 0 END)
FROM "RegisterCount" WHERE "councilId" = $1 AND "ownerId" = $2`,
};

/** Total, done (closed shares for an owner), open and overdue, from the kept counts. */
export async function countedTotals(
  sql: SqlConnection,
  councilId: number,
  scope: number,
  today: string,
): Promise<RegisterTotals> {
  const [row] = await sql.rows(TOTALS, [councilId, scope, today]);
  // An empty council sums to NULL; PostgreSQL's sums are bigints, read as text.
  const [total, done, overdue] = (row ?? []).map((n) => Number(n ?? 0)) as [number, number, number];
  return { total: total ?? 0, done: done ?? 0, open: (total ?? 0) - (done ?? 0), overdue: overdue ?? 0 };
}

/**
 * The statements that count everything again from the items and their shares: after a restore, whose inserts
 * arrive with counters of their own, or to mend counts found wrong. Portable SQL, run in the caller's transaction.
 */
export const RECOUNT: readonly string[] = [
  `UPDATE "Resolution" SET
  "shares" = (SELECT COUNT(*) FROM "Assignment" a WHERE a."resolutionId" = "Resolution"."id" AND a."removedAt" IS NULL),
  "openShares" = (SELECT COUNT(*) FROM "Assignment" a WHERE a."resolutionId" = "Resolution"."id" AND a."removedAt" IS NULL
    AND a."status" NOT IN ('done', 'cancelled'))`,
  // After the update above: its triggers moved counts that are now counted anew.
  `DELETE FROM "RegisterCount"`,
  `INSERT INTO "RegisterCount" ("councilId", "ownerId", "dueDate", "items", "done", "pending")
  SELECT "councilId", 0, COALESCE("dueDate", ''), COUNT(*),
    SUM(CASE WHEN "shares" > 0 AND "openShares" = 0 THEN 1 ELSE 0 END), SUM(CASE WHEN "openShares" > 0 THEN 1 ELSE 0 END)
  FROM "Resolution" GROUP BY "councilId", COALESCE("dueDate", '')`,
  `INSERT INTO "RegisterCount" ("councilId", "ownerId", "dueDate", "items", "done", "pending")
  SELECT r."councilId", a."ownerId", COALESCE(r."dueDate", ''), COUNT(*),
    SUM(CASE WHEN a."status" IN ('done', 'cancelled') THEN 1 ELSE 0 END),
    SUM(CASE WHEN a."status" NOT IN ('done', 'cancelled') THEN 1 ELSE 0 END)
  FROM "Assignment" a JOIN "Resolution" r ON r."id" = a."resolutionId" WHERE a."removedAt" IS NULL
  GROUP BY r."councilId", a."ownerId", COALESCE(r."dueDate", '')`,
];
