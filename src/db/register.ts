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

function where(councilId: number, f: RegisterFilter, today: string) {
  const owner = f.ownerId !== undefined ? { ownerId: f.ownerId } : {};
  const and: object[] = [];
  if (f.ownerId !== undefined) and.push({ assignments: { some: owner } });
  if (f.status) and.push({ assignments: { some: { ...owner, status: f.status } } });
  if (f.blocked) and.push({ assignments: { some: { ...owner, status: 'blocked' } } });
  if (f.overdue) and.push({ dueDate: { lt: today }, assignments: { some: { ...owner, status: { in: PENDING } } } });
  if (f.meeting) and.push({ meeting: { number: f.meeting } });
  if (f.from) and.push({ meeting: { gregorianDate: { gte: f.from } } });
  if (f.to) and.push({ meeting: { gregorianDate: { lte: f.to } } });
  if (f.text) and.push({ text: { contains: f.text } });
  return { councilId, AND: and };
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
  const w = where(councilId, q, today);
  const [rows, total, done, overdue] = await Promise.all([
    prisma.resolution.findMany({
      where: w,
      include: resolutionInclude,
      orderBy: orderBy(q),
      skip: (Math.max(1, q.page) - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
    }),
    prisma.resolution.count({ where: w }),
    // As /status counts: done when every owner is done or cancelled.
    prisma.resolution.count({
      where: { AND: [w, { assignments: { some: {} } }, { assignments: { none: { status: { in: PENDING } } } }] },
    }),
    prisma.resolution.count({
      where: { AND: [w, { dueDate: { lt: today } }, { assignments: { some: { status: { in: PENDING } } } }] },
    }),
  ]);
  return {
    rows: rows.map((r) => toResolutionView(r as ResolutionRow)),
    totals: { total, done, open: total - done, overdue },
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
  };
}
