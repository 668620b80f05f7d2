// The meeting's identity: number, term, date and time from the title or the opening sentence, never from a
// later mention of another meeting; ordinal words into the hundreds, Persian and English.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';
import { enOrdinalValue, faOrdinalValue } from '../../src/minutes/ordinals.js';

const meetingOf = (text: string) => parseMinutesText(text).meeting;

describe('ordinal words', () => {
  it.each([
    ['اولین', 1],
    ['سومین', 3],
    ['هجدهمین', 18],
    ['هیجدهمین', 18],
    ['بیست و ششمین', 26],
    ['سی امین', 30],
    ['پنجاه و چهارمین', 54],
    ['صدمین', 100],
    ['یکصد و دهمین', 110],
    ['سیصد و چهاردهمین', 314],
    ['دویست و سی و یکمین', 231],
  ])('%s is %i', (word, n) => {
    expect(faOrdinalValue(word)).toBe(n);
  });

  it.each([
    ['third', 3],
    ['26th', 26],
    ['twenty-sixth', 26],
    ['one hundred and fifth', 105],
  ])('%s is %i', (word, n) => {
    expect(enOrdinalValue(word)).toBe(n);
  });

  it('refuses words that are not ordinals', () => {
    expect(faOrdinalValue('جلسه')).toBeNull();
    expect(enOrdinalValue('regular')).toBeNull();
  });
});

