// Replies that never puzzle a new user: each small defect met in the console, with the reply it deserves.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPreview } from '../../src/cli/preview.js';
import { civilDate, formatJalali } from '../../src/core/calendar.js';
import { splitNumberList } from '../../src/core/numbers.js';
import { planImport } from '../../src/db/import.js';
import { parseMinutesText } from '../../src/minutes/index.js';
import { consoleIncoming, runConsole } from '../../src/platforms/console.js';
import { renderPlain } from '../../src/platforms/plain.js';
import { chatter, statuses } from '../helpers/chat.js';
import { freshApp, type TestApp } from '../helpers/db.js';
import { openDocx, paragraphs, tableRows } from '../helpers/docx.js';
import { seed } from '../helpers/seed.js';

let app: TestApp;
let say: ReturnType<typeof chatter>;
const out = mkdtempSync(join(tmpdir(), 'peygir-replies-'));
beforeAll(async () => {
  app = await freshApp('sqlite', { SECRETARY_IDS: 'console:secretary' });
  await seed(app);
  say = chatter(app);
  await say('fava', '/link کمیته فاوا');
  await say('chair', '/link chair');
});
afterAll(async () => {
  await app.cleanup();
  rmSync(out, { recursive: true, force: true });
});

/** Feeds lines to the console chat as `npm start` would, and returns what it printed. */
async function consoleSession(
  chat: string,
  lines: string[],
  opts: { user?: string; outDir?: string } = {},
): Promise<string> {
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.on('data', (d) => {
    printed += String(d);
  });
  input.end(`${lines.join('\n')}\n`);
  await runConsole(app.dispatcher(), {
    chat,
    user: opts.user ?? 'secretary',
    language: 'fa',
    input,
    output,
    interactive: false,
    outDir: opts.outDir ?? out,
    outbox: app.outbox,
  });
  return printed;
}

describe('numbers listed as people write them', () => {
  it('splits on spaces, «,», «،» and «و», and leaves the note as written', () => {
    expect(splitNumberList('۶،۷')).toEqual({ tokens: ['۶', '۷'], rest: '' });
    expect(splitNumberList('۶ و ۷ نامه، ارسال شد')).toEqual({ tokens: ['۶', '۷'], rest: 'نامه، ارسال شد' });
    expect(splitNumberList('6, 7,8 ok')).toEqual({ tokens: ['6', '7', '8'], rest: 'ok' });
    expect(splitNumberList('۶و۷')).toEqual({ tokens: ['۶', '۷'], rest: '' });
    expect(splitNumberList('3, 5 and 7 sent')).toEqual({ tokens: ['3', '5', '7'], rest: 'sent' });
    expect(splitNumberList('55/3، 4')).toEqual({ tokens: ['55/3', '4'], rest: '' });
    // «و» opening the note is a word, not a separator.
    expect(splitNumberList('3 و بقیه')).toEqual({ tokens: ['3'], rest: 'و بقیه' });
  });

  it('/done ۶،۷ and /progress ۱ و ۲ change both items', async () => {
    const done = await say('fava', '/done ۶،۷');
    expect(done).toMatch(/مصوبه ۶[\s\S]*مصوبه ۷/);
    expect(await statuses(app, 7)).toEqual({ 'کمیته فاوا': 'done' });
    expect(await say('fava', '/progress ۱ و ۲')).toMatch(/مصوبه ۱[\s\S]*مصوبه ۲/);
    expect(await statuses(app, 2)).toEqual({ 'کمیته فاوا': 'in_progress' });
    await say('fava', '/undo');
    await say('fava', '/undo');
  });
});

