// Deadline shapes real minutes write beyond a bare date or a duration: a Jalali day range, a meeting held on
// a stated day, an event named in English. And the look-alikes that must stay no deadline at all.
import { describe, expect, it } from 'vitest';
import { findDates, parseMinutesText, Txt } from '../../src/minutes/index.js';

/** One decision in Persian minutes, optionally with a header date, read back as its deadline and due date. */
function fa(body: string, date?: string) {
  const head = date ? `صورتجلسه شورا\nتاریخ: ${date}\n` : '';
  const [r] = parseMinutesText(`${head}مصوبات:\n۱- ${body}`).resolutions;
  return { deadline: r?.deadline ?? null, due: r?.dueDate ?? null };
}

function en(item: string) {
  const [r] = parseMinutesText(`## Action Items\n\n* ${item}`).resolutions;
  return { deadline: r?.deadline ?? null, due: r?.dueDate ?? null };
}

describe('a Jalali day range', () => {
  it.each([
    ['۵ و ۶ تیر ماه ۹۸', 5],
    ['۵ تا ۶ تیر ۹۸', 5],
    ['۵ الی ۶ تیر ۹۸', 5],
    ['۵-۶ تیر ۹۸', 5],
    ['پنجم و ششم تیر ۹۸', 5],
  ])('%s is one date, its last day, starting at its first', (written, first) => {
    const found = findDates(Txt.of(written).c, true);
    expect(found).toHaveLength(1);
    expect(found[0]!.start).toBe(0);
    expect(found[0]!.date).toEqual({ calendar: 'jalali', y: 1398, m: 4, d: 6 });
    expect(found[0]!.range?.first.d).toBe(first);
  });

  it('is no range when the first number is not before the second', () => {
    const [found] = findDates(Txt.of('۶ و ۵ تیر ۹۸').c, true);
    expect(found?.range).toBeUndefined();
    expect(found?.date.d).toBe(5);
  });

  it('as a deadline after «تا» is due on its last day', () => {
    expect(fa('گزارش توسط دبیرخانه تا ۵ و ۶ تیر ۱۴۰۳ ارائه شود.')).toEqual({
      deadline: 'تا ۵ و ۶ تیر ۱۴۰۳',
      due: '2024-06-26',
    });
  });

  it('still lets «تا» after another number be the deadline word', () => {
    expect(fa('بندهای شماره ۱۲ تا ۱۵ تیر ۱۴۰۳ توسط دبیرخانه بازبینی شود.')).toEqual({
      deadline: 'تا ۱۵ تیر ۱۴۰۳',
      due: '2024-07-05',
    });
  });
});

