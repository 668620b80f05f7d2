// Which stored item each row of a re-imported file is. Rows are matched by what they say before where they
// stand, so a row inserted or dropped in the middle of the minutes does not hand every later item the next
// one's text (with its statuses, corrections and public number): the same row with the same text, then the
// same text under another row number, then a row that still reads much the same, then the same row number.
import { matchKey } from './text.js';

export interface StoredRow {
  id: number;
  row: number;
  /** What the item said: as stored now, and as the last import read it. */
  texts: string[];
}

export interface FileRow {
  row: number;
  text: string;
}

const words = (s: string) => new Set(matchKey(s).split(' ').filter(Boolean));

/** How much two texts share, by their words (Dice's coefficient), in [0, 1]. */
export function likeness(a: string, b: string): number {
  const [x, y] = [words(a), words(b)];
  if (x.size + y.size === 0) return 1;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return (2 * shared) / (x.size + y.size);
}

/** Texts this alike are one resolution reworded, not two. */
const ALIKE = 0.5;

/** Past this many leftover pairs, rewording is not looked for (the rows are matched by number). */
const MAX_PAIRS = 40_000;

/** For each file row (in order), the id of the stored item it is, or null for a new item. */
export function matchRows(file: FileRow[], stored: StoredRow[]): (number | null)[] {
  const out: (number | null)[] = file.map(() => null);
  const free = new Set(stored);
  const byKey = new Map<string, StoredRow[]>();
  const keysOf = new Map<StoredRow, Set<string>>();
  for (const s of stored) {
    const keys = new Set(s.texts.map(matchKey));
    keysOf.set(s, keys);
    for (const k of keys) {
      const list = byKey.get(k);
      if (list) list.push(s);
      else byKey.set(k, [s]);
    }
  }
  const byRow = new Map(stored.map((s) => [s.row, s]));
  const take = (i: number, s: StoredRow | undefined) => {
    if (!s || !free.has(s) || out[i] !== null) return;
    out[i] = s.id;
    free.delete(s);
  };
  const keyOf = file.map((f) => matchKey(f.text));
  for (const [i, f] of file.entries()) {
    const s = byRow.get(f.row);
    if (s && keysOf.get(s)!.has(keyOf[i]!)) take(i, s);
  }
  for (const i of file.keys())
    take(
      i,
      byKey.get(keyOf[i]!)?.find((s) => free.has(s)),
    );
  const left = file.flatMap((f, i) => (out[i] === null ? [{ f, i }] : []));
  if (left.length * free.size <= MAX_PAIRS) {
    const pairs = left.flatMap(({ f, i }) =>
      [...free].map((s) => ({
        i,
        s,
        score: Math.max(...s.texts.map((t) => likeness(t, f.text))),
        same: s.row === f.row,
      })),
    );
    pairs.sort((a, b) => b.score - a.score || Number(b.same) - Number(a.same));
    for (const p of pairs) if (p.score >= ALIKE) take(p.i, p.s);
  }
  for (const [i, f] of file.entries()) take(i, byRow.get(f.row));
  return out;
}
