// Work given to a body by what is said to it: told or allowed to act («به X ابلاغ شد تا … نماید», «به X اجازه
// داده شد که …»), a task handed over («… به X محول شد», «پیگیری … به X سپرده شد»), and a line that only
// labels who acts («مسئول اجرا: X»). Near misses: news told to a body, land or a file handed over, a clause after
// «که» that gives no task.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const owners = (item: string) => parseMinutesText(`مصوبات:\n۱- ${item}`).resolutions[0]?.owners;

describe('work given to a body by what it is told', () => {
  it('reads a body told or allowed to do what the clause after «تا/که» says', () => {
    expect(owners('به شهرداری ابلاغ شد تا پایان آذر نسبت به رفع معارض اقدام نماید.')).toEqual(['شهرداری']);
    expect(owners('به دبیرخانه اجازه داده شد که گزارش را منتشر کند.')).toEqual(['دبیرخانه']);
    expect(owners('به اداره کل ثبت احوال ماموریت داده شد تا داده ها را تطبیق دهد.')).toEqual(['اداره کل ثبت احوال']);
  });

  it('does not read a body that is only told something', () => {
    expect(owners('نتیجه به شهرداری اعلام شد.')).toEqual([]);
    expect(owners('نتیجه بررسی به شهرداری ابلاغ شد.')).toEqual([]);
    expect(owners('به اداره برق ابلاغ گردید که شهرداری در حال انجام کار است.')).toEqual([]);
  });

  it('reads a task handed to a body', () => {
    expect(owners('بررسی موضوع به کمیسیون عمران محول شد.')).toEqual(['کمیسیون عمران']);
    expect(owners('پیگیری موضوع به دبیرخانه سپرده شد.')).toEqual(['دبیرخانه']);
    expect(owners('مقرر شد تهیه گزارش به معاونت برنامه ریزی واگذار شود.')).toEqual(['معاونت برنامه ریزی']);
  });

  it('does not read land or a file handed over as a task', () => {
    expect(owners('زمین به شهرداری واگذار شد.')).toEqual([]);
    expect(owners('پرونده به بایگانی سپرده شد.')).toEqual([]);
    expect(owners('زمین ورزشی به شهرداری واگذار شد تا سالن در آن احداث شود.')).toEqual([]);
  });

  it('reads a matter handed over for the body to do what the clause after «تا/که» says, or a task of more kinds', () => {
    expect(owners('بازنگری آیین نامه به کمیسیون فنی واگذار شد تا ظرف یک ماه نظر خود را اعلام نماید.')).toEqual([
      'کمیسیون فنی',
    ]);
    expect(owners('برگزاری جشنواره غذای محلی به معاونت فرهنگی سپرده شد.')).toEqual(['معاونت فرهنگی']);
    expect(owners('ساماندهی پارکینگ ها به سازمان حمل و نقل واگذار گردید.')).toEqual(['سازمان حمل و نقل']);
  });

  it('reads a label that names who acts as a label, not as an owner', () => {
    expect(owners('مسئول اجرا: معاونت فناوری اطلاعات')).toEqual(['معاونت فناوری اطلاعات']);
    expect(owners('متولی: دبیرخانه شورا')).toEqual(['دبیرخانه شورا']);
  });
});