describe('a range across months or years', () => {
  it.each([
    ['۳۰ خرداد تا ۲ تیر ۱۴۰۳', { y: 1403, m: 3, d: 30 }, { y: 1403, m: 4, d: 2 }],
    ['۳۰ خرداد و ۲ تیر ۱۴۰۳', { y: 1403, m: 3, d: 30 }, { y: 1403, m: 4, d: 2 }],
    ['۲۸ اسفند تا ۳ فروردین ۱۴۰۳', { y: 1402, m: 12, d: 28 }, { y: 1403, m: 1, d: 3 }],
    ['۲۸ اسفند ۱۴۰۲ الی ۳ فروردین ۱۴۰۳', { y: 1402, m: 12, d: 28 }, { y: 1403, m: 1, d: 3 }],
    ['۱۴۰۳/۰۳/۳۰ - ۱۴۰۳/۰۴/۰۲', { y: 1403, m: 3, d: 30 }, { y: 1403, m: 4, d: 2 }],
  ])('%s is one date, its last day, starting at its first', (written, first, last) => {
    const found = findDates(Txt.of(written).c, true);
    expect(found).toHaveLength(1);
    expect(found[0]!.start).toBe(0);
    expect(found[0]!.date).toEqual({ calendar: 'jalali', ...last });
    expect(found[0]!.range?.first).toEqual({ calendar: 'jalali', ...first });
  });

  it('is two dates when the first is not before the second, or the months are years apart', () => {
    expect(findDates(Txt.of('۲ تیر و ۳۰ خرداد ۱۴۰۳').c, true)).toHaveLength(2);
    expect(findDates(Txt.of('۲ تیر تا ۳۰ خرداد').c, true)).toHaveLength(2);
    expect(findDates(Txt.of('۲ تیر ۱۴۰۳، ۵ مرداد ۱۴۰۳').c, true)).toHaveLength(2);
  });

  it('as a deadline is due on its last day', () => {
    expect(fa('گزارش توسط دبیرخانه تا ۳۰ خرداد و ۲ تیر ۱۴۰۳ ارائه شود.')).toEqual({
      deadline: 'تا ۳۰ خرداد و ۲ تیر ۱۴۰۳',
      due: '2024-06-22',
    });
    expect(fa('گزارش توسط دبیرخانه تا ۲۸ اسفند و ۳ فروردین ۱۴۰۳ ارائه شود.').due).toBe('2024-03-22');
  });

  it('opened by «از» or «بین» is a period, due on its last day; a single date after them is none', () => {
    expect(fa('گزارش توسط دبیرخانه از ۳۰ خرداد تا ۲ تیر ۱۴۰۳ ارائه شود.')).toEqual({
      deadline: 'از ۳۰ خرداد تا ۲ تیر ۱۴۰۳',
      due: '2024-06-22',
    });
    expect(fa('کارگاه آموزشی بین ۳۰ خرداد و ۲ تیر توسط دبیرخانه برگزار شود.', '۱۴۰۳/۰۳/۰۱')).toEqual({
      deadline: 'بین ۳۰ خرداد و ۲ تیر',
      due: '2024-06-22',
    });
    expect(fa('گزارش عملکرد از ۱۵ خرداد ۱۴۰۳ توسط دبیرخانه ارائه شود.').deadline).toBeNull();
  });
});

