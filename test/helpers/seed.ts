// The council's 55th session as parsed minutes, written out by hand so tests of the data layer and the
// chat platforms do not depend on the parser.
import type { App } from '../../src/app.js';
import { importMinutes } from '../../src/db/import.js';
import type { ParsedMinutes, ParsedResolution } from '../../src/minutes/types.js';

const item = (number: number, text: string, owners: string[], dueDate: string | null = null): ParsedResolution => ({
  number,
  text,
  owners,
  deadline: dueDate,
  dueDate,
});

export function seedMinutes(overrides: Partial<Record<number, Partial<ParsedResolution>>> = {}): ParsedMinutes {
  const resolutions = [
    item(1, 'مقرر شد نکاتی که کارگروه پردازش مدنظر دارد در دستوالعمل وارد شود.', ['کمیته فاوا']),
    item(2, 'مقرر شد رونوشت مکاتبات با ثبت احوال به کارگروه تعامل‌پذیری دولت ارسال شود.', ['کمیته فاوا']),
    item(3, 'مقرر شد کمیته تامین داده ریزداده را دریافت و کمیته فاوا سرویس را ایجاد کند.', [
      'کمیته فاوا',
      'کمیته تامین داده',
      'دبیرخانه',
    ]),
    item(4, 'مقرر شد پوشش داده ثبت احوال پیگیری شود.', ['کمیته فاوا', 'کارگروه روش شناسی']),
    item(5, 'خانم جعفری بحث تخصیص بودجه را اقدام کند.', ['سازمان برنامه و بودجه']),
    item(6, 'فاوا بسته کامل ذخیره‌سازی و پردازش را تهیه کند.', ['فاوا', 'کارگروه روش شناسی']),
    item(7, 'برای مستندسازی فرآیندها سیستمی تهیه گردد.', ['فاوا']),
  ].map((r) => ({ ...r, ...overrides[r.number] }));
  return {
    meeting: {
      number: '55',
      date: '1401-07-25',
      calendar: 'jalali',
      gregorianDate: '2022-10-17',
      chair: 'جواد حسین زاده',
      secretary: 'سعید عباسی',
      startTime: '08:30',
      endTime: '10:45',
    },
    resolutions,
    warnings: [],
  };
}

export async function seed(app: App, minutes: ParsedMinutes = seedMinutes()) {
  return importMinutes(
    app.db.prisma,
    app.councilId,
    minutes,
    { text: JSON.stringify(minutes), name: 'seed' },
    { platform: 'console', userId: 'test', name: 'test' },
  );
}
