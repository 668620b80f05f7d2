// The follow-up report «گزارش پیگیری مصوبات» read back from its .docx: right-to-left markers, the header with the
// letterhead, the council, the meetings and the date, the seven columns, a row per item with each owner's
// status and progress, Jalali dates, Persian digits (Latin in English), extensions and the Vazirmatn font.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { loadReport, type ReportRow } from '../../src/reports/data.js';
import { buildFollowupDocx, type FollowupOptions } from '../../src/reports/followup.js';
import { imageInfo } from '../../src/reports/image-size.js';
import type { TestApp } from '../helpers/db.js';
import { openDocx, paragraphs, rowTexts, tableRows } from '../helpers/docx.js';
import { reportApp, TODAY } from './scenario.js';

const LETTERHEAD_PNG = new URL('./reference-chart.png', import.meta.url).pathname;
let app: TestApp;
let rows: ReportRow[];
beforeAll(async () => {
  app = await reportApp();
  ({ rows } = await loadReport(app.store, {}, TODAY));
  // Item 4's deadline was moved twice at its owners' request.
  rows = rows.map((r) => (r.res.publicNumber === 4 ? { ...r, extensions: 2 } : r));
});
afterAll(async () => app?.cleanup());

const options = (over: Partial<FollowupOptions> = {}): FollowupOptions => ({
  lang: 'fa',
  timeZone: 'Asia/Tehran',
  today: TODAY,
  councilName: 'شورای آمار',
  nextMeetingAt: new Date('2022-12-04T05:00:00Z'),
  ...over,
});

const build = async (over: Partial<FollowupOptions> = {}) =>
  openDocx((await buildFollowupDocx(rows, options(over))).data);