describe('an English day range', () => {
  it.each([
    ['5-6 June 2024', 5, '2024-06-06'],
    ['5 and 6 June 2024', 5, '2024-06-06'],
    ['June 5-6, 2024', 5, '2024-06-06'],
    ['June 5 to 6, 2024', 5, '2024-06-06'],
    ['June 30 - July 2, 2024', 30, '2024-07-02'],
    ['December 30 - January 2, 2025', 30, '2025-01-02'],
  ])('%s is one date, its last day', (written, first, last) => {
    const found = findDates(Txt.of(written).c, false);
    expect(found).toHaveLength(1);
    expect(found[0]!.start).toBe(0);
    const { y, m, d } = found[0]!.date;
    expect(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`).toBe(last);
    expect(found[0]!.range?.first.d).toBe(first);
  });

  it('is no range when what follows «to» or «until» is a time', () => {
    const [found] = findDates(Txt.of('June 5 until 6pm').c, false);
    expect(found?.date).toMatchObject({ m: 6, d: 5 });
    expect(found?.range).toBeUndefined();
  });

  it('as a deadline after «by» is due on its last day', () => {
    expect(en('Mara to file the paper by 5-6 June 2024')).toEqual({ deadline: '5-6 June 2024', due: '2024-06-06' });
    expect(en('Mara to hold the workshop between June 30 and July 2, 2024')).toEqual({
      deadline: 'between June 30 and July 2, 2024',
      due: '2024-07-02',
    });
    expect(en('Mara to report on sales from June 3, 2024').deadline).toBeNull();
    expect(en('Mara to file the paper by June 30 - July 2, 2024')).toEqual({
      deadline: 'June 30 - July 2, 2024',
      due: '2024-07-02',
    });
  });
});

describe('a meeting held on a stated day', () => {
  it('is due on the last day of its range, the phrase naming the meeting', () => {
    expect(fa('موضوع در جلسه روسای سازمان های استان در مورخ ۵ و ۶ تیر ماه ۹۸ طرح و بررسی گردد.')).toEqual({
      deadline: 'در جلسه روسای سازمان های استان در مورخ ۵ و ۶ تیر ماه ۹۸',
      due: '2019-06-27',
    });
  });

  it('reads a single day and a numeric date too', () => {
    expect(fa('گزارش پروژه در نشست کمیسیون عمران مورخ ۱۴۰۲/۱۰/۲۰ ارائه شود.')).toEqual({
      deadline: 'در نشست کمیسیون عمران مورخ ۱۴۰۲/۱۰/۲۰',
      due: '2024-01-10',
    });
  });

  it('is no deadline when the people are to attend it: that is an appointment', () => {
    expect(fa('مقرر گردید شهردار در جلسه روز چهارشنبه مورخ ۱۳/۱۰/۱۴۰۲ شورا حضور داشته باشند.')).toEqual({
      deadline: null,
      due: null,
    });
  });

  it('is no deadline when it is reported in the past tense', () => {
    expect(fa('مقرر گردید طرح جامع که در جلسه کمیسیون مورخ ۵ تیر ۱۴۰۲ مطرح شد اجرا گردد.')).toEqual({
      deadline: null,
      due: null,
    });
  });

  it('is no deadline when it was held before the meeting that wrote it down', () => {
    expect(fa('مصوبه در جلسه کمیسیون مورخ ۱۴۰۲/۰۹/۱۰ توسط شهرداری اجرا گردد.', '۱۴۰۲/۱۰/۱۰').deadline).toBeNull();
  });

  it('needs a date word: a date elsewhere in the sentence does not make a meeting a deadline', () => {
    expect(fa('در جلسه شورا گزارش عملکرد سال ۱۴۰۲/۱۲/۲۹ بررسی شود.').deadline).toBeNull();
  });

  it('needs «در», «تا» or «برای» before it: a meeting named as the source of a resolution is no deadline', () => {
    expect(fa('مصوبه جلسه کمیسیون مورخ ۱۴۰۳/۰۹/۱۰ توسط شهرداری اجرا گردد.').deadline).toBeNull();
  });
});

describe('an event named in English', () => {
  it.each([
    ['Focus on core development tasks for the AMM deadline.', 'for the AMM deadline'],
    ['Lee to send the draft before the Q3 release cut-off', 'before the Q3 release cut-off'],
    ['Mara to file the paper by the conference deadline', 'by the conference deadline'],
  ])('%s', (item, deadline) => {
    expect(en(item)).toEqual({ deadline, due: null });
  });

  it.each([
    'Agreed to focus on core tasks for the upcoming AMM and consider additional proposals later.',
    'Lee to explain why we missed the AMM deadline',
    'Mara to ask about the deadline',
    'Tom to report on the deadline, the budget and the venue',
  ])('%s has none', (item) => {
    expect(en(item).deadline).toBeNull();
  });
});

describe('deadlines named by an event, a fused word or «مورخ»; periods that are nobody deadline', () => {
  const deadline = (line: string, head = 'مصوبات:') => parseMinutesText(`${head}\n1- ${line}`).resolutions[0]?.deadline;

  it('reads «تا مورخ …» with a month fused to «ماه», and «درجلسه بعدی» written as one word', () => {
    expect(deadline('گزارش کار تا مورخ 12 آذرماه باید ارسال شود.')).toBe('تا مورخ 12 آذرماه');
    expect(deadline('اداره آب نتیجه را درجلسه بعدی ارائه نماید.')).toBe('درجلسه بعدی');
    expect(deadline('طرح در جلسه فوق العاده هیئت مدیره بررسی شود.')).toBe('در جلسه فوق العاده هیئت مدیره');
  });

  it('reads an event named by its acronym and «tomorrow»; a weekday or a month is a date, not an event', () => {
    expect(deadline('Send the agenda before IETF 118', 'Actions:')).toBe('before IETF 118');
    expect(deadline("Fix the index for tomorrow's release", 'Actions:')).toBe("for tomorrow's release");
    // A weekday is a day counted from the meeting (see «a weekday as the deadline»), never an event of that name.
    const [r] = parseMinutesText('Meeting 5 June 2024\nActions:\n1- Send the agenda before Monday').resolutions;
    expect([r?.deadline, r?.dueDate]).toEqual(['before Monday', '2024-06-10']);
  });

  it('reads «by» after a participle as who does it, not an event by which', () => {
    expect(deadline('Draft the process to be refined by TSC', 'Actions:')).toBeNull();
    expect(deadline('Send the form, reviewed by OSC, to staff', 'Actions:')).toBeNull();
    expect(deadline('Publish the notes by IETF 118', 'Actions:')).toBe('by IETF 118');
  });

  it('gives how long a state lasts no deadline', () => {
    expect(deadline('تعطیلی کتابخانه ها تا پانزدهم مهر ادامه دارد.')).toBeNull();
    expect(deadline('The reading room stays closed until 5 June', 'Decisions:')).toBeNull();
  });
});

describe('periods counted from a notice, and the articles of a decree', () => {
  it('keeps «ظرف مدت دو ماه از تاریخ ابلاغ این مصوبه» whole, with no day the minutes cannot give', () => {
    const r = parseMinutesText(
      'جلسه شماره ۵ مورخ ۱۴۰۲/۰۱/۱۰\nمصوبات:\n1- اداره آب موظف است حداکثر ظرف مدت دو ماه از تاریخ ابلاغ این مصوبه طرح را ارائه نماید.',
    ).resolutions[0]!;
    expect([r.deadline, r.dueDate]).toEqual(['حداکثر ظرف مدت دو ماه از تاریخ ابلاغ این مصوبه', null]);
    expect(r.doubts).toContain('deadline');
    // Near miss: counted from the meeting, the day is known.
    const near = parseMinutesText('جلسه شماره ۵ مورخ ۱۴۰۲/۰۱/۱۰\nمصوبات:\n1- اداره آب ظرف دو هفته طرح را ارائه نماید.')
      .resolutions[0]!;
    expect(near.dueDate).not.toBeNull();
  });

  it('reads «ماده واحده ـ «…»» as the decree item, without its quote marks', () => {
    const found = parseMinutesText(`متن زیر برای اجرا ابلاغ می شود:
ماده واحده ـ «سازمان بهزیستی موظف است فهرست مراکز را منتشر کند.»`).resolutions;
    expect(found.map((r) => [r.text, r.owners])).toEqual([
      ['سازمان بهزیستی موظف است فهرست مراکز را منتشر کند.', ['سازمان بهزیستی']],
    ]);
  });
});

describe('the coming week', () => {
  it('keeps «در هفته آینده» whole', () => {
    const r = parseMinutesText('مصوبات:\n1- مقرر شد هیئت امنا در هفته آینده تشکیل جلسه دهد.').resolutions[0]!;
    expect(r.deadline).toBe('در هفته آینده');
  });
});

describe('the end of a week, a quarter or a half of the year', () => {
  // ۱۴۰۵/۰۹/۱۰ is Tuesday 1 December 2026; ۱۴۰۵/۰۹/۱۳ a Friday.
  it('ends a Persian week on its last working day, Wednesday', () => {
    expect(fa('شهرداری تا پایان هفته جاری گزارش را ارسال کند.', '۱۴۰۵/۰۹/۱۰').due).toBe('2026-12-02');
    expect(fa('شهرداری تا پایان هفته آینده گزارش را ارسال کند.', '۱۴۰۵/۰۹/۱۰').due).toBe('2026-12-09');
    // After Wednesday the week's work is done: the next one's Wednesday.
    expect(fa('شهرداری تا پایان هفته گزارش را ارسال کند.', '۱۴۰۵/۰۹/۱۳').due).toBe('2026-12-09');
  });

  it('ends an English week on Friday', () => {
    const [r] = parseMinutesText(
      'Meeting date: 1 December 2026\n\n## Action Items\n\n* Sam to send the plan by end of week',
    ).resolutions;
    expect(r?.dueDate).toBe('2026-12-04');
  });

  it('reads the last day of a quarter or a half of the Jalali year', () => {
    expect(fa('شهرداری تا پایان سه ماهه سوم گزارش را ارسال کند.', '۱۴۰۵/۰۹/۱۰').due).toBe('2026-12-21');
    expect(fa('شهرداری تا پایان فصل چهارم گزارش را ارسال کند.', '۱۴۰۵/۰۹/۱۰').due).toBe('2027-03-20');
    expect(fa('شهرداری تا پایان نیمه اول سال آینده گزارش را ارسال کند.', '۱۴۰۵/۰۹/۱۰').due).toBe('2027-09-22');
  });

  it('does not read a quarter named without an end as a deadline', () => {
    expect(fa('گزارش عملکرد سه ماهه سوم ارائه شود.', '۱۴۰۵/۰۹/۱۰').deadline).toBeNull();
  });
});

describe('a deadline field written inside the item', () => {
  it('reads «مهلت:», «زمان اجرا:» and «Due:» as the item’s deadline column', () => {
    expect(fa('تهیه فهرست پروژه ها - مسئول انجام: معاونت عمرانی - مهلت: پایان آبان', '۱۴۰۳/۰۷/۱۰')).toEqual({
      deadline: 'پایان آبان',
      due: '2024-11-20',
    });
    expect(fa('تهیه فهرست پروژه ها (زمان اجرا: ۱۴۰۳/۰۹/۱۵)')).toEqual({ deadline: '۱۴۰۳/۰۹/۱۵', due: '2024-12-05' });
    const [r] = parseMinutesText(
      'Meeting 3 June 2024\nAction items:\n- Draft the plan - Owner: Alice - Due: end of June',
    ).resolutions;
    expect([r?.deadline, r?.dueDate]).toEqual(['end of June', '2024-06-30']);
  });

  it('reads a «Due» cell that names the next meeting without its «by»', () => {
    const [r] = parseMinutesText(
      'Action items:\n| Action | Owner | Due |\n|---|---|---|\n| Send the draft | Alice | next meeting |',
    ).resolutions;
    expect(r?.dueAtNextMeeting).toBe(true);
  });

  it('takes no field from «مهلت» in a sentence', () => {
    expect(fa('مهلت ثبت نام داوطلبان تمدید نشود.')).toEqual({ deadline: null, due: null });
  });
});

describe('a weekday as the deadline', () => {
  const due = (text: string) => {
    const [r] = parseMinutesText(text).resolutions;
    return [r?.deadline ?? null, r?.dueDate ?? null];
  };

  it('reads «by Friday» as the first Friday after the meeting, and «next Friday» as the one after its week', () => {
    expect(due('Meeting Monday 3 June 2024\nActions:\n- Bob to send the survey by Friday')).toEqual([
      'by Friday',
      '2024-06-07',
    ]);
    expect(due('Meeting Monday 3 June 2024\nActions:\n- Bob to send the survey by next Friday')).toEqual([
      'by next Friday',
      '2024-06-14',
    ]);
  });

  it('reads a Persian weekday in the Persian week, which starts on Saturday', () => {
    const head = 'صورتجلسه دوشنبه ۱۴۰۳/۰۷/۰۲\nمصوبات:\n۱- ';
    expect(due(`${head}دبیرخانه تا روز چهارشنبه گزارش دهد.`)).toEqual(['تا روز چهارشنبه', '2024-09-25']);
    expect(due(`${head}دبیرخانه تا شنبه آینده گزارش دهد.`)).toEqual(['تا شنبه آینده', '2024-09-28']);
    expect(due(`${head}دبیرخانه تا سه شنبه هفته آینده گزارش دهد.`)).toEqual(['تا سه شنبه هفته آینده', '2024-10-01']);
  });

  it('takes the date written after a weekday, and no deadline from a weekday that only says when', () => {
    const head = 'صورتجلسه دوشنبه ۱۴۰۳/۰۷/۰۲\nمصوبات:\n۱- ';
    expect(due(`${head}دبیرخانه تا روز سه شنبه مورخ ۱۴۰۳/۰۷/۱۰ گزارش دهد.`)).toEqual([
      'تا روز سه شنبه مورخ ۱۴۰۳/۰۷/۱۰',
      '2024-10-01',
    ]);
    expect(due(`${head}جلسات کارگروه هر یکشنبه برگزار شود.`)).toEqual([null, null]);
  });
});

describe('more Persian deadlines: hours, tomorrow, this week, a ten-day part of a month, at once', () => {
  const on = (body: string) => fa(body, '۱۴۰۳/۰۸/۲۰');

  it('reads hours, tomorrow and the meeting’s own week and month', () => {
    expect(on('دبیرخانه گزارش را حداکثر ظرف ۷۲ ساعت ارائه کند.')).toEqual({
      deadline: 'حداکثر ظرف ۷۲ ساعت',
      due: '2024-11-13',
    });
    expect(on('دبیرخانه گزارش را تا ظهر فردا ارائه کند.')).toEqual({ deadline: 'تا ظهر فردا', due: '2024-11-11' });
    expect(on('دبیرخانه گزارش را طی هفته جاری ارائه کند.')).toEqual({ deadline: 'طی هفته جاری', due: '2024-11-13' });
    expect(on('دبیرخانه گزارش را در همین ماه ارائه کند.')).toEqual({ deadline: 'در همین ماه', due: '2024-11-20' });
  });

  it('reads «تا دهه اول آذر» as its tenth day, and «در اولین فرصت», «فورا» as at once', () => {
    expect(on('دبیرخانه گزارش را تا دهه اول آذر ارائه کند.')).toEqual({
      deadline: 'تا دهه اول آذر',
      due: '2024-11-30',
    });
    expect(on('دبیرخانه گزارش را در اولین فرصت ارائه کند.')).toEqual({ deadline: 'در اولین فرصت', due: null });
    expect(on('دبیرخانه گزارش را فورا ارائه کند.')).toEqual({ deadline: 'فورا', due: null });
  });

  it('takes no deadline from how often the work is done', () => {
    expect(on('دبیرخانه گزارش را ماهانه ارائه کند.')).toEqual({ deadline: null, due: null });
    expect(on('دبیرخانه گزارش را هر ماه ارائه کند.')).toEqual({ deadline: null, due: null });
  });
});

describe('English dates written day first', () => {
  const minutes = (head: string, due: string) =>
    parseMinutesText(`Parish Council meeting, ${head}\n\nActions\n1. Clerk to send the letter by ${due}.`);

  it('reads 12/03/2024 as the 12th of March where another date puts its day first', () => {
    const a = minutes('25/02/2024', '12/03/2024');
    expect(a.meeting.date).toBe('2024-02-25');
    expect(a.resolutions[0]?.dueDate).toBe('2024-03-12');
    expect(minutes('14 February 2024', '05/03/2024').resolutions[0]?.dueDate).toBe('2024-03-05');
  });

  it('keeps the month first where the text writes it so, or gives no sign', () => {
    expect(minutes('02/14/2024', '03/05/2024').resolutions[0]?.dueDate).toBe('2024-03-05');
    expect(minutes('February 14, 2024', '04/03/2024').resolutions[0]?.dueDate).toBe('2024-04-03');
    expect(minutes('03/02/2024', '04/05/2024').resolutions[0]?.dueDate).toBe('2024-04-05');
    // A version number is no sign: «v25.1.0» is not the 25th of January.
    const v = parseMinutesText('Release sync\n\nActions\n1. Ship v25.1.0 by 04/05/2024.');
    expect(v.resolutions[0]?.dueDate).toBe('2024-04-05');
  });
});

describe('work at once, work that goes on, and the early days of a month', () => {
  it('keeps «فوری» before the task, «به طور فوری», with no day', () => {
    expect(fa('مقرر شد آبفا فوری نسبت به رفع نشتی اقدام کند.')).toEqual({ deadline: 'فوری', due: null });
    expect(fa('اداره برق به طور فوری خط را وصل کند.')).toEqual({ deadline: 'به طور فوری', due: null });
  });

  it('keeps work that goes on, with no day', () => {
    expect(fa('دبیرخانه به صورت مستمر روند اجرا را پایش کند.')).toEqual({ deadline: 'به صورت مستمر', due: null });
    expect(fa('دبیرخانه روند اجرا را پایش کند. (مستمر)')).toEqual({ deadline: 'مستمر', due: null });
    expect(en('Keep the volunteer rota up to date - ongoing')).toEqual({ deadline: 'ongoing', due: null });
  });

  it('does not take «فوری» that qualifies a noun, nor the word «مستمر» inside a sentence', () => {
    expect(fa('اقدامات فوری شهرداری مورد تقدیر قرار گرفت.').deadline).toBeNull();
    expect(fa('ارزشیابی مستمر دانش آموزان در دستور کار مدارس قرار گیرد.').deadline).toBeNull();
  });

  it('reads «تا اوایل بهمن» as the tenth', () => {
    expect(fa('شهرداری تا اوایل بهمن گزارش دهد.', '۱۴۰۳/۱۰/۰۱')).toEqual({
      deadline: 'تا اوایل بهمن',
      due: '2025-01-29',
    });
  });
});

describe('an assembly the work is to be laid before', () => {
  it('is the deadline, named by the assembly, general or extraordinary', () => {
    expect(fa('مقرر شد هیات مدیره طرح خود را در مجمع فوق العاده ای ارائه نماید.').deadline).toBe(
      'در مجمع فوق العاده ای',
    );
    expect(fa('مقرر شد بازرس گزارش را تا مجمع عمومی سالیانه تهیه کند.').deadline).toBe('تا مجمع عمومی سالیانه');
  });

  it('is no deadline when «مجمع» names a body', () => {
    expect(fa('مقرر شد دبیرخانه گزارش را در مجمع خیرین استان ارائه نماید.').deadline).toBeNull();
  });
});

describe('the first meeting after this one', () => {
  it('is the next meeting («در اولین جلسه شورا», «تا نخستین جلسه بعدی»)', () => {
    expect(fa('مقرر شد دبیرخانه گزارش را در اولین جلسه شورا ارائه نماید.').deadline).toBe('در اولین جلسه شورا');
    expect(fa('مقرر شد دبیرخانه گزارش را تا نخستین جلسه بعدی تهیه کند.').deadline).toBe('تا نخستین جلسه بعدی');
  });

  it('is no deadline when the first session itself is what is decided, or the first chance', () => {
    expect(fa('مقرر شد اولین جلسه کمیته فرعی در محل دانشکده برگزار شود.').deadline).toBeNull();
    expect(fa('مقرر شد دبیرخانه در اولین فرصت گزارش دهد.').deadline).toBe('در اولین فرصت');
  });
});

describe('«تا هرچه سریعتر»', () => {
  it('keeps its «تا», as «تا پایان …» does', () => {
    expect(fa('اداره آب موظف است تا هرچه سریعتر لوله های فرسوده را تعویض نماید.').deadline).toBe('تا هرچه سریعتر');
    expect(fa('مقرر شد شهرداری هر چه سریعتر نسبت به لایروبی اقدام کند.').deadline).toBe('هر چه سریعتر');
  });

  it('is not read in «تا» that only opens a clause of purpose before it', () => {
    expect(fa('مقرر شد دبیرخانه نامه را ارسال کند تا پاسخ برسد.').deadline).toBeNull();
  });
});

describe('a date in a «که» clause of work done by then', () => {
  it('says whom the decision is about, not when work is due', () => {
    expect(
      fa('مصوب شد داوطلبانی که تا تاریخ ۱۴۰۲/۰۶/۳۱ ثبت نام کرده باشند در قرعه کشی شرکت کنند.').deadline,
    ).toBeNull();
  });

  it('is still a deadline when the work itself is to be done by then', () => {
    expect(fa('مقرر شد گزارش تا تاریخ ۱۴۰۲/۰۶/۳۱ به دبیرخانه ارسال شده باشد.').deadline).toBe('تا تاریخ ۱۴۰۲/۰۶/۳۱');
    expect(fa('مقرر شد شهرداری که تا تاریخ ۱۴۰۲/۰۶/۳۱ مهلت دارد گزارش را ارسال کند.').deadline).toBe(
      'تا تاریخ ۱۴۰۲/۰۶/۳۱',
    );
  });
});

describe('before an event the minutes do not date', () => {
  it('is kept as written, with no due day, ending before the task', () => {
    expect(fa('مقرر شد اداره ورزش تا قبل از شروع مسابقات نسبت به تعمیر زمین اقدام نماید.', '۱۴۰۲/۰۵/۰۱')).toEqual({
      deadline: 'تا قبل از شروع مسابقات',
      due: null,
    });
    expect(fa('مقرر شد دهیاری پیش از آغاز فصل برداشت جاده باغ ها را مرمت کند.').deadline).toBe(
      'پیش از آغاز فصل برداشت',
    );
    expect(fa('مقرر شد قبل از بازگشایی مدارس سرویس ها بازدید شود.').deadline).toBe('قبل از بازگشایی مدارس');
  });

  it('is not read where it tells what was done before an event of the meeting', () => {
    expect(fa('قبل از شروع جلسه گزارش بودجه قرائت شد و مقرر شد خزانه دار آن را ارسال کند.').deadline).toBeNull();
  });
});

describe('a list under a decision that sets its deadline', () => {
  const list = (lead: string) =>
    parseMinutesText(
      `صورتجلسه انجمن اولیا\n${lead}\n۱- اردوی پاییزه\n۲- خرید میز پینگ پنگ تا پایان مهر`,
    ).resolutions.map((r) => r.deadline);

  it('gives each item the deadline of the line announcing it, unless it names its own', () => {
    expect(list('مقرر شد موارد زیر تا پایان آبان در انجمن بررسی شود:')).toEqual(['تا پایان آبان', 'تا پایان مهر']);
  });

  it('gives none from a line that only tells when the meeting was', () => {
    expect(list('در نشست مورخ ۱۴۰۲/۰۷/۰۱ موارد زیر تصویب شد:')).toEqual([null, 'تا پایان مهر']);
  });
});

describe('the day a decision sets for the work, right after it', () => {
  it('is the deadline, with its day', () => {
    expect(fa('مقرر شد در روز شنبه ۱۵ مهر بازدید از مدارس انجام شود.', '۱۴۰۲/۰۷/۰۱')).toEqual({
      deadline: 'در روز شنبه ۱۵ مهر',
      due: '2023-10-07',
    });
  });

  it('is not read where the clause tells what was done that day, nor for a date further into the sentence', () => {
    expect(fa('مقرر شد در روز شنبه ۱۵ مهر که جلسه برگزار شد گزارش ارائه گردید.', '۱۴۰۲/۰۷/۰۱').deadline).toBeNull();
    expect(fa('مقرر شد نامه مورخ ۱۵ مهر در کمیسیون بررسی شود.', '۱۴۰۲/۰۷/۰۱').deadline).toBeNull();
  });
});
