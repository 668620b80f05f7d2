// The desk's register: one page of resolutions under the URL's filters, sorted, with the /status totals of
// everything the filters select. Hand-written statements (src/db/sql/register.ts), two at most however many
// resolutions the council has; the page is found by LIMIT/OFFSET on the register's order. The totals of the whole
// council and of one owner come from the counts the database keeps (register-counts.ts); other filters count
// every item they select, so on SQLite those are kept until the data changes (read-cache.ts): paging
// through a register, or coming back to it, counts once. On PostgreSQL an owner's page and totals are one
// statement, one round trip.
import type { AssignmentActivity, ResolutionView } from '../core/ports.js';
import type { Status } from '../core/types.js';
import { countedScope, countedTotals } from './register-counts.js';
import { toActivity } from './sql/activity.js';
import type { SqlConnection } from './sql/connection.js';
import { keptRead } from './sql/read-cache.js';
import {
  registerActivityQuery,
  registerAllQuery,
  registerOwnerPageQuery,
  registerRowsQuery,
  registerTotalsQuery,
} from './sql/register.js';
import { type RegisterRow, toRegisterRows, toViews } from './sql/resolutions.js';

export const PAGE_SIZE = 50;

export interface RegisterFilter {
  ownerId?: number;
  /** An owner's (or, without an owner, any owner's) status. */
  status?: Status;
  overdue?: boolean;
  blocked?: boolean;
  /** Open shares of owners no active chat is bound to: reminded to nobody. */
  unreached?: boolean;
  /** Open shares whose notice nobody in the owner's chat has acknowledged («رویت شد») yet. */
  unseen?: boolean;
  /** Shares with a request to the chair (of any kind) still waiting for its answer. */
  chair?: boolean;
  /** With `unreached`: Safir is configured, so an owner's phone number reaches it. */
  phonesReach?: boolean;
  /** An owner's (or any owner's) share not done or cancelled yet. */
  open?: boolean;
  /** Gregorian civil date: a deadline on or before it, or at the next meeting. */
  dueBy?: string;
  meeting?: string;
  /** Gregorian civil dates, inclusive, compared with the meeting's date. */
  from?: string;
  to?: string;
  text?: string;
}

export type RegisterSort = 'number' | 'due' | 'meeting';

export interface RegisterQuery extends RegisterFilter {
  sort: RegisterSort;
  desc: boolean;
  page: number;
}

export interface RegisterTotals {
  total: number;
  done: number;
  open: number;
  overdue: number;
}

export type { RegisterRow };

export interface RegisterPage {
  /** What a line of the register shows of each item, no more (RegisterRow). */
  rows: RegisterRow[];
  totals: RegisterTotals;
  pages: number;
}

export async function registerPage(
  sql: SqlConnection,
  councilId: number,
  q: RegisterQuery,
  today: string,
): Promise<RegisterPage> {
  const offset = (Math.max(1, q.page) - 1) * PAGE_SIZE;
  const paging = { limit: PAGE_SIZE, offset };
  if (q.ownerId !== undefined && sql.provider === 'postgresql') {
    // One owner: the page and its totals read the owner's shares once, in one statement.
    const one = registerOwnerPageQuery(sql.provider, councilId, { ...q, ownerId: q.ownerId }, today, paging);
    const found = await sql.rows(one.query, one.params);
    const totals = toTotals(found[0]!.slice(-3));
    // Past the last page the one row holds the counts alone.
    const rows = found[0]![0] === null ? [] : found;
    return { rows: toRegisterRows(rows), totals, pages: pagesOf(totals) };
  }
  // The page is fifty items read in the register's order; the totals a pass over every item selected.
  const rows = registerRowsQuery(sql.provider, councilId, q, today, paging);
  const [found, totals] = await Promise.all([
    sql.rows(rows.query, rows.params),
    registerTotals(sql, councilId, q, today),
  ]);
  return { rows: toRegisterRows(found), totals, pages: pagesOf(totals) };
}

const pagesOf = (totals: RegisterTotals) => Math.max(1, Math.ceil(totals.total / PAGE_SIZE));

/** Total, done and overdue as counted → the totals. PostgreSQL's counts are bigints, read as text. */
function toTotals(counts: unknown[]): RegisterTotals {
  // An empty selection sums to NULL.
  const [total, done, overdue] = counts.map((n) => Number(n ?? 0)) as [number, number, number];
  return { total, done, open: total - done, overdue };
}

/**
 * The /status totals of everything the filters select: for the whole council or one owner, from the counts the
 * database keeps (register-counts.ts); otherwise in one statement, kept while the data stays the same.
 */
export async function registerTotals(
  sql: SqlConnection,
  councilId: number,
  q: RegisterFilter,
  today: string,
): Promise<RegisterTotals> {
  const scope = countedScope(q);
  if (scope !== undefined) return countedTotals(sql, councilId, scope, today);
  const totals = registerTotalsQuery(sql.provider, councilId, q, today);
  return keptRead(sql, `${totals.query.name} ${JSON.stringify(totals.params)}`, async () => {
    const [counts] = await sql.rows(totals.query, totals.params);
    return toTotals(counts ?? []);
  });
}

/**
 * Every item the filters select, unpaged, in the register's order, with its shares' latest activity: what the
 * report builders take. Two statements whatever the number of items; the selection is a subquery in both.
 */
export async function registerSelection(
  sql: SqlConnection,
  councilId: number,
  q: RegisterFilter & Partial<Pick<RegisterQuery, 'sort' | 'desc'>>,
  today: string,
): Promise<{ resolutions: ResolutionView[]; activity: Map<number, AssignmentActivity> }> {
  const ordered = { sort: 'number' as const, desc: false, page: 1, ...q };
  const all = registerAllQuery(sql.provider, councilId, ordered, today);
  const activity = registerActivityQuery(sql.provider, councilId, ordered, today);
  const [found, acts] = await Promise.all([sql.rows(all.query, all.params), sql.rows(activity.query, activity.params)]);
  return { resolutions: toViews(found), activity: toActivity(acts) };
}
