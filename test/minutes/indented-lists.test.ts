// A page's title over a blank line and a numbered list indented by a space or two, as web pages give them: the
// items are read one by one, not as parts of the title. An item that ends on the subjunctive is an instruction
// also in the negative and with a note in brackets after it. Near misses: items that report what was done, with or
// without such a note.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const texts = (text: string) => parseMinutesText(text).resolutions.map((r) => r.text);

describe('a list indented under a title', () => {
  it('reads each item under the title as an item of its own', () => {
    const got = texts(
      'آیین کار صندوق\n\n 1. وام ضروری حداکثر ظرف یک هفته پرداخت خواهد شد.\n 2. اقساط از حقوق ماهانه کسر شود.\n',
    );
    expect(got).toEqual(['وام ضروری حداکثر ظرف یک هفته پرداخت خواهد شد.', 'اقساط از حقوق ماهانه کسر شود.']);
  });

  it('takes an instruction in the negative and one with a note in brackets after it', () => {
    const got = texts(
      'آیین کار صندوق\n\n 1. پرونده هیچ عضوی از بایگانی حذف نشود.\n 2. سهم ماهانه اعضا بدون اطلاع قبلی قطع نشود . (مگر با درخواست کتبی)\n',
    );
    expect(got).toHaveLength(2);
    expect(got[1]).toContain('قطع نشود');
  });

  it('keeps nothing of a list that reports what was done, note or not', () => {
    const got = texts(
      'گزارش جلسه صندوق\n\n 1. گزارش مالی سال گذشته ارائه شد.\n 2. نامه اداره تعاون قرائت شد. (پیوست)\n',
    );
    expect(got).toEqual([]);
  });

  it('reads a list mostly of instructions whole, its rule of permission too', () => {
    const got = texts(
      'آیین کار صندوق\n\n1. وام ضروری ظرف یک هفته پرداخت خواهد شد.\n2. اقساط از حقوق ماهانه کسر شود.\n3. پرداخت وام دوم به یک عضو مجاز می باشد.\n',
    );
    expect(got).toHaveLength(3);
    // Near miss: one instruction among reports does not make the reports rules.
    const reports = texts(
      'گزارش جلسه صندوق\n\n1. گزارش مالی سال گذشته ارائه شد.\n2. موجودی صندوق سیصد میلیون ریال است.\n3. اقساط از حقوق ماهانه کسر شود.\n',
    );
    expect(reports).toEqual(['اقساط از حقوق ماهانه کسر شود.']);
  });
});
