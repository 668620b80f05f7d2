// More of the meeting read from what the minutes say of it, and nothing from what a resolution says: a date
// in a resolution is not a guess at the meeting's; an attendance table's role column names the secretary and
// the chair when one person holds each; the day of the week is read where «روز» or a date marks it, and a day
// that disagrees with the date makes the date doubtful.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const meetingOf = (text: string) => parseMinutesText(text).meeting;

describe('a date guessed from the top of the minutes', () => {
  it('is not taken from a resolution', () => {
    const m = meetingOf(`۱- مقرر شد اعضا در جلسه مورخ ۱۴۰۳/۰۸/۲۰ شورای شهر حاضر شوند.
۲- مقرر شد دبیرخانه فهرست پروژه ها را ارسال نماید.`);
    expect(m.date).toBeNull();
    const bullet = meetingOf(`• مقرر گردید طرح در جلسه ۱۲ آبان ۱۴۰۳ کمیسیون بررسی شود.`);
    expect(bullet.date).toBeNull();
  });

  it('is still taken from a title above the items, as a doubt', () => {
    const m = meetingOf(`نشست کمیسیون فنی ۱۴۰۳/۰۸/۱۵
۱- مقرر شد دبیرخانه فهرست پروژه ها را ارسال نماید.`);
    expect(m.date).toBe('1403-08-15');
    expect(m.doubts).toContain('date');
  });

  it('reads a decree titled «تصویبنامه» up to the date of the session that passed it', () => {
    const m = meetingOf(`تصویبنامه درباره ساعت کار ادارات

تصویبنامه مصوب جلسه مورخ ۱۴۰۲/۰۳/۰۵ هیئت وزیران ابلاغ شد.`);
    expect(m.date).toBe('1402-03-05');
  });
});

describe('an attendance table with roles', () => {
  const table = (rows: string) => `# TSC meeting 2024-05-02

## Attendees
| Given Name | Family Name | Role |
|---|---|---|
${rows}

## Decisions
- Release 2.1 is approved.`;

  it('names the one person whose role is secretary, and the one chair', () => {
    const m = meetingOf(
      table('| Nadia | Rahimi | Member, Chair |\n| Tom | Weller | Secretary |\n| Ana | Li | Member |'),
    );
    expect(m.secretary).toBe('Tom Weller');
    expect(m.chair).toBe('Nadia Rahimi');
  });

  it('names no chair where two share the post, and no deputy as the post', () => {
    const m = meetingOf(
      table('| Nadia | Rahimi | Chair |\n| Omid | Sadr | Chair |\n| Tom | Weller | Vice Secretary |'),
    );
    expect(m.chair).toBeNull();
    expect(m.secretary).toBeNull();
  });

  it('reads the same table written in HTML on one line, as wiki exports write it', () => {
    const m = meetingOf(`# 4th May 2025

## Participants

<table><thead><tr><th>Name</th><th>Role</th><th>Attendance</th></tr></thead><tbody><tr><td>Tom Weller</td><td>Secretary</td><td>Yes</td></tr><tr><td>Nadia Rahimi</td><td>Chair</td><td>Yes</td></tr><tr><td>Ana Li</td><td>Vice-Chair</td><td>Yes</td></tr></tbody></table>

## Decisions
- Release 2.1 is approved.`);
    expect([m.chair, m.secretary]).toEqual(['Nadia Rahimi', 'Tom Weller']);
  });

  it('reads a Persian table by «نام» and «سمت»', () => {
    const m = meetingOf(`صورتجلسه شماره ۹ کمیته ورزش
حاضرین:
| نام و نام خانوادگی | سمت |
|---|---|
| علی کرمی | رئیس کمیته |
| سارا نیک | دبیر کمیته |
| رضا امینی | دبیرخانه |
مصوبات:
۱- دبیرخانه برنامه مسابقات را منتشر کند.`);
    expect(m.secretary).toBe('سارا نیک');
    expect(m.chair).toBe('علی کرمی');
  });
});

describe('the day of the week', () => {
  it('is read after «روز» or before a date, fused or labelled', () => {
    expect(meetingOf('جلسه شماره ۴ شورا در روزدوشنبه مورخ ۱۴۰۳/۰۸/۲۱ برگزار شد.').weekday).toBe('دوشنبه');
    expect(meetingOf('صورتجلسه شماره ۴\nروز جلسه: سه‌شنبه\nتاریخ: ۱۴۰۳/۰۸/۲۲').weekday).toBe('سه شنبه');
    expect(meetingOf('Board meeting held on Tuesday, November 12, 2024.').weekday).toBe('Tuesday');
  });

  it('is not a day named for something else', () => {
    const m = meetingOf('صورتجلسه شماره ۴ مورخ ۱۴۰۳/۰۸/۲۱\nمصوبات:\n۱- گزارش تا شنبه آینده ارسال شود.');
    expect(m.weekday).toBeUndefined();
  });

  it('makes the date doubtful when the two disagree', () => {
    const right = meetingOf('جلسه شماره ۴ شورا در روز دوشنبه مورخ ۱۴۰۳/۰۸/۲۱ برگزار شد.');
    expect(right.doubts ?? []).not.toContain('date');
    const wrong = meetingOf('جلسه شماره ۴ شورا در روز جمعه مورخ ۱۴۰۳/۰۸/۲۱ برگزار شد.');
    expect(wrong.date).toBe('1403-08-21');
    expect(wrong.doubts).toContain('date');
  });
});
