// The reports page and its downloads through request injection: the register's filters carried over, the
// totals, the workbook and CSV read back (their rows are the filter's), the chart a PNG, names that survive a
// browser, English through the desk's switch, refusals without a session or with a filter that cannot be read.
import ExcelJS from 'exceljs';
import { afterEach, describe, expect, it } from 'vitest';
import { civilDate, formatJalali } from '../../src/core/calendar.js';
import { MESSAGES } from '../../src/core/i18n.js';
import { fileDate } from '../../src/reports/data.js';
import { chatter } from '../helpers/chat.js';
import { parseCsv } from '../helpers/csv.js';
import { openDocx, paragraphs, tableRows } from '../helpers/docx.js';
import { type Desk, startDesk } from './harness.js';

const fa = MESSAGES.fa;
const en = MESSAGES.en;
let desk: Desk;
afterEach(() => desk?.app.cleanup());

const FAVA = encodeURIComponent('فاوا');
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const bytes = async (res: Response) => Buffer.from(await res.arrayBuffer());
const today = () => civilDate(new Date(), 'Asia/Tehran');

/** The public numbers in the workbook's first sheet (all resolutions), in order. */
async function workbookNumbers(data: Buffer): Promise<{ numbers: number[]; owners: string[]; wb: ExcelJS.Workbook }> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as never);
  const ws = wb.worksheets[0]!;
  const numbers: number[] = [];
  const owners: string[] = [];
  ws.eachRow((row, i) => {
    if (i === 1) return;
    numbers.push(row.getCell(2).value as number);
    owners.push(String(row.getCell(5).value));
  });
  return { numbers, owners, wb };
}

/** Some shares in known states: fava done on 1 and blocked on 2. */
async function someProgress(d: Desk) {
  const say = chatter(d.app);
  await say('fava', '/link کمیته فاوا');
  await say('fava', '/done 1');
  await say('fava', '/blocked 2 منتظر پاسخ');
}

