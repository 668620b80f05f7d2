// A council's memory of its owners, applied to what the reader found: owners the register knows are named as
// registered («فاوا» → «کمیته فاوا»), an item the rules gave no owner gets one the register finds in its text
// (marked as a doubt, for the secretary to confirm), and every owner of the parse is marked known or new.
// The register is compiled once per import into a map of keys and a word trie, so a long file against a long
// register costs a few milliseconds.
import { withoutKind } from '../core/owners.js';
import { HONORIFIC_RE } from './lexicon.js';
import { Txt } from './normalize.js';
import { cleanName } from './owners.js';
import type { OwnerMark, ParsedMinutes, ParsedResolution } from './types.js';

/** An owner as the register holds it: its name and the other names it is known by. */
export interface KnownOwner {
  name: string;
  aliases: readonly string[];
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** The registered name a phrase ending here stands for. */
  owner?: string;
}

export interface OwnerRegister {
  /** Word key of every name and alias → the registered name. */
  byKey: Map<string, string>;
  /** A name's distinctive part («فاوا» of «کمیته فاوا») → the one owner it belongs to. */
  byCore: Map<string, string>;
  trie: TrieNode;
}

/** One spelling of each letter (as `matchKey` folds them), Latin digits, half-spaces as spaces. */
const FOLD: Record<string, string> = { ي: 'ی', ى: 'ی', ئ: 'ی', ك: 'ک', ة: 'ه', أ: 'ا', إ: 'ا', ٱ: 'ا', آ: 'ا', ؤ: 'و' };
for (let i = 0; i < 10; i++) {
  FOLD['۰۱۲۳۴۵۶۷۸۹'[i]!] = String(i);
  FOLD['٠١٢٣٤٥٦٧٨٩'[i]!] = String(i);
}
for (const ch of '\u200C\u200D\u0640') FOLD[ch] = ' ';
// Hamza alone, diacritics and invisible marks are left out.
const FOLD_RE =
  /[يىئكةأإٱآؤ۰-۹٠-٩\u200C\u200D\u0640\u0621\u064B-\u065F\u0670\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C\uFEFF\u00AD]/g;

/** Left out of names: the ezafe «ی» written apart («کمیته‌ی») and the courtesy word wherever it stands. */
const NOT_NAME_WORDS = new Set(['ی', 'محترم']);

/**
 * Words of a text as matching sees them, in one pass over it: one spelling of letters and digits, lower
 * case, «و» written against the next word after a half-space («آموزش‌وپرورش») apart from it.
 */
