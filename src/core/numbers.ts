import { toLatinDigits } from './text.js';

/** Largest resolution number accepted from a user; anything longer is a typo, not an item. */
const MAX_NUMBER = 1_000_000;

/** A positive whole number written in Persian, Arabic-Indic or Latin digits, or null. */
export function parseNumber(token: string): number | null {
  const latin = toLatinDigits(token.trim());
  if (!/^\d{1,7}$/.test(latin)) return null;
  const n = Number(latin);
  return n >= 1 && n <= MAX_NUMBER ? n : null;
}

/** A reference to a resolution: its public number (`3`) or meeting/row (`55/3`). */
export type ItemRef = { kind: 'number'; number: number } | { kind: 'row'; meeting: string; row: number };

export function parseItemRef(token: string): ItemRef | null {
  const latin = toLatinDigits(token.trim());
  const slash = /^([^/\s]{1,20})[/\\](\d{1,4})$/.exec(latin);
  if (slash?.[1] && slash[2]) {
    const row = parseNumber(slash[2]);
    return row ? { kind: 'row', meeting: slash[1], row } : null;
  }
  const n = parseNumber(latin);
  return n ? { kind: 'number', number: n } : null;
}
