// Resolutions with their meeting and owners in one join, for one item (/done, /status N) or a whole council
// (/status, /list, digests). Filters travel as one array parameter, never as a list of placeholders, so no
// council is too large for the database's parameter limit.
import type { ItemRef } from '../../core/numbers.js';
import type { DigestItem, ResolutionFilter, ResolutionView } from '../../core/ports.js';
import type { Status } from '../../core/types.js';
import { type Provider, type Query, type SqlConnection, toDate } from './connection.js';

const COLUMNS = `SELECT r."id", r."publicNumber", r."meetingId", m."number", m."gregorianDate", r."row", r."text",
  r."deadlineText", r."dueDate", r."dueAtNextMeeting",
  a."id", a."ownerId", o."name", a."status", a."lastNote", a."snoozedUntil", a."updatedAt",
  a."createdAt", a."percent", a."seenAt", a."seenBy", a."claimedAt"`;

/** An item with its meeting and its live shares and their owners, one row a share (one row if it has none). */
const JOINS = `FROM "Resolution" r
JOIN "Meeting" m ON m."id" = r."meetingId"
LEFT JOIN "Assignment" a ON a."resolutionId" = r."id" AND a."removedAt" IS NULL
LEFT JOIN "Owner" o ON o."id" = a."ownerId"`;

const SELECT = `${COLUMNS}
${JOINS}`;

/**
 * The columns `toViews` reads (over `r`, `m`, `a` and `o`) with their joins, for other lists of full item views
 * (the due-notice candidates, a report's selection) to select alike.
 */
export { SELECT as RESOLUTION_SELECT };

const ORDER = `ORDER BY r."publicNumber", a."id"`;

export const byNumber: Query = {
  name: 'resolution_by_number',
  sql: `${SELECT}\nWHERE r."councilId" = $1 AND r."publicNumber" = $2\n${ORDER}`,
};

export const byRow: Query = {
  name: 'resolution_by_row',
  sql: `${SELECT}\nWHERE r."councilId" = $1 AND m."number" = $2 AND r."row" = $3\n${ORDER}`,
};

/** `column` is in the JSON array (SQLite) or the int[] or text[] (PostgreSQL) passed as parameter `$n`. */
export function inArray(provider: Provider, column: string, n: number, type: 'int' | 'text' = 'int'): string {
  return provider === 'sqlite'
    ? `${column} IN (SELECT "value" FROM json_each($${n}))`
    : `${column} = ANY($${n}::${type}[])`;
}

export const arrayParam = (provider: Provider, ids: readonly (number | string)[]) =>
  provider === 'sqlite' ? JSON.stringify(ids) : ids;

/** The statuses a share is finished in, as an SQL list. */
export const CLOSED = `('done', 'cancelled')`;

/**
 * The WHERE clause and parameters for a council's resolutions (`r`) under a filter, the council being `$1`.
 * Each combination of filter parts is its own cached statement, named by `key`.
 */
export function filterClause(
  provider: Provider,
  councilId: number,
  filter: ResolutionFilter,
): { key: string; where: string; params: unknown[] } {
  const params: unknown[] = [councilId];
  const where = [`r."councilId" = $1`];
  let key = '';
  if (filter.meetingNumber) {
    params.push(filter.meetingNumber);
    where.push(`r."meetingId" IN (SELECT "id" FROM "Meeting" WHERE "councilId" = $1 AND "number" = $${params.length})`);
    key += 'm';
  }
  if (filter.ownerIds || filter.openOnly) {
    const parts = ['x."resolutionId" = r."id"', 'x."removedAt" IS NULL'];
    if (filter.ownerIds) {
      params.push(arrayParam(provider, filter.ownerIds));
      parts.push(inArray(provider, 'x."ownerId"', params.length));
      key += 'o';
    }
    if (filter.openOnly) {
      parts.push(`x."status" NOT IN ${CLOSED}`);
      key += 'p';
    }
    where.push(`EXISTS (SELECT 1 FROM "Assignment" x WHERE ${parts.join(' AND ')})`);
  }
  return { key, where: where.join(' AND '), params };
}

export function listQuery(provider: Provider, councilId: number, filter: ResolutionFilter) {
  const { key, where, params } = filterClause(provider, councilId, filter);
  const query: Query = { name: `resolutions_${key || 'all'}`, sql: `${SELECT}\nWHERE ${where}\n${ORDER}` };
  return { query, params };
}

/**
 * The chair's overview over a whole council reads every item: only the columns it uses, no timestamps to turn
 * into dates. At a million items reading the full view took about twice as long, and its garbage most of that.
 */
const DIGEST_SELECT = `SELECT r."id", r."publicNumber", r."text", r."dueDate", m."gregorianDate",
  a."ownerId", o."name", a."status", a."lastNote", a."percent"
${JOINS}`;

export function digestQuery(provider: Provider, councilId: number, filter: ResolutionFilter) {
  const { key, where, params } = filterClause(provider, councilId, filter);
  const query: Query = { name: `digest_${key || 'all'}`, sql: `${DIGEST_SELECT}\nWHERE ${where}\n${ORDER}` };
  return { query, params };
}

