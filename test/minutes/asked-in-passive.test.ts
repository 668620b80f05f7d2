// A decision that asks a body in the passive («از X درخواست شود تا …») or passes a matter on to it for it to act
// («موضوع به X منعکس گردد تا … اقدام نماید») gives X the work. Near misses: a result only made known to a body,
// and the public asked.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const owners = (item: string) => parseMinutesText(`مصوبات:\n۱- ${item}`).resolutions[0]?.owners;

describe('a body asked or told in the passive', () => {
  it('names the body asked to act', () => {
    expect(owners('مقرر گردید از اداره گاز درخواست شود تا انشعاب مدرسه را وصل نماید.')).toEqual(['اداره گاز']);
    expect(owners('مقرر شد از دانشکده فنی درخواست گردد یک کارشناس معرفی کند.')).toEqual(['دانشکده فنی']);
  });

  it('names the body a matter is passed on to for it to act', () => {
    expect(owners('مقرر گردید شکایت اهالی به اداره برق منعکس گردد تا نسبت به نصب چراغ ها اقدام نماید.')).toEqual([
      'اداره برق',
    ]);
    expect(owners('مقرر شد صورتجلسه به شهرداری اعلام شود تا موانع را برطرف کند.')).toEqual(['شهرداری']);
  });

  it('names no one for a result made known, nor for the public asked', () => {
    expect(owners('مقرر گردید نتیجه بررسی به اداره برق اعلام گردد.')).toEqual([]);
    expect(owners('مقرر گردید از شهروندان درخواست شود در جشن شرکت کنند.')).toEqual([]);
  });
});

describe('asked in the perfect', () => {
  it('names the body asked', () => {
    expect(owners('از ادارات آموزش و پرورش خواسته شده است تا آمار مدارس را تا پایان ماه ارسال کنند.')).toEqual([
      'ادارات آموزش و پرورش',
    ]);
  });

  it('names no one when the people are asked, or the request was made long before', () => {
    expect(owners('از شهروندان خواسته شده تا زباله ها را تفکیک کنند.')).toEqual([]);
    expect(owners('پیش از این گزارشی از شهرداری خواسته شده بود که هنوز نرسیده است.')).toEqual([]);
  });
});
