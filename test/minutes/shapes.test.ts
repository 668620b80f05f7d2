// The shapes the issue lists, one small example each: dates, numbering styles, owners and deadlines.
import { describe, expect, it } from 'vitest';
import { findDates, parseMinutesText, Txt } from '../../src/minutes/index.js';

const brief = (text: string) =>
  parseMinutesText(text).resolutions.map((r) => ({
    n: r.number,
    owners: r.owners,
    deadline: r.deadline,
    due: r.dueDate,
  }));

describe('dates', () => {
  it.each([
    ['۱۴۰۱/۰۷/۲۵', true, '1401-07-25', 'jalali'],
    ['۹۸/۱۰/۲۱', true, '1398-10-21', 'jalali'],
    ['19/10/92', true, '1392-10-19', 'jalali'],
    ['اول دیماه ۹۲', true, '1392-10-01', 'jalali'],
    ['۱۵ اردیبهشت ماه ۱۴۰۰', true, '1400-02-15', 'jalali'],
    ['2022-08-18', false, '2022-08-18', 'gregorian'],
    ['January 22, 2026', false, '2026-01-22', 'gregorian'],
  ])('%s', (written, persian, iso, calendar) => {
    const [found] = findDates(Txt.of(written).c, persian);
    expect(found?.date.calendar).toBe(calendar);
    expect(`${found?.date.y}-${String(found?.date.m).padStart(2, '0')}-${String(found?.date.d).padStart(2, '0')}`).toBe(
      iso,
    );
  });

  it('does not read a time of day as a date', () => {
    expect(findDates(Txt.of('ساعت 21/30 و ساعت ۱۰:۴۵').c, true)).toEqual([]);
  });
});

describe('a Persian committee with a header and numbered decisions', () => {
  const text = `صورتجلسه شماره ۱۲ کمیسیون فرهنگی
تاریخ: اول دیماه ۹۲    ساعت: ۱۰ الی ۱۲
رییس جلسه: جناب آقای دکتر محمدی
دبیر: سرکار خانم مهندس رضایی

دستور جلسه:
۱- بررسی بودجه

تصمیمات:
۱- مقرر شد اداره آموزش و پرورش ظرف مدت ۲ هفته گزارش عملکرد را ارائه نماید.
۲) مقرر شد شهرداری مکلف است تا پایان دی ماه نسبت به جمع آوری زباله ها اقدام نماید.
۳: سازمان برنامه و بودجه موظف است در اسرع وقت اعتبار لازم را تامین کند.
(۴) مقرر شد گزارش در جلسه بعدی ارائه شود.
بند ۵ - مقرر گردید آقای رحیمی و خانم جعفری ظرف دو ماه طرح جامع را تهیه نمایند.
۶. کمیته فنی: بررسی نقشه ها تا ۱۵ اردیبهشت ماه ۱۴۰۰
با اتفاق آراء تصویب شد.
جلسه در ساعت 21/30 پایان یافت.`;
  const parsed = parseMinutesText(text);

  it('reads the header', () => {
    expect(parsed.meeting).toMatchObject({
      number: '12',
      date: '1392-10-01',
      calendar: 'jalali',
      gregorianDate: '2013-12-22',
      chair: 'محمدی',
      secretary: 'رضایی',
      startTime: '10:00',
      endTime: '12:00',
    });
  });

  it('reads owners and deadlines', () => {
    expect(brief(text)).toEqual([
      { n: 1, owners: ['اداره آموزش و پرورش'], deadline: 'ظرف مدت ۲ هفته', due: '2014-01-05' },
      { n: 2, owners: ['شهرداری'], deadline: 'تا پایان دی ماه', due: '2014-01-20' },
      { n: 3, owners: ['سازمان برنامه و بودجه'], deadline: 'در اسرع وقت', due: null },
      { n: 4, owners: [], deadline: 'در جلسه بعدی', due: null },
      { n: 5, owners: ['رحیمی', 'جعفری'], deadline: 'ظرف دو ماه', due: '2014-02-22' },
      { n: 6, owners: ['کمیته فنی'], deadline: 'تا ۱۵ اردیبهشت ماه ۱۴۰۰', due: '2021-05-05' },
    ]);
    expect(parsed.resolutions[3]?.dueAtNextMeeting).toBe(true);
    expect(parsed.resolutions[5]?.text).toBe('بررسی نقشه ها تا ۱۵ اردیبهشت ماه ۱۴۰۰');
    expect(parsed.resolutions[3]?.doubts).toContain('owners');
  });
});

