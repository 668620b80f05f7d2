// «قرار شد/گردید» is said as often as «مقرر شد»: the same opening, the same agent after it, the same place a
// story turns into a resolution. So are a matter referred to a body («… به کمیته … ارجاع شد»), an agreement
// reached and «… موافقت شد که …». Near misses: «قرار شده بود» (decided before), «برقرار شد», «قرارداد»,
// «مورد بررسی قرار گرفت», and a letter referred with no one named.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const items = (text: string) => parseMinutesText(text).resolutions.map((r) => ({ text: r.text, owners: r.owners }));
const owners = (item: string) => parseMinutesText(`مصوبات:\n۱- ${item}`).resolutions[0]?.owners;

describe('«قرار شد» as «مقرر شد»', () => {
  it('reads the agent right after it, in either form and fused', () => {
    expect(owners('قرار شد اداره ورزش فهرست مسابقات محلات را تهیه کند.')).toEqual(['اداره ورزش']);
    expect(owners('قرار گردید شهردار محترم نسبت به لکه گیری معابر اقدام نماید.')).toEqual(['شهردار']);
    expect(owners('قرارشد دبیرخانه صورت هزینه ها را به اعضا ارسال نماید.')).toEqual(['دبیرخانه']);
  });

  it('starts a resolution at it inside a story, and only there', () => {
    expect(
      items(`نشست کارگروه گردشگری

در ادامه نشست، پس از گفتگو درباره جاذبه های روستا قرار شد اداره میراث فرهنگی نسبت به نصب تابلوهای راهنما اقدام نماید.

گزارش بازدید از قلعه نیز ارائه شد.`),
    ).toEqual([
      { text: 'قرار شد اداره میراث فرهنگی نسبت به نصب تابلوهای راهنما اقدام نماید.', owners: ['اداره میراث فرهنگی'] },
    ]);
  });

  it('ends the opening of the minutes: a meeting named after it is not this one', () => {
    const parsed = parseMinutesText(`صورتجلسه کمیسیون فرهنگی
قرار شد کتابخانه مرکزی فهرست کتب اهدایی را تهیه کند.
جلسه شماره ۱۴ کمیسیون به میزبانی کتابخانه مرکزی است.`);
    expect(parsed.resolutions[0]?.owners).toEqual(['کتابخانه مرکزی']);
    expect(parsed.meeting.number).toBeNull();
  });

  it('does not take what was decided before, a connection made, a contract or a review', () => {
    expect(
      items(`نشست شورای ورزش

قرار شده بود باشگاه ها گزارش خود را ارسال کنند که هنوز نرسیده است. ارتباط تصویری با بخشداری ها برقرار شد.
قرارداد نگهداری سالن با پیمانکار مورد بررسی قرار گرفت.`),
    ).toEqual([]);
  });
});

describe('other words for «it was decided» before who acts', () => {
  it.each([
    'تصویب شد که شهرداری نسبت به آسفالت معابر اقدام نماید.',
    'تصمیم گرفته شد شهرداری نسبت به آسفالت معابر اقدام نماید.',
    'مقرر است شهرداری نسبت به آسفالت معابر اقدام نماید.',
    'قرار بر این شد که شهرداری نسبت به آسفالت معابر اقدام نماید.',
    'مقرر گردیده است شهرداری نسبت به آسفالت معابر اقدام نماید.',
    'توافق شد شهرداری نسبت به آسفالت معابر اقدام نماید.',
  ])('reads the subject after the opener: %s', (item) => {
    expect(owners(item)).toEqual(['شهرداری']);
  });

  it('gives the work to the body named after «توافق کردند که», not to those who agreed', () => {
    expect(owners('اعضا توافق کردند که شهرداری نسبت به آسفالت معابر اقدام نماید.')).toEqual(['شهرداری']);
  });

  it('takes no owner after those openers when the verb is passive', () => {
    expect(owners('تصویب شد شهرداری ها از پرداخت عوارض معاف شوند.')).toEqual([]);
  });
});

