// A re-import is a three-way merge, field by field: the file as last imported (the base), the item as stored
// now, and the new file. Only what changed in the file since is applied; what was corrected since (at the
// desk, from chat) is kept; where both changed one field to different values, the secretary decides. Owners
// merge as a set, owner by owner, so they never conflict.
import type { ItemState } from './item-state.js';

export type Deadline = Pick<ItemState, 'deadlineText' | 'dueDate' | 'dueAtNextMeeting'>;

/** One version of an item's mergeable fields; owners are the ids of those carrying it. */
export interface Version {
  text: string;
  deadline: Deadline;
  owners: number[];
}

/** Which value a conflict takes: the stored correction, or the file's. */
export type Side = 'stored' | 'file';

export type FieldMerge<T> =
  /** The file changed the field and nobody corrected it since: the file's value is applied. */
  | { outcome: 'apply'; from: T; to: T }
  /** Corrected since the last import, and the file did not change it: the correction stays. */
  | { outcome: 'kept'; stored: T; file: T }
  /** Corrected since the last import, and the file changed it too (or there is no base to tell). */
  | { outcome: 'conflict'; base: T | null; stored: T; file: T };

/**
 * A deadline's meaning: the next meeting, a date, or — only when it has neither — its words. The words of a
 * dated deadline («تا ۱۰ آبان» or «۱۴۰۱/۰۸/۱۰») do not make it another deadline.
 */
export function deadlineKey(d: Deadline): string {
  if (d.dueAtNextMeeting) return 'next';
  if (d.dueDate) return `date:${d.dueDate}`;
  return d.deadlineText ? `text:${d.deadlineText}` : 'none';
}

export const sameDeadline = (a: Deadline, b: Deadline) => deadlineKey(a) === deadlineKey(b);

/** The three-way rule for one field; null when there is nothing to do or say (stored already as the file). */
export function mergeField<T>(base: T | null, stored: T, file: T, same: (a: T, b: T) => boolean): FieldMerge<T> | null {
  if (same(stored, file)) return null;
  if (base === null) return { outcome: 'conflict', base, stored, file };
  if (same(file, base)) return { outcome: 'kept', stored, file };
  if (same(stored, base)) return { outcome: 'apply', from: stored, to: file };
  return { outcome: 'conflict', base, stored, file };
}

export interface OwnersMerge {
  /** Owners the file added since the last import: they join the item. */
  add: number[];
  /** Owners the file dropped since, who have not reported: they leave the item. */
  remove: number[];
  /** Owners the file dropped since who already reported: they stay until the secretary decides. */
  keep: number[];
  /** The owners were corrected since the last import in ways the file did not touch: those corrections stay. */
  corrected: boolean;
}

/**
 * Owner by owner: the file's change to an owner is applied unless the item already has it so; a correction
 * the file did not touch stays. Without a base (an item the last import did not read), what the item and the
 * file share is taken as the base: the file's owners are added and none of the item's is taken off.
 */
export function mergeOwners(
  base: number[] | null,
  stored: number[],
  file: number[],
  reported: (ownerId: number) => boolean,
): OwnersMerge {
  const inStored = new Set(stored);
  const inFile = new Set(file);
  const inBase = new Set(base ?? stored.filter((id) => inFile.has(id)));
  const out: OwnersMerge = { add: [], remove: [], keep: [], corrected: false };
  for (const id of new Set([...inBase, ...stored, ...file])) {
    const [b, s, f] = [inBase.has(id), inStored.has(id), inFile.has(id)];
    if (f === b) {
      if (s !== b) out.corrected = true;
    } else if (f && !s) out.add.push(id);
    else if (!f && s) (reported(id) ? out.keep : out.remove).push(id);
  }
  return out;
}

/** What a decided conflict leaves in the field. */
export function decided<T>(m: FieldMerge<T> | null, stored: T, side: Side | undefined): T {
  if (!m) return stored;
  if (m.outcome === 'apply') return m.to;
  if (m.outcome === 'conflict' && side === 'file') return m.file;
  return stored;
}
