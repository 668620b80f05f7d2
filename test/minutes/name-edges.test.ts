// Where a body's name ends: a fixed pair after «و» inside it («… راهداری و حمل و نقل جاده ای») and an adjective
// whose ending is written apart («جاده ای»). Near miss: after such a name, the next word that is no adjective
// ends it.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const owners = (item: string) => parseMinutesText(`مصوبات:\n۱- ${item}`).resolutions[0]?.owners;

describe('the end of a body’s name', () => {
  it('keeps a fixed pair and an adjective written apart inside the name', () => {
    expect(owners('اداره راهداری و حمل و نقل جاده ای موظف است ماشین آلات را مستقر نماید.')).toEqual([
      'اداره راهداری و حمل و نقل جاده ای',
    ]);
    expect(owners('سازمان صنعت و معدن و تجارت استان موظف است فهرست واحدها را ارسال نماید.')).toEqual([
      'سازمان صنعت و معدن و تجارت استان',
    ]);
  });

  it('ends the name at a word that is no adjective', () => {
    expect(owners('اداره راهداری و حمل و نقل گزارش را ارسال نماید.')).toEqual(['اداره راهداری و حمل و نقل']);
  });

  it('ends the name where a plural noun starts the object, not at a head’s plural complement', () => {
    expect(owners('مقرر شد تا پایان هفته شهرداری نقشه ها را ارائه دهد.')).toEqual(['شهرداری']);
    expect(owners('مقرر شد اداره کل ورزش زمین های چمن را بازسازی کند.')).toEqual(['اداره کل ورزش']);
    // Near miss: a plural right after a head is its complement («سازمان پارک ها»), and a plural head is one.
    expect(owners('سازمان پارک ها و فضای سبز درختان را هرس کند.')).toEqual(['سازمان پارک ها و فضای سبز']);
    expect(owners('مقرر شد دستگاه های اجرایی گزارش را ارسال نمایند.')).toEqual(['دستگاه های اجرایی']);
  });

  it('keeps a fixed pair whole when a comma closes it in a list', () => {
    expect(owners('مقرر شد ادارات آموزش و پرورش، بهداشت و درمان و بهزیستی برنامه های خود را ارائه نمایند.')).toEqual([
      'آموزش و پرورش',
      'بهداشت و درمان',
      'بهزیستی',
    ]);
  });

  it('ends a name at «برنامه», its object, but keeps the field «برنامه ریزی»', () => {
    expect(owners('کمیسیون فرهنگی برنامه هفته شهدا را تدوین کند.')).toEqual(['کمیسیون فرهنگی']);
    expect(owners('مقرر شد معاونت توسعه مدیریت و برنامه ریزی گزارش دهد.')).toEqual([
      'معاونت توسعه مدیریت و برنامه ریزی',
    ]);
    expect(owners('مقرر شد سازمان برنامه و بودجه اعتبار را تخصیص دهد.')).toEqual(['سازمان برنامه و بودجه']);
  });
});

describe('places, fields and official names at the end of a body’s name', () => {
  it('keeps the place a body is of after a join, and after a plural the places it is of', () => {
    expect(owners('مقرر شد سازمان مدیریت و برنامه ریزی استان گزارش را تهیه کند.')).toEqual([
      'سازمان مدیریت و برنامه ریزی استان',
    ]);
    expect(owners('مقرر شد بخشداران شهرستان ها فهرست را ارسال کنند.')).toEqual(['بخشداران شهرستان ها']);
    expect(owners('مقرر شد فرمانداران شهرستان های تابعه فهرست را ارسال کنند.')).toEqual([
      'فرمانداران شهرستان های تابعه',
    ]);
  });

  it('ends a name after the places it is of, and after an official name that holds a comma', () => {
    expect(owners('از طرف شبکه بهداشت شهرستان ها آمار جمع آوری و ارسال شود.')).toEqual(['شبکه بهداشت شهرستان ها']);
    expect(owners('وزارت تعاون، کار و رفاه اجتماعی شیوه نامه جدید را ابلاغ نماید.')).toEqual([
      'وزارت تعاون، کار و رفاه اجتماعی',
    ]);
    expect(
      owners('مقرر شد وزارت علوم، تحقیقات و فناوری و وزارت بهداشت، درمان و آموزش پزشکی طرح را تدوین کنند.'),
    ).toEqual(['وزارت علوم، تحقیقات و فناوری', 'وزارت بهداشت، درمان و آموزش پزشکی']);
  });

  it('reads a field of several words whole as a head’s complement', () => {
    expect(owners('واحد فناوری اطلاعات موظف است سامانه نوبت دهی را راه اندازی نماید.')).toEqual([
      'واحد فناوری اطلاعات',
    ]);
    expect(owners('مقرر شد مدیریت منابع انسانی فهرست کارکنان را تهیه کند.')).toEqual(['مدیریت منابع انسانی']);
  });
});

