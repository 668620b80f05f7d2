// News reports of a session tell duties in their own words: «در ادامه X موظف شد …» (how the report goes on is not
// the subject), «X متعهد شد …» (who undertook the work) and «بنا شد X …» (a decision opened like «مقرر شد»). Near
// misses: «بنا شد» closing a sentence about a building, and a promise made by no body.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const read = (text: string) => parseMinutesText(text).resolutions.map((r) => [r.text, r.owners]);
const LEAD = 'به گزارش روابط عمومی بخشداری، جلسه شورای اداری بخش برگزار شد.\n\n';

describe('duties told in a report', () => {
  it('reads the body obliged after «در ادامه» or «در پایان»', () => {
    expect(read(`${LEAD}در ادامه اداره آبفا موظف شد ظرف دو هفته مخازن روستا را لایروبی کند.\n`)).toEqual([
      ['در ادامه اداره آبفا موظف شد ظرف دو هفته مخازن روستا را لایروبی کند.', ['اداره آبفا']],
    ]);
    expect(read(`${LEAD}در پایان دهیاران موظف شدند فهرست خانوارها را ارسال نمایند.\n`)[0]?.[1]).toEqual(['دهیاران']);
  });

  it('reads who undertook the work with «متعهد شد»', () => {
    expect(read(`${LEAD}مدیر مدرسه شاهد متعهد شد تا پایان ماه سرویس بهداشتی را تعمیر کند.\n`)).toEqual([
      ['مدیر مدرسه شاهد متعهد شد تا پایان ماه سرویس بهداشتی را تعمیر کند.', ['مدیر مدرسه شاهد']],
    ]);
  });

  it('reads «بنا شد» opening a decision like «مقرر شد»', () => {
    expect(read(`${LEAD}در این نشست بنا شد بخشداری گزارش نهایی را به فرمانداری ارسال کند.\n`)).toEqual([
      ['بنا شد بخشداری گزارش نهایی را به فرمانداری ارسال کند.', ['بخشداری']],
    ]);
    // Near miss: a building that was built is no decision.
    expect(read(`${LEAD}ساختمان جدید بخشداری در سال گذشته بنا شد.\n`)).toEqual([]);
  });
});
