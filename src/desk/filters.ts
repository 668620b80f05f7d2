// The register's filters live in the URL (so a link can be shared): reading them, with a clear message for
// a date that is not a Jalali date or an owner nobody knows, and writing them back for paging links.
import type { Messages } from '../core/i18n.js';
import { overLimit, SHORT_LIMIT } from '../core/limits.js';
import type { OwnerInfo } from '../core/ports.js';
import { toLatinDigits } from '../core/text.js';
import { STATUSES, type Status } from '../core/types.js';
import type { RegisterQuery, RegisterSort } from '../db/register.js';
import { deskDate } from './form.js';

/** The query as typed, kept to fill the form again. */
export type RawFilters = Record<
  | 'owner'
  | 'status'
  | 'open'
  | 'overdue'
  | 'blocked'
  | 'unreached'
  | 'unseen'
  | 'chair'
  | 'due'
  | 'meeting'
  | 'from'
  | 'to'
  | 'q'
  | 'sort'
  | 'desc'
  | 'page',
  string
>;

export const FILTER_KEYS = [
  'owner',
  'status',
  'open',
  'overdue',
  'blocked',
  'unreached',
  'unseen',
  'chair',
  'due',
  'meeting',
  'from',
  'to',
  'q',
  'sort',
  'desc',
  'page',
] as const;

export function rawFilters(query: (k: string) => string | undefined): RawFilters {
  const out = {} as RawFilters;
  for (const k of FILTER_KEYS) out[k] = (query(k) ?? '').trim();
  return out;
}

/** `findOwner` is the owner a typed name means, or null. */
export function readFilters(
  raw: RawFilters,
  findOwner: (name: string) => OwnerInfo | null,
  t: Messages,
  /** `safir`: Safir is configured, so an owner's phone number reaches it. */
  opts: { safir?: boolean } = {},
): { query: RegisterQuery; errors: Partial<Record<keyof RawFilters, string>> } {
  const errors: Partial<Record<keyof RawFilters, string>> = {};
  const query: RegisterQuery = {
    sort: (['number', 'due', 'meeting'] as RegisterSort[]).includes(raw.sort as RegisterSort)
      ? (raw.sort as RegisterSort)
      : 'number',
    desc: raw.desc === '1',
    page: Math.max(1, Number.parseInt(toLatinDigits(raw.page), 10) || 1),
  };
  // A filter too long to be meant is said so, never searched for cut.
  for (const k of FILTER_KEYS) {
    const length = overLimit(raw[k], SHORT_LIMIT);
    if (length !== null) errors[k] = t.tooLong(SHORT_LIMIT, length);
  }
  if (Object.keys(errors).length > 0) return { query, errors };
  if (raw.owner) {
    const owner = findOwner(raw.owner);
    if (owner) query.ownerId = owner.id;
    else errors.owner = t.desk.unknownOwner(raw.owner);
  }
  if (STATUSES.includes(raw.status as Status)) query.status = raw.status as Status;
  if (raw.open === '1') query.open = true;
  if (raw.overdue === '1') query.overdue = true;
  if (raw.blocked === '1') query.blocked = true;
  if (raw.unreached === '1') query.unreached = true;
  if (raw.unseen === '1') query.unseen = true;
  if (raw.chair === '1') query.chair = true;
  if (raw.unreached === '1' && opts.safir) query.phonesReach = true;
  if (raw.meeting) query.meeting = toLatinDigits(raw.meeting);
  for (const k of ['from', 'to', 'due'] as const) {
    if (!raw[k]) continue;
    const read = deskDate(t, raw[k]);
    if ('date' in read) query[k === 'due' ? 'dueBy' : k] = read.date;
    else errors[k] = read.error;
  }
  if (raw.q) query.text = raw.q;
  return { query, errors };
}

/** `/desk?owner=…&page=2`: the same filters with some values changed, on `base`; empty values are left out. */
export function filterUrl(raw: RawFilters, change: Partial<RawFilters> = {}, base = '/desk'): string {
  const params = new URLSearchParams();
  const merged = { ...raw, ...change };
  for (const k of FILTER_KEYS) if (merged[k]) params.set(k, merged[k]);
  const s = params.toString();
  return s ? `${base}?${s}` : base;
}
