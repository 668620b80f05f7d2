// The workbook opened with exceljs (sheets, cells, right-to-left, Jalali text and real dates) and the CSV
// read back (BOM, quoting, Persian text intact).
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCsv, csvField } from '../../src/reports/csv.js';
import { loadReport, type ReportRow } from '../../src/reports/data.js';
import { buildWorkbook } from '../../src/reports/workbook.js';
import { parseCsv } from '../helpers/csv.js';
import type { TestApp } from '../helpers/db.js';
import { reportApp, TODAY } from './scenario.js';

let app: TestApp;
let rows: ReportRow[];
const timeZone = 'Asia/Tehran';
beforeAll(async () => {
  app = await reportApp();
  ({ rows } = await loadReport(app.store, {}, TODAY));
});
afterAll(async () => app?.cleanup());

async function open(lang: 'fa' | 'en' = 'fa') {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await buildWorkbook(rows, { lang, timeZone, today: TODAY })) as never);
  return wb;
}

const rowOf = (ws: ExcelJS.Worksheet, column: number, value: unknown) => {
  let found: ExcelJS.Row | undefined;
  ws.eachRow((r) => {
    if (r.getCell(column).value === value) found = r;
  });
  return found!;
};

describe('workbook', () => {
  it('has all resolutions, a summary, one sheet per meeting and one per committee, all right to left', async () => {
    const wb = await open();
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'همه مصوبات',
      'خلاصه متولیان',
      'جلسه ۵۵',
      'جلسه ۵۶',
      'کمیته فاوا',
      'دبیرخانه',
      'کارگروه روش شناسی',
      'کمیته تامین داده',
      'سازمان برنامه و بودجه',
    ]);
    for (const ws of wb.worksheets) expect(ws.views[0]).toMatchObject({ rightToLeft: true, state: 'frozen' });
    expect((await open('en')).worksheets[0]!.views[0]?.rightToLeft).toBe(false);
  });

  it('fills the all-resolutions sheet with Jalali text dates, real date cells and the last note', async () => {
    const ws = (await open()).getWorksheet('همه مصوبات')!;
    const header = ws.getRow(1).values as unknown[];
    expect(header.slice(1)).toEqual([
      'جلسه',
      'شماره',
      'ردیف',
      'متن مصوبه',
      'متولیان',
      'وضعیت هر متولی',
      'وضعیت',
      'مهلت (شمسی)',
      'مهلت (میلادی)',
      'روز تأخیر',
      'آخرین به‌روزرسانی',
      'آخرین یادداشت',
      'درصد پیشرفت',
      'تعداد تمدید',
      'توضیحات و مستندات',
      'رویت ابلاغ',
    ]);
    expect(ws.getRow(1).getCell(1).font?.bold).toBe(true);
    expect(ws.getColumn(4).width).toBe(60);
    expect(ws.rowCount).toBe(10);
    const r = rowOf(ws, 2, 4);
    expect(r.getCell(1).value).toBe('55');
    expect(r.getCell(4).value).toBe('مقرر شد پوشش داده ثبت احوال پیگیری شود.');
    expect(r.getCell(5).value).toBe('کمیته فاوا، کارگروه روش شناسی');
    expect(r.getCell(6).value).toBe('کمیته فاوا: مانع دارد\nکارگروه روش شناسی: باز');
    expect(r.getCell(7).value).toBe('مانع دارد');
    expect(r.getCell(8).value).toBe('۱۴۰۱/۰۸/۱۰');
    const due = r.getCell(9).value as Date;
    expect(due).toBeInstanceOf(Date);
    expect(due.toISOString().slice(0, 10)).toBe('2022-11-01');
    expect(r.getCell(9).numFmt).toBe('yyyy-mm-dd');
    expect(r.getCell(10).value).toBe(30);
    expect(r.getCell(11).value).toMatch(/^[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2} [۰-۹]{2}:[۰-۹]{2}$/);
    expect(r.getCell(12).value).toBe('منتظر پاسخ ثبت احوال');
    const open7 = rowOf(ws, 2, 7);
    expect(open7.getCell(9).value).toBeNull();
    expect(open7.getCell(10).value).toBeNull();
  });

  it('summarises each committee and lists its own share on its sheet', async () => {
    const wb = await open();
    const summary = wb.getWorksheet('خلاصه متولیان')!;
    expect((summary.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['متولی', 'کل', 'انجام شده']);
    const fava = rowOf(summary, 1, 'کمیته فاوا');
    // Exclusive parts that add up: item 4 is blocked but late, so it counts as overdue only.
    expect((fava.values as unknown[]).slice(1, 8)).toEqual(['کمیته فاوا', 7, 2, 1, 1, 0, 3]);
    expect(fava.getCell(8).value).toBeCloseTo(2 / 7);
    const ws = wb.getWorksheet('کمیته فاوا')!;
    expect(ws.getCell('A1').value).toBe('کمیته فاوا');
    expect(ws.getRow(4).getCell(1).value).toBe('شماره');
    expect(rowOf(ws, 1, 4).getCell(4).value).toBe('مانع دارد');
    expect(rowOf(ws, 1, 3).getCell(4).value).toBe('انجام شد');
    const meeting56 = wb.getWorksheet('جلسه ۵۶')!;
    expect(meeting56.rowCount).toBe(3);
  });
});

describe('csv', () => {
  it('starts with a BOM and round-trips Persian text, quotes, commas and line breaks', () => {
    const bytes = buildCsv(rows, { lang: 'fa', timeZone });
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('"مقرر شد برآورد هزینه سرشماری ثبتی (نسخه ""1.2"", به ریال) ارائه شود."');
    const table = parseCsv(bytes.toString('utf8').slice(1));
    expect(table).toHaveLength(10);
    expect(table[0]![3]).toBe('متن مصوبه');
    const nine = table.find((r) => r[1] === '9')!;
    expect(nine[3]).toBe('مقرر شد برآورد هزینه سرشماری ثبتی (نسخه "1.2", به ریال) ارائه شود.');
    const four = table.find((r) => r[1] === '4')!;
    expect(four.slice(4, 10)).toEqual([
      'کمیته فاوا، کارگروه روش شناسی',
      'کمیته فاوا: مانع دارد\nکارگروه روش شناسی: باز',
      'مانع دارد',
      '۱۴۰۱/۰۸/۱۰',
      '2022-11-01',
      '30',
    ]);
    expect(table.every((r) => r.length === 16)).toBe(true);
  });

  it('says «جلسه بعدی» in the deadline column, which already says «مهلت»', () => {
    const due = rows.map((r) =>
      r.res.publicNumber === 4 ? { ...r, res: { ...r.res, dueDate: null, dueAtNextMeeting: true } } : r,
    );
    const four = parseCsv(buildCsv(due, { lang: 'fa', timeZone }).toString('utf8').slice(1)).find((r) => r[1] === '4')!;
    expect(four[7]).toBe('جلسه بعدی');
  });

  it('writes text a spreadsheet would run as a formula as text, numbers and dates as they are', () => {
    expect(['=1+1', '+1', '-2+3', '@SUM(A1)', '\tx', 'a=b'].map(csvField)).toEqual([
      "'=1+1",
      "'+1",
      "'-2+3",
      "'@SUM(A1)",
      "'\tx",
      'a=b',
    ]);
    expect(csvField('=HYPERLINK("http://x", "y")')).toBe(`"'=HYPERLINK(""http://x"", ""y"")"`);
    expect(csvField(-3)).toBe('-3');
    expect(csvField(new Date('2022-11-01T00:00:00Z'))).toBe('2022-11-01');
  });
});
