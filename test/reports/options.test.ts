// The narrowing words of /status and /report.
import { describe, expect, it } from 'vitest';
import { parseReportOptions } from '../../src/reports/options.js';

describe('parseReportOptions', () => {
  it('reads a meeting in Persian or English words and digits', () => {
    expect(parseReportOptions('جلسه ۵۵')).toEqual({ meeting: '55' });
    expect(parseReportOptions('meeting 55')).toEqual({ meeting: '55' });
    expect(parseReportOptions('جلسه شماره ٥٦')).toEqual({ meeting: '56' });
  });

  it('reads a Jalali range, in either order, with or without «از … تا»', () => {
    const range = { from: '2022-09-23', to: '2022-12-21' };
    expect(parseReportOptions('۱۴۰۱/۰۷/۰۱-۱۴۰۱/۰۹/۳۰')).toEqual(range);
    expect(parseReportOptions('از ۱۴۰۱/۰۷/۰۱ تا ۱۴۰۱/۰۹/۳۰')).toEqual(range);
    expect(parseReportOptions('1401/09/30 - 1401/07/01')).toEqual(range);
    expect(parseReportOptions('۱۴۰۱/۰۷/۳۱-۱۴۰۱/۰۹/۳۰')).toEqual({ badDate: '1401/07/31' });
  });

  it('leaves the rest as a committee name', () => {
    expect(parseReportOptions('کمیته فاوا جلسه ۵۵ ۱۴۰۱/۰۷/۰۱-۱۴۰۱/۰۹/۳۰')).toEqual({
      committee: 'کمیته فاوا',
      meeting: '55',
      from: '2022-09-23',
      to: '2022-12-21',
    });
    expect(parseReportOptions('  ')).toEqual({});
  });
});