describe('the follow-up report (.docx)', () => {
  it('reads right to left: bidi paragraphs and runs, a table laid out from the right, Persian language', async () => {
    const doc = await build();
    const body = doc.part('word/document.xml');
    expect(body).toContain('<w:bidiVisual/>');
    const paras = body.match(/<w:p>[\s\S]*?<\/w:p>/g)!;
    expect(paras.length).toBeGreaterThan(30);
    for (const p of paras) expect(p).toContain('<w:bidi/>');
    const styles = doc.part('word/styles.xml');
    expect(styles).toMatch(/<w:rPrDefault><w:rPr>[\s\S]*<w:rtl\/>[\s\S]*<\/w:rPrDefault>/);
    expect(styles).toContain('w:bidi="fa-IR"');
  });

  it('names the Vazirmatn font for every script', async () => {
    const styles = (await build()).part('word/styles.xml');
    const fonts = /<w:rPrDefault><w:rPr><w:rFonts ([^>]*)\/>/.exec(styles)![1]!;
    for (const script of ['ascii', 'hAnsi', 'cs', 'eastAsia']) expect(fonts).toContain(`w:${script}="Vazirmatn"`);
  });

  it('puts the letterhead, the council, the meetings, the next meeting and the date in the page header', async () => {
    const doc = await build({ letterhead: { text: 'بسمه تعالی | دبیرخانه شورای آمار', image: LETTERHEAD_PNG } });
    const header = doc.part('word/header1.xml');
    expect(paragraphs(header).filter(Boolean)).toEqual([
      'بسمه تعالی',
      'دبیرخانه شورای آمار',
      'شورای آمار',
      'مصوبات جلسه ۵۵ (۱۴۰۱/۰۷/۲۵) و جلسه ۵۶ (۱۴۰۱/۰۸/۲۳)',
      'برای جلسه آینده، ۱۴۰۱/۰۹/۱۳ ۰۸:۳۰',
      'تاریخ گزارش: ۱۴۰۱/۰۹/۱۰',
    ]);
    // The image is drawn from the file, scaled to the page (900×328 pixels fit its width).
    expect(header).toContain('<a:blip r:embed=');
    const media = doc.files.filter((f) => f.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(imageInfo(Buffer.from(readFileSync(LETTERHEAD_PNG)))).toEqual({ type: 'png', width: 900, height: 328 });
    expect(header).toMatch(/<wp:extent cx="\d+" cy="\d+"\/>/);
    // Without a letterhead, the council's name heads the page.
    expect(paragraphs((await build()).part('word/header1.xml'))[0]).toBe('شورای آمار');
  });

  it('has the seven columns and one row per item, each owner with its own status and progress', async () => {
    const body = (await build()).part('word/document.xml');
    const table = tableRows(body);
    expect(rowTexts(table)[0]).toEqual(['ردیف', 'مصوبه', 'متولی', 'مهلت', 'وضعیت', 'درصد پیشرفت', 'توضیحات و مستندات']);
    expect(body).toContain('<w:tblHeader/>');
    // Items start a row with their number; each further owner adds a line whose item cells continue the span.
    const starts = table.slice(1).filter((r) => r.length === 7 && r[0]!.vMerge !== 'continue');
    expect(starts.map((r) => r[0]!.lines[0])).toEqual(['۱', '۲', '۳', '۴', '۵', '۶', '۷', '۸', '۹']);
    const at = table.findIndex((r) => r[0]?.lines[0] === '۴');
    const [four, second] = [table[at]!, table[at + 1]!];
    expect(four[1]!.lines).toEqual(['مقرر شد پوشش داده ثبت احوال پیگیری شود.', 'جلسه ۵۵ · ۱۴۰۱/۰۷/۲۵']);
    expect(four[1]!.vMerge).toBe('restart');
    expect([four[2]!.lines, four[4]!.lines, four[5]!.lines]).toEqual([['کمیته فاوا'], ['مانع دارد'], ['۰٪']]);
    expect([second[2]!.lines, second[4]!.lines, second[5]!.lines]).toEqual([['کارگروه روش شناسی'], ['باز'], ['۰٪']]);
    expect(second.filter((c) => c.vMerge === 'continue')).toHaveLength(4);
    // Jalali deadline, lateness and extensions, in Persian digits; notes from the history.
    expect(four[3]!.lines).toEqual(['۱۴۰۱/۰۸/۱۰', '۳۰ روز تأخیر', '۲ بار تمدید']);
    expect(four[6]!.lines[0]).toBe('کمیته فاوا: منتظر پاسخ ثبت احوال');
    expect(four[6]!.lines[1]).toMatch(/^آخرین گزارش: [۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2} [۰-۹]{2}:[۰-۹]{2}$/);
    // A done share counts 100; item 6 is done by one owner and in progress with the other.
    const six = table.findIndex((r) => r[0]?.lines[0] === '۶');
    expect(table[six]![5]!.lines.concat(table[six + 1]![5]!.lines).sort()).toEqual(['۰٪', '۱۰۰٪']);
    // What we write in number cells is in Persian digits only.
    for (const r of table.slice(1)) {
      for (const c of r)
        if (c.vMerge !== 'continue' && r.indexOf(c) !== 1 && r.indexOf(c) !== 6) {
          expect(c.lines.join(' ')).not.toMatch(/[0-9]/);
        }
    }
  });

  it('keeps a text with control characters and line breaks readable', async () => {
    const odd = rows.map((r) =>
      r.res.publicNumber === 1 ? { ...r, res: { ...r.res, text: 'سطر اول\u000Bادامه\nسطر دوم\u0000' } } : r,
    );
    const doc = await openDocx((await buildFollowupDocx(odd, options())).data);
    const one = tableRows(doc.part('word/document.xml')).find((r) => r[0]?.lines[0] === '۱')!;
    expect(one[1]!.lines.slice(0, 2)).toEqual(['سطر اول ادامه', 'سطر دوم ']);
    const { value } = await mammoth.extractRawText({ buffer: (await buildFollowupDocx(odd, options())).data });
    expect(value).toContain('سطر اول ادامه');
  });

  it('is read by a Word reader as it reads minutes (mammoth)', async () => {
    const { value } = await mammoth.extractRawText({ buffer: (await buildFollowupDocx(rows, options())).data });
    expect(value).toContain('گزارش پیگیری مصوبات');
    expect(value).toContain('توضیحات و مستندات');
    expect(value).toContain('مقرر شد برآورد هزینه سرشماری ثبتی (نسخه "1.2", به ریال) ارائه شود.');
  });

  it('in English reads left to right, with Latin digits and English headings', async () => {
    const doc = await build({ lang: 'en' });
    const body = doc.part('word/document.xml');
    expect(body).not.toContain('<w:bidi/>');
    expect(body).not.toContain('<w:bidiVisual/>');
    const table = tableRows(body);
    expect(rowTexts(table)[0]).toEqual([
      'No.',
      'Resolution',
      'Owner',
      'Deadline',
      'Status',
      'Progress',
      'Notes and evidence',
    ]);
    const four = table.find((r) => r[0]?.lines[0] === '4')!;
    expect(four[3]!.lines).toEqual(['1401/08/10', '30 day(s) late', 'extended 2×']);
    expect(paragraphs(doc.part('word/header1.xml'))).toContain('Date: 1401/09/10');
    expect(doc.part('word/styles.xml')).toContain('w:ascii="Vazirmatn"');
  });
});

describe('the letterhead configuration', () => {
  it('takes a PNG or JPEG that exists, and names what is wrong with anything else', () => {
    expect(loadConfig({ REPORT_LETTERHEAD_IMAGE: LETTERHEAD_PNG }).REPORT_LETTERHEAD_IMAGE).toBe(LETTERHEAD_PNG);
    expect(loadConfig({}).REPORT_LETTERHEAD_IMAGE).toBeUndefined();
    const error = (path: string) => {
      try {
        loadConfig({ REPORT_LETTERHEAD_IMAGE: path });
        return '';
      } catch (err) {
        return (err as Error).message;
      }
    };
    expect(error('/nonexistent/letterhead.png')).toContain('REPORT_LETTERHEAD_IMAGE: no such file');
    expect(error(new URL('./scenario.ts', import.meta.url).pathname)).toContain('expected a .png or .jpg file');
    const dir = mkdtempSync(join(tmpdir(), 'peygir-letterhead-'));
    try {
      writeFileSync(join(dir, 'letterhead.png'), 'a text file under an image name');
      expect(error(join(dir, 'letterhead.png'))).toContain('REPORT_LETTERHEAD_IMAGE: not a PNG or JPEG image');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads the size of a JPEG from its frame header', () => {
    // SOI, an APP0 segment, then SOF0 with height 40 and width 120.
    const jpeg = Buffer.from([
      0xff, 0xd8, 0xff, 0xe0, 0x00, 0x04, 0x00, 0x00, 0xff, 0xc0, 0x00, 0x11, 0x08, 0x00, 0x28, 0x00, 0x78, 0x03, 0x01,
      0x22, 0x00,
    ]);
    expect(imageInfo(jpeg)).toEqual({ type: 'jpg', width: 120, height: 40 });
    expect(imageInfo(Buffer.from('not an image at all, though long enough'))).toBeNull();
  });
});
