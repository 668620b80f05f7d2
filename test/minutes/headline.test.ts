// A news page opens with its headline: the first line, with no full stop, a blank line under it. When the story
// under it tells decisions too, the headline only sums them up and is none of them. Near misses: a headline that
// is the only decision, and a first line that is the story's own first sentence.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const texts = (text: string) => parseMinutesText(text).resolutions.map((r) => r.text);

describe('a news headline', () => {
  it('is not a resolution when the story under it tells the decisions', () => {
    expect(
      texts(`فرماندار: کارگروه با طرح ساماندهی بازار هفتگی موافقت کرد

به گزارش روابط عمومی فرمانداری، فرماندار در جلسه کارگروه گفت: شهرداری موظف شد ظرف یک ماه غرفه ها را جابجا کند.`),
    ).toEqual(['شهرداری موظف شد ظرف یک ماه غرفه ها را جابجا کند.']);
  });

  it('is kept when it is the only decision on the page', () => {
    expect(
      texts(`هیئت مدیره انجمن با افزایش حق عضویت موافقت کرد

به گزارش روابط عمومی انجمن، جلسه هیئت مدیره دیروز برگزار شد و گزارش خزانه دار ارائه گردید.`),
    ).toEqual(['هیئت مدیره انجمن با افزایش حق عضویت موافقت کرد']);
  });

  it('is no headline when the first line is a sentence of the story', () => {
    expect(
      texts(`هیئت مدیره انجمن با افزایش حق عضویت موافقت کرد.

همچنین مقرر شد دبیرخانه فهرست اعضا را به روز کند.`),
    ).toHaveLength(2);
  });
});
