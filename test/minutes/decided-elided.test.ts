// Two ways Persian minutes tell a decision that the reader once missed in prose: «مقرر» left bare after «و»,
// sharing the «گردید» of the verb before it, and a passive «تصویب شد / به تصویب رسید». Near misses: «مقرر» as an
// adjective, a clause that tells what was done, the vote closing an item, and what had been approved before.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const items = (text: string) => parseMinutesText(text).resolutions.map((r) => ({ text: r.text, owners: r.owners }));

describe('a bare «مقرر» after «و»', () => {
  it('decides when the clause after it ends on the subjunctive', () => {
    expect(
      items(
        'جلسه کمیته فنی برگزار شد. پس از بحث، فهرست پیشنهادی بررسی و مقرر نسبت به تکمیل پرونده ها توسط ادارات شهرستان اقدام گردد.',
      ),
    ).toEqual([{ text: 'مقرر نسبت به تکمیل پرونده ها توسط ادارات شهرستان اقدام گردد.', owners: ['ادارات شهرستان'] }]);
    expect(items('گزارش کارشناس قرائت و مقرر که دبیرخانه نتیجه را به اعضا اعلام نماید.')).toEqual([
      { text: 'مقرر که دبیرخانه نتیجه را به اعضا اعلام نماید.', owners: ['دبیرخانه'] },
    ]);
  });

  it('does not decide as an adjective, nor in a clause that tells what was done', () => {
    expect(items('حقوق ثابت و مقرر ماهانه کارکنان در جلسه گزارش شد.')).toEqual([]);
    expect(items('فهرست قرائت و مقرر نسبت به آن بحث شد.')).toEqual([]);
  });
});

describe('a decision told in the Persian passive', () => {
  it('reads «… تصویب و تایید گردید» and «… به تصویب رسید» in prose, with no owner', () => {
    expect(
      items(`مجمع عمومی انجمن برگزار شد و گزارش خزانه دار ارائه گردید.

با رای اکثریت اعضا ترازنامه سال گذشته تصویب و تایید گردید. همچنین آیین نامه داخلی انجمن به تصویب رسید.`),
    ).toEqual([
      { text: 'با رای اکثریت اعضا ترازنامه سال گذشته تصویب و تایید گردید.', owners: [] },
      { text: 'همچنین آیین نامه داخلی انجمن به تصویب رسید.', owners: [] },
    ]);
  });

  it('does not read the vote closing an item, or an approval made before, as a decision', () => {
    expect(items('طرح ساماندهی در جلسه مطرح و مورد تصویب اعضا قرار گرفت.')).toEqual([]);
    expect(items('طرحی که سال گذشته تصویب شده بود هنوز اجرا نشده است.')).toEqual([]);
  });
});
