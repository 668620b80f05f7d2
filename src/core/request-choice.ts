// Which of an item's pending requests `/approve 3 …` and `/decline 3 …` answer when more than one waits (two owners
// each claimed it, or one asked for more time and another claimed done): the one an owner asked (`/approve 3 کمیته
// فاوا`), the one at a place in the list the chair was shown (`/approve 3 2`), or all of them (`/approve 3 همه`).
// The buttons under each request name it by its own number (`3#12`), so a press answers that request alone.
import { coreKey, type NamedOwner } from './owners.js';
import type { ChairRequestView } from './requests.js';
import { matchKey, toLatinDigits } from './text.js';

/** The words that answer every pending request of the item at once. */
const ALL_WORDS = new Set(['all', 'همه', 'همه ی', 'همگی']);

/** Owner names are at most this many words; a longer prefix is not tried. */
const MAX_NAME_WORDS = 6;

/** The requests asked with one command from one chat (one message in the chair's chat, with its buttons). */
function askKey(r: ChairRequestView): string {
  return `${r.chatAddress}|${r.createdAt.getTime()}|${r.kind}`;
}

export function sameAsk(a: ChairRequestView, b: ChairRequestView): boolean {
  return askKey(a) === askKey(b);
}

/** Pending requests grouped by the command that asked them, oldest first: the list the chair is shown. */
export function groupAsks(pending: ChairRequestView[]): ChairRequestView[][] {
  const groups = new Map<string, ChairRequestView[]>();
  for (const r of [...pending].sort((a, b) => a.id - b.id)) {
    const key = askKey(r);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()];
}

export type Choice =
  | { kind: 'chosen'; requests: ChairRequestView[]; rest: string }
  | { kind: 'unclear'; problem: null | { kind: 'unknown'; text: string } | { kind: 'ambiguous'; owner: string } };

/** The first `k` words of `text` and what follows them (its spacing kept), or null with fewer words. */
function splitWords(text: string, k: number): [string, string] | null {
  const m = new RegExp(`^((?:\\S+\\s+){${k - 1}}\\S+)(?:\\s+([\\s\\S]*))?$`).exec(text);
  return m ? [m[1]!, (m[2] ?? '').trim()] : null;
}

/** The owner whose name (or another name of it) `text` starts with, the longest name first. */
function ownerPrefix(text: string, owners: readonly NamedOwner[]): { owner: NamedOwner; rest: string } | null {
  for (let k = MAX_NAME_WORDS; k >= 1; k--) {
    const split = splitWords(text, k);
    if (!split) continue;
    const key = matchKey(split[0]);
    const core = coreKey(split[0]);
    const names = (o: NamedOwner) => [o.name, ...o.aliases];
    // The name as written first; its distinctive part («فاوا» for «کمیته فاوا») only when no name is written so.
    const exact = owners.filter((o) => names(o).some((n) => matchKey(n) === key));
    const similar = core ? owners.filter((o) => names(o).some((n) => coreKey(n) === core)) : [];
    const hit = exact.length === 1 ? exact[0] : exact.length === 0 && similar.length === 1 ? similar[0] : undefined;
    if (hit) return { owner: hit, rest: split[1] };
  }
  return null;
}

/**
 * What the text after the item's number chooses among `groups` (each a request as the chair saw it): `همه` / `all`,
 * a place in the list, or an owner's name (that owner's requests, when they are one request). The rest is the
 * answer (a decline's reason). Unclear: nothing chosen, with what was wrong when something was named; where a reason
 * follows (`reasonFollows`), words that name nothing are taken for a reason typed without a choice, not a wrong name.
 */
export function chooseRequests(
  groups: ChairRequestView[][],
  text: string,
  owners: readonly NamedOwner[],
  reasonFollows = false,
): Choice {
  const first = splitWords(text, 1);
  if (!first) return { kind: 'unclear', problem: null };
  const [word, after] = first;
  if (ALL_WORDS.has(matchKey(word))) return { kind: 'chosen', requests: groups.flat(), rest: after };
  const digits = toLatinDigits(word);
  if (/^\d{1,4}$/.test(digits)) {
    const group = groups[Number(digits) - 1];
    return group
      ? { kind: 'chosen', requests: group, rest: after }
      : { kind: 'unclear', problem: { kind: 'unknown', text: word } };
  }
  const named = ownerPrefix(text, owners);
  if (!named) return { kind: 'unclear', problem: reasonFollows ? null : { kind: 'unknown', text } };
  const theirs = groups.filter((g) => g.some((r) => r.ownerId === named.owner.id));
  if (theirs.length !== 1) return { kind: 'unclear', problem: { kind: 'ambiguous', owner: named.owner.name } };
  return { kind: 'chosen', requests: theirs[0]!.filter((r) => r.ownerId === named.owner.id), rest: named.rest };
}
