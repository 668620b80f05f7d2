// A council's memory of how its owners are written. When the secretary replaces an owner's name on an item
// (in the import preview, at the desk or with /owner), the old spelling may be a misreading of the chosen
// owner: peygir offers to read it so from now on, and stores it only after the secretary agrees.
import type { Actor } from './ports.js';
import { matchKey } from './text.js';

/** Reading `spelling` as `owner` from now on: what the secretary is asked. */
export interface AliasOffer {
  spelling: string;
  owner: string;
}

export type LearnedSpelling =
  | { kind: 'learned'; owner: string; spelling: string; movedFrom: string[] }
  | { kind: 'already'; owner: string; spelling: string }
  | { kind: 'no-owner' };

export interface OwnerMemory {
  /** An owner that holds no live share of any item and no chat: what a misread name leaves behind. */
  isStray(ownerId: number): Promise<boolean>;
  /** From now on `spelling` names the owner (taken from any owner that had it); audited, in one transaction. */
  learn(spelling: string, ownerId: number, actor: Actor, via: string): Promise<LearnedSpelling>;
}

/**
 * The replacements in one correction of an item's owners: every name taken off when one name was put on,
 * or pair by pair when as many were put on as taken off. Anything else is not a correction of spelling.
 */
export function aliasOffers(before: readonly string[], after: readonly string[]): AliasOffer[] {
  const keys = (names: readonly string[]) => new Set(names.map(matchKey));
  const was = keys(before);
  const now = keys(after);
  const removed = before.filter((n) => !now.has(matchKey(n)));
  const added = after.filter((n) => !was.has(matchKey(n)));
  if (removed.length === 0 || added.length === 0) return [];
  if (added.length === 1) return removed.map((spelling) => ({ spelling, owner: added[0]! }));
  if (added.length !== removed.length) return [];
  return removed.map((spelling, i) => ({ spelling, owner: added[i]! }));
}
