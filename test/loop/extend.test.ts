// /extend 3 date reason from an owner's chat, answered by the chair (/approve, /decline or the buttons): the
// request waits in the item's history, the chair's chat hears it, approval moves the deadline through the
// item's log (the earlier deadline kept), the owner's chat hears the answer; bad input changes nothing.
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportCli } from '../../src/cli/export.js';
import { consoleIncoming } from '../../src/platforms/console.js';
import { renderPlain } from '../../src/platforms/plain.js';
import { loadReport } from '../../src/reports/data.js';
import { buildWorkbook } from '../../src/reports/workbook.js';
import { chatter } from '../helpers/chat.js';
import { freshApp, type Provider, postgresAvailable, type TestApp } from '../helpers/db.js';
import { seed, seedMinutes } from '../helpers/seed.js';
import { RecordingNotifier, type Sent } from '../reminders/harness.js';

const pgUp = await postgresAvailable();

describe.each(['sqlite', 'postgresql'] as Provider[])('/extend, /approve and /decline on %s', (provider) => {
  let app: TestApp;
  let say: ReturnType<typeof chatter>;
  let sent: Sent[];
  const press = async (chat: string, action: 'approve' | 'decline', value: string, user = `${chat}-member`) => {
    const incoming = { ...consoleIncoming({ chat, user, language: 'fa' }, ''), text: '', isAdmin: async () => true };
    const replies = await app.dispatcher('peygir_bot').handle({ ...incoming, action: { action, value } });
    return replies.map((r) => renderPlain(r, 'fa')).join('\n');
  };
  beforeEach(async () => {
    if (provider === 'postgresql' && !pgUp) return;
    app = await freshApp(provider);
    // Item 1 is due 1401/08/19 (2022-11-10).
    await seed(app, seedMinutes({ 1: { dueDate: '2022-11-10', deadline: '1401/08/19' } }));
    say = chatter(app);
    sent = [];
    app.outbox.register(new RecordingNotifier('o', sent));
    await say('fava', '/link کمیته فاوا');
    await say('data', '/link کمیته تامین داده');
    await say('chair', '/link chair');
  });
  afterEach(async () => app?.cleanup());
  const run = it.skipIf(provider === 'postgresql' && !pgUp);
  const counts = async () => ({
    requests: await app.db.prisma.chairRequest.count(),
    events: await app.db.prisma.statusEvent.count(),
    log: await app.db.prisma.resolutionEvent.count(),
    due: (await app.store.getResolution({ kind: 'number', number: 1 }))!.dueDate,
  });

  run('asks the chair, who approves: the deadline moves, the earlier one kept, the owner told', async () => {
    expect(await say('fava', '/extend 1 ۱۴۰۱/۰۹/۱۰ منتظر پاسخ ثبت احوال')).toBe(
      'درخواست تمدید مصوبه ۱ تا ۱۴۰۱/۰۹/۱۰ برای رئیس جلسه فرستاده شد.',
    );
    expect(sent).toHaveLength(1);
    expect(sent[0]!.address).toBe('console:chair');
    expect(sent[0]!.items).toEqual([1]);
    const row = await app.db.prisma.chairRequest.findFirstOrThrow();
    expect(row).toMatchObject({
      kind: 'extension',
      state: 'pending',
      dueDate: '2022-12-01',
      previousDue: '2022-11-10',
    });
    // Asked again while pending: refused, nothing new.
    expect(await say('fava', '/extend 1 ۱۴۰۱/۱۰/۱۰ باز هم')).toContain('هنوز منتظر پاسخ رئیس جلسه است');
    expect(await app.db.prisma.chairRequest.count()).toBe(1);

    expect(await say('chair', '/approve ۱')).toBe('تمدید مصوبه ۱ تأیید شد؛ مهلت تازه: ۱۴۰۱/۰۹/۱۰.');
    const res = await app.store.getResolution({ kind: 'number', number: 1 });
    expect(res!.dueDate).toBe('2022-12-01');
    expect(await app.db.prisma.chairRequest.findFirstOrThrow()).toMatchObject({
      state: 'approved',
      deciderChat: 'console:chair',
    });
    // The deadline change is in the item's log with the deadline before it.
    const log = await app.db.prisma.resolutionEvent.findMany({ where: { type: 'deadline' } });
    expect(log).toHaveLength(1);
    expect(JSON.parse(log[0]!.before).dueDate).toBe('2022-11-10');
    expect(JSON.parse(log[0]!.after).dueDate).toBe('2022-12-01');
    // The owner's chat was told.
    expect(sent.at(-1)).toMatchObject({ address: 'console:fava', items: [1] });
    const history = await say('fava', '/status 1');
    expect(history).toContain('درخواست تمدید مهلت — منتظر پاسخ ثبت احوال');
    expect(history).toContain('تمدید تأیید شد');
    // Nothing pending any more.
    expect(await say('chair', '/approve 1')).toBe('برای مصوبه ۱ درخواستی منتظر پاسخ نیست — چیزی تغییر نکرد.');
  });

  run(
    'the chair declines with a reason, by command or by the button and a reply; the owner gets the reason',
    async () => {
      await say('fava', '/extend 1 ۱۴۰۱/۰۹/۱۰ منتظر پاسخ');
      const before = await counts();
      expect(await say('chair', '/decline 1')).toBe(
        'دلیل رد را بنویسید، مثلاً /decline ۱ مهلت قانونی تمام است — چیزی تغییر نکرد.',
      );
      expect(await counts()).toEqual(before);
      // The button asks for the reason first.
      expect(await press('chair', 'decline', '1')).toBe(
        'دلیل رد درخواست مصوبه ۱ را در پاسخ به همین پیام بنویسید (یا /decline ۱ دلیل).',
      );
      expect(await say('chair', '/decline 1 مهلت قانونی تمام است')).toBe(
        'درخواست تمدید مصوبه ۱ رد شد — دلیل: مهلت قانونی تمام است',
      );
      expect(sent.at(-1)).toMatchObject({ address: 'console:fava' });
      expect(sent.at(-1)!.text).toContain('مهلت قانونی تمام است');
      expect((await counts()).due).toBe('2022-11-10');
      expect(await say('fava', '/status 1')).toContain('تمدید رد شد — مهلت قانونی تمام است');
    },
  );

  run('the approve button from the chair approves; a press or command by an owner chat is refused', async () => {
    await say('fava', '/extend 1 ۱۴۰۱/۰۹/۱۰ منتظر پاسخ');
    const before = await counts();
    expect(await press('fava', 'approve', '1')).toBe('این کار فقط از گروه رئیس جلسه یا توسط دبیر جلسه ممکن است.');
    expect(await press('fava', 'decline', '1')).toBe('این کار فقط از گروه رئیس جلسه یا توسط دبیر جلسه ممکن است.');
    expect(await say('fava', '/decline 1 نه')).toBe('این کار فقط از گروه رئیس جلسه یا توسط دبیر جلسه ممکن است.');
    expect(await counts()).toEqual(before);
    expect(await press('chair', 'approve', '1')).toContain('تأیید شد');
    expect((await counts()).due).toBe('2022-12-01');
  });

  run('bad input is refused in Persian and changes nothing', async () => {
    const before = await counts();
    expect(await say('fava', '/extend 1 ۱۴۰۱/۰۸/۱۰ دیر شد')).toBe(
      'مهلت درخواستی باید بعد از مهلت فعلی مصوبه ۱ (۱۴۰۱/۰۸/۱۹) باشد — چیزی تغییر نکرد.',
    );
    expect(await say('fava', '/extend 1 ۱۴۰۱/۰۸/۱۹ همان روز')).toContain('باید بعد از مهلت فعلی');
    expect(await say('fava', '/extend 1 ۱۴۰۱/۰۹/۱۰')).toContain('دلیل تمدید را بنویسید');
    expect(await say('fava', '/extend 1 فردا دلیل')).toContain('«فردا» تاریخ درستی نیست');
    expect(await say('fava', '/extend 5 ۱۴۰۱/۰۹/۱۰ دلیل')).toBe('مصوبه ۵ به کمیته‌های این گروه مربوط نیست.');
    expect(await say('fava', '/extend 99 ۱۴۰۱/۰۹/۱۰ دلیل')).toContain('پیدا نشد');
    expect(await say('chair', '/approve 1')).toBe('برای مصوبه ۱ درخواستی منتظر پاسخ نیست — چیزی تغییر نکرد.');
    expect(await say('chair', '/decline 1 دلیل')).toBe('برای مصوبه ۱ درخواستی منتظر پاسخ نیست — چیزی تغییر نکرد.');
    expect(await press('chair', 'decline', '1')).toBe('برای مصوبه ۱ درخواستی منتظر پاسخ نیست — چیزی تغییر نکرد.');
    expect(await counts()).toEqual(before);
    expect(sent).toHaveLength(0);
  });

  run('the workbook counts each item’s extensions and the JSON export carries the requests', async () => {
    await say('fava', '/extend 1 ۱۴۰۱/۰۹/۱۰ منتظر پاسخ');
    await say('chair', '/approve 1');
    await say('fava', '/extend 1 ۱۴۰۱/۱۰/۱۰ باز هم');
    await say('chair', '/approve 1');
    await say('fava', '/extend 1 ۱۴۰۱/۱۱/۱۰ و باز هم');
    await say('chair', '/decline 1 کافی است');
    const { rows } = await loadReport(app.store, {}, '2022-11-01');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await buildWorkbook(rows, { lang: 'fa', today: '2022-11-01', timeZone: 'Asia/Tehran' })) as never,
    );
    for (const sheet of [wb.worksheets[0]!, wb.worksheets.find((w) => w.name.includes('فاوا'))!]) {
      const headerRow = sheet === wb.worksheets[0] ? 1 : 4;
      const header = sheet.getRow(headerRow).values as unknown[];
      const col = header.indexOf('تعداد تمدید');
      expect(col).toBeGreaterThan(0);
      const byNumber = new Map<number, unknown>();
      sheet.eachRow((row, i) => {
        if (i > headerRow) byNumber.set(Number(row.getCell(header.indexOf('شماره')).value), row.getCell(col).value);
      });
      expect(byNumber.get(1)).toBe(2);
      expect(byNumber.get(2)).toBe(0);
    }

    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = app.config.databaseUrl;
    let text = '';
    const stdout = new Writable({
      write(chunk, _enc, done) {
        text += chunk;
        done();
      },
    });
    try {
      expect(await exportCli.run(['--format', 'json'], { stdout, stderr: stdout, confirm: async () => false })).toBe(0);
    } finally {
      if (saved === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved;
    }
    const item = JSON.parse(text).resolutions.find((r: { number: number }) => r.number === 1);
    expect(item.requests).toHaveLength(3);
    expect(item.requests[0]).toMatchObject({
      owner: 'کمیته فاوا',
      kind: 'extension',
      state: 'approved',
      dueDate: '2022-12-01',
      previousDue: '2022-11-10',
      reason: 'منتظر پاسخ',
      answer: null,
    });
    expect(item.requests[2]).toMatchObject({ state: 'declined', dueDate: '2023-01-30', answer: 'کافی است' });
    expect(item.dueDate).toBe('2022-12-31');
  });
});