describe('reports at the desk', () => {
  it('the register links to the report of its own filters, without the page', async () => {
    desk = await startDesk();
    await desk.signIn();
    const html = await (await desk.get(`/desk?owner=${FAVA}&status=open&page=1`)).text();
    expect(html).toContain(`href="/desk/reports?owner=${FAVA}&amp;status=open"`);
    expect(html).toContain(`href="/desk/reports/report.xlsx?owner=${FAVA}&amp;status=open"`);
    expect(html).toContain(`href="/desk/reports/report.csv?owner=${FAVA}&amp;status=open"`);
    expect(html).toContain(`href="/desk/reports/chart.png?owner=${FAVA}&amp;status=open"`);
    expect(html).toContain(fa.deskReports.link);
  });

  it('shows the scope in words and the register’s totals for it, with the downloads', async () => {
    desk = await startDesk();
    await desk.signIn();
    await someProgress(desk);
    const register = await (await desk.get(`/desk?owner=${FAVA}`)).text();
    const res = await desk.get(`/desk/reports?owner=${FAVA}`);
    expect(res.status).toBe(200);
    const html = await res.text();
    // Fava holds 1, 2, 3, 4, 6 and 7 and has done 1: the same line as the register's.
    expect(html).toContain(fa.statusTotals(6, 1, 5, 0));
    expect(register).toContain(fa.statusTotals(6, 1, 5, 0));
    expect(html).toContain(fa.deskReports.ownerScope('کمیته فاوا'));
    expect(html).toContain(`href="/desk/reports/report.xlsx?owner=${FAVA}"`);
    expect(html).toContain(`<img src="/desk/reports/chart.png?owner=${FAVA}"`);
    expect(html).toContain(`href="/desk/reports/followup.docx?owner=${FAVA}" download>${fa.deskReports.followup}</a>`);
    expect(html).toContain(`href="/desk?owner=${FAVA}"`);
    // Scripts only from the desk's own files, never inline; no inline style.
    expect(html).not.toMatch(/<script(?! src="\/desk\/static\/[\w.-]+\.js" defer><\/script>)|style="/);
    const none = await (await desk.get('/desk/reports?meeting=56')).text();
    expect(none).toContain(fa.deskReports.nothing);
    expect(none).not.toContain('report.xlsx');
  });

  it('the workbook holds exactly the filtered resolutions, narrowed to the owner filtered on', async () => {
    desk = await startDesk();
    await desk.signIn();
    await someProgress(desk);
    const res = await desk.get(`/desk/reports/report.xlsx?owner=${FAVA}&sort=number&desc=1`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const stamp = fileDate(today());
    const disposition = res.headers.get('content-disposition')!;
    expect(disposition).toBe(
      `attachment; filename="peygir-report-${stamp}.xlsx"; filename*=UTF-8''${encodeURIComponent(`گزارش-مصوبات-${stamp}.xlsx`)}`,
    );
    const { numbers, owners, wb } = await workbookNumbers(await bytes(res));
    // The register's order (descending here) and its selection; each row speaks of fava's share alone.
    expect(numbers).toEqual([7, 6, 4, 3, 2, 1]);
    expect(new Set(owners)).toEqual(new Set(['کمیته فاوا']));
    expect(wb.worksheets[0]!.views[0]).toMatchObject({ rightToLeft: true });
    const summary = wb.worksheets[1]!;
    expect(summary.getRow(2).getCell(1).value).toBe('کمیته فاوا');
    expect(summary.getRow(2).getCell(3).value).toBe(1);

    const blocked = await workbookNumbers(await bytes(await desk.get('/desk/reports/report.xlsx?blocked=1')));
    expect(blocked.numbers).toEqual([2]);
    // Without an owner filter every owner of the item stays.
    const three = await workbookNumbers(
      await bytes(await desk.get(`/desk/reports/report.xlsx?q=${encodeURIComponent('ریزداده')}`)),
    );
    expect(three.numbers).toEqual([3]);
    expect(three.owners[0]).toBe('کمیته فاوا، کمیته تامین داده، دبیرخانه');
  });

  it('the follow-up report (.docx): its name and type, the council and the scope on top, the filter’s items', async () => {
    desk = await startDesk();
    await desk.signIn();
    await someProgress(desk);
    const res = await desk.get(`/desk/reports/followup.docx?owner=${FAVA}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    const stamp = fileDate(today());
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="peygir-followup-${stamp}.docx"; filename*=UTF-8''${encodeURIComponent(`گزارش-پیگیری-مصوبات-${stamp}.docx`)}`,
    );
    const doc = await openDocx(await bytes(res));
    const header = paragraphs(doc.part('word/header1.xml'));
    expect(header[0]).toBe(desk.app.config.COUNCIL_NAME);
    expect(header).toContain(`تاریخ گزارش: ${formatJalali(today())}`);
    const body = doc.part('word/document.xml');
    expect(paragraphs(body)).toContain(fa.deskReports.ownerScope('کمیته فاوا'));
    const rows = tableRows(body).slice(1);
    // Fava's items only, each narrowed to fava's share: one line per item, fava's status in it.
    expect(rows.map((r) => r[0]!.lines[0])).toEqual(['۱', '۲', '۳', '۴', '۶', '۷']);
    expect(new Set(rows.map((r) => r[2]!.lines[0]))).toEqual(new Set(['کمیته فاوا']));
    expect(rows.map((r) => r[4]!.lines[0]).slice(0, 2)).toEqual([fa.status.done, fa.status.blocked]);
    expect(rows[1]![6]!.lines[0]).toBe('منتظر پاسخ');
  });

  it('the CSV: a BOM, RFC 4180, the filter’s rows, and formulas written as text', async () => {
    desk = await startDesk();
    await desk.signIn();
    await desk.app.store.prisma.resolution.updateMany({
      where: { publicNumber: 2 },
      data: { text: '=HYPERLINK("http://evil.example","کلیک")، و دیگر' },
    });
    const res = await desk.get(`/desk/reports/report.csv?owner=${FAVA}&meeting=${encodeURIComponent('۵۵')}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent(`گزارش-مصوبات-${fileDate(today())}.csv`)}`,
    );
    const data = await bytes(res);
    expect([...data.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const table = parseCsv(data.toString('utf8').slice(1));
    expect(table[0]![1]).toBe('شماره');
    expect(table.slice(1).map((r) => Number(r[1]))).toEqual([1, 2, 3, 4, 6, 7]);
    expect(table.every((r) => r.length === table[0]!.length)).toBe(true);
    expect(table.find((r) => r[1] === '2')![3]).toBe(`'=HYPERLINK("http://evil.example","کلیک")، و دیگر`);
  });

  it('the chart is a PNG of the filter’s committees', async () => {
    desk = await startDesk();
    await desk.signIn();
    const res = await desk.get(`/desk/reports/chart.png?owner=${FAVA}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent(`نمودار-پیشرفت-${fileDate(today())}.png`)}`,
    );
    const png = await bytes(res);
    expect([...png.subarray(0, 8)]).toEqual(PNG);
    // One committee's row is shorter than the whole council's seven.
    const all = await bytes(await desk.get('/desk/reports/chart.png'));
    expect(png.readUInt32BE(20)).toBeLessThan(all.readUInt32BE(20));
  });

  it('in English through the desk’s switch: the page, the workbook’s words and the file names', async () => {
    desk = await startDesk();
    await desk.signIn();
    const res = await desk.post('/desk/lang', { _csrf: await desk.csrf(), to: 'en', back: '/desk/reports' });
    desk.cookie += `; ${res.headers.get('set-cookie')!.split(';')[0]}`;
    const html = await (await desk.get('/desk/reports')).text();
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain(en.deskReports.everything);
    expect(html).toContain(en.statusTotals(7, 0, 7, 0));
    const xlsx = await desk.get('/desk/reports/report.xlsx');
    expect(xlsx.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''peygir-report-${fileDate(today())}.xlsx`,
    );
    const { wb, numbers } = await workbookNumbers(await bytes(xlsx));
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(wb.worksheets[0]!.getRow(1).getCell(2).value).toBe('No.');
  });

  it('answers nothing without a session, and a filter that cannot be read with its message', async () => {
    desk = await startDesk();
    for (const path of [
      '/desk/reports',
      '/desk/reports/report.xlsx',
      '/desk/reports/report.csv',
      '/desk/reports/chart.png',
      '/desk/reports/followup.docx',
    ]) {
      const res = await desk.get(path);
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(res.headers.get('content-disposition')).toBeNull();
    }
    await desk.signIn();
    const bad = await desk.get('/desk/reports?from=1401/13/40');
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain(fa.desk.badDate('1401/13/40'));
    const file = await desk.get(`/desk/reports/report.csv?owner=${encodeURIComponent('کمیته مریخ')}`);
    expect(file.status).toBe(400);
    expect(file.headers.get('content-disposition')).toBeNull();
    expect(await file.text()).toContain(fa.desk.unknownOwner('کمیته مریخ'));
  });
});
