// /status variants and /report through the dispatcher, as the chair's chat and a committee chat see them.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Incoming } from '../../src/core/types.js';
import { consoleIncoming } from '../../src/platforms/console.js';
import { chatter } from '../helpers/chat.js';
import type { TestApp } from '../helpers/db.js';
import { pngSize } from './png.js';
import { reportApp } from './scenario.js';

let app: TestApp;
let say: ReturnType<typeof chatter>;
beforeAll(async () => {
  app = await reportApp();
  say = chatter(app);
  await say('chair', '/link chair');
  await say('fava', '/link کمیته فاوا');
});
afterAll(async () => app?.cleanup());

describe('/status', () => {
  it('gives totals, per-committee counts, overdue items oldest first and blocked items with reasons', async () => {
    const out = await say('chair', '/status');
    // «باز» means one thing: the totals say «انجام نشده» for all that is not done, overdue among it; each
    // committee's line has exclusive parts that add up to its shares, blocked among them.
    expect(out).toContain('کل: ۹ · انجام شده: ۱ · انجام نشده: ۸، از آن معوق: ۴');
    expect(out.match(/باز/g)).toHaveLength(5);
    expect(out).toContain('• کمیته فاوا: باز ۱ · در حال انجام ۱ · مانع دارد ۰ · معوق ۳ · انجام شده ۲');
    // An owner no chat is bound to is marked so.
    expect(out).toContain(
      '• سازمان برنامه و بودجه (به کسی یادآوری نمی‌شود): باز ۰ · در حال انجام ۰ · مانع دارد ۰ · معوق ۱ · انجام شده ۰',
    );
    const overdue = out.slice(out.indexOf('== موارد معوق =='), out.indexOf('== موارد دارای مانع =='));
    const order = ['[۴]', '[۲]', '[۵]', '[۹]'].map((n) => overdue.indexOf(n));
    expect(order.every((at) => at > 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(overdue).toContain('کمیته فاوا، کارگروه روش شناسی · ۳۰ روز تأخیر');
    expect(out).toMatch(/== موارد دارای مانع ==\n\[۴\] .*\n {4}کمیته فاوا: منتظر پاسخ ثبت احوال/);
  });

  it('narrows to one committee, counting only its own share', async () => {
    const out = await say('chair', '/status كميته فاوا');
    expect(out).toContain('== وضعیت مصوبات — کمیته فاوا ==');
    expect(out).toContain('کل: ۷ · انجام شده: ۲');
    expect(out).not.toContain('سازمان برنامه و بودجه');
    expect(out).not.toContain('[۵]');
  });

  it('narrows to one meeting, written in Persian or English', async () => {
    const fa = await say('chair', '/status جلسه ۵۶');
    expect(fa).toContain('== وضعیت مصوبات — جلسه ۵۶ ==');
    expect(fa).toContain('کل: ۲ ·');
    expect(fa).not.toContain('[۴]');
    const en = await say('chair', '/status meeting 55', { language: 'en' });
    expect(en).toContain('== Resolution status — meeting 55 ==');
    expect(en).toContain('Total: 7 ·');
    expect(en).toContain('30 day(s) late');
  });

  it('narrows to meetings held in a Jalali range', async () => {
    const out = await say('chair', '/status ۱۴۰۱/۰۸/۰۱-۱۴۰۱/۰۸/۳۰');
    expect(out).toContain('از ۱۴۰۱/۰۸/۰۱ تا ۱۴۰۱/۰۸/۳۰');
    expect(out).toContain('کل: ۲ ·');
  });

  it('says what went wrong: an unknown committee, an impossible date, nothing matching', async () => {
    expect(await say('chair', '/status کمیته ناشناس')).toContain('کمیته‌ها: کمیته فاوا');
    expect(await say('chair', '/status ۱۴۰۱/۱۳/۰۱-۱۴۰۱/۰۹/۳۰')).toContain('تاریخ نامعتبر: ۱۴۰۱/۱۳/۰۱');
    expect(await say('chair', '/status جلسه ۹۹')).toBe('مصوبه‌ای با این مشخصات پیدا نشد.');
  });

  it('keeps a bare number as one item’s full audit trail: who, when, which chat, old → new, note', async () => {
    await say('fava', '/progress ۷ نامه ارسال شد', { user: 'مریم' });
    const out = await say('chair', '/status ۷');
    expect(out).toContain('== سابقه مصوبه ۷ ==');
    expect(out).toContain('ثبت از صورتجلسه برای کمیته فاوا');
    expect(out).toMatch(
      /۱۴[۰-۹]{2}\/[۰-۹]{2}\/[۰-۹]{2} [۰-۹]{2}:[۰-۹]{2} — مریم \(کمیته فاوا\): باز ← در حال انجام — نامه ارسال شد \(از گروه کمیته فاوا\)/u,
    );
    expect(await say('chair', '/status 55/4')).toContain('منتظر پاسخ ثبت احوال (از console:secretariat)');
  });
});

describe('/report', () => {
  const incoming = (chat: string, text: string): Incoming =>
    consoleIncoming({ chat, user: `${chat}-member`, language: 'fa' }, text);

  it('sends the workbook, the chart and the CSV as attachments', async () => {
    const [reply] = await app.dispatcher().handle(incoming('chair', '/report جلسه ۵۵'));
    expect(reply?.blocks[0]).toEqual({ type: 'text', text: 'گزارش مصوبات — جلسه ۵۵' });
    const [xlsx, png, csv] = reply?.attachments ?? [];
    // Named for what it covers, after the date, so another report of the day does not overwrite it.
    expect(xlsx?.name).toBe('peygir-report-1401-09-10-جلسه-55.xlsx');
    expect(xlsx?.mime).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx!.data as never);
    expect(wb.worksheets.map((w) => w.name)).toContain('جلسه ۵۵');
    expect(wb.worksheets.map((w) => w.name)).not.toContain('جلسه ۵۶');
    expect(png?.mime).toBe('image/png');
    expect(pngSize(png!.data).width).toBe(900);
    expect(csv?.name).toBe('peygir-report-1401-09-10-جلسه-55.csv');
    expect(png?.name).toBe('peygir-chart-1401-09-10-جلسه-55.png');
    expect(csv!.data.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv!.data.toString('utf8')).toContain('کمیته فاوا');
  });

  it('is only for the chair’s chat or the secretary', async () => {
    const [reply] = await app.dispatcher().handle(incoming('fava', '/report'));
    expect(reply?.attachments).toBeUndefined();
    expect(reply?.blocks[0]).toMatchObject({ text: expect.stringContaining('گروه رئیس جلسه') });
  });
});
