// What an import would do, worked out without writing: which meeting it touches (matched on number AND
// date, or a question when that is not certain), which owners it creates or merges, and for a re-import every
// change row by row — text, deadline, owners added and removed, owners kept because they already reported,
// and stored rows the file no longer has.
import { createHash } from 'node:crypto';
import { matchOwner, type NamedOwner } from '../core/owners.js';
import { matchKey } from '../core/text.js';
import type { Decisions, ImportPlan, ItemPlan, MeetingChoice, MeetingQuestion, PlannedOwner } from '../minutes/plan.js';
import type { ParsedMinutes } from '../minutes/types.js';
import type { Prisma, Tx } from './client.js';
import { readBases } from './import-base.js';
import { fileItems, planItems } from './import-items.js';
import { storedItems } from './import-stored.js';
import { reachingBindings } from './owner-phones.js';

export type {
  Conflict,
  Decisions,
  ImportPlan,
  ItemPlan,
  MeetingChoice,
  MeetingQuestion,
  PlannedOwner,
} from '../minutes/plan.js';

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

async function knownOwners(db: Db, councilId: number): Promise<NamedOwner[]> {
  const rows = await db.owner.findMany({ where: { councilId }, include: { aliases: true }, orderBy: { id: 'asc' } });
  return rows.map((o) => ({ id: o.id, name: o.name, aliases: o.aliases.map((a) => a.alias) }));
}

function planOwners(stored: NamedOwner[], parsed: ParsedMinutes): Omit<PlannedOwner, 'unreached'>[] {
  const known = [...stored];
  const owners: Omit<PlannedOwner, 'unreached'>[] = [];
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
 * without it the plan shows the update the file would make, and the question stays open. `decisions` are the
 * secretary's answers to the conflicts, shown with them.
 */
export async function planImport(
  db: Db,
  councilId: number,
  parsed: ParsedMinutes,
  sourceText: string,
  choice?: MeetingChoice,
  decisions?: Decisions,
  /** `safir`: Safir is configured, so an owner's phone number reaches it. */
  opts: { safir?: boolean } = {},
): Promise<ImportPlan> {
  const { match, question } = await matchMeeting(db, councilId, parsed, sourceText);
  const meeting = choice === 'new' ? null : match;
  const known = await knownOwners(db, councilId);
  const reached = new Set(
    (
      await db.chatBinding.findMany({
        where: { councilId, active: true, ownerId: { not: null }, ...reachingBindings(!!opts.safir) },
        select: { ownerId: true },
        distinct: ['ownerId'],
      })
    ).map((b) => b.ownerId),
  );
  const owners = planOwners(known, parsed).map((o) => ({
    ...o,
    unreached: o.existingId === null || !reached.has(o.existingId),
  }));
  const stored = meeting ? await storedItems(db, meeting.id) : [];
  const resolve = (name: string) => {
    const m = matchOwner(name, known);
    return m.kind === 'none' ? null : m.owner.id;
  };
  const bases = meeting ? await readBases(db, meeting.id, stored, resolve) : new Map();
  const max = await db.resolution.aggregate({ where: { councilId }, _max: { publicNumber: true } });
  const warnings = [...parsed.warnings];
  const file = fileItems(parsed);
  for (const f of file)
    if (f.indexes.length > 1) warnings.push(`row ${f.resolution.number} appears twice; the later one wins`);
  // An owner this file creates stands in with a negative id until it is stored; another spelling of it, too.
  const idOf = new Map<string, number>();
  const nameOf = new Map(known.map((k) => [k.id, k.name]));
  for (const [i, o] of owners.entries()) {
    const id = o.existingId ?? (o.existing ? idOf.get(matchKey(o.existing))! : -(i + 1));
    idOf.set(matchKey(o.written), id);
    if (!nameOf.has(id)) nameOf.set(id, o.written);
  }
  const lookup = {
    idOf: (written: string) => idOf.get(matchKey(written))!,
    nameOf: (id: number) => nameOf.get(id) ?? String(id),
  };
  const plan = planItems(file, stored, bases, lookup, (max._max.publicNumber ?? 0) + 1, decisions);
  const items: ItemPlan[] = [];
  file.forEach((f, i) => {
    for (const index of f.indexes) items[index] = plan.items[i]!;
  });
  plan.items.forEach((item, i) => {
    if (file[i]!.resolution.owners.length === 0)
      warnings.push(`item ${item.publicNumber} names no owner: link it to one after import`);
  });
  // A row the file no longer has keeps its row number, unless the file gives that number to another row.
  const rows = new Set(file.map((f) => f.resolution.number));
  let spare = Math.max(0, ...rows, ...stored.map((s) => s.row)) + 1;
  const missing = plan.missing.map((s) => ({
    row: s.row,
    publicNumber: s.publicNumber,
    resolutionId: s.id,
    text: s.text,
    newRow: rows.has(s.row) ? spare++ : null,
  }));
  for (const m of missing)
    warnings.push(`item ${m.publicNumber} (row ${m.row}) of the earlier import is not in this file; it is kept`);
  return {
    meetingKey: meeting ? '' : await freshKey(db, councilId, parsed, sourceText),
    meetingId: meeting?.id ?? null,
    isUpdate: !!meeting,
    question: choice ? null : question,
    owners,
    items,
    conflicts: plan.conflicts,
    missing,
    warnings,
  };
}
