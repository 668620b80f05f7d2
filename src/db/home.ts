// The desk's home page: each owner's open, overdue and blocked shares, those waiting for the chair, those not
// seen yet and those no chat reaches, counted as the register counts them for that owner (so each number is
// the row count of the register the number links to). One grouped pass over the council's shares, joined with
// the few pending requests and the owners a chat reaches; kept until the data changes like the register's totals.
import { reachingSql } from './owner-phones.js';
import type { SqlConnection } from './sql/connection.js';
import { keptRead } from './sql/read-cache.js';
import { CLOSED } from './sql/resolutions.js';

export interface OwnerCounts {
  ownerId: number;
  name: string;
  open: number;
  overdue: number;
  blocked: number;
  /** Shares with a request to the chair not answered yet. */
  chair: number;
  /** Open shares nobody in the owner's chat has acknowledged. */
  unseen: number;
  /** Open shares of an owner no active chat is bound to. */
  unreached: number;
}

/** `safir`: Safir is configured, so a phone number bound to an owner reaches it (as the register's filter). */
const ownerCountsQuery = (safir: boolean) => ({
  name: safir ? 'home_owner_counts_s' : 'home_owner_counts',
  sql: `SELECT o."id", o."name",
  COUNT(CASE WHEN a."status" NOT IN ${CLOSED} THEN 1 END),
  COUNT(CASE WHEN a."status" NOT IN ${CLOSED} AND r."dueDate" < $2 THEN 1 END),
  COUNT(CASE WHEN a."status" = 'blocked' THEN 1 END),
  COUNT(w."assignmentId"),
  COUNT(CASE WHEN a."status" NOT IN ${CLOSED} AND a."seenAt" IS NULL THEN 1 END),
  COUNT(CASE WHEN a."status" NOT IN ${CLOSED} AND b."ownerId" IS NULL THEN 1 END)
FROM "Assignment" a
JOIN "Owner" o ON o."id" = a."ownerId"
JOIN "Resolution" r ON r."id" = a."resolutionId"
LEFT JOIN (SELECT DISTINCT "assignmentId" FROM "ChairRequest" WHERE "state" = 'pending') w
  ON w."assignmentId" = a."id"
LEFT JOIN (SELECT DISTINCT cb."ownerId" FROM "ChatBinding" cb WHERE cb."active" = $3 AND ${reachingSql('cb', safir)}) b
  ON b."ownerId" = a."ownerId"
WHERE o."councilId" = $1 AND a."removedAt" IS NULL
GROUP BY o."id", o."name"`,
});

/** Owners with an open share (or a request waiting for the chair), most overdue first, then most open, then by name. */
export async function ownerCounts(
  sql: SqlConnection,
  councilId: number,
  today: string,
  safir = false,
): Promise<OwnerCounts[]> {
  return keptRead(sql, `home ${councilId} ${today} ${safir}`, async () => {
    const rows = await sql.rows(ownerCountsQuery(safir), [councilId, today, true]);
    return rows
      .map(([id, name, open, overdue, blocked, chair, unseen, unreached]) => ({
        ownerId: id as number,
        name: name as string,
        // PostgreSQL's counts are bigints, read as text.
        open: Number(open),
        overdue: Number(overdue),
        blocked: Number(blocked),
        chair: Number(chair),
        unseen: Number(unseen),
        unreached: Number(unreached),
      }))
      .filter((o) => o.open > 0 || o.chair > 0)
      .sort((a, b) => b.overdue - a.overdue || b.open - a.open || a.name.localeCompare(b.name, 'fa'));
  });
}
