// Matching owner names as written in minutes and chats to known owners: «فاوا», «کمیته فاوا» and
// «كميته‌ی فاوا» are one committee.
import { matchKey } from './text.js';

/** Generic words that name the kind of body, not which one. */
const KIND_WORDS = [
  'کمیته',
  'کمیته ی',
  'کارگروه',
  'کار گروه',
  'گروه کاری',
  'دبیرخانه',
  'committee',
  'working group',
  'the',
];

/** The distinctive part of a name: its key without a leading kind word («کمیته فاوا» → «فاوا»). */
export function coreKey(name: string): string {
  return withoutKind(matchKey(name));
}

/** A name's key (words separated by single spaces) without a leading kind word. */
export function withoutKind(nameKey: string): string {
  let key = nameKey;
  for (const w of KIND_WORDS) {
    if (key.startsWith(`${w} `)) {
      key = key.slice(w.length + 1);
      break;
    }
  }
  return key.replace(/^ی /, '').trim();
}

/** «کمیته فاوا، دبیرخانه», «Ana, Li»: the names a list writes, split at Latin or Persian commas, each trimmed. */
export function splitNames(list: string): string[] {
  return list
    .split(/[,،]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export interface NamedOwner {
  id: number;
  name: string;
  aliases: string[];
}

export type OwnerMatch =
  | { kind: 'exact'; owner: NamedOwner }
  | { kind: 'similar'; owner: NamedOwner }
  | { kind: 'none'; suggestions: NamedOwner[] };

/**
 * Exact: the name's key equals a known alias key, or else a known name's. Similar: the distinctive parts are equal
 * («فاوا» ~ «کمیته فاوا»), which importers treat as the same owner. Otherwise suggestions that share a word.
 */
export function matchOwner(name: string, owners: readonly NamedOwner[]): OwnerMatch {
  const key = matchKey(name);
  // Other names first: a spelling the secretary moved to another owner no longer names the owner called so.
  const exact =
    owners.find((o) => o.aliases.some((n) => matchKey(n) === key)) ?? owners.find((o) => matchKey(o.name) === key);
  if (exact) return { kind: 'exact', owner: exact };
  const core = coreKey(name);
  if (core) {
    for (const o of owners) {
      if ([o.name, ...o.aliases].some((n) => coreKey(n) === core)) return { kind: 'similar', owner: o };
    }
  }
  const words = new Set(core.split(' ').filter((w) => w.length > 2));
  const suggestions = owners.filter((o) =>
    coreKey(o.name)
      .split(' ')
      .some((w) => words.has(w)),
  );
  return { kind: 'none', suggestions };
}
