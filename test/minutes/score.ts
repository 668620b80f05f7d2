// Per-field scores of a parse against an expected JSON: how many resolutions and their numbers, text
// similarity, owner-set F1 and exact deadlines. Resolutions are paired by position.
import type { ParsedMinutes } from '../../src/minutes/index.js';

export interface Expected {
  meeting: Record<string, unknown>;
  resolutions: { number: number; text: string; owners: string[]; deadline: string | null }[];
}

export interface Scores {
  count: number;
  number: number;
  text: number;
  owners: number;
  deadline: number;
  meeting: number;
}

/** Spacing and the Arabic forms of ی and ک do not count: the reader writes Persian letters by design. */
const squash = (s: string) =>
  s
    .replace(/[\s\u200c]+/g, ' ')
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .trim();

/** Dice coefficient over character bigrams: 1 for equal texts, near 0 for unrelated ones. */
export function similarity(a: string, b: string): number {
  const x = squash(a);
  const y = squash(b);
  if (x === y) return 1;
  if (x.length < 2 || y.length < 2) return 0;
  const grams = new Map<string, number>();
  for (let i = 0; i < x.length - 1; i++) grams.set(x.slice(i, i + 2), (grams.get(x.slice(i, i + 2)) ?? 0) + 1);
  let hit = 0;
  for (let i = 0; i < y.length - 1; i++) {
    const g = y.slice(i, i + 2);
    const n = grams.get(g) ?? 0;
    if (n > 0) {
      hit++;
      grams.set(g, n - 1);
    }
  }
  return (2 * hit) / (x.length + y.length - 2);
}

export function f1(got: string[], want: string[]): number {
  if (!got.length && !want.length) return 1;
  const g = new Set(got.map(squash));
  const w = new Set(want.map(squash));
  const tp = [...g].filter((x) => w.has(x)).length;
  if (!tp) return 0;
  const p = tp / g.size;
  const r = tp / w.size;
  return (2 * p * r) / (p + r);
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 1);

export function score(got: ParsedMinutes, want: Expected): Scores {
  const n = Math.max(got.resolutions.length, want.resolutions.length);
  const pairs = Array.from({ length: n }, (_, i) => [got.resolutions[i], want.resolutions[i]] as const);
  const meetingKeys = Object.keys(want.meeting);
  return {
    count: n ? Math.min(got.resolutions.length, want.resolutions.length) / n : 1,
    number: mean(pairs.map(([g, w]) => (g && w && g.number === w.number ? 1 : 0))),
    text: mean(pairs.map(([g, w]) => (g && w ? similarity(g.text, w.text) : 0))),
    owners: mean(pairs.map(([g, w]) => (g && w ? f1(g.owners, w.owners) : 0))),
    deadline: mean(pairs.map(([g, w]) => (g && w && (g.deadline ?? null) === (w.deadline ?? null) ? 1 : 0))),
    meeting: mean(
      meetingKeys.map((k) =>
        ((got.meeting as unknown as Record<string, unknown>)[k] ?? null) === want.meeting[k] ? 1 : 0,
      ),
    ),
  };
}