describe('refusals that say what happened', () => {
  it('/snooze on an item the committee finished says it is done', async () => {
    await say('fava', '/done 1');
    const reply = await say('fava', '/snooze 1 3d');
    expect(reply).toContain('مصوبه ۱ برای کمیته‌های این گفتگو «انجام شد» است');
    expect(reply).not.toContain('مربوط نیست');
    // An item that is really someone else's is still refused as such.
    expect(await say('fava', '/snooze 5 3d')).toContain('مربوط نیست');
  });

  it('a non-admin /unlink names /unlink, and /link names /link', async () => {
    expect(await say('fava', '/unlink', { admin: false })).toContain('/unlink');
    expect(await say('fava', '/unlink', { admin: false })).not.toContain('/link ');
    expect(await say('fava', '/link کمیته فاوا', { admin: false })).toContain('/link');
    expect((await app.store.bindingsFor('console:fava')).length).toBe(1);
  });

  it('/link chair in a committee chat, or a committee in the chair’s chat, is refused with what to do', async () => {
    const chair = await say('fava', '/link chair');
    expect(chair).toContain('به کمیته فاوا وصل است');
    expect(chair).toContain('/unlink');
    expect((await app.store.bindingsFor('console:fava')).map((b) => b.role)).toEqual(['committee']);
    const committee = await say('chair', '/link کمیته تامین داده');
    expect(committee).toContain('گروه رئیس جلسه است');
    expect((await app.store.bindingsFor('console:chair')).map((b) => b.role)).toEqual(['chair']);
  });

  it('a forged or stale blocked button is refused at once, without asking for a reason', async () => {
    const d = app.dispatcher();
    const press = (chat: string, value: string) =>
      d.handle({ ...consoleIncoming({ chat, user: 'm', language: 'fa' }, ''), action: { action: 'blocked', value } });
    const [other] = await press('fava', '5');
    expect(renderPlain(other!)).toContain('مصوبه ۵ به کمیته‌های این گروه مربوط نیست');
    expect(other!.expectReply).toBeUndefined();
    expect(renderPlain((await press('nowhere', '2'))[0]!)).toContain('وصل نیست');
    expect(renderPlain((await press('fava', '999'))[0]!)).toContain('پیدا نشد');
    const [asked] = await press('fava', '2');
    expect(asked!.kind).toBe('ask-reason');
  });
});

