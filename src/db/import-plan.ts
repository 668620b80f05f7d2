// What an import would do, worked out without writing: which meeting it touches (matched on number AND
// date, or a question when that is not certain), which owners it creates or merges, and for a re-import every
// change row by row — text, deadline, owners added and removed, owners kept because they already reported,
// and stored rows the file no longer has.
import { createHash } from 'node:crypto';
import { matchOwner, type NamedOwner } from '../core/owners.js';
import { matchKey } from '../core/text.js';
import type { Status } from '../core/types.js';
import type { ParsedMinutes } from '../minutes/types.js';
import type { Prisma, Tx } from './client.js';
import { type StoredItem, storedItems } from './import-stored.js';

export interface PlannedOwner {
  written: string;
  /** The known owner it joins, or null when a new owner will be created. */
  existing: string | null;
  existingId: number | null;
  how: 'exact' | 'alias' | 'new';
}

/** The stored meeting a file may be a re-import of, when number and date do not both agree. */
export interface MeetingQuestion {
  reason: 'date-differs' | 'no-number' | 'date-unknown';
  meeting: { id: number; number: string | null; gregorianDate: string | null };
}

export interface ItemPlan {
  row: number;
  publicNumber: number;
  isNew: boolean;
  /** Owners as written in the file. */
  owners: string[];
  resolutionId: number | null;
  textChanged: boolean;
  deadlineChanged: boolean;
  /** Stored owners' names the file adds, removes, or would remove but keeps (they already reported). */
  added: string[];
  removed: string[];
  removedIds: number[];
  kept: { name: string; status: Status }[];
}

export interface ImportPlan {
  /** The key a new meeting is stored under. */
  meetingKey: string;
  /** The stored meeting the import updates, or null for a new one. */
  meetingId: number | null;
  isUpdate: boolean;
  question: MeetingQuestion | null;
  owners: PlannedOwner[];
  items: ItemPlan[];
  /** Stored rows of the meeting that this file does not have: kept unless the secretary removes them. */
  missing: { row: number; publicNumber: number; resolutionId: number; text: string }[];
  warnings: string[];
}

export type MeetingChoice = 'update' | 'new';

export type Db = Prisma | Tx;

function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex').slice(0, 16);
}

/** The stored meeting this file would touch, and whether to ask before touching it. */
async function matchMeeting(db: Db, councilId: number, parsed: ParsedMinutes, sourceText: string) {
  const m = parsed.meeting;
  const select = { id: true, key: true, number: true, gregorianDate: true };
  const candidates = m.number
    ? await db.meeting.findMany({ where: { councilId, number: m.number }, select, orderBy: { id: 'desc' } })
    : await db.meeting.findMany({
        where: {
          councilId,
          OR: [{ key: `h:${hashOf(sourceText)}` }, ...(m.gregorianDate ? [{ gregorianDate: m.gregorianDate }] : [])],
        },
        select,
        orderBy: { id: 'desc' },
      });
  const same = m.gregorianDate ? candidates.find((c) => c.gregorianDate === m.gregorianDate) : undefined;
  if (m.number && same) return { match: same, question: null };
  const first = candidates[0];
  if (!first) return { match: null, question: null };
  const reason: MeetingQuestion['reason'] = !m.number
    ? 'no-number'
    : m.gregorianDate && first.gregorianDate
      ? 'date-differs'
      : 'date-unknown';
  const question = { reason, meeting: { id: first.id, number: first.number, gregorianDate: first.gregorianDate } };
  return { match: first, question };
}

/** A key no stored meeting of the council has yet. */
async function freshKey(db: Db, councilId: number, parsed: ParsedMinutes, sourceText: string): Promise<string> {
  const m = parsed.meeting;
  const base = m.number ? `n:${m.number}` : m.gregorianDate ? `d:${m.gregorianDate}` : `h:${hashOf(sourceText)}`;
  const taken = async (key: string) =>
    (await db.meeting.findUnique({ where: { councilId_key: { councilId, key } }, select: { id: true } })) !== null;
  if (!(await taken(base))) return base;
  const dated = m.number && m.gregorianDate ? `${base}:${m.gregorianDate}` : base;
  return dated !== base && !(await taken(dated)) ? dated : `${base}:${hashOf(sourceText)}`;
}

