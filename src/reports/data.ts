// Report data from the Store: which resolutions a report covers, their rows (with the last update and
// note from history), and per-committee counts for summaries and the chart.
import { formatJalali } from '../core/calendar.js';
import { buildDigest, type OwnerCounts } from '../core/digest.js';
import type { EvidenceStore } from '../core/evidence.js';
import { daysLate } from '../core/format.js';
import { MESSAGES } from '../core/i18n.js';
import type { AssignmentActivity, DigestItem, ResolutionView, Store } from '../core/ports.js';
import { resolutionProgress } from '../core/status.js';
import { toLatinDigits } from '../core/text.js';
import type { Language, Status } from '../core/types.js';
import { parseReportOptions } from './options.js';

export interface ReportFilter {
  meeting?: string;
  ownerIds?: number[];
  /** Gregorian civil dates, inclusive, compared with the meeting's date. */
  from?: string;
  to?: string;
}

export type Scope = { filter: ReportFilter; labels: string[] } | { error: string };

/**
 * Reads the narrowing words of /status or /report (see options.ts) into a filter, looking the committee
 * up, with the words that describe it; or the message to answer when a date or a name is wrong.
 */
export async function scopeFromArgs(store: Store, args: string, lang: Language): Promise<Scope> {
  const t = MESSAGES[lang];
  const opts = parseReportOptions(args);
  if (opts.badDate) return { error: t.badDate(opts.badDate) };
  const filter: ReportFilter = {};
  const labels: string[] = [];
  if (opts.committee) {
    const owner = await store.findOwner(opts.committee);
    if (!owner) {
      const known = (await store.listOwners()).map((o) => o.name).join(lang === 'fa' ? '، ' : ', ');
      return { error: known ? t.linkUnknown(opts.committee, known) : t.linkUnknownNone(opts.committee) };
    }
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
export function narrowToOwners<T extends { assignments: { ownerId: number }[] }>(list: T[], ownerIds?: number[]): T[] {
  if (!ownerIds) return list;
  return list
    .map((r) => ({ ...r, assignments: r.assignments.filter((a) => ownerIds.includes(a.ownerId)) }))
    .filter((r) => r.assignments.length > 0);
}

/** The store's filter for a report's: the meeting and the owners; the date range is applied after reading. */
const storeFilter = (filter: ReportFilter) => ({
  ...(filter.meeting ? { meetingNumber: filter.meeting } : {}),
  ...(filter.ownerIds ? { ownerIds: filter.ownerIds } : {}),
});

/** The items in the filter's meeting date range, each narrowed to the filter's owners. */
function narrowed<T extends DigestItem>(list: T[], filter: ReportFilter): T[] {
  const { from, to } = filter;
  const inRange = (r: T) => !from || !to || (r.meetingDate !== null && r.meetingDate >= from && r.meetingDate <= to);
  return narrowToOwners(!from || !to ? list : list.filter(inRange), filter.ownerIds);
}

export async function loadResolutions(store: Store, filter: ReportFilter = {}): Promise<ResolutionView[]> {
  return narrowed(await store.listResolutions(storeFilter(filter)), filter);
}

/** As loadResolutions, with only what the chair's overview reads (buildDigest): /status over a whole council. */
export async function loadDigestItems(store: Store, filter: ReportFilter = {}): Promise<DigestItem[]> {
  return narrowed(await store.listDigestItems(storeFilter(filter)), filter);
}

export interface ReportRow {
  res: ResolutionView;
  status: Status;
  daysOverdue: number;
  lastUpdate: Date | null;
  lastNote: string | null;
  /** How many times the item's deadline was extended at its owners' request. */
  extensions: number;
  /** What the owners gave as evidence of «done»: texts and file names, oldest first. */
  evidence: string[];
}

/** Where a report reads each item's evidence from (absent: none shown). */
export type EvidenceSource = Pick<EvidenceStore, 'texts'>;

/**
 * One row per resolution; history supplies the last change and the last note of the owners shown. The
 * activity is read in one query for everything `filter` selects (`list` is what it selected).
 */
export async function reportRows(
  store: Store,
  list: ResolutionView[],
  today: string,
  filter: ReportFilter = {},
  evidence?: EvidenceSource,
): Promise<ReportRow[]> {
  const activity = await store.latestActivity({
    ...(filter.meeting ? { meetingNumber: filter.meeting } : {}),
    ...(filter.ownerIds ? { ownerIds: filter.ownerIds } : {}),
  });
  const texts = evidence ? await evidence.texts(list.map((r) => r.id)) : new Map<number, string[]>();
  return rowsWithActivity(list, activity, today, await store.extensionCounts(), texts);
}

/** The rows of `list`, given the latest activity of (at least) its shares, by assignment id. */
export function rowsWithActivity(
  list: ResolutionView[],
  activity: ReadonlyMap<number, AssignmentActivity>,
  today: string,
  extensions: ReadonlyMap<number, number> = new Map(),
  evidence: ReadonlyMap<number, string[]> = new Map(),
): ReportRow[] {
  return list.map((res) => {
    const acts = res.assignments.map((a) => activity.get(a.id)).filter((a) => a !== undefined);
    const last = acts.reduce<AssignmentActivity | undefined>(
      (best, a) => (!best || a.lastEventId > best.lastEventId ? a : best),
      undefined,
    );
    const noted = acts
      .filter((a) => a.noteEventId !== null)
      .reduce<AssignmentActivity | undefined>(
        (best, a) => (!best || a.noteEventId! > best.noteEventId! ? a : best),
        undefined,
      );
    return {
      res,
      status: resolutionProgress(res.assignments.map((a) => a.status)).status,
      daysOverdue: daysLate(res, today),
      lastUpdate: last?.lastAt ?? null,
      lastNote: noted?.note ?? res.assignments.find((a) => a.lastNote)?.lastNote ?? null,
      extensions: extensions.get(res.id) ?? 0,
      evidence: evidence.get(res.id) ?? [],
    };
  });
}

/** A committee's parts (see buildDigest) and their sum. */
export interface CommitteeCounts extends OwnerCounts {
  total: number;
}

/** Committees with at least one live item, largest first. */
export function committeeCounts(list: ResolutionView[], today: string): CommitteeCounts[] {
  return buildDigest(list, today)
    .owners.map((o) => ({ ...o, total: o.open + o.inProgress + o.done + o.blocked + o.overdue }))
    .filter((c) => c.total > 0)
    .sort((a, b) => b.total - a.total || a.ownerId - b.ownerId);
}

/** The rows of a report over everything the filter selects. */
export async function loadReport(store: Store, filter: ReportFilter, today: string, evidence?: EvidenceSource) {
  const resolutions = await loadResolutions(store, filter);
  return { resolutions, rows: await reportRows(store, resolutions, today, filter, evidence) };
}

/** `1401-09-10`: a Jalali date for file names, in Latin digits so every platform keeps it. */
export function fileDate(today: string): string {
  return formatJalali(today, 'en').replace(/\//g, '-');
}

/**
 * What a report's file names end in: its date, then what it covers (`1401-09-10-کمیته-فاوا`), so reports of
 * one day on different committees, meetings or ranges never share a name (and overwrite one another).
 */
export function fileStamp(today: string, labels: readonly string[]): string {
  const scope = toLatinDigits(labels.join(' '))
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
  return scope ? `${fileDate(today)}-${scope}` : fileDate(today);
}
