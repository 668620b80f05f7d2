// A re-import row by row: which stored item each row of the file is (by what it says, then where it stands),
// and for each, field by field, what the three-way merge does — the file's change applied, a correction
// kept, or a conflict for the secretary — with the values before and after for the preview.
import {
  type Deadline,
  type FieldMerge,
  mergeField,
  mergeOwners,
  type Side,
  sameDeadline,
  type Version,
} from '../core/reimport.js';
import { matchRows } from '../core/row-match.js';
import { matchKey } from '../core/text.js';
import type { Status } from '../core/types.js';
import type { ParsedMinutes, ParsedResolution } from '../minutes/types.js';
import { carrying, type StoredItem } from './import-stored.js';

export interface ItemPlan {
  /** The row in the file. */
  row: number;
  publicNumber: number;
  isNew: boolean;
  /** Owners as written in the file. */
  owners: string[];
  resolutionId: number | null;
  /** The item's row before, when the file has it under another row number. */
  movedFrom: number | null;
  text: FieldMerge<string> | null;
  deadline: FieldMerge<Deadline> | null;
  /** The deadline's words changed in the file, not its date: the new words are taken. */
  wording: { from: string | null; to: string | null } | null;
  /** The owners carrying the item now and after the file's owner changes, when it makes any. */
  ownersChange: { from: string[]; to: string[] } | null;
  /** Owners the file adds (as written), removes, or would remove but keeps (they already reported). */
  added: string[];
  removed: string[];
  removedIds: number[];
  kept: { name: string; status: Status }[];
  /** The owners were corrected since the last import in ways the file did not touch: they stay so. */
  ownersKept: { stored: string[]; file: string[] } | null;
}

/** A field both the file and a correction changed since the last import: the secretary chooses. */
export type Conflict = { key: string; publicNumber: number; choice: Side | null } & (
  | { field: 'text'; stored: string; file: string }
  | { field: 'deadline'; stored: Deadline; file: Deadline }
);

/** The secretary's answers: per conflict key, and for all conflicts not answered one by one. */
export interface Decisions {
  choices?: Record<string, Side>;
  all?: Side;
}

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