describe('the console chat', () => {
  it('leaves at /quit or /exit fed from a script too, as its opening line says, reading nothing after it', async () => {
    const printed = await consoleSession('chair', ['/quit', '/help']);
    expect(printed).not.toContain('/help');
    expect(printed).not.toContain('نمی‌شناسم');
    expect(await consoleSession('chair', ['/exit', '/help'])).toBe('');
  });

  it('/file with a path that does not exist says so, and logs nothing into the chat', async () => {
    const printed = await consoleSession('chair', ['/file /nonexistent-peygir.txt']);
    expect(printed).toContain('فایل «nonexistent-peygir.txt» پیدا نشد');
    expect(printed).not.toContain('دوباره امتحان');
    expect(printed).not.toMatch(/"level"|\bat \//);
  });

  it('/file in a chat that may not import is answered', async () => {
    const printed = await consoleSession('fava', ['/file /nonexistent-peygir.txt'], { user: 'member' });
    expect(printed).toContain('صورتجلسه را فقط در گروه رئیس جلسه یا دبیر جلسه');
  });

  it('/report writes its files into the folder and says where', async () => {
    const folder = join(out, 'reports');
    const printed = await consoleSession('chair', ['/report'], { outDir: folder });
    expect(printed).toContain(`فایل‌ها در این پوشه ذخیره شد: ${folder}`);
    const files = readdirSync(folder).sort();
    expect(files.map((f) => f.replace(/\d{4}-\d{2}-\d{2}/, 'DATE'))).toEqual([
      'peygir-chart-DATE.png',
      'peygir-followup-DATE.docx',
      'peygir-report-DATE.csv',
      'peygir-report-DATE.xlsx',
    ]);
    // The follow-up report, read back: the council's name and today's Jalali date head it, right to left.
    const docx = await openDocx(readFileSync(join(folder, files.find((f) => f.endsWith('.docx'))!)));
    const header = paragraphs(docx.part('word/header1.xml'));
    expect(header).toContain(app.config.COUNCIL_NAME);
    expect(header).toContain(`تاریخ گزارش: ${formatJalali(civilDate(new Date(), 'Asia/Tehran'))}`);
    const body = docx.part('word/document.xml');
    expect(body).toContain('<w:bidiVisual/>');
    expect(tableRows(body)[0]!.map((c) => c.lines.join(''))).toEqual([
      'ردیف',
      'مصوبه',
      'متولی',
      'مهلت',
      'وضعیت',
      'درصد پیشرفت',
      'توضیحات و مستندات',
    ]);
  });

  it('/report on a committee, a meeting or a range writes files of their own, beside the whole council’s', async () => {
    const folder = join(out, 'scoped');
    await consoleSession(
      'chair',
      ['/report', '/report کمیته فاوا', '/report جلسه ۵۵', '/report ۱۴۰۱/۰۷/۰۱-۱۴۰۱/۰۹/۳۰'],
      {
        outDir: folder,
      },
    );
    const workbooks = readdirSync(folder)
      .filter((f) => f.endsWith('.xlsx'))
      .map((f) => f.replace(/^peygir-report-\d{4}-\d{2}-\d{2}/, ''))
      .sort();
    expect(workbooks).toEqual(['-از-1401-07-01-تا-1401-09-30.xlsx', '-جلسه-55.xlsx', '-کمیته-فاوا.xlsx', '.xlsx']);
  });
});

describe('English replies of a Persian council', () => {
  it('/meeting shows the Jalali date in Latin digits with the Gregorian beside it', async () => {
    // The real clock runs here: a date that may already be past is set with the confirming word.
    const set = await say('chair', '/meeting ۱۴۰۵/۰۱/۲۰ ۰۹:۰۰ confirm', { language: 'en' });
    expect(set).toContain('1405/01/20 (2026-04-09) 09:00');
    expect(await say('fava', '/meeting', { language: 'en' })).toContain('Next meeting: 1405/01/20 (2026-04-09)');
  });

  it('lists use the Latin comma', async () => {
    const reply = await say('chair', '/done 4', { language: 'en' });
    expect(reply).toContain('Item 4 for کمیته فاوا, کارگروه روش شناسی: done.');
    expect(reply).not.toContain('،');
  });
});

describe('the import preview', () => {
  it('warns once about each item without owner', async () => {
    const text = [
      'صورتجلسه شماره ۹۰',
      'تاریخ: ۱۴۰۲/۰۱/۱۵',
      'تصمیمات:',
      '۱- مقرر شد کمیته فنی ظرف دو هفته گزارش را ارائه نماید.',
      '۲- مقرر شد گزارش در جلسه بعدی ارائه شود.',
    ].join('\n');
    const parsed = parseMinutesText(text, { fileName: 'm.txt' });
    expect(parsed.resolutions.map((r) => r.owners.length)).toEqual([1, 0]);
    const preview = renderPreview(parsed, await planImport(app.db.prisma, app.councilId, parsed, text), 'en');
    // The item's line marks it; one warning line says what to do about it, in one wording.
    expect(preview.match(/has no owner/g)).toHaveLength(1);
    // Named by the number the preview shows (the seeded council already has items 1–7).
    expect(preview).toContain('Item 9 has no owner and reminds no one; assign it after import.');
    expect(preview).not.toContain('names no owner');
  });
});

describe('/help', () => {
  it('names the new ways to list numbers and to quiet the bot', async () => {
    const help = await say('fava', '/help');
    expect(help).toContain('/done ۳، ۵ و ۷');
    expect(help).toContain('/schedule digest');
    expect(help).toContain('/schedule mute');
    expect(help).toMatch(/pause ۱۴[۰-۹]{2}\/[۰-۹]{2}\/[۰-۹]{2}/);
    expect(await say('fava', '/help', { language: 'en' })).toContain('/schedule mute');
  });
});

describe('words for people, not for operators', () => {
  it('/desk from someone not configured says whom to ask, and the id to give them', async () => {
    const reply = await say('stranger', '/desk', { user: 'reza' });
    expect(reply).toContain('از کسی که پیگیر را راه‌انداخته بخواهید');
    expect(reply).toContain('console:reza');
    expect(reply).not.toContain('SECRETARY_IDS');
  });
});

describe('the console answers every line', () => {
  it('an unknown command and words that answer nothing are told so; a number typed after a list answers it', async () => {
    const printed = await consoleSession('console-fava', ['/link کمیته فاوا', '/foo', 'سلام', '/list', '۲']);
    expect(printed).toContain('این دستور را نمی‌شناسم. راهنما: /help');
    expect(printed).toContain('این پیام دستور نیست و پاسخی هم به پیام قبلی نیست');
    expect(printed).toContain('مصوبه ۲ برای کمیته فاوا: انجام شد.');
    expect((await statuses(app, 2))['کمیته فاوا']).toBe('done');
  });
});
