// A listed item put in the future («– کارگروه … تشکیل خواهد شد», «– دبیرخانه … ارسال خواهد کرد») says what is to be
// done, as one on the subjunctive does. Near misses: a state to come («… حاضر خواهد بود») and what was done («… ارائه شد»).
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const texts = (text: string) => parseMinutesText(text).resolutions.map((r) => r.text);

describe('a listed item put in the future', () => {
  it('counts on its own, passive or active', () => {
    expect(
      texts(`نشست انجمن کتابخوانی محله برگزار شد.

– نمایشگاه کتاب کودک در هفته آخر آذر برپا خواهد شد.
– دبیرخانه انجمن فهرست کتاب های اهدایی را منتشر خواهد کرد.`),
    ).toEqual([
      'نمایشگاه کتاب کودک در هفته آخر آذر برپا خواهد شد.',
      'دبیرخانه انجمن فهرست کتاب های اهدایی را منتشر خواهد کرد.',
    ]);
  });

  it('does not take a state to come nor what was done', () => {
    expect(
      texts(`نشست انجمن کتابخوانی محله برگزار شد.

– کتابدار در نشست بعدی حاضر خواهد بود.
– گزارش امانت کتاب ها ارائه شد.`),
    ).toEqual([]);
  });
});
