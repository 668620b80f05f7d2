// Progress percentages: read from what people type (`60%`, `۶۰٪`, `۶۰ درصد`), and averaged per committee.

import { splitNumberList } from './numbers.js';
import type { AssignmentView } from './ports.js';
import { toLatinDigits } from './text.js';

const DIGITS = '[\\d۰-۹٠-٩.٫]+';
/** A percentage glued to its sign (`60%`, `۶۰٪`) or written with the word (`۶۰ درصد`, `60 percent`). */
const PERCENT = new RegExp(`^(${DIGITS})\\s*(?:%|٪|درصد|percent)(?=\\s|$)`, 'i');
const WORD = /^(?:%|٪|درصد|percent)(?=\s|$)/i;

export type PercentArgs =
  | { tokens: string[]; rest: string; percent: number | null }
  | { tokens: string[]; bad: string };

/**
 * `/progress 3 5 60% note` → items 3 and 5, 60, and the note. The percentage comes right after the numbers;
 * `۶۰ درصد` is read as one, not as item ۶۰. Anything but a whole number from 0 to 100 is `bad`, by what was typed.
 */
export function splitPercent(args: string): PercentArgs {
  let { tokens, rest } = splitNumberList(args);
  let typed: string | null = null;
  const glued = PERCENT.exec(rest);
  if (glued) {
    typed = glued[1]!;
    rest = rest.slice(glued[0].length).trim();
  } else if (tokens.length > 1 && WORD.test(rest)) {
    typed = tokens.pop()!;
    rest = rest.replace(WORD, '').trim();
  }
  if (typed === null) return { tokens, rest, percent: null };
  const latin = toLatinDigits(typed);
  const n = /^\d{1,3}$/.test(latin) ? Number(latin) : Number.NaN;
  if (!(n >= 0 && n <= 100)) return { tokens, bad: typed };
  return { tokens, rest, percent: n };
}

/** A share's progress for averages: done is 100, cancelled counts nowhere, no report yet is 0. */
export function sharePercent(a: Pick<AssignmentView, 'status' | 'percent'>): number | null {
  if (a.status === 'cancelled') return null;
  if (a.status === 'done') return 100;
  return a.percent ?? 0;
}

/** The rounded average of the shares' progress, or null when none counts. */
export function averagePercent(shares: readonly Pick<AssignmentView, 'status' | 'percent'>[]): number | null {
  const values = shares.map(sharePercent).filter((p): p is number => p !== null);
  return values.length === 0 ? null : Math.round(values.reduce((s, p) => s + p, 0) / values.length);
}
