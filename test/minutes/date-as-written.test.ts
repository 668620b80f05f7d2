// The meeting's date as the minutes spell it (`date_as_written`), beside the date read: digits as written, a
// two-digit year as it stands, a title block's two spellings, and a day with no year, which the register cannot
// hold as a date but the preview shows.
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/core/i18n.js';
import { parseMinutesText } from '../../src/minutes/index.js';
import { previewBlocks } from '../../src/minutes/preview.js';

const meeting = (text: string) => parseMinutesText(text).meeting;

describe('the date as written', () => {
  it('keeps a two-digit year and Persian digits as they stand', () => {
    const m = meeting(`صورتجلسه شماره ۱۲ کمیته بودجه
جلسه کمیته بودجه در تاریخ ۸۶/۳/۸ در محل فرمانداری برگزار شد.
مصوبات:
۱- مقرر شد اداره دارایی گزارش هزینه‌ها را ارائه کند.`);
    expect(m.date).toBe('1386-03-08');
    expect(m.date_as_written).toBe('۸۶/۳/۸');
  });

  it('cuts a date in words from its sentence, with its year', () => {
    const m = meeting(`نشست چهارم هیئت امنا روز دوشنبه ۵ آبان ۱۴۰۲ با حضور اعضا تشکیل شد.
۱- مقرر گردید دبیرخانه صورت هزینه‌ها را تهیه نماید.`);
    expect(m.date).toBe('1402-08-05');
    expect(m.date_as_written).toBe('۵ آبان ۱۴۰۲');
  });

  it('reads an English labelled date', () => {
    const m = meeting(`Finance Committee
- Meeting Date: March 3, 2025
## Action items
- Priya to circulate the draft budget by March 10, 2025`);
    expect(m.date).toBe('2025-03-03');
    expect(m.date_as_written).toBe('March 3, 2025');
  });

  it('gives both spellings of a title block, in order, brackets and all', () => {
    const m = meeting(`---
description: March 3, 2025
---

# (3/3/25) Meeting Minutes

## Action items
- Priya to circulate the draft budget`);
    expect(m.date).toBe('2025-03-03');
    expect(m.date_as_written).toBe('March 3, 2025 / (3/3/25)');
  });

  it('does not add the same day spelt again further down (near miss)', () => {
    const m = meeting(`تصمیمات جلسه مورخ 1402/05/01 کارگروه آب

استانداری - فرمانداری

کارگروه در جلسه 1/5/1402 به پیشنهاد دبیرخانه موارد زیر را تصویب کرد:
۱- مقرر شد شرکت آب منطقه‌ای گزارش منابع را ارائه نماید.`);
    expect(m.date).toBe('1402-05-01');
    expect(m.date_as_written).toBe('1402/05/01');
  });

  it('keeps a day with no year where a meeting was held on it, with no date', () => {
    const m = meeting(`ستاد هفته پژوهش
در تاریخ ۱۲ مهر ماه با حضور معاونان، جلسه‌ای در دفتر ریاست برگزار شد.
۱- مقرر شد معاونت پژوهشی برنامه هفته را تدوین کند.`);
    expect(m.date).toBeNull();
    expect(m.date_as_written).toBe('۱۲ مهر ماه');
  });

  it('does not take a day with no year from a sentence that holds no meeting (near miss)', () => {
    const m = meeting(`ستاد هفته پژوهش
در تاریخ ۱۲ مهر ماه نامه‌ای به معاونت پژوهشی ارسال شد.
۱- مقرر شد معاونت پژوهشی برنامه هفته را تدوین کند.`);
    expect(m.date).toBeNull();
    expect(m.date_as_written).toBeUndefined();
  });

  it('is absent where the minutes give no date', () => {
    expect(meeting(`Notes\n## Action items\n- Priya to circulate the draft budget`).date_as_written).toBeUndefined();
  });
});

describe('the preview', () => {
  const firstLine = (text: string, lang: 'fa' | 'en') => {
    const blocks = previewBlocks(parseMinutesText(text), null, lang);
    return JSON.stringify(blocks).split('\\n')[0]!;
  };

  it('shows the spelling beside the date read where they differ', () => {
    const line = firstLine(
      `جلسه شماره ۱۲ کمیته بودجه در تاریخ ۸۶/۳/۸ برگزار شد.\n۱- مقرر شد اداره دارایی گزارش را ارائه کند.`,
      'fa',
    );
    expect(line).toContain(MESSAGES.fa.imp.asWritten('۸۶/۳/۸'));
  });

  it('does not repeat a date written as the preview writes it', () => {
    const line = firstLine(
      `جلسه شماره ۱۲ کمیته بودجه در تاریخ ۱۳۸۶/۰۳/۰۸ برگزار شد.\n۱- مقرر شد اداره دارایی گزارش را ارائه کند.`,
      'fa',
    );
    expect(line).toContain('۱۳۸۶/۰۳/۰۸');
    expect(line).not.toContain(MESSAGES.fa.imp.asWritten('۱۳۸۶/۰۳/۰۸'));
  });
});

describe('a meeting number before the date in an English title', () => {
  it('reads «#15 April 25, 2018» as the 25th, the number no day of April', () => {
    const { meeting } = parseMinutesText(
      '# Harbour Trust Meeting #15 April 25, 2018\n\n## Actions\n\n- Lena to file the permit.\n',
    );
    expect([meeting.number, meeting.date, meeting.date_as_written]).toEqual(['15', '2018-04-25', 'April 25, 2018']);
  });

  it('still reads a day before its month', () => {
    const { meeting } = parseMinutesText(
      '# Harbour Trust Meeting 15 April 2018\n\n## Actions\n\n- Lena to file the permit.\n',
    );
    expect([meeting.date, meeting.date_as_written]).toEqual(['2018-04-15', '15 April 2018']);
  });
});