describe('council minutes without a heading', () => {
  const text = `جلسه شماره ۲۸۸ مورخ ۹۸/۱۰/۲۱ ساعت ۱۸:۰۰ تا ۲۰:۳۰

319 – با درخواست شهرداری مبنی بر خرید دو دستگاه خودرو موافقت شد. شهرداری مکلف است ظرف یک ماه گزارش دهد.
با اتفاق آراء تصویب شد.
320 – مقرر گردید واحد عمران نسبت به آسفالت معابر تا پایان سال جاری اقدام نماید.

در این جلسه مصوب شد: ۱ :مقرر شد کمیته فنی طرح را بررسی کند. ۲:از اداره برق درخواست شد تیرها را جابجا کند.`;

  it('reads running numbers, vote lines and a paragraph of numbered decisions', () => {
    expect(parseMinutesText(text).meeting).toMatchObject({ number: '288', startTime: '18:00', endTime: '20:30' });
    expect(brief(text)).toEqual([
      { n: 319, owners: ['شهرداری'], deadline: 'ظرف یک ماه', due: '2020-02-11' },
      { n: 320, owners: ['واحد عمران'], deadline: 'تا پایان سال جاری', due: '2020-03-19' },
      { n: 1, owners: ['کمیته فنی'], deadline: null, due: null },
      { n: 2, owners: ['اداره برق'], deadline: null, due: null },
    ]);
  });
});

describe('running numbers set apart by spaces alone', () => {
  it('are the items’ numbers when two spaces follow them; after one space a number is a count', () => {
    const text = `صورتجلسه شماره ۲۸۸ شورای اسلامی شهر
تاریخ: ۱۳۹۸/۱۰/۲۲
مصوبات:
780  مقرر گردید شهرداری نسبت به خرید دو دستگاه خودرو اقدام نماید.
781   مقرر گردید واحد عمران نسبت به آسفالت معابر تا پایان سال جاری اقدام نماید.
782  با درخواست اداره برق موافقت شد.

10 دستگاه خودرو برای شهرداری خریداری گردد.`;
    const found = parseMinutesText(text).resolutions;
    expect(found.map((r) => [r.number, r.text.slice(0, 11), r.doubts?.includes('number') ?? false])).toEqual([
      [780, 'مقرر گردید ', false],
      [781, 'مقرر گردید ', false],
      [782, 'با درخواست ', false],
      [783, '10 دستگاه خ', true],
    ]);
  });
});

