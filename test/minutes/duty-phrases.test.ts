// More of the ways Persian minutes say who acts: a post set between commas after a person («آقای X، مدیرکل …،»),
// a task that is X's duty («… تکلیف/وظیفه X است»), the openers «بنا شد» and «تصمیم بر این شد که», work done
// «با پیگیری X», and the adverbs that close a name («مشترکاً», «راساً»). Each with a near miss it must not take.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const owners = (item: string) => parseMinutesText(`مصوبات:\n۱- ${item}`).resolutions[0]?.owners;

describe('a post between commas after a person', () => {
  it('is that person’s post, not a second owner', () => {
    expect(owners('جناب آقای دکتر کاوه، مدیرکل دفتر امور روستایی، فهرست دهیاری ها را ارسال خواهند کرد.')).toEqual([
      'کاوه',
    ]);
    expect(owners('مقرر شد خانم سلیمی، معاون برنامه ریزی، گزارش بودجه را در جلسه بعد ارائه نماید.')).toEqual(['سلیمی']);
  });

  it('keeps a list of a person and others as several owners', () => {
    expect(owners('مقرر شد آقای نادری، رئیس اداره گاز و خانم صدری گزارش را ارائه کنند.')).toEqual([
      'نادری',
      'رئیس اداره گاز',
      'صدری',
    ]);
    expect(owners('مقرر شد شهرداری، فرماندار و اداره برق برنامه را اجرا کنند.')).toEqual([
      'شهرداری',
      'فرماندار',
      'اداره برق',
    ]);
  });
});

describe('a task that is someone’s duty', () => {
  it('gives the work to the body after «تکلیف» or «وظیفه»', () => {
    expect(owners('انجام مکاتبات لازم با وزارت نیرو تکلیف معاونت برنامه ریزی است.')).toEqual(['معاونت برنامه ریزی']);
    expect(owners('نظارت بر اجرای طرح وظیفه دبیرخانه شورا است.')).toEqual(['دبیرخانه شورا']);
  });

  it('takes nothing when no task comes before, and keeps «تعیین تکلیف» inside a name', () => {
    expect(owners('تکلیف شهرداری روشن است.')).toEqual([]);
    expect(owners('کمیسیون تعیین تکلیف اراضی نسبت به بررسی پرونده ها اقدام کند.')).toEqual([
      'کمیسیون تعیین تکلیف اراضی',
    ]);
    expect(owners('اداره نظام وظیفه نسبت به صدور کارت ها اقدام کند.')).toEqual(['اداره نظام وظیفه']);
  });
});

describe('«بنا شد» and «تصمیم بر این شد که»', () => {
  it('give the work to the subject after them', () => {
    expect(owners('بنا شد شرکت گاز استان نسبت به لوله کشی روستا تا پایان سال اقدام کند.')).toEqual(['شرکت گاز استان']);
    expect(owners('تصمیم بر این شد که روابط عمومی استانداری برنامه ها را اطلاع رسانی کند.')).toEqual([
      'روابط عمومی استانداری',
    ]);
  });

  it('make a sentence of the discussion a resolution', () => {
    const text = [
      'مذاکرات:',
      'گزارش پروژه ارائه شد. پس از بحث تصمیم بر این شد که روابط عمومی استانداری برنامه ها را اطلاع رسانی کند.',
      '',
      'بنابراین مسائل ترافیکی در جلسه بعد مطرح خواهد شد.',
    ].join('\n');
    expect(parseMinutesText(text).resolutions.map((r) => [r.text, r.owners])).toEqual([
      ['پس از بحث تصمیم بر این شد که روابط عمومی استانداری برنامه ها را اطلاع رسانی کند.', ['روابط عمومی استانداری']],
    ]);
  });

  it('name no one when a building «بنا شد»', () => {
    expect(owners('ساختمان مدرسه روستا در سال ۱۳۵۰ بنا شد.')).toEqual([]);
  });
});

describe('«با پیگیری X»', () => {
  it('names who follows the work up when the work is still to be done', () => {
    expect(owners('با پیگیری دبیرخانه کارگروه، جلسه ای با بانک های عامل تشکیل شود.')).toEqual(['دبیرخانه کارگروه']);
  });

  it('names no one for what was done already, and leaves a subject that acts itself', () => {
    expect(owners('با پیگیری شهرداری، مشکل آب محله حل شد.')).toEqual([]);
    expect(owners('با پیگیری های انجام شده، مشکل آب محله حل خواهد شد.')).toEqual([]);
    expect(owners('با پیگیری فرمانداری، شهرداری نسبت به جمع آوری نخاله ها اقدام کند.')).toEqual(['شهرداری']);
  });
});

describe('words that close a name', () => {
  it('ends the name at an adverb of how the bodies act, and at a draft', () => {
    expect(owners('فرماندهی انتظامی و بخشداری مرکزی مشترکاً گشت ها را افزایش دهند.')).toEqual([
      'فرماندهی انتظامی',
      'بخشداری مرکزی',
    ]);
    expect(owners('فرمانداری و بخشداری راساً نسبت به رفع مشکل اقدام نمایند.')).toEqual(['فرمانداری', 'بخشداری']);
    expect(owners('مصوب شد اداره کل امور اقتصادی و دارایی پیش نویس دستورالعمل را تهیه کند.')).toEqual([
      'اداره کل امور اقتصادی و دارایی',
    ]);
  });
});

