// Report data from the Store: which resolutions a report covers, their rows (with the last update and
// note from history), and per-committee counts for summaries and the chart.
import { formatJalali } from '../core/calendar.js';
import { daysLate } from '../core/format.js';
import { MESSAGES } from '../core/i18n.js';
import type { ResolutionView, Store } from '../core/ports.js';
import { isOverdue, resolutionProgress } from '../core/status.js';
import type { Language, Status } from '../core/types.js';
import type { ReportOptions } from './options.js';

export interface ReportFilter {
  meeting?: string;
  ownerIds?: number[];
  /** Gregorian civil dates, inclusive, compared with the meeting's date. */
  from?: string;
  to?: string;
}

export type Scope = { filter: ReportFilter; labels: string[] } | { unknownCommittee: string };

/** Turns parsed options into a filter (looking the committee up) and the words that describe it. */
export async function resolveScope(store: Store, opts: ReportOptions, lang: Language): Promise<Scope> {
  const t = MESSAGES[lang];
  const filter: ReportFilter = {};
  const labels: string[] = [];
  if (opts.committee) {
    const owner = await store.findOwner(opts.committee);
    if (!owner) return { unknownCommittee: opts.committee };
    filter.ownerIds = [owner.id];
    labels.push(owner.name);
  }
  if (opts.meeting) {
    filter.meeting = opts.meeting;
    labels.push(t.meeting(t.num(opts.meeting)));
  }
  if (opts.from && opts.to) {
    filter.from = opts.from;
    filter.to = opts.to;
    labels.push(t.reportRange(formatJalali(opts.from, lang), formatJalali(opts.to, lang)));
  }
  return { filter, labels };
}

/** Keeps only the given owners' assignments, so every count speaks of those committees alone. */
export function narrowToOwners(list: ResolutionView[], ownerIds?: number[]): ResolutionView[] {
  if (!ownerIds) return list;
  return list
    .map((r) => ({ ...r, assignments: r.assignments.filter((a) => ownerIds.includes(a.ownerId)) }))
    .filter((r) => r.assignments.length > 0);
}

export async function loadResolutions(store: Store, filter: ReportFilter = {}): Promise<ResolutionView[]> {
  const list = await store.listResolutions({
    ...(filter.meeting ? { meetingNumber: filter.meeting } : {}),
    ...(filter.ownerIds ? { ownerIds: filter.ownerIds } : {}),
  });
  const { from, to } = filter;
  const inRange = (r: ResolutionView) =>
    !from || !to || (r.meetingDate !== null && r.meetingDate >= from && r.meetingDate <= to);
  return narrowToOwners(list.filter(inRange), filter.ownerIds);
}

export interface ReportRow {
  res: ResolutionView;
  status: Status;
  daysOverdue: number;
  lastUpdate: Date | null;
  lastNote: string | null;
}

/** One row per resolution; history supplies the last change and the last note of the owners shown. */
export async function reportRows(store: Store, list: ResolutionView[], today: string): Promise<ReportRow[]> {
  const rows: ReportRow[] = [];
  for (const res of list) {
    const ids = new Set(res.assignments.map((a) => a.id));
    const events = (await store.history(res.id)).filter((e) => ids.has(e.assignmentId));
    const last = events.at(-1);
    const noted = events.filter((e) => e.type !== 'import' && e.note).at(-1);
    rows.push({
      res,
      status: resolutionProgress(res.assignments.map((a) => a.status)).status,
      daysOverdue: daysLate(res, today),
      lastUpdate: last?.createdAt ?? null,
      lastNote: noted?.note ?? res.assignments.find((a) => a.lastNote)?.lastNote ?? null,
    });
  }
  return rows;
}

/** The chart's four exclusive parts; blocked items count as open (and are also counted apart). */
export interface CommitteeCounts {
  ownerId: number;
  name: string;
  done: number;
  inProgress: number;
  open: number;
  overdue: number;
  blocked: number;
  total: number;
}

export function committeeCounts(list: ResolutionView[], today: string): CommitteeCounts[] {
  const byOwner = new Map<number, CommitteeCounts>();
  for (const r of list) {
    for (const a of r.assignments) {
      if (a.status === 'cancelled') continue;
      const c = byOwner.get(a.ownerId) ?? {
        ownerId: a.ownerId,
        name: a.ownerName,
        done: 0,
        inProgress: 0,
        open: 0,
        overdue: 0,
        blocked: 0,
        total: 0,
      };
      if (a.status === 'done') c.done++;
      else if (isOverdue(r.dueDate, a.status, today)) c.overdue++;
      else if (a.status === 'in_progress') c.inProgress++;
      else c.open++;
      if (a.status === 'blocked') c.blocked++;
      c.total++;
      byOwner.set(a.ownerId, c);
    }
  }
  return [...byOwner.values()].sort((a, b) => b.total - a.total || a.ownerId - b.ownerId);
}