describe('how often a body acts', () => {
  it('is no part of its name', () => {
    expect(owners('مقرر شد شهرداری ماهانه گزارش پیشرفت را ارسال کند.')).toEqual(['شهرداری']);
    expect(owners('کمیته فنی هفتگی جلسه برگزار نماید.')).toEqual(['کمیته فنی']);
  });

  it('keeps the place a long name is of, past the words a name may hold', () => {
    expect(owners('مقرر شد سازمان نظام مهندسی معدن و صنایع معدنی استان از طریق انجمن ها اطلاع رسانی نماید.')).toEqual([
      'سازمان نظام مهندسی معدن و صنایع معدنی استان',
    ]);
    // Near miss: a long name with no place after it still ends at its word limit, not in the clause after it.
    expect(owners('مقرر شد اداره کل تعاون کار و رفاه اجتماعی کشاورزان فهرست را ارسال نماید.')).not.toContain(
      'اداره کل تعاون کار و رفاه اجتماعی کشاورزان فهرست',
    );
  });

  it('ends a name before a group with the indefinite «ی», which the body sends or forms', () => {
    expect(owners('مقرر شد از طرف دانشکده هیئتی برای بازدید از کارگاه ها اعزام شوند.')).toEqual(['دانشکده']);
    expect(owners('مقرر شد فرمانداری کارگروهی برای رسیدگی به شکایات تشکیل دهد.')).toEqual(['فرمانداری']);
    // Near miss: the group alone, yet to be formed, is still no one.
    expect(owners('مقرر شد موضوع توسط کمیته ای متشکل از نمایندگان دستگاه ها بررسی شود.')).toEqual([]);
  });

  it('reads the body along with which another acts («به همراه») as acting too, not a partner', () => {
    expect(owners('مقرر شد دهیاری به همراه بسیج روستا نسبت به پاکسازی معابر اقدام نماید.')).toEqual([
      'دهیاری',
      'بسیج روستا',
    ]);
    // Near misses: what is sent along is no body, and who helps («با همکاری») does not act.
    expect(owners('مقرر شد دهیاری به همراه گزارش مالی فهرست هزینه ها را ارسال نماید.')).toEqual(['دهیاری']);
    expect(owners('مقرر شد دهیاری با همکاری بسیج روستا نسبت به پاکسازی معابر اقدام نماید.')).toEqual(['دهیاری']);
  });
});

describe('an adverb with «و» written fused to it', () => {
  it('ends the name as the same adverb spaced apart does', () => {
    expect(owners('برگزاری نمایشگاه با محوریت اتاق بازرگانی وهمچنین تهیه بروشور')).toEqual(['اتاق بازرگانی']);
    expect(owners('تهیه فهرست توسط دبیرخانه کمیته ونیز ارسال آن به اعضا')).toEqual(['دبیرخانه کمیته']);
  });

  it('still splits two bodies joined by a fused «و»', () => {
    expect(owners('با محوریت هیئت امنا وهیئت مدیره تهیه شود.')).toEqual(['هیئت امنا', 'هیئت مدیره']);
  });
});

describe('«های» after the places a plural body is of', () => {
  it('goes on to the word it joins', () => {
    expect(owners('مقرر شد ادارات بهزیستی شهرستان های جنوبی استان آمار را ارسال کنند.')).toEqual([
      'ادارات بهزیستی شهرستان های جنوبی استان',
    ]);
    expect(owners('مدیران جهاد کشاورزی استان های همجوار موظفند فهرست را تکمیل کنند.')).toEqual([
      'مدیران جهاد کشاورزی استان های همجوار',
    ]);
  });

  it('does not take the task after it', () => {
    expect(owners('مقرر شد فرمانداران شهرستان های گزارش عملکرد را ارسال کنند.')).toEqual(['فرمانداران شهرستان های']);
  });
});

describe('«نتیجه» after a body', () => {
  it('is what the body reports, not part of its name', () => {
    expect(owners('مقرر شد پس از بازدید میدانی توسط شهرداری و اداره برق منطقه نتیجه به فرمانداری اعلام شود.')).toEqual([
      'شهرداری',
      'اداره برق منطقه',
    ]);
    expect(owners('مقرر شد اداره ثبت اسناد نتایج استعلام را به شورا گزارش کند.')).toEqual(['اداره ثبت اسناد']);
  });
});
