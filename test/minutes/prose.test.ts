// Minutes written as prose or narrative bullets: where the resolution starts, which bullets are resolutions,
// and what is only a report.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const items = (text: string) => parseMinutesText(text).resolutions.map((r) => ({ text: r.text, owners: r.owners }));

describe('narrative prose', () => {
  it('starts the resolution at «مقرر گردید» inside a story of the meeting', () => {
    expect(
      items(`نشست کارگروه آب

در پی کم آبی تابستان، جلسه ای در فرمانداری تشکیل و مقرر گردید اداره آبفا در اسرع وقت برنامه را تهیه نماید.

جلسه بعدی کارگروه نیز برگزار و گزارش ها ارائه شد.`),
    ).toEqual([{ text: 'مقرر گردید اداره آبفا در اسرع وقت برنامه را تهیه نماید.', owners: ['اداره آبفا'] }]);
  });

  it('takes the whole paragraph an opening line announced with a colon', () => {
    const paragraph =
      'گزارش هزینه ها ارائه شد و پس از بحث مقرر شد اصلاحات لازم انجام و برای تصویب نهایی در جلسه طرح گردد.';
    expect(items(`چهلمین جلسه هیئت امنا برگزار و تصمیمات به شرح ذیل اتخاذ شد:\n${paragraph}`)).toEqual([
      { text: paragraph, owners: [] },
    ]);
  });

  it('does not read a remark someone made as a resolution', () => {
    const found = items(`- آقای رضوی با اشاره به اینکه پیگیری طرح بر عهده استانداری است، از اعضا تشکر کرد.
- پس از بحث و تبادل نظر مقرر گردید کارگروه فنی گزارش طرح را ارائه نماید.`);
    expect(found).toEqual([{ text: 'مقرر گردید کارگروه فنی گزارش طرح را ارائه نماید.', owners: ['کارگروه فنی'] }]);
  });
});

describe('bulleted decisions', () => {
  it('keeps passive directives and elections in a list of decisions, without owners', () => {
    const found = items(`• مقرر گردید دبیرخانه نسبت به ارسال آیین نامه اقدام نماید.
• موضوع تعرفه ها در جلسه آتی مورد بررسی قرار گیرد.
• اعضای کارگروه بازرسی به اتفاق آراء انتخاب گردیدند که اسامی آنان به شرح ذیل می باشد: آقایان احمدی و کریمی.`);
    expect(found.map((f) => f.owners)).toEqual([['دبیرخانه'], [], []]);
  });

  it('leaves a bulleted list without any decision alone', () => {
    expect(items('• گزارش ها ارائه گردید.\n• اعضا نظرات خود را بیان کردند.')).toEqual([]);
  });
});