describe('English notes', () => {
  const text = `# Board meeting — January 22, 2026
**Chair:** Dr. Jane Smith
**Secretary:** Mr. Bob Lee
Time: 10:00 - 11:30

## Discussion
- Alice to check numbers.

## Decisions
* N/A

## Action Items
- [ ] Alice / Bob to prepare the Q1 report by Jan 30, 2026
- [x] Carol: send the invitation within 2 weeks
- Update the website (Owner: Dan, Due: Feb 15, 2026)
* Dave will review the contract by the next meeting

| # | Action | Owner | Due |
|---|--------|-------|-----|
| 5 | Buy chairs | Frank, Grace | - |

## Next meeting
February 19, 2026 at 14:00`;
  const parsed = parseMinutesText(text);

  it('reads the header and the next meeting', () => {
    expect(parsed.meeting).toMatchObject({
      date: '2026-01-22',
      calendar: 'gregorian',
      chair: 'Jane Smith',
      secretary: 'Bob Lee',
      startTime: '10:00',
      endTime: '11:30',
      nextMeeting: '2026-02-19T14:00:00.000Z',
    });
  });

  it('reads action items, not discussion or N/A', () => {
    expect(brief(text)).toEqual([
      { n: 1, owners: ['Alice', 'Bob'], deadline: 'Jan 30, 2026', due: '2026-01-30' },
      { n: 2, owners: ['Carol'], deadline: 'within 2 weeks', due: '2026-02-05' },
      { n: 3, owners: ['Dan'], deadline: 'Feb 15, 2026', due: '2026-02-15' },
      { n: 4, owners: ['Dave'], deadline: 'by the next meeting', due: null },
      { n: 5, owners: ['Frank', 'Grace'], deadline: null, due: null },
    ]);
    expect(parsed.resolutions[1]?.text).toBe('send the invitation within 2 weeks');
    expect(parsed.resolutions.every((r) => r.kind === 'action')).toBe(true);
  });
});

describe('a pipe table and bullets in Persian', () => {
  it('reads columns by their headings', () => {
    const text = `تاریخ جلسه: ۱۴۰۲/۰۵/۰۱
مصوبات جلسه:
| ردیف | شرح مصوبه | مسئول پیگیری | مهلت اجرا |
|---|---|---|---|
| ۱ | تهیه گزارش مالی | معاونت توسعه مدیریت و منابع | ۱۴۰۲/۰۵/۳۰ |
| ۲ | برگزاری همایش | روابط عمومی | پایان شهریور |
• مقرر شد دبیرخانه صورتجلسه را به اعضا ارسال نماید.`;
    expect(brief(text)).toEqual([
      { n: 1, owners: ['معاونت توسعه مدیریت و منابع'], deadline: '۱۴۰۲/۰۵/۳۰', due: '2023-08-21' },
      { n: 2, owners: ['روابط عمومی'], deadline: 'پایان شهریور', due: '2023-09-22' },
      { n: 3, owners: ['دبیرخانه'], deadline: null, due: null },
    ]);
  });
});

describe('text that is not minutes', () => {
  it('gives no resolutions and a warning instead of throwing', () => {
    const parsed = parseMinutesText('hello world\n\u0000\u0001 ### ::: 1- 2- 3-');
    expect(parsed.resolutions).toEqual([]);
    expect(parsed.warnings.length).toBeGreaterThan(0);
  });
});

describe('item markers in running text', () => {
  it('reads a running number before «مقرر» with one space as the item number, not a count', () => {
    const found = parseMinutesText(
      '512 مقرر گردید شهرداری معابر را لایروبی نماید.\n\n513 مقرر گردید 10 دستگاه خودرو خریداری شود.',
    ).resolutions;
    expect(found.map((r) => [r.number, r.text])).toEqual([
      [512, 'مقرر گردید شهرداری معابر را لایروبی نماید.'],
      [513, 'مقرر گردید 10 دستگاه خودرو خریداری شود.'],
    ]);
  });

  it('reads a decree title and its news lead as no resolution', () => {
    const found = parseMinutesText(`تصویبنامه درخصوص تشکیل ستاد ساماندهی بازارچه ها

تصویبنامه هیات وزیران درخصوص تشکیل ستاد ساماندهی بازارچه ها ابلاغ شد.

هیات وزیران در جلسه ۱۴۰۲/۰۳/۱۰ تصویب کرد:

۱- ستاد ساماندهی بازارچه ها به ریاست وزیر کشور تشکیل می شود.
۲- دبیرخانه ستاد در وزارت کشور مستقر می شود.`).resolutions;
    expect(found.map((r) => r.number)).toEqual([1, 2]);
  });

  it('ends a bulleted list at a line back at its margin, which is no item either', () => {
    const found = parseMinutesText(`## Next steps
* Ravi to book the venue.
* Follow up on the catering quote.
[Recording](https://example.org/rec) on the wiki.`).resolutions;
    expect(found.map((r) => r.text)).toEqual(['Ravi to book the venue.', 'Follow up on the catering quote.']);
  });
});