describe('the meeting number', () => {
  it('reads a labelled number', () => {
    expect(meetingOf('شماره جلسه: ۵۵\nتاریخ: ۱۴۰۲/۰۳/۰۱\n\nمصوبات:\n۱- مقرر شد دبیرخانه گزارش دهد.').number).toBe('55');
  });

  it('reads «جلسه شماره N» inside the opening sentence', () => {
    const m = meetingOf(
      'اهم مصوبات جلسه شماره ۱۱۳ مورخ ۱۴۰۲/۰۵/۱۰ هیئت مدیره به شرح ذیل اعلام می گردد:\nمقرر گردید که کمیته فنی گزارش دهد.',
    );
    expect(m).toMatchObject({ number: '113', date: '1402-05-10' });
    expect(m.doubts ?? []).not.toContain('number');
  });

  it('reads an ordinal in the hundreds, its date and its hours', () => {
    const m = meetingOf(
      'سیصد و دوازدهمین جلسه هیئت امنا در روز سه شنبه مورخ ۹۸/۱۰/۲۳ از ساعت ۹ الی ۱۱ برگزار و تصمیمات زیر اتخاذ شد:\n۱- مقرر شد دبیرخانه فهرست را تکمیل کند.',
    );
    expect(m).toMatchObject({ number: '312', date: '1398-10-23', startTime: '09:00', endTime: '11:00' });
  });

  it('reads the term beside the number, and the date written after the mention, not the one before', () => {
    const m = meetingOf(
      'مصوبات نهمین جلسه دومین دوره شورای شهر\nپیرو دعوت مورخ ۱/۳/۸۶ نهمین جلسه شورا درساعت ۸ صبح مورخ ۳/۳/۸۶ تشکیل شد.\n۱- مقرر گردید شهرداری گزارش دهد.',
    );
    expect(m).toMatchObject({ number: '9', term: '2', date: '1386-03-03', startTime: '08:00' });
  });

  it('never takes the number of the next meeting named in the last item', () => {
    const m = meetingOf(`بیست و ششمین جلسه هیئت مدیره صندوق در تاریخ ۱۴۰۲/۰۲/۱۰ برگزار شد.
۱- مقرر شد مدیر عامل گزارش مالی را ارائه کند.
۲- جلسه شماره ۲۷ هیئت مدیره در تاریخ ۱۴۰۲/۰۳/۱۰ برگزار خواهد شد.`);
    expect(m).toMatchObject({ number: '26', date: '1402-02-10' });
  });

  it('never takes a number from deep in the minutes, even at a line start', () => {
    const m = meetingOf(`صورتجلسه هیئت مدیره
۱- مقرر شد مدیر عامل گزارش مالی را ارائه کند.
جلسه شماره ۲۷ در هفته آینده برگزار می شود.`);
    expect(m.number).toBeNull();
    expect(m.doubts).toContain('number');
  });

  it('skips a mention of the previous meeting in the opening', () => {
    const m = meetingOf('پیرو جلسه شماره ۴۰ قبلی، جلسه شماره ۴۱ کمیسیون برگزار شد.\n۱- مقرر شد دبیرخانه پیگیری کند.');
    expect(m.number).toBe('41');
  });

  it('skips another body’s session the decision rests on («به استناد مصوبه جلسه …»)', () => {
    const cited = meetingOf(
      'هیئت امنا تشکیل شد و به استناد مصوبه جلسه شماره ۷۳۶ شورای عالی، موارد زیر تصویب شد:\n۱- دانشگاه گزارش را ارسال کند.',
    );
    expect(cited.number).toBeNull();
    expect(
      meetingOf('طبق مصوبات جلسه شماره ۱۲ کارگروه، گزارش ارائه شد.\n۱- مقرر شد دبیرخانه پیگیری کند.').number,
    ).toBeNull();
    expect(
      meetingOf('وظایفی که به موجب جلسه شماره ۲۰ شورای گسترش واگذار شد، بررسی گردید.\n۱- مقرر شد دبیرخانه پیگیری کند.')
        .number,
    ).toBeNull();
    expect(
      meetingOf(
        'Pursuant to the resolution of meeting no. 52 of the Senate, the board met.\n\nDecisions:\n1. Alice to file it.',
      ).number,
    ).toBeNull();
    // Near miss: the meeting's own number, with a cited one after it.
    const own = meetingOf(
      'جلسه شماره ۱۲ هیئت امنا برگزار شد و به استناد مصوبه جلسه شماره ۷۳۶ شورای عالی، موارد زیر تصویب شد:\n۱- دانشگاه گزارش را ارسال کند.',
    );
    expect(own.number).toBe('12');
  });

  it('reads English numbers and ordinals', () => {
    expect(
      meetingOf('Minutes of the 26th Regular Meeting of the Board\n\nDecisions:\n1. Alice to file it.').number,
    ).toBe('26');
    expect(meetingOf('The twenty-third meeting of the council, 2024-03-01\n\nDecisions:\n1. Bob to call.').number).toBe(
      '23',
    );
    expect(meetingOf('Meeting No. 7 — 2024-03-01\n\nDecisions:\n1. Bob to call.').number).toBe('7');
  });

  it('reads a chair named in the opening sentence, marked as a guess', () => {
    const m = meetingOf(
      'جلسه هیئت مدیره به ریاست آقای مهندس کریمی، در محل سازمان تشکیل شد.\n۱- مقرر شد دبیرخانه گزارش دهد.',
    );
    expect(m.chair).toBe('کریمی');
    expect(m.doubts).toContain('chair');
  });

  it('reads a chair and a secretary named by their posts in the opening sentence, marked as guesses', () => {
    const m = meetingOf(
      'جلسه شورای ترافیک استان با ریاست معاون استاندار و دبیری مدیرکل راه و شهرسازی در تاریخ ۱۴۰۲/۰۳/۱۰ تشکیل شد.\n۱- مقرر شد پلیس راهور گزارش دهد.',
    );
    expect(m).toMatchObject({ chair: 'معاون استاندار', secretary: 'مدیرکل راه و شهرسازی', date: '1402-03-10' });
    expect(m.doubts).toEqual(expect.arrayContaining(['chair', 'secretary']));
    const n = meetingOf(
      'نشست کارگروه به ریاست آقای دکتر نادری و با دبیری خانم سارا نیک برگزار شد.\n۱- مقرر شد دبیرخانه گزارش دهد.',
    );
    expect(n).toMatchObject({ chair: 'نادری', secretary: 'سارا نیک' });
  });

  it('reads a chair named bare, without a title, by the post right after the name', () => {
    const m = meetingOf('جلسه ستاد بحران به ریاست صادقی پور معاون فرماندار برگزار شد.\n۱- مقرر شد شهرداری گزارش دهد.');
    expect(m.chair).toBe('صادقی پور');
    expect(m.doubts).toContain('chair');
    // Near miss: with no post after it, a bare word after «به ریاست» is no one's name.
    expect(meetingOf('نشست به ریاست جمهوری اسلامی گزارش شد.\n۱- مقرر شد شهرداری گزارش دهد.').chair).toBeNull();
  });

  it('names no chair from a body someone was elected to head', () => {
    const m = meetingOf('در این جلسه آقای کریمی به ریاست شورا انتخاب شد.\n۱- مقرر شد شهرداری گزارش دهد.');
    expect(m.chair).toBeNull();
    expect(m.secretary).toBeNull();
  });

  it('reads «Minutes: J. Saleh» as the secretary, and not what the minutes are', () => {
    const head = (line: string) =>
      meetingOf(`Roads Board, 3 April 2024\n${line}\n\nActions\n1. Finance to publish the budget.`);
    expect(head('Minutes: J. Saleh').secretary).toBe('J. Saleh');
    expect(head('Minutes: Dana Kim').secretary).toBe('Dana Kim');
    expect(head('Minutes: Draft Version').secretary).toBeNull();
    expect(head('Minutes: approved as circulated').secretary).toBeNull();
    expect(head('Minutes: see below').secretary).toBeNull();
  });
});

