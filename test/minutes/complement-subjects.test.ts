// Who acts where the lexicon may not know the body or the post: the words before «نسبت به» or «با همکاری/
// هماهنگی X» at a clause's start are its subject. Also the posts of hospitals, schools and building works, a
// bare «اقدام:/پیگیری:» label after the task, and «… را بر عهده بگیرد». Each with a near miss.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const owners = (item: string) => parseMinutesText(`مصوبات:\n۱- ${item}`).resolutions[0]?.owners;

describe('the subject before «نسبت به» or «با همکاری»', () => {
  it('is who acts, whatever its head', () => {
    expect(owners('مسئول انبار دارویی نسبت به تکمیل موجودی سرم ها اقدام نماید.')).toEqual(['مسئول انبار دارویی']);
    expect(owners('مقرر شد تکنسین تجهیزات پزشکی نسبت به کالیبره کردن دستگاه ها اقدام کند.')).toEqual([
      'تکنسین تجهیزات پزشکی',
    ]);
    expect(owners('مقرر گردید پیمانکار پروژه با هماهنگی شهرداری نسبت به رفع نواقص اقدام کند.')).toEqual([
      'پیمانکار پروژه',
    ]);
  });

  it('is no one when an adverb, a pointer or a task stands there, or nothing acts', () => {
    expect(owners('مقرر شد مجددا نسبت به بررسی قیمت ها اقدام شود.')).toEqual([]);
    expect(owners('مقرر شد این موضوع نسبت به سال قبل با دقت بیشتری بررسی شود.')).toEqual([]);
    expect(owners('مقرر شد تهیه گزارش نسبت به سایر موارد در اولویت باشد.')).toEqual([]);
    expect(owners('هزینه ها نسبت به سال قبل افزایش یافته است.')).toEqual([]);
  });
});

describe('posts of hospitals, schools and building works', () => {
  it('open a name', () => {
    expect(owners('مقرر شد سرپرستار بخش جراحی برنامه شیفت ها را تنظیم نماید.')).toEqual(['سرپرستار بخش جراحی']);
    expect(owners('ناظر مقیم موظف است گزارش هفتگی پیشرفت کار را ارسال کند.')).toEqual(['ناظر مقیم']);
    expect(owners('مقرر شد جمعیت هلال احمر چادرها را تامین نماید.')).toEqual(['جمعیت هلال احمر']);
  });

  it('keep a fixed pair that holds one whole', () => {
    expect(owners('مقرر شد انجمن اولیا و مربیان هزینه اردو را تامین کند.')).toEqual(['انجمن اولیا و مربیان']);
  });
});

describe('a bare «اقدام:» or «پیگیری:» label after the task', () => {
  it('names who acts when a body or a person is all it holds', () => {
    expect(owners('خرید سه دستگاه ویلچر تصویب شد. اقدام: واحد تدارکات')).toEqual(['واحد تدارکات']);
    expect(owners('تابلوهای راهنما نصب شود - پیگیری: بخشداری مرکزی')).toEqual(['بخشداری مرکزی']);
  });

  it('names no one for the state of the work or a task after it', () => {
    expect(owners('تابلوهای راهنما نصب شود. پیگیری: در دست اقدام')).toEqual([]);
    expect(owners('اقدام: ارسال نامه به شهرداری')).toEqual([]);
  });
});

describe('«… را بر عهده بگیرد»', () => {
  it('is taking the work on, not a name after «عهده»', () => {
    expect(owners('مقرر شد آقای رحیمی پیگیری مطالبات پیمانکاران را بر عهده بگیرد.')).toEqual(['رحیمی']);
  });
});
