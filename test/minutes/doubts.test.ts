// Doubt that shows: every field the parser was unsure of is listed on the item or the header, so the import
// preview can mark it; warnings never name an item by a number the preview does not show.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

describe('doubts on resolutions', () => {
  const parsed = parseMinutesText(`شماره جلسه: ۱۲
تاریخ جلسه: ۱۴۰۲/۰۱/۱۵

مصوبات:
۸- مقرر شد دبیرخانه ظرف دو هفته گزارش را ارسال کند.
۹- مقرر شد گزارش در اسرع وقت تهیه شود.
۹- مقرر شد کمیته فنی تا ۳۰ خرداد ۱۴۰۲ طرح را تکمیل نماید.
• مقرر شد شهرداری نسبت به آسفالت معابر اقدام نماید.`);
  const [sure, passive, repeated, unnumbered] = parsed.resolutions;

  it('leaves a clear item without doubts', () => {
    expect(sure).toMatchObject({ number: 8, owners: ['دبیرخانه'], deadline: 'ظرف دو هفته' });
    expect(sure?.doubts ?? []).not.toContain('number');
    expect(sure?.doubts ?? []).not.toContain('deadline');
  });

  it('marks a missing owner and a deadline that is no date', () => {
    expect(passive?.owners).toEqual([]);
    expect(passive?.doubts).toEqual(expect.arrayContaining(['owners', 'deadline']));
  });

  it('is as sure of an owner named by a label inside the item as of an owner column', () => {
    const [labelled, read] = parseMinutesText(`مصوبات:
۱- تهیه فهرست پروژه ها (مجری: معاونت عمرانی)
۲- معاونت عمرانی فهرست پروژه ها را تهیه کند.`).resolutions;
    expect(labelled?.owners).toEqual(['معاونت عمرانی']);
    expect(labelled?.doubts ?? []).not.toContain('owners');
    // Near miss: an owner read from the grammar of the sentence is still for the secretary to confirm.
    expect(read?.doubts ?? []).toContain('owners');
  });

  it('marks a repeated row number and one counted on from the item before', () => {
    expect(repeated?.doubts).toContain('number');
    expect(unnumbered?.number).toBe(10);
    expect(unnumbered?.doubts).toContain('number');
  });

  it('puts no item numbers into the warnings', () => {
    expect(parsed.warnings.join(' ')).not.toMatch(/\d/);
  });
});

describe('doubts on the header', () => {
  it('leaves the number empty and marks it when the minutes give none', () => {
    const { meeting } = parseMinutesText('صورتجلسه کمیته فنی\n\nمصوبات:\n۱- مقرر شد دبیرخانه گزارش دهد.');
    expect(meeting.number).toBeNull();
    expect(meeting.doubts).toEqual(expect.arrayContaining(['number', 'date']));
  });

  it('has no doubts when every field is labelled', () => {
    const { meeting } = parseMinutesText(
      'شماره جلسه: ۴\nتاریخ جلسه: ۱۴۰۲/۰۱/۱۵\nرئیس جلسه: آقای احمدی\n\nمصوبات:\n۱- مقرر شد دبیرخانه گزارش دهد.',
    );
    expect(meeting).toMatchObject({ number: '4', chair: 'احمدی' });
    expect(meeting.doubts).toBeUndefined();
  });
});
