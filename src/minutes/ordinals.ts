// Session numbers written as ordinal words: «بیست و ششمین», «سیصد و چهاردهمین», «هجدهمین», «twenty-sixth»,
// «26th». Canonical spelling (ZWNJ is a space). Separate from words.ts, whose counts stop at deadlines' sizes.

const FA_UNITS: Record<string, number> = {
  یک: 1,
  دو: 2,
  سه: 3,
  چهار: 4,
  پنج: 5,
  شش: 6,
  هفت: 7,
  هشت: 8,
  نه: 9,
  ده: 10,
  یازده: 11,
  دوازده: 12,
  سیزده: 13,
  چهارده: 14,
  پانزده: 15,
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
  هفتاد: 70,
  هشتاد: 80,
  نود: 90,
  صد: 100,
  یکصد: 100,
  دویست: 200,
  سیصد: 300,
  چهارصد: 400,
  پانصد: 500,
  ششصد: 600,
  هفتصد: 700,
  هشتصد: 800,
  نهصد: 900,
  هزار: 1000,
};
/** Ordinal stems that are not a cardinal plus «م»: «اول», «نخست», «سوم» (سه), «سی ام». */
const FA_ODD: Record<string, number> = { اول: 1, نخست: 1, یکم: 1, سوم: 3, سیام: 30, 'سی ام': 30 };

const FA_CARD = Object.keys(FA_UNITS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const FA_LAST = `(?:${Object.keys(FA_ODD).join('|')}|(?:${FA_CARD})م)(?:ین)?`;
/** «سیصد و چهاردهمین», «هجدهمین», «اولین»: cardinals joined by «و», the last one ordinal. */
export const FA_ORDINAL = `(?<!\\p{L})(?:(?:${FA_CARD})\\s+و\\s+){0,3}${FA_LAST}(?!\\p{L})`;

export function faOrdinalValue(phrase: string): number | null {
  const parts = phrase.trim().split(/\s+و\s+/);
  let sum = 0;
  for (const [i, raw] of parts.entries()) {
    let w = raw.replace(/\s+/g, ' ');
    if (i === parts.length - 1) {
      w = w.replace(/ین$/, '');
      const odd = FA_ODD[w];
      if (odd !== undefined) {
        sum += odd;
        continue;
      }
      w = w.replace(/م$/, '');
    }
    const v = FA_UNITS[w];
    if (v === undefined) return null;
    sum += v;
  }
  return sum || null;
}

const EN_UNITS: Record<string, number> = {
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
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
};
const EN_ORD_WORD =
  '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\\w+teenth|\\w+ieth|hundredth)';
/** «twenty-sixth», «one hundred and fifth», «26th». */
const EN_CARD = Object.keys(EN_UNITS).concat('hundred').join('|');
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
