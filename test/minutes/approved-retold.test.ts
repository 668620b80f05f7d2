// «مصوب شد» opening the clause it decides, after the reasons for it («… با توجه به …، مصوب شد کتابخانه ها …»),
// decides as «مقرر شد» does. A news lead told again under the report's own first sentence («به گزارش …»), in
// other words here and there, is one resolution. Near misses: «طرح … مصوب شد.» closing a sentence of the story,
// «مصوب شد و …» joined to the next verb, and two decisions alike in words but both under the byline.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const texts = (text: string) => parseMinutesText(text).resolutions.map((r) => r.text);

describe('«مصوب شد» opening a clause', () => {
  it('starts a resolution inside a paragraph', () => {
    expect(
      texts(`نشست شورای فرهنگی دانشکده

با توجه به تعطیلی های پایان سال و درخواست دانشجویان، مصوب شد سالن مطالعه تا ساعت ۲۲ باز بماند.`),
    ).toEqual(['مصوب شد سالن مطالعه تا ساعت ۲۲ باز بماند.']);
  });

  it('does not take an approval told at the end of a sentence, nor one joined to the next verb', () => {
    expect(
      texts(`نشست شورای فرهنگی دانشکده

در سال گذشته طرح توسعه سالن مطالعه مصوب شد. گزارش پیشرفت کار ارائه شد.`),
    ).toEqual([]);
    expect(
      texts(`نشست شورای فرهنگی دانشکده

در سال گذشته آیین نامه سالن مطالعه مصوب شد و به دانشکده ها ابلاغ گردید.`),
    ).toEqual([]);
  });
});

describe('a news lead retold under the byline', () => {
  it('is one resolution, where the lead stands', () => {
    expect(
      texts(`مصوب شد از توان تشکل های صنفی برای نظارت بر قیمت نان در ماه رمضان استفاده شود.

به گزارش روابط عمومی فرمانداری، نشست کارگروه آرد و نان شهرستان به ریاست فرماندار برگزار شد.

معاون فرماندار افزود: در این نشست مصوب شد از توان تشکل های صنفی برای بهتر کردن نظارت بر قیمت نان استفاده شود.`),
    ).toEqual(['مصوب شد از توان تشکل های صنفی برای نظارت بر قیمت نان در ماه رمضان استفاده شود.']);
  });

  it('keeps two decisions alike in words when both stand under the byline', () => {
    expect(
      texts(`به گزارش روابط عمومی فرمانداری، نشست شورای ترافیک شهرستان برگزار شد.

در این نشست مقرر شد اداره راهداری نسبت به نصب تابلوهای هشدار در جاده روستای کلاته تا پایان ماه اقدام نماید.

در نشست پیشین نیز مقرر شد اداره راهداری نسبت به نصب تابلوهای هشدار و چراغ چشمک زن در جاده روستای کلاته تا پایان ماه اقدام نماید.`),
    ).toHaveLength(2);
  });
});

describe('decisions alike in words', () => {
  it('are two decisions when their numbers differ, one when a decision is told again with its own', () => {
    expect(
      texts(`Town Board

The Board approved the building permit for 12 Main Street as submitted by the owner.

The Board approved the building permit for 14 Main Street as submitted by the owner.`),
    ).toHaveLength(2);
    expect(
      texts(`Town Board

The Board approved the building permit for 12 Main Street as submitted by the owner.

The Board approved the building permit for 12 Main Street, as submitted by the owner.`),
    ).toHaveLength(1);
  });

  it('are each a decision in the body, alike as they are; only the lead is told again', () => {
    expect(
      texts(`Town Board

The Board adopted the annual budget of the library as presented by the treasurer.

The Board approved the building permit for the garage on Oak Street as submitted.

The Board approved the building permit for the garage on Elm Street as submitted.`),
    ).toHaveLength(3);
    expect(
      texts(`Town Board

The Board approved the building permit for the garage on Oak Street as submitted.

The Board heard the report of the treasurer on the accounts of the year.

The Board approved the building permit for the garage on Oak Street, as submitted.`),
    ).toHaveLength(1);
  });

  it('keeps every one of many paragraphs alike but for their numbers', () => {
    const many = Array.from(
      { length: 300 },
      (_, i) => `The Board approved the building permit for ${i + 1} Main Street as submitted by the owner.`,
    ).join('\n\n');
    expect(texts(`Town Board\n\n${many}`)).toHaveLength(300);
  });
});