describe('the meeting date', () => {
  it('marks a date that was only guessed from the top of the minutes', () => {
    const m = meetingOf('خبر ۱۴۰۱/۰۱/۰۵\nجلسه کمیسیون برگزار شد.\n۱- مقرر شد دبیرخانه گزارش دهد.');
    expect(m.date).toBe('1401-01-05');
    expect(m.doubts).toContain('date');
  });

  it('is sure of a labelled date', () => {
    const m = meetingOf('شماره جلسه: ۳\nتاریخ جلسه: ۱۴۰۱/۰۱/۰۵\n\nمصوبات:\n۱- مقرر شد دبیرخانه گزارش دهد.');
    expect(m.doubts).toBeUndefined();
  });
});

describe('the meeting named after the word «جلسه», and counts that are not its number', () => {
  it('reads «جلسه دویست و دهم ۱۲/۰۴/۹۸ شورا» as session 210 on that day', () => {
    const m = parseMinutesText('جلسه دویست و دهم ۱۲/۰۴/۹۸ شورای اسلامی شهر\n\n۱- مقرر شد شهرداری گزارش دهد.').meeting;
    expect([m.number, m.date]).toEqual(['210', '1398-04-12']);
  });

  it('does not take a count within the year as the session number', () => {
    const m = parseMinutesText(
      'دومین جلسه شورای سلامت شهرستان در سال ۱۴۰۲ برگزار شد.\n\n۱- مقرر شد شبکه بهداشت گزارش دهد.',
    ).meeting;
    expect(m.number).toBeNull();
  });

  it('does not take a count within the year as the number when «در» is fused to «سال»', () => {
    const m = parseMinutesText(
      'سومین نشست هیات رئیسه کانون درسال ۱۴۰۱ برگزار شد.\n\n۱- مقرر شد دبیرخانه گزارش دهد.',
    ).meeting;
    expect(m.number).toBeNull();
    // Near miss: «درسالن» is a hall, and the ordinal before it is this session's number.
    const hall = parseMinutesText(
      'سومین جلسه هیات رئیسه کانون درسالن اجتماعات برگزار شد.\n\n۱- مقرر شد دبیرخانه گزارش دهد.',
    ).meeting;
    expect(hall.number).toBe('3');
  });

  it("prefers the date beside the meeting's mention to a letterhead's «تاریخ:»", () => {
    const m = parseMinutesText(`شماره: ۱۲۳/د – تاریخ: ۱۴۰۲/۰۵/۲۰
مصوب بیست و یکمین جلسه مورخ ۱۴۰۲/۰۵/۰۲ شورای برنامه ریزی استان
مقرر گردید سازمان مدیریت گزارش را ارسال نماید.`).meeting;
    expect([m.number, m.date]).toEqual(['21', '1402-05-02']);
  });
});

