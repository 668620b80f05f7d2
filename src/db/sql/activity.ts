// What a report shows beside each item: when its owners last acted and their last note. One grouped query over
// the history of the items the report selects, whatever their number (it used to be one query per item).
import type { AssignmentActivity, ResolutionFilter } from '../../core/ports.js';
import { type Provider, type Query, type SqlConnection, toDate } from './connection.js';
import { filterClause } from './resolutions.js';

/** The grouped query over the items `where` (on `r`) selects; `name` caches it. */
export function activityOver(name: string, where: string): Query {
  return {
    name,
    sql: `WITH latest AS (
  SELECT e."assignmentId" AS "aid", MAX(e."id") AS "lastId",
    MAX(CASE WHEN e."type" <> 'import' AND e."note" IS NOT NULL AND e."note" <> '' THEN e."id" END) AS "noteId"
  FROM "Resolution" r
  JOIN "Assignment" a ON a."resolutionId" = r."id"
  JOIN "StatusEvent" e ON e."assignmentId" = a."id"
  WHERE ${where}
  GROUP BY e."assignmentId")
SELECT l."aid", l."lastId", le."createdAt", l."noteId", ne."note"
FROM latest l
JOIN "StatusEvent" le ON le."id" = l."lastId"
LEFT JOIN "StatusEvent" ne ON ne."id" = l."noteId"`,
  };
}

export function activityQuery(provider: Provider, councilId: number, filter: ResolutionFilter) {
  const { key, where, params } = filterClause(provider, councilId, filter);
  return { query: activityOver(`activity_${key || 'all'}`, where), params };
}

/** Rows of `activityOver` → the activity of each assignment, by its id. */
export function toActivity(rows: unknown[][]): Map<number, AssignmentActivity> {
  return new Map(
    rows.map((c) => [
      c[0] as number,
      {
        lastEventId: c[1] as number,
        lastAt: toDate(c[2])!,
        noteEventId: (c[3] as number | null) ?? null,
        note: (c[4] as string | null) ?? null,
      },
    ]),
  );
}

export async function readActivity(
  sql: SqlConnection,
  councilId: number,
  filter: ResolutionFilter,
): Promise<Map<number, AssignmentActivity>> {
  const { query, params } = activityQuery(sql.provider, councilId, filter);
  return toActivity(await sql.rows(query, params));
}