describe('lists lettered «الف)»، «ب)»', () => {
  const read = (text: string) => parseMinutesText(text).resolutions.map((r) => ({ text: r.text, owners: r.owners }));

  it('reads each letter as an item of its own when no numbered item is above them', () => {
    expect(
      read(`مصوبات:
الف) شهرداری موظف است نسبت به لکه گیری معابر اقدام نماید.
ب) کمیسیون فرهنگی برنامه هفته شهدا را تدوین کند.`),
    ).toEqual([
      { text: 'شهرداری موظف است نسبت به لکه گیری معابر اقدام نماید.', owners: ['شهرداری'] },
      { text: 'کمیسیون فرهنگی برنامه هفته شهدا را تدوین کند.', owners: ['کمیسیون فرهنگی'] },
    ]);
    expect(
      read(`جلسه شورا با حضور اعضا تشکیل و پس از بحث موارد ذیل به تصویب رسید:
الف) شهرداری موظف است نسبت به لکه گیری معابر اقدام نماید.
ب) کمیسیون فرهنگی برنامه هفته شهدا را تدوین کند.`).map((r) => r.owners),
    ).toEqual([['شهرداری'], ['کمیسیون فرهنگی']]);
  });

  it('keeps the letters under a numbered item as its parts, and reads who acts in each', () => {
    expect(
      read(`مصوبات:
۱- موارد زیر تصویب شد:
الف) شهرداری موظف است نسبت به لکه گیری معابر اقدام نماید.
ب) کمیسیون فرهنگی برنامه هفته شهدا را تدوین کند.
۲- مقرر شد دبیرخانه گزارش دهد.`).map((r) => r.owners),
    ).toEqual([['شهرداری', 'کمیسیون فرهنگی'], ['دبیرخانه']]);
  });
});

describe('task lists in parts a dash sets apart', () => {
  const read = (text: string) =>
    parseMinutesText(text).resolutions.map((r) => ({ owners: r.owners, deadline: r.deadline, due: r.dueDate }));

  it('reads who acts before the first dash and the deadline after the last', () => {
    expect(
      read(`صورتجلسه ۱۴۰۳/۰۷/۰۱
اقدامات مقرر شده:
• معاونت فنی - بازدید از پروژه - ۱۵ آبان
• دبیرخانه – ارسال صورتجلسه – یک هفته`),
    ).toEqual([
      { owners: ['معاونت فنی'], deadline: '۱۵ آبان', due: '2024-11-05' },
      { owners: ['دبیرخانه'], deadline: 'یک هفته', due: '2024-09-29' },
    ]);
    expect(read('تکالیف:\n۱. دفتر حقوقی: تهیه پیش نویس قرارداد – پایان مهر').map((r) => r.deadline)).toEqual([
      'پایان مهر',
    ]);
  });

  it('takes neither from parts that are no name and no deadline', () => {
    expect(
      read(`اقدامات مقرر شده:
• شهرداری نسبت به تعمیر پل - ورودی شهر - اقدام کند
• ارسال گزارش - ۲ نسخه`),
    ).toEqual([
      { owners: ['شهرداری'], deadline: null, due: null },
      { owners: [], deadline: null, due: null },
    ]);
  });
});