describe('work asked for, ordered or taken on', () => {
  it('reads who was asked or ordered, not who asked or ordered', () => {
    expect(owners('رئیس شورا از شهرداری خواست نسبت به رفع مشکل اقدام کند.')).toEqual(['شهرداری']);
    expect(owners('استاندار از دستگاههای اجرایی خواست تا پروژه ها را تکمیل کنند.')).toEqual(['دستگاههای اجرایی']);
    expect(owners('ریاست جلسه دستور دادند شهرداری نسبت به رفع مشکل اقدام نماید.')).toEqual(['شهرداری']);
    expect(owners('رئیس جلسه به دبیرخانه دستور داد تا نامه را ارسال کند.')).toEqual(['دبیرخانه']);
  });

  it('leaves the asking to the body whose own task it is, and an order with no one in it', () => {
    // «درخواست نماید» is still to be done, by the council: the body asked only answers it.
    expect(owners('مقرر گردید شورا طی نامه ای از فرمانداری درخواست نماید تا مجوز صادر شود.')).toEqual(['شورا']);
    expect(owners('استاندار دستور داد پرونده بررسی شود.')).toEqual([]);
  });

  it('gives no work by a request reported beside what happened, and lets a decision beside it give the work', () => {
    expect(
      owners('گزارش پیشرفت پروژه پل ارائه شد. رئیس شورا از شهرداری خواست درباره تاخیر پیمانکار توضیح دهد.'),
    ).toEqual([]);
    expect(owners('گزارش پروژه مسکن مهر قرائت شد و آقای کریمی از اداره راه خواست علت توقف را بیان کند.')).toEqual([]);
    expect(
      owners(
        'گزارش عملکرد پروژه مسکن ارائه شد و آقای کریمی از شهرداری خواست درباره تاخیر توضیح دهد. مقرر شد کمیته فنی موضوع را بررسی کند.',
      ),
    ).toEqual(['کمیته فنی']);
    // The request that is the item itself, or that opens it, still gives the work.
    expect(
      owners('رئیس شورا از شهرداری خواست نسبت به رفع مشکل اقدام کند و نتیجه را تا پایان ماه اعلام نماید.'),
    ).toEqual(['شهرداری']);
  });

  it('reads who took the work on', () => {
    expect(owners('خانم دکتر نوری مسئولیت تهیه گزارش را پذیرفت.')).toEqual(['نوری']);
    expect(owners('آقای کاظمی پذیرفتند گزارش را تهیه کنند.')).toEqual(['کاظمی']);
    expect(owners('پیگیری این موضوع را آقای کاظمی بر عهده گرفت.')).toEqual(['کاظمی']);
  });

  it('does not read accepting a proposal as taking work on', () => {
    expect(owners('شورا پیشنهاد شهرداری را پذیرفت.')).toEqual([]);
    // What was accepted names its own doer: the body that accepted gives the work, it does not do it.
    expect(owners('شورا پذیرفت که شهرداری نسبت به آسفالت معابر اقدام کند.')).toEqual(['شهرداری']);
  });

  it('reads «از طرف X» like «از سوی X»', () => {
    expect(owners('مقرر گردید نامه ای از طرف شورا به فرمانداری ارسال گردد.')).toEqual(['شورا']);
  });
});

describe('a matter sent to a body to review, or put on its agenda', () => {
  it('gives the body the work', () => {
    expect(owners('جهت بررسی به کمیسیون ماده صد ارسال گردد.')).toEqual(['کمیسیون ماده صد']);
    expect(owners('پرونده به کمیته فنی جهت اظهار نظر ارسال شود.')).toEqual(['کمیته فنی']);
    expect(owners('موضوع در دستور کار کمیسیون عمران شورا قرار گیرد.')).toEqual(['کمیسیون عمران شورا']);
  });

  it('names no one sent a letter, nor an agenda that took it up already', () => {
    expect(owners('نامه ای به اداره کل راه و شهرسازی ارسال گردد.')).toEqual([]);
    expect(owners('موضوع در دستور کار کمیسیون عمران قرار گرفت.')).toEqual([]);
  });
});

describe('«از X خواستار … شد»', () => {
  it('names the body asked', () => {
    expect(owners('بخشدار از دهیاری روستا خواستار لایروبی فوری نهر اصلی شد.')).toEqual(['دهیاری روستا']);
  });

  it('names no one when the people are asked, or no one is', () => {
    expect(owners('بخشدار از اهالی خواستار همکاری در طرح شد.')).toEqual([]);
    expect(owners('بخشدار خواستار لایروبی فوری نهر اصلی شد.')).toEqual([]);
  });
});
