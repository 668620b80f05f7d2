// In a report told in paragraphs, a sentence that opens with «همچنین», «ضمناً» or «در ضمن», then a body, and ends
// on its active subjunctive adds a task to what was decided. Near misses: what a body does or did, and a wish.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const read = (text: string) => parseMinutesText(text).resolutions.map((r) => [r.text, r.owners]);

const DECIDED = 'در پایان نشست مقرر شد ادارات عضو ستاد برنامه زمستانی خود را ارسال نمایند.';

describe('a task added with «همچنین»', () => {
  it('reads the added sentence as a decision of its own, with its body as owner', () => {
    expect(read(`${DECIDED}\n\nهمچنین کلیه دهیاران نسبت به لایروبی آبراهه ها اقدام نمایند.\n`)).toEqual([
      [DECIDED.replace('در پایان نشست ', ''), ['ادارات عضو ستاد']],
      ['همچنین کلیه دهیاران نسبت به لایروبی آبراهه ها اقدام نمایند.', ['کلیه دهیاران']],
    ]);
    expect(read(`${DECIDED}\n\nضمناً شهرداری نسبت به تعیین میزان نمک مورد نیاز اقدام نماید.\n`)[1]).toEqual([
      'ضمناً شهرداری نسبت به تعیین میزان نمک مورد نیاز اقدام نماید.',
      ['شهرداری'],
    ]);
  });

  it('does not read what a body does or did, nor a wish', () => {
    expect(read(`${DECIDED}\n\nهمچنین ادارات تلاش می کنند تا به روستاها کمک نمایند.\n`)).toHaveLength(1);
    expect(read(`${DECIDED}\n\nهمچنین اعضا تاکید کردند که شهرداری همکاری کند.\n`)).toHaveLength(1);
    expect(read(`${DECIDED}\n\nهمچنین امیدواریم شهرداری همکاری لازم را داشته باشد.\n`)).toHaveLength(1);
  });
});