describe('identity from news pages and decrees', () => {
  it('reads «در جلسه ۳۱۲ مورخ …» as session 312 on that day', () => {
    const m = parseMinutesText(
      'در جلسه ۳۱۲ مورخ ۱۴۰۰/۰۶/۱۵ شورای عالی، موضوع آیین نامه مطرح و به این شرح به تصویب رسید:\nدبیرخانه موظف است آیین نامه را منتشر کند.',
    ).meeting;
    expect([m.number, m.date]).toEqual(['312', '1400-06-15']);
  });

  it('reads «جلسه ۴۵ شورا مورخ …»: the number right before the body the meeting is of', () => {
    const m = parseMinutesText(
      'جلسه ۴۵ شورا مورخ ۱۲/۳/۱۴۰۳ برگزار شد.\nمصوبات:\n۱- مقرر شد دبیرخانه گزارش دهد.',
    ).meeting;
    expect([m.number, m.date]).toEqual(['45', '1403-03-12']);
    // Near miss: the earlier or the next meeting of the body.
    expect(
      parseMinutesText('پیرو جلسه ۴۴ شورا، جلسه امروز برگزار شد.\nمصوبات:\n۱- مقرر شد دبیرخانه گزارش دهد.').meeting
        .number,
    ).toBeNull();
    expect(
      parseMinutesText('جلسه ۴۶ شورا هفته آینده برگزار خواهد شد.\nمصوبات:\n۱- مقرر شد دبیرخانه گزارش دهد.').meeting
        .number,
    ).toBeNull();
  });

  it('never takes a page stamp or the clock beside it for the meeting date', () => {
    const m = parseMinutesText(`۱۲ مهر ۱۴۰۴
تاریخ انتشار: ۱۰:۲۰ - ۰۳-۰۲-۱۴۰۱
کد خبر ۳۴۵۶۷

شورای ورزش شهرستان تشکیل جلسه داد و موافقت کرد که سالن شماره دو بازسازی شود.`).meeting;
    expect(m.date).toBeNull();
  });

  it('never takes the page’s last update, written with its words apart, for the meeting date', () => {
    const text = (stamp: string) =>
      `${stamp}\n\nجلسه کمیته رفاه کارکنان برگزار شد و مقرر گردید فهرست متقاضیان اعلام گردد.`;
    expect(parseMinutesText(text('آخرین بروز رسانی : دوشنبه, 12 آذر 1402')).meeting.date).toBeNull();
    expect(parseMinutesText(text('آخرین به روز رسانی: 1402/09/12')).meeting.date).toBeNull();
    // Near miss: a date on a line of its own above the report is the meeting's.
    expect(parseMinutesText(text('دوشنبه 12 آذر 1402')).meeting.date).toBe('1402-09-12');
  });

  it('takes a date with a clock beside it and nothing else on a stamped page for the page’s clock', () => {
    const stamped = (line: string) =>
      parseMinutesText(`نشست هیئت رئیسه انجمن برگزار شد
${line}
کد خبر: ۱۰۱

به گزارش روابط عمومی انجمن موارد زیر مطرح شد:
۱- دبیرخانه گزارش را ارسال کند.`).meeting;
    expect(stamped('۰۹ فروردین ۱۴۰۲ ۲۱:۱۳').date).toBeNull();
    expect(stamped('۲۱:۱۳ - ۰۹ فروردین ۱۴۰۲').date).toBeNull();
    // Near miss: a date told with words about the meeting is the meeting's.
    expect(stamped('روز چهارشنبه ۰۹ فروردین ۱۴۰۲ در محل انجمن').date).toBe('1402-01-09');
  });

  it("reads the chair's name without their post, and a cleric's title as a title", () => {
    const a = parseMinutesText(
      'جلسه شورای ترافیک به ریاست دکتر نادری فرماندار شهرستان برگزار شد.\n\n۱- مقرر شد پلیس راهور گزارش دهد.',
    );
    expect(a.meeting.chair).toBe('نادری');
    const b = parseMinutesText(
      'نشست هیئت امنا به ریاست آیت الله موسوی رئیس هیئت امنا برگزار شد.\n\n۱- مقرر شد دبیرخانه گزارش دهد.',
    );
    expect(b.meeting.chair).toBe('موسوی');
  });

  it('reads «سی و دومین صورت جلسه» as session 32', () => {
    const m = parseMinutesText('سی و دومین صورت جلسه هیئت مدیره 12/03/95\n1- مقرر شد حسابدار گزارش دهد.').meeting;
    expect(m.number).toBe('32');
  });
});
