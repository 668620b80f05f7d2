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

describe('decisions inside news and decrees', () => {
  it('keeps from a news paragraph only the sentence that lays a task on someone, without who said it', () => {
    const found = items(`نشست شورای حمل و نقل شهرستان

نشست شورای حمل و نقل شهرستان به ریاست فرماندار برگزار شد. فرماندار در این نشست گفت: ایمنی جاده ها باید در اولویت همه دستگاه ها باشد. وی افزود: اداره راهداری موظف است تابلوهای ایمنی گردنه را نصب نماید.`);
    expect(found).toEqual([
      { text: 'اداره راهداری موظف است تابلوهای ایمنی گردنه را نصب نماید.', owners: ['اداره راهداری'] },
    ]);
  });

  it('reads «باید» as a task only where the sentence says by when', () => {
    const found = items(
      'کارگروه اشتغال با حضور مدیران تشکیل شد. گزارش های این کارگروه تا مورخ 15 آبان باید ارسال شود.',
    );
    expect(found.map((f) => f.text)).toEqual(['گزارش های این کارگروه تا مورخ 15 آبان باید ارسال شود.']);
  });

  it('reads what a board agreed to, once, even when the lead repeats it', () => {
    const found = items(`هیئت امنا موافقت کرد که ساختمان کتابخانه در تابستان بازسازی شود.

هیئت امنا موافقت کرد که ساختمان کتابخانه در تابستان بازسازی گردد.

جلسه با حضور همه اعضا در سالن شهرداری برگزار شد.`);
    expect(found).toHaveLength(1);
  });

  it('takes the paragraph a decision line announces, and neither the line nor the signature under it', () => {
    const rule = 'شورای شهر می تواند با دو سوم آرای اعضای حاضر درباره نرخ کرایه ها تصمیم گیری کند.';
    const found = items(`در جلسه ۱۲۰ مورخ ۱۴۰۱/۰۲/۰۳ شورا، موضوع نرخ کرایه ها مطرح و به این شرح به تصویب رسید:
${rule}
رئیس شورای اسلامی شهر – محمد کریمی`);
    expect(found.map((f) => f.text)).toEqual([rule]);
  });

  it('drops from a numbered list the items that only report what was done, and judges each list apart', () => {
    const found = items(`گزارش گردهمایی اعضا

پرسش های مطرح شده: 1- هزینه نگهداری 2- زمان تحویل واحدها

1- در این جلسه گزارش عملکرد هیئت مدیره توسط آقای احمدی ارائه شد.
2- حاضرین درباره گزارش به تبادل نظر پرداختند.
3- مقرر شد هیئت مدیره صورت هزینه ها را برای اعضا ارسال نماید.`);
    expect(found).toEqual([
      { text: 'مقرر شد هیئت مدیره صورت هزینه ها را برای اعضا ارسال نماید.', owners: ['هیئت مدیره'] },
    ]);
  });
});

describe('who is chosen is not who acts', () => {
  const owners = (item: string) => parseMinutesText(`مصوبات:\n۱- ${item}`).resolutions[0]?.owners;

  it('gives no work to someone a decision elects, appoints, invites or thanks', () => {
    expect(owners('مقرر شد آقای احمدی به عنوان دبیر کمیته انتخاب شود.')).toEqual([]);
    expect(owners('مقرر شد خانم نوری به سمت مدیر مالی منصوب گردد.')).toEqual([]);
    expect(owners('مقرر گردید آقای رضایی به عنوان نماینده شورا در کمیسیون ماده ۵ معرفی گردد.')).toEqual([]);
    expect(owners('مقرر شد آقای کاظمی به جلسه بعدی دعوت شود.')).toEqual([]);
  });

  it('gives no work to a body yet to be formed («کمیته ای متشکل از …»)', () => {
    expect(owners('مقرر شد کمیته ای متشکل از نمایندگان شهرداری و فرمانداری تشکیل شود.')).toEqual([]);
  });

  it('still reads who is chosen and then acts, and a body that introduces its own', () => {
    expect(owners('مقرر شد آقای احمدی به عنوان نماینده در جلسه شرکت و گزارش ارائه کند.')).toEqual(['احمدی']);
    expect(owners('مقرر شد شهرداری نماینده خود را معرفی کند.')).toEqual(['شهرداری']);
    expect(owners('اداره راهداری و حمل و نقل جاده ای موظف است ماشین آلات را مستقر کند.')).toEqual([
      'اداره راهداری و حمل و نقل جاده ای',
    ]);
  });
});

describe('elections and thanks', () => {
  it('keeps an election from a bulleted list and drops thanks from a numbered one', () => {
    const found = items(`• آقای دکتر رحیمی به اتفاق آرا به عنوان خزانه دار انجمن انتخاب شد.
• مقرر گردید بازرس انجمن گزارش مالی را ارائه نماید.`);
    expect(found).toHaveLength(2);
    const numbered = items(`1- مقرر شد حسابرس گزارش سالانه را ارسال کند.
2- اعضا از زحمات آقای کاظمی تقدیر و تشکر نمودند.`);
    expect(numbered.map((f) => f.owners)).toEqual([['حسابرس']]);
  });
});

describe('a listed item that ends on the subjunctive', () => {
  it('is an instruction, kept among the notes', () => {
    const text = [
      'شرح مذاکرات:',
      '۱- گزارش پیشرفت پروژه ارائه شد.',
      '۲- اداره گاز فهرست مشترکین را ارسال نماید.',
      '۳- بازدید از مخازن انجام شود.',
      '۴- آیا بودجه کافی است؟',
    ].join('\n');
    expect(parseMinutesText(text).resolutions.map((r) => [r.text, r.owners])).toEqual([
      ['اداره گاز فهرست مشترکین را ارسال نماید.', ['اداره گاز']],
      ['بازدید از مخازن انجام شود.', []],
    ]);
  });

  it('reads «مقرر شد» with «و» fused before it', () => {
    expect(
      items(`جلسه کارگروه ساماندهی بازار برگزار شد.

در این جلسه گزارش بازرسی ها مطرح گردید ومقرر شد اتحادیه صنف نانوایان فهرست واحدها را ارسال کند.`),
    ).toEqual([{ text: 'مقرر شد اتحادیه صنف نانوایان فهرست واحدها را ارسال کند.', owners: ['اتحادیه صنف نانوایان'] }]);
    // Near miss: «برقرار شد» is no decision.
    expect(items('در این جلسه ارتباط تصویری با شهرستان ها برقرار شد.')).toEqual([]);
  });
});
