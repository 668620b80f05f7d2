// When the meeting began and ended where the minutes tell it in a sentence rather than a labelled field, and the
// opening of a news report whose headline tells a decision.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const meeting = (text: string) => parseMinutesText(text).meeting;

describe('times told in a sentence', () => {
  it('reads the call to order and the adjournment, am and pm with or without dots', () => {
    const m = meeting(`Minutes of the Finance Committee, 4 March 2025
1. Call to order: the Chair called the meeting to order at 7:00 PM.
2. Budget: Priya to circulate the draft budget.
3. Adjournment: the meeting adjourned at 8:45 p.m.`);
    expect(m.startTime).toBe('19:00');
    expect(m.endTime).toBe('20:45');
  });

  it('reads a meeting that opened and closed in one sentence, on a 24-hour clock', () => {
    const m = meeting(
      'Notes\nThe meeting opened at 19:05 and the meeting closed at 20:40.\n\nDecisions:\n1. Tom to book the hall.',
    );
    expect(m.startTime).toBe('19:05');
    expect(m.endTime).toBe('20:40');
  });

  it('reads the hour a Persian meeting ended', () => {
    const m = meeting(
      'جلسه شورا ساعت ۱۸ روز سه شنبه برگزار شد.\nمصوبات:\n۱- شهرداری گزارش دهد.\nجلسه ساعت ۲۰:۳۰ پایان یافت.',
    );
    expect(m.startTime).toBe('18:00');
    expect(m.endTime).toBe('20:30');
  });

  it('reads the hour a Persian meeting ended with «در» fused to «ساعت»', () => {
    const m = meeting('مصوبات:\n۱- شهرداری گزارش دهد.\nجلسه با دعای فرج درساعت21 خاتمه یافت.');
    expect(m.endTime).toBe('21:00');
    // Near miss: an hour that is not when the meeting ended.
    expect(meeting('مصوبات:\n۱- شهرداری درساعت21 گزارش دهد.').endTime).toBeNull();
  });

  it('reads a time written right after the meeting’s date in the opening', () => {
    const m = meeting(
      'Village Council\nThursday 9th March 2023 7.30 pm - Held at the Village Hall\n\nResolutions:\n1. Dent to obtain quotes.',
    );
    expect(m.date).toBe('2023-03-09');
    expect(m.startTime).toBe('19:30');
  });

  it('takes no time from other things that open or close (near misses)', () => {
    const m = meeting(`Minutes of the Finance Committee, 4 March 2025
1. Grants: submissions closed at 5 pm on Friday; the office opened at 9 am.
2. Next meeting: to meet again on 5 May at 7 pm.`);
    expect(m.startTime).toBeNull();
    expect(m.endTime).toBeNull();
    // A news page's stamp of when it was published is not when the meeting began.
    expect(
      meeting('نشست هیئت رئیسه برگزار شد\n۰۹ فروردین ۱۴۰۲ ۲۱:۱۳\nکد خبر: ۱۲۳\nمقرر شد دبیرخانه گزارش دهد.').startTime,
    ).toBeNull();
    // A bare number after the date is no time.
    expect(
      meeting('Village Council\nThursday 9th March 2023 12 members present\n\nResolutions:\n1. Approved.').startTime,
    ).toBeNull();
  });
});

describe('a news report’s opening', () => {
  it('goes past a headline that tells a decision to the report’s first sentence', () => {
    const m = meeting(`مصوب شد بر بازار شب عید نظارت شود.
به گزارش خبرگزاری استان؛ دهمین جلسه کمیته تنظیم بازار با حضور فرمانداران برگزار شد.
در این جلسه مقرر شد اتاق اصناف بر قیمت ها نظارت کند.`);
    expect(m.number).toBe('10');
  });

  it('does not go past it to any other sentence (near miss)', () => {
    const m = meeting(`مصوب شد بر بازار شب عید نظارت شود.
دهمین جلسه کمیته تنظیم بازار با حضور فرمانداران برگزار شد.
در این جلسه مقرر شد اتاق اصناف بر قیمت ها نظارت کند.`);
    expect(m.number).toBeNull();
  });
});

describe('who called the meeting to order', () => {
  it('presides: after «by», with or without a post, or before «called the meeting to order»', () => {
    expect(
      meeting(
        'Board of Education\nThe meeting was called to order by Chair Dana Reyes at 6:02 p.m.\n\nMotions:\n1. Approved.',
      ).chair,
    ).toBe('Dana Reyes');
    expect(
      meeting('Town Council\nMayor Lopez called the meeting to order at 7 pm.\n\nMotions:\n1. Approved.').chair,
    ).toBe('Lopez');
    expect(
      meeting('Town Council\nCalled to order at 7:01 pm by Vice Chair Tom Lee.\n\nMotions:\n1. Approved.').chair,
    ).toBe('Tom Lee');
  });

  it('names no one where the post alone is written (near miss)', () => {
    const m = meeting(
      'Town Council\nThe Chair called the meeting to order at 7 pm.\nThe meeting was called to order by the Chair at 7 pm.\n\nMotions:\n1. Approved.',
    );
    expect(m.chair).toBeNull();
  });
});

describe('who wrote the minutes up', () => {
  it('is the name under «Respectfully submitted» or after «Minutes recorded by»', () => {
    expect(
      meeting('Board of Education\n\nMotions:\n1. Approved.\n\nRespectfully submitted,\nJane Doe\nRecording Secretary')
        .secretary,
    ).toBe('Jane Doe');
    expect(
      meeting('Board of Education\n\nMotions:\n1. Approved.\n\nRespectfully submitted, Ms. Ann Lowe, Clerk').secretary,
    ).toBe('Ann Lowe');
    expect(meeting('Board of Education\nMinutes recorded by Tom Weir\n\nMotions:\n1. Approved.').secretary).toBe(
      'Tom Weir',
    );
  });

  it('is no one where no name follows (near miss)', () => {
    expect(
      meeting(
        'Board of Education\n\nMotions:\n1. Approved.\n\nRespectfully submitted for approval at the next meeting.',
      ).secretary,
    ).toBeNull();
    expect(
      meeting('Board of Education\n\nMotions:\n1. Approved.\n\nRespectfully submitted,\nthe Clerk').secretary,
    ).toBeNull();
  });
});
