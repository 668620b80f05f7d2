// Corrections from chat, for a secretariat without the desk at hand: `/owner 7 دبیرخانه` (replace),
// `/owner 7 + دبیرخانه` (add), `/owner 7 - کمیته فاوا` (remove), `/deadline 7 ۱۴۰۵/۱۰/۰۱` (or the next
// meeting, or none). Only the council may correct; a name or date it cannot read changes nothing.
import { hasCouncilRights } from './auth.js';
import { parseUserDate } from './calendar.js';
import type { ActorContext } from './followup.js';
import { type CorrectionStore, type CorrectionType, type ItemState, sameState, stateOf } from './item-state.js';
import { type ItemRef, parseItemRef } from './numbers.js';
import { matchOwner, type NamedOwner, splitNames } from './owners.js';
import type { ResolutionView, Store } from './ports.js';
import { matchKey } from './text.js';

export type CorrectionOutcome =
  | { kind: 'usage' }
  | { kind: 'not_allowed' }
  | { kind: 'bad_number'; token: string }
  | { kind: 'not_found'; token: string }
  | { kind: 'unknown_owner'; name: string; known: string[] }
  | { kind: 'not_owner'; number: number; name: string }
  | { kind: 'already_owner'; number: number; name: string }
  | { kind: 'bad_date'; text: string }
  | { kind: 'unchanged'; number: number }
  | { kind: 'changed'; number: number; type: CorrectionType; before: ItemState; after: ItemState };

/**
 * The owners' names of a state, for replies. A cancelled share (the desk takes an owner off that way, keeping
 * the row) no longer carries the item, so it is not named.
 */
export function ownerNames(state: ItemState, known: readonly NamedOwner[]): string[] {
  return state.owners
    .filter((o) => o.status !== 'cancelled')
    .map((o) => known.find((k) => k.id === o.ownerId)?.name ?? String(o.ownerId));
}

type Mode = 'set' | 'add' | 'remove';

const NEXT_MEETING = new Set(['جلسه بعدی', 'جلسه ی بعدی', 'next-meeting', 'next meeting']);
const NO_DEADLINE = new Set(['none', 'بدون مهلت', 'هیچ', 'ندارد']);

/** Splits `7 + name` into the item token, the mode and the names (separated by commas). */
function splitArgs(args: string): { token: string; mode: Mode; names: string[] } | null {
  const m = /^(\S+)\s*([+\-−])?\s*([\s\S]*)$/.exec(args.trim());
  if (!m?.[1]) return null;
  const mode: Mode = m[2] === '+' ? 'add' : m[2] ? 'remove' : 'set';
  const names = splitNames(m[3] ?? '');
  return { token: m[1], mode, names };
}

/** Finds the item and checks the sender may correct it. */
async function target(
  store: Store,
  ctx: ActorContext,
  token: string,
): Promise<ResolutionView | Exclude<CorrectionOutcome, { kind: 'changed' }>> {
  if (!hasCouncilRights(ctx.auth)) return { kind: 'not_allowed' };
  const ref: ItemRef | null = parseItemRef(token);
  if (!ref) return { kind: 'bad_number', token };
  return (await store.getResolution(ref)) ?? { kind: 'not_found', token };
}

async function commit(
  corrections: CorrectionStore,
  ctx: ActorContext,
  res: ResolutionView,
  type: CorrectionType,
  after: ItemState,
): Promise<CorrectionOutcome> {
  const before = stateOf(res);
  if (sameState(before, after)) return { kind: 'unchanged', number: res.publicNumber };
  await corrections.correct(res.id, type, before, after, ctx.actor, ctx.address);
  return { kind: 'changed', number: res.publicNumber, type, before, after };
}

export async function correctOwners(
  store: Store,
  corrections: CorrectionStore,
  ctx: ActorContext,
  args: string,
): Promise<CorrectionOutcome> {
  const parsed = splitArgs(args);
  if (!parsed || parsed.names.length === 0) return { kind: 'usage' };
  const res = await target(store, ctx, parsed.token);
  if (!('publicNumber' in res)) return res;
  const known: NamedOwner[] = await store.listOwners();
  const ids: number[] = [];
  for (const name of parsed.names) {
    const m = matchOwner(name, known);
    if (m.kind === 'none') return { kind: 'unknown_owner', name, known: known.map((o) => o.name) };
    if (!ids.includes(m.owner.id)) ids.push(m.owner.id);
  }
  const current = stateOf(res);
  const statusOf = new Map(current.owners.map((o) => [o.ownerId, o.status]));
  const nameOf = (id: number) => known.find((o) => o.id === id)!.name;
  let owners: ItemState['owners'];
  if (parsed.mode === 'set') owners = ids.map((id) => ({ ownerId: id, status: statusOf.get(id) ?? 'open' }));
  else if (parsed.mode === 'add') {
    const present = ids.find((id) => statusOf.has(id));
    if (present !== undefined) return { kind: 'already_owner', number: res.publicNumber, name: nameOf(present) };
    owners = [...current.owners, ...ids.map((id) => ({ ownerId: id, status: 'open' as const }))];
  } else {
    const absent = ids.find((id) => !statusOf.has(id));
    if (absent !== undefined) return { kind: 'not_owner', number: res.publicNumber, name: nameOf(absent) };
    owners = current.owners.filter((o) => !ids.includes(o.ownerId));
  }
  return commit(corrections, ctx, res, 'owners', { ...current, owners });
}

/** The deadline a user wrote: a date (Jalali or Gregorian), the next meeting, or none. */
export function readDeadline(text: string): Pick<ItemState, 'deadlineText' | 'dueDate' | 'dueAtNextMeeting'> | null {
  const key = matchKey(text);
  if (NEXT_MEETING.has(key)) return { deadlineText: text, dueDate: null, dueAtNextMeeting: true };
  if (NO_DEADLINE.has(key)) return { deadlineText: null, dueDate: null, dueAtNextMeeting: false };
  const date = parseUserDate(text);
  return date ? { deadlineText: text, dueDate: date, dueAtNextMeeting: false } : null;
}

export async function correctDeadline(
  store: Store,
  corrections: CorrectionStore,
  ctx: ActorContext,
  args: string,
): Promise<CorrectionOutcome> {
  const m = /^(\S+)\s+([\s\S]+)$/.exec(args.trim());
  if (!m?.[1] || !m[2]) return { kind: 'usage' };
  const res = await target(store, ctx, m[1]);
  if (!('publicNumber' in res)) return res;
  const deadline = readDeadline(m[2].trim());
  if (!deadline) return { kind: 'bad_date', text: m[2].trim() };
  return commit(corrections, ctx, res, 'deadline', { ...stateOf(res), ...deadline });
}