describe('a body being formed, and the rest of a group', () => {
  it('gives no work to a group named with the indefinite «ی», nor to one that is to be formed', () => {
    expect(owners('مقرر شد موضوع توسط کارگروهی متشکل از فرمانداری و شهرداری بررسی شود.')).toEqual([]);
    expect(owners('مقرر شد پرونده ها توسط تیمی از کارشناسان بازبینی شود.')).toEqual([]);
    expect(owners('مقرر شد کمیته فنی متشکل از نمایندگان شهرداری و فرمانداری تشکیل شود.')).toEqual([]);
  });

  it('ends at «متشکل» the name of a body that acts, and keeps a named body after «توسط»', () => {
    expect(owners('مقرر شد کمیته فنی متشکل از نمایندگان شهرداری و فرمانداری گزارش را تهیه کند.')).toEqual([
      'کمیته فنی',
    ]);
    expect(owners('مقرر شد کمیسیون عمران با حضور شهردار تشکیل جلسه دهد.')).toEqual(['کمیسیون عمران']);
    expect(owners('مقرر شد موضوع توسط کارگروه ویژه بررسی شود.')).toEqual(['کارگروه ویژه']);
  });

  it('keeps «سایر» with the group it names, and names no one for «سایر موارد»', () => {
    expect(owners('شهرداری و سایر دستگاه های خدمات رسان در اجرای طرح همکاری لازم را به عمل آورند.')).toEqual([
      'شهرداری',
      'سایر دستگاه های خدمات رسان',
    ]);
    expect(owners('مقرر شد سایر موارد در جلسه بعد بررسی شود.')).toEqual([]);
  });
});

describe('a plural head before a list', () => {
  it('spreads over the list after the people who head the bodies', () => {
    expect(owners('مقرر شد رؤسای ادارات برق، گاز و آبفا گزارش خسارات را ارائه نمایند.')).toEqual([
      'برق',
      'گاز',
      'آبفا',
    ]);
    expect(owners('مسئولین ادارات ورزش، ارشاد و بهزیستی تا پایان هفته برنامه را ارسال کنند.')).toEqual([
      'ورزش',
      'ارشاد',
      'بهزیستی',
    ]);
  });

  it('does not spread «دستگاه های اجرایی» over the bodies listed beside it, nor a list with no comma', () => {
    expect(owners('دستگاه های اجرایی، شهرداری و شورا موظفند گزارش دهند.')).toEqual([
      'دستگاه های اجرایی',
      'شهرداری',
      'شورا',
    ]);
    expect(owners('مقرر شد مدیران ادارات برق و گاز گزارش خسارات را ارائه نمایند.')).toEqual([
      'مدیران ادارات برق و گاز',
    ]);
  });
});

describe('a body pointed back to', () => {
  it('is the body the item named before with the same head', () => {
    expect(owners('ضمن تشکر از سازمان آتش نشانی، مقرر شد آن سازمان نسبت به خرید تجهیزات اقدام نماید.')).toEqual([
      'سازمان آتش نشانی',
    ]);
    expect(owners('گزارش شرکت گاز استان ارائه شد و مقرر گردید شرکت مذکور تا پایان آذر لوله کشی را تکمیل کند.')).toEqual(
      ['شرکت گاز استان'],
    );
  });

  it('is no one when the item names no such body before it', () => {
    expect(owners('مقرر شد آن سازمان نسبت به رفع نواقص اقدام نماید.')).toEqual([]);
    expect(owners('پس از گزارش مدیرکل راه و شهرسازی، مقرر شد اداره کل مذکور گزارش تکمیلی ارسال نماید.')).toEqual([]);
  });
});

describe('a duty in the clause after «… شد و»', () => {
  it('is laid on the subject of that clause', () => {
    expect(owners('در این باره گزارش کاملی ارائه شد و اداره گاز موظف شد فهرست مشترکان را ارسال کند.')).toEqual([
      'اداره گاز',
    ]);
    expect(owners('پس از بحث نظرات اعضا جمع بندی گردید و کلیه دهیاران منطقه ملزم به رعایت آن خواهند بود.')).toEqual([
      'کلیه دهیاران منطقه',
    ]);
  });

  it('names no one when that clause has no subject of its own', () => {
    expect(owners('در این باره گزارش کاملی ارائه شد و موظف شد فهرست مشترکان ارسال شود.')).toEqual([]);
  });
});

describe('«X متولی … است/خواهد بود»', () => {
  it('names who answers for the work', () => {
    expect(owners('اداره کل منابع طبیعی متولی نظارت بر مراتع استان خواهد بود.')).toEqual(['اداره کل منابع طبیعی']);
    expect(owners('دانشکده پرستاری و دانشکده بهداشت متولیان برگزاری همایش هستند.')).toEqual([
      'دانشکده پرستاری',
      'دانشکده بهداشت',
    ]);
  });

  it('names no one chosen as one, nor a post still to be named', () => {
    expect(owners('معاونت فرهنگی به عنوان متولی برگزاری جشنواره انتخاب شد.')).toEqual([]);
    expect(owners('مقرر شد متولی نگهداری فضای سبز تعیین شود.')).toEqual([]);
  });
});