describe('a matter referred, an agreement reached', () => {
  it('gives a referred matter to the body it is referred to', () => {
    expect(owners('موضوع لایروبی نهر به کمیته عمران ارجاع شد.')).toEqual(['کمیته عمران']);
    expect(owners('درخواست اهالی به اداره برق جهت بررسی و اقدام ارجاع گردید.')).toEqual(['اداره برق']);
  });

  it('does not give a referred letter to anyone when no body receives it', () => {
    expect(owners('نامه واصله ارجاع شد.')).toEqual([]);
  });

  it('keeps a referral and an agreement in prose as resolutions', () => {
    const found = items(`نشست هماهنگی بازار

گزارش نرخ کالاها ارائه شد. طرح ساماندهی دستفروشان به کارگروه اشتغال ارجاع شد. اعضا درباره ساعت کار بازارچه به توافق رسیدند.`);
    expect(found).toEqual([
      { text: 'طرح ساماندهی دستفروشان به کارگروه اشتغال ارجاع شد.', owners: ['کارگروه اشتغال'] },
      { text: 'اعضا درباره ساعت کار بازارچه به توافق رسیدند.', owners: [] },
    ]);
  });

  it('reads the agent after «موافقت شد که», not the body that agreed', () => {
    expect(owners('هیئت مدیره موافقت کرد که واحد مالی ترازنامه را تا پایان ماه ارائه نماید.')).toEqual(['واحد مالی']);
    expect(owners('شورا موافقت کرد که پس از تصویب بودجه، هیئت امنا تشکیل جلسه دهند.')).toEqual(['هیئت امنا']);
  });

  it('reads «تصمیمات زیر اتخاذ گردید:» as announcing the decisions under it', () => {
    const found = items(`گزارش نشست انجمن اولیا

پس از بحث، تصمیمات زیر اتخاذ گردید:
۱. برگزاری اردوی دانش آموزان در اردیبهشت
۲. خرید تجهیزات آزمایشگاه از محل کمک های مردمی`);
    expect(found.map((f) => f.text)).toEqual([
      'برگزاری اردوی دانش آموزان در اردیبهشت',
      'خرید تجهیزات آزمایشگاه از محل کمک های مردمی',
    ]);
  });
});

describe('decisions told in the discussion', () => {
  const DISCUSSION = `ابتدا گزارش شکایت ها قرائت شد. پس از بحث قرار شد شبکه بهداشت نسبت به نمونه برداری از آب چاه ها اقدام نماید.`;

  it('reads them where the minutes have no resolutions section, and leaves the agenda and attendees alone', () => {
    const found = items(`صورتجلسه کمیته بهداشت محیط
حاضرین: آقای امینی، خانم صدری، نماینده شبکه بهداشت
دستور جلسه:
- تصویب برنامه سمپاشی
- بررسی شکایت اهالی
مذاکرات:
${DISCUSSION}`);
    expect(found).toEqual([
      { text: 'قرار شد شبکه بهداشت نسبت به نمونه برداری از آب چاه ها اقدام نماید.', owners: ['شبکه بهداشت'] },
    ]);
  });

  it('leaves them to the resolutions section where there is one', () => {
    const found = items(`Discussion:
It was noted that the survey is late; Omar will ask the vendor.
مذاکرات:
${DISCUSSION}
مصوبات:
۱- دبیرخانه گزارش سمپاشی را به اعضا ارسال نماید.`);
    expect(found).toEqual([{ text: 'دبیرخانه گزارش سمپاشی را به اعضا ارسال نماید.', owners: ['دبیرخانه'] }]);
  });
});

describe('«تا» for «که» after the decision, and «مقرر شده است»', () => {
  it('gives the work to the body after them', () => {
    expect(owners('مقرر شد تا اداره آبفا نسبت به تعویض کنتورهای فرسوده اقدام نماید.')).toEqual(['اداره آبفا']);
    expect(owners('مقرر شده است که دبیرخانه نسبت به ارسال خلاصه مذاکرات برای اعضا اقدام کند.')).toEqual(['دبیرخانه']);
  });

  it('reads a deadline after «تا», and no one in a passive or a decision taken long before', () => {
    expect(owners('مقرر شد تا پایان آذر گزارش عملکرد ارائه شود.')).toEqual([]);
    expect(owners('مقرر شده بود شهرداری نقشه ها را ارسال کند.')).toEqual([]);
  });
});