async function planOwners(db: Db, councilId: number, parsed: ParsedMinutes): Promise<PlannedOwner[]> {
  const rows = await db.owner.findMany({ where: { councilId }, include: { aliases: true }, orderBy: { id: 'asc' } });
  const known: NamedOwner[] = rows.map((o) => ({ id: o.id, name: o.name, aliases: o.aliases.map((a) => a.alias) }));
  const owners: PlannedOwner[] = [];
  const seen = new Set<string>();
  for (const name of parsed.resolutions.flatMap((r) => r.owners)) {
    const k = matchKey(name);
    if (seen.has(k)) continue;
    seen.add(k);
    const m = matchOwner(name, known);
    if (m.kind !== 'none') {
      // A negative id is an owner this same file creates: the name joins it.
      const stored = m.owner.id > 0 ? m.owner.id : null;
      owners.push({
        written: name,
        existing: m.owner.name,
        existingId: stored,
        how: m.kind === 'exact' ? 'exact' : 'alias',
      });
      continue;
    }
    owners.push({ written: name, existing: null, existingId: null, how: 'new' });
    // Later names in the same file may be aliases of this new owner.
    known.push({ id: -known.length - 1, name, aliases: [] });
  }
  return owners;
}

/**
 * Works out what an import would do, without writing anything. `choice` answers the meeting question:
 * without it the plan shows the update the file would make, and the question stays open.
 */
export async function planImport(
  db: Db,
  councilId: number,
  parsed: ParsedMinutes,
  sourceText: string,
  choice?: MeetingChoice,
): Promise<ImportPlan> {
  const { match, question } = await matchMeeting(db, councilId, parsed, sourceText);
  const meeting = choice === 'new' ? null : match;
  const owners = await planOwners(db, councilId, parsed);
  const stored = meeting ? await storedItems(db, meeting.id) : new Map<number, StoredItem>();
  const max = await db.resolution.aggregate({ where: { councilId }, _max: { publicNumber: true } });
  let next = (max._max.publicNumber ?? 0) + 1;
  const warnings = [...parsed.warnings];
  const rows = new Set<number>();
  const ownerOf = new Map(owners.map((o) => [matchKey(o.written), o]));
  const items = parsed.resolutions.map((r): ItemPlan => {
    if (rows.has(r.number)) warnings.push(`row ${r.number} appears twice; the later one wins`);
    rows.add(r.number);
    const s = stored.get(r.number);
    const publicNumber = s?.publicNumber ?? next++;
    if (r.owners.length === 0) warnings.push(`item ${publicNumber} names no owner: link it to one after import`);
    const plan: ItemPlan = {
      row: r.number,
      publicNumber,
      isNew: !s,
      owners: r.owners,
      resolutionId: s?.id ?? null,
      textChanged: !!s && s.text !== r.text,
      deadlineChanged:
        !!s &&
        (s.deadlineText !== r.deadline ||
          s.dueDate !== r.dueDate ||
          s.dueAtNextMeeting !== (r.dueAtNextMeeting ?? false)),
      added: [],
      removed: [],
      removedIds: [],
      kept: [],
    };
    if (!s) return plan;
    const fileIds = new Set(r.owners.map((n) => ownerOf.get(matchKey(n))?.existingId));
    const storedIds = new Set(s.owners.map((o) => o.ownerId));
    plan.added = r.owners.filter((n) => !storedIds.has(ownerOf.get(matchKey(n))?.existingId ?? -1));
    for (const o of s.owners) {
      if (fileIds.has(o.ownerId)) continue;
      if (o.reported) plan.kept.push({ name: o.name, status: o.status });
      else {
        plan.removed.push(o.name);
        plan.removedIds.push(o.ownerId);
      }
    }
    return plan;
  });
  const missing = [...stored.values()]
    .filter((s) => !rows.has(s.row))
    .map((s) => ({ row: s.row, publicNumber: s.publicNumber, resolutionId: s.id, text: s.text }));
  for (const m of missing)
    warnings.push(`item ${m.publicNumber} (row ${m.row}) of the earlier import is not in this file; it is kept`);
  return {
    meetingKey: meeting ? '' : await freshKey(db, councilId, parsed, sourceText),
    meetingId: meeting?.id ?? null,
    isUpdate: !!meeting,
    question: choice ? null : question,
    owners,
    items,
    missing,
    warnings,
  };
}
