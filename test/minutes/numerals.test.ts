// One table of number words serves the counts in deadlines and the ordinals of session numbers and days:
// every word reads the same in both, and the words one table used to lack are read by both.
import { describe, expect, it } from 'vitest';
import { findDates, parseMinutesText, Txt } from '../../src/minutes/index.js';
import { EN_CARDINALS, FA_CARDINALS, FA_ORDINALS } from '../../src/minutes/numerals.js';
import { enOrdinalValue, faOrdinalValue } from '../../src/minutes/ordinals.js';
import { countValue, ordinalValue } from '../../src/minutes/words.js';

describe('number words', () => {
  it('reads every Persian cardinal as a count and, made ordinal, as the same number', () => {
    for (const [word, n] of Object.entries(FA_CARDINALS)) {
      expect(countValue(word), word).toBe(n);
      const ordinal = Object.entries(FA_ORDINALS).find(([, v]) => v === n)?.[0];
      expect(faOrdinalValue(`${ordinal}ین`), `${word} → ${ordinal}ین`).toBe(n);
    }
  });

  it('reads every English cardinal as a count and inside an ordinal', () => {
    for (const [word, n] of Object.entries(EN_CARDINALS)) {
      expect(countValue(word), word).toBe(n);
      if (n >= 20 && n % 10 === 0) expect(enOrdinalValue(`${word}-first`), word).toBe(n + 1);
    }
  });

  it('counts the tens and hundreds the deadlines once missed', () => {
    expect(countValue('هفتاد')).toBe(70);
    expect(countValue('یکصد و بیست')).toBe(120);
    expect(countValue('forty')).toBe(40);
    const [r] = parseMinutesText(
      'تاریخ جلسه: ۱۴۰۲/۰۱/۱۵\nمصوبات:\n۱- شهرداری ظرف هفتاد روز طرح را ارائه دهد.',
    ).resolutions;
    expect([r?.deadline, r?.dueDate]).toEqual(['ظرف هفتاد روز', '2023-06-13']);
  });

  it('reads colloquial spellings as ordinals too', () => {
    expect(faOrdinalValue('شیشمین')).toBe(6);
    expect(faOrdinalValue('بیست و پونزدهمین')).toBe(35);
    expect(ordinalValue('بیست و شیشم')).toBe(26);
    expect(findDates(Txt.of('پونزدهم تیر ۱۴۰۲').c, true)[0]?.date).toEqual({
      calendar: 'jalali',
      y: 1402,
      m: 4,
      d: 15,
    });
  });

  it('does not take «سهم» (a share) or «سیم» (a wire) for an ordinal', () => {
    expect(faOrdinalValue('سهم')).toBeNull();
    expect(faOrdinalValue('سیمین')).toBeNull();
    expect(faOrdinalValue('بیست و سهمین')).toBeNull();
    expect(faOrdinalValue('سومین')).toBe(3);
    expect(faOrdinalValue('سی امین')).toBe(30);
  });
});
