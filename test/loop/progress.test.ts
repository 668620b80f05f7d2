// /progress N 60%: a percentage kept with the status on the share and in its history, shown in /list, /status
// and the workbook with each committee's average; anything but 0–100 refused, nothing changed.
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { splitPercent } from '../../src/core/percent.js';
import { loadReport } from '../../src/reports/data.js';
import { buildWorkbook } from '../../src/reports/workbook.js';
import { chatter, statuses } from '../helpers/chat.js';
import { freshApp, type Provider, postgresAvailable, type TestApp } from '../helpers/db.js';
import { seed } from '../helpers/seed.js';

const pgUp = await postgresAvailable();

describe('reading a percentage', () => {
  it('takes 60%, ۶۰٪ and «۶۰ درصد» after the numbers, never as an item number', () => {
    expect(splitPercent('3 60%')).toEqual({ tokens: ['3'], rest: '', percent: 60 });
    expect(splitPercent('۳ ۶۰٪ نامه رفت')).toEqual({ tokens: ['۳'], rest: 'نامه رفت', percent: 60 });
    expect(splitPercent('۳ ۵ ۶۰ درصد')).toEqual({ tokens: ['۳', '۵'], rest: '', percent: 60 });
    expect(splitPercent('3 60 percent')).toEqual({ tokens: ['3'], rest: '', percent: 60 });
    expect(splitPercent('3 note 20%')).toEqual({ tokens: ['3'], rest: 'note 20%', percent: null });
    expect(splitPercent('3 150%')).toEqual({ tokens: ['3'], bad: '150' });
    expect(splitPercent('3 12.5%')).toEqual({ tokens: ['3'], bad: '12.5' });
  });
});

describe.each(['sqlite', 'postgresql'] as Provider[])('/progress with a percentage on %s', (provider) => {
  let app: TestApp;
  let say: ReturnType<typeof chatter>;
  beforeEach(async () => {
    if (provider === 'postgresql' && !pgUp) return;
    app = await freshApp(provider);
    await seed(app);
    say = chatter(app);
    await say('fava', '/link کمیته فاوا');
    await say('chair', '/link chair');
  });
  afterEach(async () => app?.cleanup());
  const run = it.skipIf(provider === 'postgresql' && !pgUp);
  const share = async (n: number) => {
    const r = await app.store.getResolution({ kind: 'number', number: n });
    return r!.assignments.find((a) => a.ownerName === 'کمیته فاوا')!;
  };

  run('records the percentage with the status, again as it grows, and shows it everywhere', async () => {
    expect(await say('fava', '/progress 1 ۶۰٪')).toBe('مصوبه ۱ برای کمیته فاوا: در حال انجام، ۶۰٪.');
    expect(await share(1)).toMatchObject({ status: 'in_progress', percent: 60 });
    expect(await say('fava', '/progress 1 ۸۰ درصد نامه ارسال شد')).toBe('مصوبه ۱ برای کمیته فاوا: در حال انجام، ۸۰٪.');
    expect(await share(1)).toMatchObject({ status: 'in_progress', percent: 80, lastNote: 'نامه ارسال شد' });
    // The same percentage again changes nothing.
    expect(await say('fava', '/progress 1 80%')).toContain('همین حالا «در حال انجام» است');

    expect(await say('fava', '/list')).toContain('کمیته فاوا (در حال انجام ۸۰٪)');
    const history = await say('fava', '/status 1');
    expect(history).toContain('باز ← در حال انجام (پیشرفت ۶۰٪)');
    expect(history).toContain('پیشرفت ۸۰٪ — نامه ارسال شد');
    // Item 1 at 80, item 2 with nothing reported (0), items 3 and 4 not reported, done 6 counts 100.
    await say('fava', '/done 6');
    const overview = await say('chair', '/status');
    expect(overview).toMatch(/کمیته فاوا: .*میانگین پیشرفت ۳۰٪/);
  });

  run('a percentage over 100 or not a whole number is refused by name and changes nothing', async () => {
    const before = await app.db.prisma.statusEvent.count();
    expect(await say('fava', '/progress 1 150%')).toBe(
      '«۱۵۰» درصد پیشرفت درستی نیست: عددی از ۰ تا ۱۰۰ بنویسید، مثلاً /progress ۳ ۶۰٪ — چیزی تغییر نکرد.',
    );
    expect(await say('fava', '/progress 1 ۱۲٫۵٪')).toContain('درصد پیشرفت درستی نیست');
    expect(await app.db.prisma.statusEvent.count()).toBe(before);
    expect((await statuses(app, 1))['کمیته فاوا']).toBe('open');
  });

  run('the workbook carries each share’s percentage and each committee’s average', async () => {
    await say('fava', '/progress 1 40%');
    await say('fava', '/done 2');
    const { rows } = await loadReport(app.store, {}, '2022-11-01');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await buildWorkbook(rows, { lang: 'fa', today: '2022-11-01', timeZone: 'Asia/Tehran' })) as never,
    );
    const all = wb.worksheets[0]!;
    const header = all.getRow(1).values as unknown[];
    const col = header.indexOf('درصد پیشرفت');
    expect(col).toBeGreaterThan(0);
    const byNumber = new Map<number, unknown>();
    all.eachRow((row, i) => {
      if (i > 1) byNumber.set(Number(row.getCell(header.indexOf('شماره')).value), row.getCell(col).value);
    });
    expect(byNumber.get(1)).toBe(40);
    expect(byNumber.get(2)).toBe(100);
    const summary = wb.worksheets[1]!;
    const sHeader = summary.getRow(1).values as unknown[];
    const avg = sHeader.indexOf('میانگین درصد پیشرفت');
    let fava: unknown;
    summary.eachRow((row) => {
      if (row.getCell(1).value === 'کمیته فاوا') fava = row.getCell(avg).value;
    });
    // Items 1 (40), 2 (100), 3, 4, 6 and 7 (0 each; 6 and 7 through the alias فاوا): 140 / 6 ≈ 23%.
    expect(fava).toBeCloseTo(0.23, 2);
    expect(String(wb.worksheets.find((w) => w.name.includes('فاوا'))?.getCell('A2').value)).toContain(
      'میانگین پیشرفت ۲۳٪',
    );
  });
});

describe('the workbook says who acknowledged each share', () => {
  let app: TestApp | undefined;
  afterEach(async () => app?.cleanup());
  it('names who saw it and when, and which owners have not', async () => {
    app = await freshApp('sqlite');
    await seed(app);
    const say = chatter(app);
    await say('fava', '/link کمیته فاوا');
    await say('fava', '/seen 3', { user: 'maryam' });
    const { rows } = await loadReport(app.store, {}, '2022-11-01');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await buildWorkbook(rows, { lang: 'fa', today: '2022-11-01', timeZone: 'Asia/Tehran' })) as never,
    );
    const all = wb.worksheets[0]!;
    const header = all.getRow(1).values as unknown[];
    let three = '';
    all.eachRow((row) => {
      if (row.getCell(header.indexOf('شماره')).value === 3)
        three = String(row.getCell(header.indexOf('رویت ابلاغ')).value);
    });
    expect(three).toMatch(/^کمیته فاوا: رویت شد — maryam، /);
    expect(three).toContain('کمیته تامین داده: هنوز رویت نشده');
  });
});
