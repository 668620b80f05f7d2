// The desk's register: one page of resolutions under the URL's filters, sorted, with the /status totals of
// everything the filters select. Two hand-written statements (src/db/sql/register.ts) however many
// resolutions the council has; the page is found by LIMIT/OFFSET on an indexed order.
import type { ResolutionView } from '../core/ports.js';
import type { Status } from '../core/types.js';
import type { SqlConnection } from './sql/connection.js';
import { registerRowsQuery, registerTotalsQuery } from './sql/register.js';
import { toViews } from './sql/resolutions.js';

export const PAGE_SIZE = 50;

export interface RegisterFilter {
  ownerId?: number;
  /** An owner's (or, without an owner, any owner's) status. */
  status?: Status;
  overdue?: boolean;
  blocked?: boolean;
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

export interface RegisterPage {
  rows: ResolutionView[];
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
  const rows = registerRowsQuery(sql.provider, councilId, q, today, { limit: PAGE_SIZE, offset });
  const totals = registerTotalsQuery(sql.provider, councilId, q, today);
  const [found, [counts]] = await Promise.all([
    sql.rows(rows.query, rows.params),
    sql.rows(totals.query, totals.params),
  ]);
  // PostgreSQL's counts are bigints, read as text; an empty selection sums to NULL.
  const [total, done, overdue] = (counts ?? []).map((n) => Number(n ?? 0)) as [number, number, number];
  return {
    rows: toViews(found),
    totals: { total, done, open: total - done, overdue },
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}
