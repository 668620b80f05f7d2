// Session numbers written as ordinal words: «بیست و ششمین», «سیصد و چهاردهمین», «هجدهمین», «twenty-sixth»,
// «26th». Canonical spelling (ZWNJ is a space). The words are numerals.ts's, shared with the counts of words.ts.
import { alternation, EN_CARDINALS, EN_ORDINALS, FA_CARDINALS, FA_ORDINALS } from './numerals.js';

const FA_CARD = alternation(Object.keys(FA_CARDINALS));
const FA_LAST = `(?:${alternation(Object.keys(FA_ORDINALS))})(?:ین)?`;
/** «سیصد و چهاردهمین», «هجدهمین», «اولین»: cardinals joined by «و», the last one ordinal. */
export const FA_ORDINAL = `(?<!\\p{L})(?:(?:${FA_CARD})\\s+و\\s+){0,3}${FA_LAST}(?!\\p{L})`;

export function faOrdinalValue(phrase: string): number | null {
  const parts = phrase.trim().split(/\s+و\s+/);
  let sum = 0;
  for (const [i, raw] of parts.entries()) {
    const w = raw.replace(/\s+/g, ' ');
    const v = i === parts.length - 1 ? FA_ORDINALS[w.replace(/ین$/, '')] : FA_CARDINALS[w];
    if (v === undefined) return null;
    sum += v;
  }
  return sum || null;
}

const EN_UNITS: Record<string, number> = { ...EN_CARDINALS, ...EN_ORDINALS };
const EN_ORD_WORD =
  '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\w+teenth|\\w+ieth|hundredth)';
/** «twenty-sixth», «one hundred and fifth», «26th». */
const EN_CARD = Object.keys(EN_CARDINALS).concat('hundred').join('|');
export const EN_ORDINAL = `\\b(?:\\d{1,4}(?:st|nd|rd|th)|(?:(?:${EN_CARD})[\\s-]+(?:and\\s+)?){0,3}${EN_ORD_WORD})\\b`;

export function enOrdinalValue(phrase: string): number | null {
  const p = phrase.toLowerCase().trim();
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(p);
  if (digits) return Number(digits[1]);
  let sum = 0;
  let cur = 0;
  for (const w of p.split(/[\s-]+/).filter((x) => x !== 'and')) {
    if (w === 'hundred' || w === 'hundredth') cur = (cur || 1) * 100;
    else if (EN_UNITS[w] !== undefined) cur += EN_UNITS[w]!;
    else return null;
  }
  sum += cur;
  return sum || null;
}
