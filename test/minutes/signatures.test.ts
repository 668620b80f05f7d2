// The secretary and the chair named by their body's post on a labelled line («دبیر شورا: …», «رئیس کمیته: …»),
// as minutes put them in the header or in the signature line at the end, where a wide gap starts the next
// column. Near misses: the same words in a sentence are not labels.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const meeting = (text: string) => parseMinutesText(text).meeting;

describe('posts of the council as header labels', () => {
  it('reads «دبیر شورا:» and «رئیس کمیته:» on their own lines', () => {
    const m = meeting(
      'رئیس کمیته: مهندس رضا کاظمی\nدبیر کمیته: سمیه رستمی\n\nمصوبات:\n۱- دبیرخانه گزارش را ارسال کند.',
    );
    expect(m.chair).toBe('رضا کاظمی');
    expect(m.secretary).toBe('سمیه رستمی');
  });

  it('reads a signature line whose columns a wide gap separates', () => {
    const m = meeting(
      'مصوبات:\n۱- شهرداری نسبت به لایروبی انهار اقدام نماید.\n\nدبیر شورا: علی محمدی          فرماندار: حسن رضایی',
    );
    expect(m.secretary).toBe('علی محمدی');
  });

  it('makes no item of a signature line, but keeps a task a post is given', () => {
    const signed = parseMinutesText(
      'مصوبات:\n۱- شهرداری نسبت به لایروبی انهار اقدام نماید.\n\nدبیر شورا: علی محمدی          فرماندار: حسن رضایی',
    );
    expect(signed.resolutions.map((r) => r.number)).toEqual([1]);
    const task = parseMinutesText('مصوبات:\nشهرداری گزارش را ارسال کند.\n\nدبیر جلسه: ارسال صورتجلسه به اعضا');
    expect(task.resolutions.map((r) => r.owners)).toEqual([['شهرداری'], ['دبیر جلسه']]);
  });

  it('reads the meeting’s roles in brackets in the attendance, not the head of another body', () => {
    const m = meeting(
      'حاضران: دکتر حسینی (رئیس مرکز آمار)، مهندس کریمی، خانم نوری (دبیر شورا)\n\nمصوبات:\n۱- دبیرخانه گزارش را ارسال کند.',
    );
    expect(m.secretary).toBe('نوری');
    expect(m.chair).toBeNull();
    expect(m.attendees).toEqual(['حسینی', 'کریمی', 'نوری']);
  });

  it('reads the chair and the clerk from English attendance lines', () => {
    const m = meeting(
      'Present: Cllr J. Walker (Chair), Cllr P. Green\nIn attendance: Mrs A. Brown (Clerk)\n\nResolutions:\n1. Green to obtain quotes.',
    );
    expect(m.chair).toBe('J. Walker');
    expect(m.secretary).toBe('A. Brown');
    expect(m.attendees).toEqual(['J. Walker', 'P. Green', 'A. Brown']);
  });

  it('reads a role in brackets after «Attended by:» on a numbered minute, not a deputy’s', () => {
    const m = meeting(
      'Parish Council\n12. Attended by: Cllrs Ann Lowe (Chairman), Ben Hart (Vice Chairman), Carl Dent.\n13. Apologies: Cllr Dee Ross.\n\nResolutions:\n1. Dent to obtain quotes.',
    );
    expect(m.chair).toBe('Ann Lowe');
    expect(m.secretary).toBeNull();
  });

  it('reads the role of the name right before the bracket in an attendance list over several lines', () => {
    const m = meeting(
      'Minutes of the meeting held on 3rd May 2023\n\nATTENDING:\nCllr. Joan Price\nP. Lane / Ruth Gale (Clerk)\nTom Weir\n\nResolutions:\n1. Price to write to the highways office.',
    );
    expect(m.secretary).toBe('Ruth Gale');
    expect(m.chair).toBeNull();
  });

  // 100 KB of names: each bracket is looked back from once, not every start of the line tried against it. That
  // reads in tens of milliseconds; trying every start took over ten seconds, so the time allowed here holds a wide
  // margin for a busy machine and still catches the square.
  it('reads the role in brackets at the end of a very long attendance line with no other bracket', {
    timeout: 3000,
  }, () => {
    const names = 'Alex Brown Sam Green '.repeat(5000);
    const m = meeting(
      `Minutes of the meeting\nPresent: ${names}, Kim Park (Clerk)\n\nResolutions:\n1. Park to file the minutes.`,
    );
    expect(m.secretary).toBe('Kim Park');
  });

  it('reads a list of those present with no label over it, one name and its role a line', () => {
    const m = meeting(
      'Village Council Minutes\nDate: May 3, 2023\n\n• Ms. Dana Reyes (Chairperson)\n• Mr. Omar Haddad (Vice-Chairperson)\n• Mrs. Lia Stone (Secretary)\n\nResolutions:\n1. Stone to circulate the minutes.',
    );
    expect(m.chair).toBe('Dana Reyes');
    expect(m.secretary).toBe('Lia Stone');
    const deputy = meeting(
      'Village Council Minutes\n\n• Mr. Omar Haddad (Vice-Chairperson)\n\nResolutions:\n1. Approved.',
    );
    expect(deputy.chair).toBeNull();
    // A bracket in a sentence is no list of those present.
    const said = meeting(
      'Village Council Minutes\n\nThe report was read by Ms. Dana Reyes (Chairperson) and noted.\n\nResolutions:\n1. Approved.',
    );
    expect(said.chair).toBeNull();
    const ends = meeting(
      'Village Council Minutes\n\nThe annual report was then read out by Ms. Dana Reyes (Chairperson)\n\nResolutions:\n1. Approved.',
    );
    expect(ends.chair).toBeNull();
  });

  it('reads «Meeting 14» in an English title and the minute taker as the secretary, not a time', () => {
    const m = meeting(
      '# Steering Committee — Meeting 14\nChair: Laura Chen\nMinute taker: Omar Haddad\n\n## Decisions\n1. Approved.',
    );
    expect(m.number).toBe('14');
    expect(m.secretary).toBe('Omar Haddad');
    expect(meeting('# Board meeting 10:30\n\n## Decisions\n1. Approved.').number).toBeNull();
  });

  it('does not read the post inside a sentence as a label', () => {
    const m = meeting('مصوبات:\n۱- دبیر شورا گزارش عملکرد را ارائه کند.\n۲- رئیس شورا با فرماندار مکاتبه نماید.');
    expect(m.secretary).toBeNull();
    expect(m.chair).toBeNull();
  });
});
