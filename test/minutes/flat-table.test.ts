// A resolutions table copied from a web page or a Word file with one cell to a line: the heading cells under
// «ردیف», then each row as its number and its cells. Near misses: headings that name no text column, rows that
// do not run on from 1, and a cell wrapped on two lines, which are not read as cells.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const items = (text: string) =>
  parseMinutesText(text).resolutions.map((r) => ({
    n: r.number,
    text: r.text,
    owners: r.owners,
    deadline: r.deadline,
  }));

describe('a table copied one cell to a line', () => {
  it('reads each row’s text, owner and deadline by the headings above', () => {
    expect(
      items(`صورتجلسه شورای معاونین
مصوبات:
ردیف
شرح مصوبه
مسئول اجرا
مهلت انجام
1
بازنگری آیین نامه خوابگاه ها
مدیریت امور دانشجویی
تا پایان آبان

2
تهیه گزارش جذب اعتبارات
معاونت توسعه
ظرف دو هفته`),
    ).toEqual([
      { n: 1, text: 'بازنگری آیین نامه خوابگاه ها', owners: ['مدیریت امور دانشجویی'], deadline: 'تا پایان آبان' },
      { n: 2, text: 'تهیه گزارش جذب اعتبارات', owners: ['معاونت توسعه'], deadline: 'ظرف دو هفته' },
    ]);
  });

  it('reads it without a resolutions heading, with a column it does not need', () => {
    expect(
      items(`ردیف
موضوع
پیگیری کننده
وضعیت
1
ساماندهی بایگانی اسناد
دبیرخانه
در حال انجام`),
    ).toEqual([{ n: 1, text: 'ساماندهی بایگانی اسناد', owners: ['دبیرخانه'], deadline: null }]);
  });

  it('does not read an attendance list or rows that do not run on as a table', () => {
    const attendance = items(`مصوبات:
ردیف
نام و نام خانوادگی
سمت
1
علی رضایی
مقرر شد دبیرخانه صورتجلسه را ارسال نماید.`);
    expect(attendance.some((r) => r.owners.includes('علی رضایی'))).toBe(false);
    const unnumbered = items(`مصوبات:
ردیف
شرح مصوبه
مسئول اجرا
الف
مقرر شد دبیرخانه صورتجلسه را ارسال نماید.
دبیرخانه`);
    expect(unnumbered.map((r) => r.text)).toContain('مقرر شد دبیرخانه صورتجلسه را ارسال نماید.');
  });

  it('stops where a cell is wrapped on two lines, rather than shifting the columns', () => {
    const found = items(`مصوبات:
ردیف
شرح مصوبه
مسئول اجرا
1
تهیه برنامه
معاونت آموزشی
2
برگزاری کارگاه آموزشی
برای کارکنان
واحد آموزش`);
    expect(found[0]).toEqual({ n: 1, text: 'تهیه برنامه', owners: ['معاونت آموزشی'], deadline: null });
    expect(found.some((r) => r.owners.includes('برای کارکنان'))).toBe(false);
  });
});
