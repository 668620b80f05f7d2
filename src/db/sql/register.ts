// The desk's register: one page of resolutions under the URL's filters, with their meeting and owners (the join
// `resolutions.ts` reads items with, narrowed to what a line of the register shows), and the /status totals of everything the filters select, counted in one
// pass; for one owner on PostgreSQL both in one statement (one round trip; SQLite keeps the totals instead, see
// register.ts). Each combination of filters, sort and direction is its own cached statement.

import { reachingSql } from '../owner-phones.js';
import type { RegisterFilter, RegisterQuery } from '../register.js';
import { activityOver } from './activity.js';
import type { Provider, Query } from './connection.js';
import { CLOSED, REGISTER_COLUMNS, REGISTER_SELECT, RESOLUTION_SELECT } from './resolutions.js';

/** Which resolutions the filters select, as FROM and WHERE over `r` (and `x`, an owner's share). */
interface Selection {
  key: string;
  from: string;
  where: string;
  params: unknown[];
}

/** `%text%` for LIKE, with LIKE's own wildcards in the text taken literally. */
const containing = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function selection(provider: Provider, councilId: number, q: RegisterFilter, today: string): Selection {
  const params: unknown[] = [councilId];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = [`r."councilId" = $1`];
  const shares: string[] = [];
  let key = '';
  if (q.status) {
    shares.push(`x."status" = ${param(q.status)}`);
    key += 's';
  }
  if (q.blocked) {
    shares.push(`x."status" = 'blocked'`);
    key += 'b';
  }
  if (q.open) {
    shares.push(`x."status" NOT IN ${CLOSED}`);
    key += 'u';
  }
  if (q.dueBy) {
    // Due on or before the date, or at the next meeting (which the home page asks about).
    where.push(`(r."dueDate" <= ${param(q.dueBy)} OR r."dueAtNextMeeting" = TRUE)`);
    key += 'd';
  }
  if (q.overdue) {
    shares.push(`x."status" NOT IN ${CLOSED}`);
    where.push(`r."dueDate" < ${param(today)}`);
    key += 'l';
  }
  if (q.unreached) {
    shares.push(
      `x."status" NOT IN ${CLOSED}`,
      `NOT EXISTS (SELECT 1 FROM "ChatBinding" cb WHERE cb."ownerId" = x."ownerId" AND cb."active" = ${param(true)} AND ${reachingSql('cb', !!q.phonesReach)})`,
    );
    // Not 'u': that is the open filter's, and each key names one statement.
    key += q.phonesReach ? 'R' : 'r';
  }
  if (q.unseen) {
    // Given out and not acknowledged yet («رویت شد», /seen), while still to be done.
    shares.push(`x."status" NOT IN ${CLOSED}`, `x."seenAt" IS NULL`);
    key += 'n';
  }
  if (q.chair) {
    // A request of any kind that the chair has not answered yet.
    shares.push(`EXISTS (SELECT 1 FROM "ChairRequest" cq WHERE cq."assignmentId" = x."id" AND cq."state" = 'pending')`);
    key += 'w';
  }
  const meeting: string[] = [];
  if (q.meeting) meeting.push(`"number" = ${param(q.meeting)}`);
  if (q.from) meeting.push(`"gregorianDate" >= ${param(q.from)}`);
  if (q.to) meeting.push(`"gregorianDate" <= ${param(q.to)}`);
  if (meeting.length > 0) {
    where.push(`r."meetingId" IN (SELECT "id" FROM "Meeting" WHERE "councilId" = $1 AND ${meeting.join(' AND ')})`);
    key += `m${q.meeting ? 'n' : ''}${q.from ? 'f' : ''}${q.to ? 't' : ''}`;
  }
  if (q.text) {
    // Case-insensitive on both databases (SQLite's LIKE already is, for Latin letters).
    where.push(`r."text" ${provider === 'postgresql' ? 'ILIKE' : 'LIKE'} ${param(containing(q.text))} ESCAPE '\\'`);
    key += 'q';
  }
  if (q.ownerId !== undefined) {
    // One owner: read from its shares (index on ownerId), so the cost follows the owner's items, not the
    // council's. SQLite keeps a CROSS JOIN's order; PostgreSQL plans it as any inner join.
    where.push(`x."ownerId" = ${param(q.ownerId)}`, `x."removedAt" IS NULL`, `r."id" = x."resolutionId"`, ...shares);
    return { key: `o${key}`, from: `"Assignment" x CROSS JOIN "Resolution" r`, where: where.join(' AND '), params };
  }
  if (shares.length > 0) {
    where.push(
      `EXISTS (SELECT 1 FROM "Assignment" x WHERE x."resolutionId" = r."id" AND x."removedAt" IS NULL AND ${shares.join(' AND ')})`,
    );
  }
  return { key: `c${key}`, from: `"Resolution" r`, where: where.join(' AND '), params };
}

/** The register's order over `r`, or over another relation (`at`) carrying the same columns. */
function order(q: RegisterQuery, at = 'r'): string {
  const dir = q.desc ? 'DESC' : 'ASC';
  if (q.sort === 'due') return `${at}."dueDate" ${dir}, ${at}."publicNumber" ${dir}`;
  if (q.sort === 'meeting') return `${at}."meetingId" ${dir}, ${at}."row" ${dir}`;
  return `${at}."publicNumber" ${dir}`;
}

