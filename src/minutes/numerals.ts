// Number words, the one table that counts (`ظرف دو ماه`, `within two weeks`, words.ts) and ordinals
// (`بیست و ششمین`, `اول دیماه`, `twenty-sixth`, ordinals.ts) are read with. Canonical spelling (ZWNJ is a
// space). Two tables had drifted apart: counts had no «هفتاد», ordinals no colloquial «شیش».

/** Persian cardinals, colloquial spellings included; compounds are these joined by «و». */
export const FA_CARDINALS: Readonly<Record<string, number>> = {
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

/**
 * Persian ordinal stems (before «ین»): a cardinal plus «م», except where the language does otherwise —
 * «سه» is «سوم», never «سهم» (a share), and «سی» is «سی ام», never «سیم» (a wire); «اول» and «نخست» are first.
 */
const FA_IRREGULAR: Readonly<Record<string, number>> = { اول: 1, نخست: 1, سوم: 3, 'سی ام': 30, سیام: 30 };
export const FA_ORDINALS: Readonly<Record<string, number>> = {
  ...Object.fromEntries(
    Object.entries(FA_CARDINALS)
      .filter(([w]) => w !== 'سه' && w !== 'سی')
      .map(([w, n]) => [`${w}م`, n]),
  ),
  ...FA_IRREGULAR,
};

/** English cardinals; «hundred» is a multiplier, read by the ordinal parser, not a count on its own. */
export const EN_CARDINALS: Readonly<Record<string, number>> = {
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
};

export const EN_ORDINALS: Readonly<Record<string, number>> = {
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

/** The keys as a regex alternation, longest first so that «یازده» is tried before «ده». */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/ /g, '\\s*'))
    .join('|');
}
