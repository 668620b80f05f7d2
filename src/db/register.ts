// The desk's register: one page of resolutions under the URL's filters, sorted, with the /status totals of
// everything the filters select. Each filter is an indexed relation filter, so a page stays a handful of
// queries however many resolutions the council has.
import type { ResolutionView } from '../core/ports.js';
import type { Status } from '../core/types.js';
import type { Prisma } from './client.js';
import { type ResolutionRow, resolutionInclude, toResolutionView } from './views.js';

export const PAGE_SIZE = 50;
const PENDING: Status[] = ['open', 'in_progress', 'blocked'];

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

/** The filters on the resolution itself (meeting, dates, text, deadline passed). */
function resolutionWhere(councilId: number, f: RegisterFilter, today: string) {
  const and: object[] = [];
  if (f.overdue) and.push({ dueDate: { lt: today } });
  if (f.meeting) and.push({ meeting: { number: f.meeting } });
  if (f.from) and.push({ meeting: { gregorianDate: { gte: f.from } } });
  if (f.to) and.push({ meeting: { gregorianDate: { lte: f.to } } });
  if (f.text) and.push({ text: { contains: f.text } });
  return { councilId, AND: and };
}

/** The filters on an owner's share: its status, blocked, still pending (for overdue). */
function assignmentFilters(f: RegisterFilter): object[] {
  const and: object[] = [];
  if (f.status) and.push({ status: f.status });
  if (f.blocked) and.push({ status: 'blocked' });
  if (f.overdue) and.push({ status: { in: PENDING } });
  return and;
}

function orderBy(q: RegisterQuery) {
  const dir = q.desc ? ('desc' as const) : ('asc' as const);
  if (q.sort === 'due') return [{ dueDate: dir }, { publicNumber: dir }];
  if (q.sort === 'meeting') return [{ meetingId: dir }, { row: dir }];
  return [{ publicNumber: dir }];
}

export async function registerPage(
  prisma: Prisma,
  councilId: number,
  q: RegisterQuery,
  today: string,
): Promise<RegisterPage> {
  const page = { skip: (Math.max(1, q.page) - 1) * PAGE_SIZE, take: PAGE_SIZE };
  const onResolution = resolutionWhere(councilId, q, today);
  const shares = assignmentFilters(q);
  let rows: unknown[];
  let totals: RegisterTotals;
  if (q.ownerId !== undefined) {
    // One owner: read from its assignments (index on ownerId), never scanning the whole council. Totals count
    // that owner's share, as /status does for one committee.
    // The owner is the council's own, so the resolution side joins in only for a filter that needs it
    // (SQLite otherwise plans the join from the council's 100k resolutions).
    const w = {
      ownerId: q.ownerId,
      AND: shares,
      ...(onResolution.AND.length > 0 ? { resolution: { AND: onResolution.AND } } : {}),
    };
    const [found, total, done, overdue] = await Promise.all([
      prisma.assignment.findMany({
        where: w,
        orderBy: orderBy(q).map((o) => ({ resolution: o })),
        ...page,
        select: { resolution: { include: resolutionInclude } },
      }),
      prisma.assignment.count({ where: w }),
      prisma.assignment.count({ where: { AND: [w, { status: { notIn: PENDING } }] } }),
      prisma.assignment.count({
        where: { AND: [w, { status: { in: PENDING } }, { resolution: { dueDate: { lt: today } } }] },
      }),
    ]);
    rows = found.map((a) => a.resolution);
    totals = { total, done, open: total - done, overdue };
  } else {
    const w = shares.length > 0 ? { ...onResolution, assignments: { some: { AND: shares } } } : onResolution;
    const [found, total, done, overdue] = await Promise.all([
      prisma.resolution.findMany({ where: w, include: resolutionInclude, orderBy: orderBy(q), ...page }),
      prisma.resolution.count({ where: w }),
      // As /status counts: done when every owner is done or cancelled.
      prisma.resolution.count({
        where: { AND: [w, { assignments: { some: {} } }, { assignments: { none: { status: { in: PENDING } } } }] },
      }),
      prisma.resolution.count({
        where: { AND: [w, { dueDate: { lt: today } }, { assignments: { some: { status: { in: PENDING } } } }] },
      }),
    ]);
    rows = found;
    totals = { total, done, open: total - done, overdue };
  }
  return {
    rows: rows.map((r) => toResolutionView(r as ResolutionRow)),
    totals,
    pages: Math.max(1, Math.ceil(totals.total / PAGE_SIZE)),
  };
}
