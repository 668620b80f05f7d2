// A re-import row by row: which stored item each row of the file is (by what it says, then where it stands),
// and for each, field by field, what the three-way merge does — the file's change applied, a correction
// kept, or a conflict for the secretary — with the values before and after for the preview.
import { type Deadline, mergeField, mergeOwners, sameDeadline, type Version } from '../core/reimport.js';
import { matchRows } from '../core/row-match.js';
import { matchKey } from '../core/text.js';
import type { Conflict, Decisions, ItemPlan } from '../minutes/plan.js';
import type { ParsedMinutes, ParsedResolution } from '../minutes/types.js';
import { carrying, type StoredItem } from './import-stored.js';

export type { Conflict, Decisions, ItemPlan } from '../minutes/plan.js';

/** A row of the file; a row written twice is one: the later one's text and deadline, the owners of both. */
export interface FileItem {
  resolution: ParsedResolution;
  indexes: number[];
}

export function fileItems(parsed: ParsedMinutes): FileItem[] {
  const byRow = new Map<number, FileItem>();
  for (const [i, r] of parsed.resolutions.entries()) {
    const earlier = byRow.get(r.number);
    if (!earlier) {
      byRow.set(r.number, { resolution: r, indexes: [i] });
      continue;
    }
    const keys = new Set<string>();
    const owners = [...earlier.resolution.owners, ...r.owners].filter((o) => {
      const fresh = !keys.has(matchKey(o));
      keys.add(matchKey(o));
      return fresh;
    });
    earlier.resolution = { ...r, owners };
    earlier.indexes.push(i);
  }
  return [...byRow.values()];
}

const deadlineOf = (r: ParsedResolution): Deadline => ({
  deadlineText: r.deadline,
  dueDate: r.dueDate,
  dueAtNextMeeting: r.dueAtNextMeeting ?? false,
});

/** How the plan knows owners: a written name's owner (an id, or a stand-in for one this file creates). */
export interface OwnerLookup {
  idOf(written: string): number;
  nameOf(id: number): string;
}

export interface ItemsPlan {
  /** One per file row (`FileItem`), in the file's order. */
  items: ItemPlan[];
  conflicts: Conflict[];
  /** Stored items the file no longer has. */
  missing: StoredItem[];
}

export function planItems(
  file: FileItem[],
  stored: StoredItem[],
  bases: Map<number, Version | null>,
  owners: OwnerLookup,
  firstNumber: number,
  decisions: Decisions = {},
): ItemsPlan {
  const matched = matchRows(
    file.map((f) => ({ row: f.resolution.number, text: f.resolution.text })),
    stored.map((s) => ({ id: s.id, row: s.row, texts: [s.text, bases.get(s.id)?.text ?? s.text] })),
  );
  const byId = new Map(stored.map((s) => [s.id, s]));
  const conflicts: Conflict[] = [];
  let next = firstNumber;
  const items = file.map((f, i): ItemPlan => {
    const r = f.resolution;
    const s = matched[i] === null ? undefined : byId.get(matched[i]!);
    const plan: ItemPlan = {
      row: r.number,
      publicNumber: s?.publicNumber ?? next++,
      isNew: !s,
      owners: r.owners,
      resolutionId: s?.id ?? null,
      movedFrom: s && s.row !== r.number ? s.row : null,
      text: null,
      deadline: null,
      wording: null,
      ownersChange: null,
      added: [],
      removed: [],
      removedIds: [],
      kept: [],
      ownersKept: null,
    };
    if (!s) return plan;
    const base = bases.get(s.id) ?? null;
    const now: Deadline = { deadlineText: s.deadlineText, dueDate: s.dueDate, dueAtNextMeeting: s.dueAtNextMeeting };
    plan.text = mergeField(base?.text ?? null, s.text, r.text, (a, b) => a === b);
    plan.deadline = mergeField(base?.deadline ?? null, now, deadlineOf(r), sameDeadline);
    const words = deadlineOf(r).deadlineText;
    if (!plan.deadline && base && words !== s.deadlineText && s.deadlineText === base.deadline.deadlineText)
      plan.wording = { from: s.deadlineText, to: words };
    for (const field of ['text', 'deadline'] as const) {
      const m = plan[field];
      if (m?.outcome !== 'conflict') continue;
      const key = `${s.id}:${field}`;
      const choice = decisions.choices?.[key] ?? decisions.all ?? null;
      conflicts.push({ key, publicNumber: s.publicNumber, choice, field, stored: m.stored, file: m.file } as Conflict);
    }
    planOwners(plan, s, base, r, owners);
    return plan;
  });
  const taken = new Set(matched);
  return { items, conflicts, missing: stored.filter((s) => !taken.has(s.id)) };
}

function planOwners(plan: ItemPlan, s: StoredItem, base: Version | null, r: ParsedResolution, owners: OwnerLookup) {
  const now = carrying(s);
  const share = new Map(now.map((o) => [o.ownerId, o]));
  const fileIds = [...new Set(r.owners.map((n) => owners.idOf(n)))];
  const m = mergeOwners(
    base?.owners ?? null,
    now.map((o) => o.ownerId),
    fileIds,
    (id) => share.get(id)?.reported ?? false,
  );
  plan.added = r.owners.filter((n) => m.add.includes(owners.idOf(n)));
  plan.removedIds = m.remove;
  plan.removed = m.remove.map((id) => share.get(id)!.name);
  plan.kept = m.keep.map((id) => ({ name: share.get(id)!.name, status: share.get(id)!.status }));
  const from = now.map((o) => o.name);
  if (m.add.length || m.remove.length)
    plan.ownersChange = {
      from,
      to: [...now.filter((o) => !m.remove.includes(o.ownerId)).map((o) => o.name), ...m.add.map(owners.nameOf)],
    };
  if (m.corrected) plan.ownersKept = { stored: from, file: fileIds.map(owners.nameOf) };
}
