// Two shapes of news about working groups: words said at the meeting that open with a body and end on its active
// subjunctive («… اظهار داشت: اداره صمت … اقدام نمایند.») tell that body what to do, and «و» written fused to the
// next body («… تجارت واتاق اصناف») still splits the two. Near misses: a wish, a general «باید», words that
// open with no body, and words that merely start with «و».
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const items = (text: string) => parseMinutesText(text).resolutions.map((r) => ({ text: r.text, owners: r.owners }));

describe('an instruction in the words said at the meeting', () => {
  it('is a task of the body it opens with, without who said it', () => {
    expect(
      items(`جلسه کارگروه آرد و نان شهرستان به ریاست فرماندار برگزار شد.

فرماندار اظهار داشت: اداره غله نسبت به توزیع سهمیه آرد روستاها اقدام نماید.`),
    ).toEqual([{ text: 'اداره غله نسبت به توزیع سهمیه آرد روستاها اقدام نماید.', owners: ['اداره غله'] }]);
  });

  it('is no task when it is a wish, a general «باید», or opens with no body', () => {
    expect(
      items(`جلسه کارگروه آرد و نان شهرستان برگزار شد.

فرماندار گفت: امیدواریم اداره غله سهمیه ها را به موقع توزیع کند. وی افزود: نانوایان باید کیفیت نان را حفظ کنند. او گفت: مردم در خرید نان صرفه جویی کنند.`),
    ).toEqual([]);
  });
});

describe('«و» fused to the next body', () => {
  it('splits the two bodies', () => {
    expect(items('مصوبات:\n۱- مقرر شد اداره تعاون واتاق بازرگانی فهرست متقاضیان را ارسال نمایند.')[0]!.owners).toEqual([
      'اداره تعاون',
      'اتاق بازرگانی',
    ]);
  });

  it('does not split a word that merely starts with «و»', () => {
    expect(items('مصوبات:\n۱- مقرر شد وزارت ورزش و جوانان برنامه را ابلاغ نماید.')[0]!.owners).toEqual([
      'وزارت ورزش و جوانان',
    ]);
  });
});

describe('a duty told in the words of a listed item', () => {
  const owners = (item: string) => items(`مصوبات:\n۱- ${item}`)[0]?.owners;

  it('is laid on the body the words name, not on who spoke', () => {
    expect(owners('مدیرکل گفت: دهیاری ها مکلف هستند فهرست روستاها را تکمیل کنند.')).toEqual(['دهیاری ها']);
    expect(owners('رئیس سازمان ادامه داد: شرکت مشاور موظف است نقشه ها را تا پایان ماه تحویل دهد.')).toEqual([
      'شرکت مشاور',
    ]);
  });

  it('still gives a label that names a body alone its task', () => {
    expect(owners('واحد مالی: تهیه صورت حساب ها')).toEqual(['واحد مالی']);
  });

  it('is laid on the body named after «… تصریح کرد که», and a speaker who names no one else keeps the task', () => {
    expect(owners('مدیرکل تصریح کرد که اداره راهداری موظف است برف روبی محورها را انجام دهد.')).toEqual([
      'اداره راهداری',
    ]);
    expect(owners('اداره بهزیستی گفت که فهرست مددجویان را ارسال خواهد کرد.')).toEqual(['اداره بهزیستی']);
  });

  it('names no one when the words name no one', () => {
    expect(owners('معاون فرماندار تاکید کرد: گزارش ها به موقع ارسال شود.')).toEqual([]);
  });
});
