// The desk's home page: each owner's open, overdue and blocked shares, counted as the register counts them
// for that owner (so each number is the row count of the register the number links to). One grouped pass
// over the council's shares, kept until the data changes like the register's totals.
import type { SqlConnection } from './sql/connection.js';
import { keptRead } from './sql/read-cache.js';
import { CLOSED } from './sql/resolutions.js';

export interface OwnerCounts {
  ownerId: number;
  name: string;
  open: number;
  overdue: number;
  blocked: number;
}

const ownerCountsQuery = {
  name: 'home_owner_counts',
  sql: `SELECT o."id", o."name",
  COUNT(CASE WHEN a."status" NOT IN ${CLOSED} THEN 1 END),
  COUNT(CASE WHEN a."status" NOT IN ${CLOSED} AND r."dueDate" < $2 THEN 1 END),
  COUNT(CASE WHEN a."status" = 'blocked' THEN 1 END)
FROM "Assignment" a
JOIN "Owner" o ON o."id" = a."ownerId"
JOIN "Resolution" r ON r."id" = a."resolutionId"
WHERE o."councilId" = $1 AND a."removedAt" IS NULL
GROUP BY o."id", o."name"`,
};

/** Owners with an open share, most overdue first, then most open, then by name. */
export async function ownerCounts(sql: SqlConnection, councilId: number, today: string): Promise<OwnerCounts[]> {
  return keptRead(sql, `home ${councilId} ${today}`, async () => {
    const rows = await sql.rows(ownerCountsQuery, [councilId, today]);
    return rows
      .map(([id, name, open, overdue, blocked]) => ({
        ownerId: id as number,
        name: name as string,
        // PostgreSQL's counts are bigints, read as text.
        open: Number(open),
        overdue: Number(overdue),
        blocked: Number(blocked),
      }))
      .filter((o) => o.open > 0)
      .sort((a, b) => b.overdue - a.overdue || b.open - a.open || a.name.localeCompare(b.name, 'fa'));
  });
}
