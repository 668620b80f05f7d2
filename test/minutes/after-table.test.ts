// After a resolutions table, prose is commentary, not resolutions: a long file once turned hundreds of prose
// lines into items. A line that opens like a decision still counts.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const table = `مصوبات:
| ردیف | مصوبه | متولی | مهلت |
|---|---|---|---|
| ۱ | تهیه گزارش مالی | دبیرخانه | ۱۴۰۲/۰۵/۳۰ |
| ۲ | برگزاری همایش | روابط عمومی | پایان شهریور |
`;

describe('prose after a resolutions table', () => {
  it('is not read as resolutions, however long', () => {
    const prose = Array.from({ length: 695 }, (_, i) => `در ادامه درباره موضوع ${i} گفتگو شد و نظرات اعضا شنیده شد.`);
    const parsed = parseMinutesText(`${table}\n${prose.join('\n')}`);
    expect(parsed.resolutions.map((r) => r.text)).toEqual(['تهیه گزارش مالی', 'برگزاری همایش']);
  });

  it('still reads a decision written after the table', () => {
    const parsed = parseMinutesText(
      `${table}\nاعضا درباره بودجه گفتگو کردند.\nمقرر شد دبیرخانه صورتجلسه را ارسال نماید.`,
    );
    expect(parsed.resolutions.map((r) => r.owners)).toEqual([['دبیرخانه'], ['روابط عمومی'], ['دبیرخانه']]);
  });

  it('keeps reading unmarked paragraphs as resolutions when there is no table', () => {
    const parsed = parseMinutesText('مصوبات:\nتهیه گزارش مالی توسط دبیرخانه.\n\nبرگزاری همایش توسط روابط عمومی.');
    expect(parsed.resolutions).toHaveLength(2);
  });
});