/** One page: the page's ids by LIMIT/OFFSET on the sort, then those items joined with meeting and owners. */
export function registerRowsQuery(
  provider: Provider,
  councilId: number,
  q: RegisterQuery,
  today: string,
  page: { limit: number; offset: number },
) {
  const s = selection(provider, councilId, q, today);
  const limit = `LIMIT $${s.params.length + 1} OFFSET $${s.params.length + 2}`;
  const query: Query = {
    name: `register_rows_${s.key}_${q.sort}_${q.desc ? 'desc' : 'asc'}`,
    sql: `${REGISTER_SELECT}
WHERE r."id" IN (SELECT r."id" FROM ${s.from} WHERE ${s.where} ORDER BY ${order(q)} ${limit})
ORDER BY ${order(q)}, a."id"`,
  };
  return { query, params: [...s.params, page.limit, page.offset] };
}

/**
 * One owner's page and its totals in one statement, for PostgreSQL, where each statement is a round trip. Both
 * go through every share of the owner (the totals count them all, the page sorts them all before taking its
 * fifty), so the shares are read once into `s` and the page and the counts both come from there: the
 * resolutions behind the shares are looked up once, not twice. Every row ends with the three counts (total,
 * done, overdue, as registerTotalsQuery counts them for an owner); a page past the end is one row of counts alone.
 */
export function registerOwnerPageQuery(
  provider: Provider,
  councilId: number,
  q: RegisterQuery & { ownerId: number },
  today: string,
  page: { limit: number; offset: number },
) {
  const s = selection(provider, councilId, q, today);
  const n = s.params.length;
  // Only what the counts and this sort read: each share is written into `s` once per request.
  const keys = q.sort === 'meeting' ? `r."meetingId", r."row"` : `r."publicNumber"`;
  const query: Query = {
    name: `register_page_${s.key}_${q.sort}_${q.desc ? 'desc' : 'asc'}`,
    sql: `WITH s AS MATERIALIZED (
  SELECT r."id", x."status", r."dueDate", ${keys} FROM ${s.from} WHERE ${s.where}),
p AS (SELECT s."id" FROM s ORDER BY ${order(q, 's')} LIMIT $${n + 2} OFFSET $${n + 3}),
t AS (SELECT COUNT(*) AS "total", COUNT(*) FILTER (WHERE s."status" IN ${CLOSED}) AS "done",
  COUNT(*) FILTER (WHERE s."status" NOT IN ${CLOSED} AND s."dueDate" < $${n + 1}) AS "overdue" FROM s)
${REGISTER_COLUMNS}, t."total", t."done", t."overdue"
FROM t
LEFT JOIN p ON TRUE
LEFT JOIN "Resolution" r ON r."id" = p."id"
LEFT JOIN "Meeting" m ON m."id" = r."meetingId"
LEFT JOIN "Assignment" a ON a."resolutionId" = r."id" AND a."removedAt" IS NULL
LEFT JOIN "Owner" o ON o."id" = a."ownerId"
ORDER BY ${order(q)}, a."id"`,
  };
  return { query, params: [...s.params, today, page.limit, page.offset] };
}

/**
 * Everything the filters select, in the register's order, for a report: no paging, and no list of ids either,
 * the selection stays a subquery however many items it holds.
 */
export function registerAllQuery(provider: Provider, councilId: number, q: RegisterQuery, today: string) {
  const s = selection(provider, councilId, q, today);
  const query: Query = {
    name: `register_all_${s.key}_${q.sort}_${q.desc ? 'desc' : 'asc'}`,
    sql: `${RESOLUTION_SELECT}
WHERE r."id" IN (SELECT r."id" FROM ${s.from} WHERE ${s.where})
ORDER BY ${order(q)}, a."id"`,
  };
  return { query, params: s.params };
}

/** The last update and note of every share of the items the filters select (activity.ts), by the same subquery. */
export function registerActivityQuery(provider: Provider, councilId: number, q: RegisterQuery, today: string) {
  const s = selection(provider, councilId, q, today);
  const where = `r."id" IN (SELECT r."id" FROM ${s.from} WHERE ${s.where})`;
  return { query: activityOver(`register_activity_${s.key}`, where), params: s.params };
}

/**
 * Total, done and overdue as /status counts them. Without an owner an item is done when it has owners and every
 * one is done or cancelled, overdue when past its date with an owner still at it; for one owner, its share.
 */
export function registerTotalsQuery(provider: Provider, councilId: number, q: RegisterFilter, today: string) {
  const s = selection(provider, councilId, q, today);
  const pending = (share: string) => `CASE WHEN ${share}."status" NOT IN ${CLOSED} THEN 1 ELSE 0 END`;
  const items =
    q.ownerId !== undefined
      ? `SELECT r."dueDate", 1 AS "n", ${pending('x')} AS "p" FROM ${s.from} WHERE ${s.where}`
      : `SELECT r."dueDate", COUNT(y."id") AS "n", SUM(${pending('y')}) AS "p"
  FROM ${s.from} LEFT JOIN "Assignment" y ON y."resolutionId" = r."id" AND y."removedAt" IS NULL
  WHERE ${s.where} GROUP BY r."id", r."dueDate"`;
  const query: Query = {
    name: `register_totals_${s.key}`,
    sql: `SELECT COUNT(*), SUM(CASE WHEN t."n" > 0 AND t."p" = 0 THEN 1 ELSE 0 END),
  SUM(CASE WHEN t."p" > 0 AND t."dueDate" < $${s.params.length + 1} THEN 1 ELSE 0 END)
FROM (${items}) t`,
  };
  return { query, params: [...s.params, today] };
}
