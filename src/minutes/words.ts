// Numbers written as words: counts in deadlines (`ظرف دو ماه`, `within two weeks`) and ordinal days in
// dates (`اول دیماه`, `بیست و یکم`). Canonical spelling. The words themselves are in numerals.ts.
import { alternation, EN_CARDINALS, FA_CARDINALS, FA_ORDINALS } from './numerals.js';

/** Counts: every cardinal, and «a week» as one week. */
const WORDS: Record<string, number> = { ...FA_CARDINALS, ...EN_CARDINALS, a: 1, an: 1 };

// «a» and «an» are matched on their own below: as alternatives they would match inside words.
const WORD_ALT = alternation(Object.keys(WORDS).filter((w) => w.length > 2 || /[^\x00-\x7F]/.test(w)));

/** A count written in digits or words (`۲`, `دو`, `بیست و پنج`, `two`), canonical spelling. */
export const COUNT = `(?:\\d{1,3}|(?:${WORD_ALT})(?:\\s+و\\s+(?:${WORD_ALT}))?|an?)`;

export function countValue(s: string): number | null {
  const t = s.trim().toLowerCase();
  if (/^\d+$/.test(t)) return Number(t);
  let sum = 0;
  for (const part of t.split(/\s+و\s+/)) {
    const v = WORDS[part];
    if (v === undefined) return null;
    sum += v;
  }
  return sum || null;
}

/** Ordinal days of a month: «اول» to «بیستم», «سی ام»; «بیست و یکم» is built from the units below ten. */
const DAYS = Object.fromEntries(Object.entries(FA_ORDINALS).filter(([, n]) => n <= 20 || n === 30));
const UNITS = Object.keys(DAYS).filter((w) => DAYS[w]! < 10);
export const ORD_ALT = `(?:بیست|سی)\\s+و\\s+(?:${alternation(UNITS)})|${alternation(Object.keys(DAYS))}`;

export function ordinalValue(word: string): number {
  const w = word.replace(/\s+/g, ' ').trim();
  const compound = /^(بیست|سی) و (\S+)$/.exec(w);
  if (compound) return (compound[1] === 'سی' ? 30 : 20) + (DAYS[compound[2]!] ?? 0);
  return DAYS[w] ?? 0;
}
