// Numbers written as words: counts in deadlines (`ظرف دو ماه`, `within two weeks`) and ordinal days in
// dates (`اول دیماه`, `بیست و یکم`). Canonical spelling.

/** Persian cardinal words up to the ones deadlines use, and English ones. */
const WORDS: Record<string, number> = {
  یک: 1,
  دو: 2,
  سه: 3,
  چهار: 4,
  پنج: 5,
  شش: 6,
  شیش: 6,
  هفت: 7,
  هشت: 8,
  نه: 9,
  ده: 10,
  یازده: 11,
  دوازده: 12,
  سیزده: 13,
  چهارده: 14,
  پانزده: 15,
  پونزده: 15,
  شانزده: 16,
  هفده: 17,
  هجده: 18,
  هیجده: 18,
  نوزده: 19,
  بیست: 20,
  سی: 30,
  چهل: 40,
  پنجاه: 50,
  شصت: 60,
  نود: 90,
  صد: 100,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  a: 1,
  an: 1,
};

const WORD_ALT = Object.keys(WORDS)
  .filter((w) => w.length > 2 || /[^\x00-\x7F]/.test(w))
  .sort((a, b) => b.length - a.length)
  .join('|');

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

const ORDINALS: Record<string, number> = {
  اول: 1,
  یکم: 1,
  دوم: 2,
  سوم: 3,
  چهارم: 4,
  پنجم: 5,
  ششم: 6,
  هفتم: 7,
  هشتم: 8,
  نهم: 9,
  دهم: 10,
  یازدهم: 11,
  دوازدهم: 12,
  سیزدهم: 13,
  چهاردهم: 14,
  پانزدهم: 15,
  شانزدهم: 16,
  هفدهم: 17,
  هجدهم: 18,
  هیجدهم: 18,
  نوزدهم: 19,
  بیستم: 20,
};
const ORD_WORDS = Object.keys(ORDINALS).sort((x, y) => y.length - x.length);
const UNIT_ALT = ORD_WORDS.filter((w) => ORDINALS[w]! < 10).join('|');
export const ORD_ALT = `(?:بیست|سی)\\s+و\\s+(?:${UNIT_ALT})|سی\\s*ام|${ORD_WORDS.join('|')}`;

export function ordinalValue(word: string): number {
  const w = word.replace(/\s+/g, ' ').trim();
  if (/^سی ?ام$/.test(w)) return 30;
  const compound = /^(بیست|سی) و (\S+)$/.exec(w);
  if (compound) return (compound[1] === 'سی' ? 30 : 20) + (ORDINALS[compound[2]!] ?? 0);
  return ORDINALS[w] ?? 0;
}