/**
 * Join rows, one per share and ordered by item, → one entry per item with its shares: `item` makes the entry
 * from the item's first row, `share` a share from each row whose share column (`shareAt`) is not null (an item
 * with no owner has one row, without a share).
 */
function byItem<T extends { id: number; assignments: S[] }, S>(
  rows: unknown[][],
  shareAt: number,
  item: (c: unknown[]) => T,
  share: (c: unknown[]) => S,
): T[] {
  const items: T[] = [];
  let current: T | undefined;
  for (const c of rows) {
    if (!current || current.id !== c[0]) {
      current = item(c);
      items.push(current);
    }
    if (c[shareAt] !== null) current.assignments.push(share(c));
  }
  return items;
}

/** Rows of digestQuery → one item per resolution. */
export function toDigestItems(rows: unknown[][]): DigestItem[] {
  return byItem<DigestItem, DigestItem['assignments'][number]>(
    rows,
    5,
    (c) => ({
      id: c[0] as number,
      publicNumber: c[1] as number,
      text: c[2] as string,
      dueDate: c[3] as string | null,
      meetingDate: c[4] as string | null,
      assignments: [],
    }),
    (c) => ({
      ownerId: c[5] as number,
      ownerName: c[6] as string,
      status: c[7] as Status,
      lastNote: c[8] as string | null,
      percent: c[9] === null ? null : Number(c[9]),
    }),
  );
}

/**
 * One line of the desk's register shows an item's number, meeting and date, text, deadline and each owner's
 * name and status: only those columns are read for a page of it, not the shares' notes and timestamps that a
 * full view carries.
 */
export type RegisterRow = Pick<
  ResolutionView,
  'id' | 'publicNumber' | 'meetingNumber' | 'meetingDate' | 'row' | 'text' | 'dueDate' | 'dueAtNextMeeting'
> & { assignments: Pick<ResolutionView['assignments'][number], 'ownerName' | 'status'>[] };

const REGISTER_COLUMNS = `SELECT r."id", r."publicNumber", m."number", m."gregorianDate", r."row", r."text", r."dueDate",
  r."dueAtNextMeeting", o."name", a."status"`;

const REGISTER_SELECT = `${REGISTER_COLUMNS}
${JOINS}`;

export { REGISTER_COLUMNS, REGISTER_SELECT };

/** Rows of a register read (REGISTER_COLUMNS) → one line per item. */
export function toRegisterRows(rows: unknown[][]): RegisterRow[] {
  return byItem<RegisterRow, RegisterRow['assignments'][number]>(
    rows,
    9,
    (c) => ({
      id: c[0] as number,
      publicNumber: c[1] as number,
      meetingNumber: c[2] as string | null,
      meetingDate: c[3] as string | null,
      row: c[4] as number,
      text: c[5] as string,
      dueDate: c[6] as string | null,
      dueAtNextMeeting: Boolean(c[7]),
      assignments: [],
    }),
    (c) => ({ ownerName: c[8] as string, status: c[9] as Status }),
  );
}

/** Join rows (one per assignment, ordered by item) → one view per resolution. */
export function toViews(rows: unknown[][]): ResolutionView[] {
  return byItem<ResolutionView, ResolutionView['assignments'][number]>(
    rows,
    10,
    (c) => ({
      id: c[0] as number,
      publicNumber: c[1] as number,
      meetingId: c[2] as number,
      meetingNumber: c[3] as string | null,
      meetingDate: c[4] as string | null,
      row: c[5] as number,
      text: c[6] as string,
      deadlineText: c[7] as string | null,
      dueDate: c[8] as string | null,
      dueAtNextMeeting: Boolean(c[9]),
      assignments: [],
    }),
    (c) => ({
      id: c[10] as number,
      ownerId: c[11] as number,
      ownerName: c[12] as string,
      status: c[13] as Status,
      lastNote: c[14] as string | null,
      snoozedUntil: toDate(c[15]),
      updatedAt: toDate(c[16])!,
      createdAt: toDate(c[17])!,
      percent: c[18] === null ? null : Number(c[18]),
      seenAt: toDate(c[19]),
      seenBy: c[20] as string | null,
      claimedAt: toDate(c[21]),
    }),
  );
}

export async function readResolution(
  sql: SqlConnection,
  councilId: number,
  ref: ItemRef,
): Promise<ResolutionView | null> {
  const rows =
    ref.kind === 'number'
      ? await sql.rows(byNumber, [councilId, ref.number])
      : await sql.rows(byRow, [councilId, ref.meeting, ref.row]);
  return toViews(rows)[0] ?? null;
}

export async function readResolutions(
  sql: SqlConnection,
  councilId: number,
  filter: ResolutionFilter,
): Promise<ResolutionView[]> {
  const { query, params } = listQuery(sql.provider, councilId, filter);
  return toViews(await sql.rows(query, params));
}

export async function readDigestItems(
  sql: SqlConnection,
  councilId: number,
  filter: ResolutionFilter,
): Promise<DigestItem[]> {
  const { query, params } = digestQuery(sql.provider, councilId, filter);
  return toDigestItems(await sql.rows(query, params));
}