function words(s: string): string[] {
  return s
    .replace(/\u200Cو/g, ' و ')
    .replace(FOLD_RE, (ch) => FOLD[ch] ?? '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !NOT_NAME_WORDS.has(w));
}

/**
 * The key two spellings of one name share: ي/ك, half-spaces, digits and hamza forms folded, titles dropped by
 * the reader's own rules and «محترم» wherever it stands («شهردار محترم» → «شهردار»).
 */
export function ownerKey(name: string): string {
  return words(withoutTitles(name)).join(' ');
}

/** The name without the titles and courtesy words the reader drops from owners. */
function withoutTitles(name: string): string {
  // Most names have none: the reader's cleaning is skipped for them.
  const persian = name.replace(/[يى]/g, 'ی').replace(/ك/g, 'ک').trimStart();
  if (!HONORIFIC_RE.test(persian) && !persian.includes('محترم')) return name;
  return cleanName(Txt.of(name))?.d ?? name;
}

export function compileRegister(owners: readonly KnownOwner[]): OwnerRegister {
  const byKey = new Map<string, string>();
  const cores = new Map<string, string | null>();
  const add = (spelling: string, owner: string) => {
    const key = ownerKey(spelling);
    if (!key) return;
    if (!byKey.has(key)) byKey.set(key, owner);
    const core = withoutKind(key);
    const had = cores.get(core);
    // A distinctive part two owners share names neither.
    if (core) cores.set(core, had === undefined || had === owner ? owner : null);
  };
  // Other names first: a spelling the secretary moved to another owner no longer names its first owner.
  for (const o of owners) for (const a of o.aliases) add(a, o.name);
  for (const o of owners) add(o.name, o.name);
  const byCore = new Map([...cores].filter((e): e is [string, string] => e[1] !== null));
  const trie: TrieNode = { next: new Map() };
  for (const [key, owner] of byKey) {
    let node = trie;
    for (const w of key.split(' ')) {
      let child = node.next.get(w);
      if (!child) {
        child = { next: new Map() };
        node.next.set(w, child);
      }
      node = child;
    }
    node.owner = owner;
  }
  return { byKey, byCore, trie };
}

/** The registered name a spelling stands for, or null when the register does not know it. */
export function registeredName(register: OwnerRegister, written: string): string | null {
  const key = ownerKey(written);
  return register.byKey.get(key) ?? register.byCore.get(withoutKind(key)) ?? null;
}

/** The longest registered name the words open with at `from`, and where it ends. */
function longestAt(register: OwnerRegister, ws: string[], from: number): { owner: string; end: number } | null {
  let node: TrieNode | undefined = register.trie;
  let best: { owner: string; end: number } | null = null;
  for (let j = from; j < ws.length; j++) {
    node = node.next.get(ws[j]!);
    if (!node) break;
    if (node.owner) best = { owner: node.owner, end: j + 1 };
  }
  return best;
}

/** Registered owners a text names, in order: whole words only, the longest name at each place. */
export function ownersInText(register: OwnerRegister, text: string): string[] {
  const ws = words(text);
  const found: string[] = [];
  for (let i = 0; i < ws.length; ) {
    const best = longestAt(register, ws, i);
    if (best && !found.includes(best.owner)) found.push(best.owner);
    i = best ? best.end : i + 1;
  }
  return found;
}

/** Where a run of words first stands in a longer one, or -1. */
function indexOfWords(ws: string[], run: string[]): number {
  if (run.length === 0) return -1;
  outer: for (let i = 0; i + run.length <= ws.length; i++) {
    for (let j = 0; j < run.length; j++) if (ws[i + j] !== run[j]) continue outer;
    return i;
  }
  return -1;
}

/**
 * The registered owners a name the rules guessed from running text stands for. The rules cannot tell where a
 * name ends: they cut «شهردار محترم منطقه ۴» short and run «کمیته فاوا فهرست سامانه‌ها» on, while the
 * register knows the longest name that starts where the guess does. Registered names joined to it by «و»
 * («… منطقه ۴ و کمیته فضای سبز … نمایند») share the task.
 */
function guessedOwners(register: OwnerRegister, written: string, text: string[]): string[] {
  const own = words(withoutTitles(written));
  const at = indexOfWords(text, own);
  const ws = at >= 0 ? text : own;
  const best = longestAt(register, ws, Math.max(at, 0));
  const found: string[] = best ? [best.owner] : [];
  if (at < 0) return found;
  let end = best?.end ?? at + own.length;
  while (ws[end] === 'و') {
    const joined = longestAt(register, ws, end + 1);
    if (!joined) break;
    found.push(joined.owner);
    end = joined.end;
  }
  return found;
}

/** Confidence in owners the register found in the text rather than the rules in the grammar. */
const FOUND_IN_TEXT = 0.5;

/** The minutes with the register applied; the parse it was given is left as it was. */
export function applyRegister(parsed: ParsedMinutes, register: OwnerRegister): ParsedMinutes {
  const marks = new Map<string, OwnerMark>();
  const mark = (name: string, written: string, known: boolean) => {
    const m = marks.get(name) ?? { name, known };
    marks.set(name, m);
    if (written !== name && !m.written?.includes(written)) m.written = [...(m.written ?? []), written];
  };
  const resolutions = parsed.resolutions.map((r): ParsedResolution => {
    if (r.owners.length === 0) {
      const found = ownersInText(register, r.text);
      if (found.length === 0) return r;
      for (const name of found) mark(name, name, true);
      const doubts = r.doubts?.includes('owners') ? r.doubts : [...(r.doubts ?? []), 'owners' as const];
      return { ...r, owners: found, confidence: { ...r.confidence, owners: FOUND_IN_TEXT }, doubts };
    }
    const owners: string[] = [];
    // An owner cell or label says where a name ends; a name read from running text is a guess.
    const guessed = (r.confidence?.owners ?? 1) < 0.9;
    const text = guessed ? words(r.text) : [];
    for (const written of r.owners) {
      const exact = registeredName(register, written);
      const found = guessed ? guessedOwners(register, written, text) : [];
      // The longest registered name where the guess stands is the better reading of it, even than its own.
      const names = found.length ? found : [exact ?? written];
      for (const name of names) {
        mark(name, name === names[0] ? written : name, name !== written || exact !== null);
        if (!owners.includes(name)) owners.push(name);
      }
    }
    return { ...r, owners };
  });
  return { ...parsed, resolutions, owners: [...marks.values()] };
}