describe('one item per line, without any mark', () => {
  it('reads each «Owner: task» line as its own item, groups included, up to the next heading', () => {
    const found = parseMinutesText(`## Next steps

Nadia: Book the hall for the spring workshop
Tom: Ask the printer for a second quote
Working group: Draft the volunteer policy
All members: Read the budget proposal
Summary
The call went over the venue options.`).resolutions;
    expect(found.map((r) => [r.text, r.owners])).toEqual([
      ['Book the hall for the spring workshop', ['Nadia']],
      ['Ask the printer for a second quote', ['Tom']],
      ['Draft the volunteer policy', ['Working group']],
      ['Read the budget proposal', ['All members']],
    ]);
  });

  it('reads short Persian lines as one decision each', () => {
    const found = parseMinutesText(`مصوبات:
تهیه فهرست مدارس نیازمند تعمیر توسط اداره نوسازی
برگزاری جلسه با خیرین مدرسه ساز
ارسال گزارش به فرمانداری`).resolutions;
    expect(found.map((r) => r.text)).toEqual([
      'تهیه فهرست مدارس نیازمند تعمیر توسط اداره نوسازی',
      'برگزاری جلسه با خیرین مدرسه ساز',
      'ارسال گزارش به فرمانداری',
    ]);
  });

  it('keeps a paragraph cut by the width of the page as one item', () => {
    const found = parseMinutesText(`## Decisions

The board agreed that the annual report will be printed in two languages and
sent to every member before the general assembly in the spring, with the
accounts attached.`).resolutions;
    expect(found).toHaveLength(1);
  });
});

describe('a decree with a single article', () => {
  it('reads the text under «ماده واحده:» as the resolution', () => {
    const found = parseMinutesText(
      'الزام سازمان پسماند به تهیه طرح جامع\nماده واحده:\nسازمان پسماند موظف است ظرف سه ماه طرح جامع را ارائه نماید.',
    ).resolutions;
    expect(found.map((r) => [r.owners, r.deadline])).toEqual([[['سازمان پسماند'], 'ظرف سه ماه']]);
  });
});

describe('repeated rows', () => {
  it('keeps table rows and numbered items that repeat the same words: their numbers tell them apart', () => {
    const found = parseMinutesText(`مصوبات:
1- مقرر شد دبیرخانه صورتجلسه را ارسال کند.
2- مقرر شد دبیرخانه صورتجلسه را ارسال کند.`).resolutions;
    expect(found.map((r) => r.number)).toEqual([1, 2]);
  });
});

describe('old business', () => {
  it('reads a follow-up of earlier resolutions apart from the new ones, Persian and English', () => {
    const fa = parseMinutesText(`پیگیری مصوبات جلسه قبل:
۱- گزارش کمیته فنی درباره مصوبه ۱۲ ارائه شد.
۲- مصوبه ۱۴ همچنان در دست اقدام است.

مصوبات:
۱- مقرر شد دبیرخانه دعوتنامه همایش را ارسال کند.`);
    expect(fa.resolutions.map((r) => r.text)).toEqual(['مقرر شد دبیرخانه دعوتنامه همایش را ارسال کند.']);
    expect(fa.followUps).toEqual(['گزارش کمیته فنی درباره مصوبه ۱۲ ارائه شد.', 'مصوبه ۱۴ همچنان در دست اقدام است.']);
    const en = parseMinutesText(`## Old business
- The venue contract was signed.

## Action items
- Priya to send the agenda`);
    expect(en.resolutions.map((r) => r.text)).toEqual(['Priya to send the agenda']);
    expect(en.followUps).toEqual(['The venue contract was signed.']);
  });

  it('says in the preview that the follow-ups are not stored', async () => {
    const { previewBlocks } = await import('../../src/minutes/preview.js');
    const parsed = parseMinutesText(
      'Previous action items:\n- Lee booked the room\n\nDecisions:\n- Adopt the new logo',
    );
    const text = previewBlocks(parsed, null, 'en')
      .map((b) => ('text' in b ? b.text : ''))
      .join('\n');
    expect(text).toContain('not stored');
    expect(text).toContain('Lee booked the room');
  });

  it('does not take «پیگیری» inside an ordinary decision as a follow-up section', () => {
    const found = parseMinutesText('مصوبات:\n۱- مقرر شد پیگیری پرونده زمین به دبیرخانه سپرده شود.');
    expect(found.resolutions).toHaveLength(1);
    expect(found.followUps).toBeUndefined();
  });
});
