// Evidence: the text after /done kept as evidence; a document or photo sent with `/done 3` as its caption checked
// (size, type by its content) and kept under the evidence folder by its hash, the hash in the item's history, the
// file downloadable at the desk by the secretary only, and carried by the JSON export and the workbook. A file too
// large or of a type not allowed is refused in Persian and changes nothing.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportCli } from '../../src/cli/export.js';
import { loadReport } from '../../src/reports/data.js';
import { buildWorkbook } from '../../src/reports/workbook.js';
import { CHAIR, type Desk, SECRETARY, startDesk } from '../desk/harness.js';
import { chatter } from '../helpers/chat.js';
import { PDF } from '../helpers/evidence.js';

describe('evidence from the console', () => {
  let desk: Desk;
  let dir: string;
  let say: ReturnType<typeof chatter>;
  const file = (name: string, data: Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, data);
    return path;
  };
  const counts = async () => ({
    events: await desk.app.db.prisma.statusEvent.count(),
    evidence: await desk.app.db.prisma.evidence.count(),
    done: await desk.app.db.prisma.assignment.count({ where: { status: 'done' } }),
  });
  beforeEach(async () => {
    desk = await startDesk({ EVIDENCE_MAX_MB: '1', EVIDENCE_TYPES: 'pdf,png,jpg' });
    dir = mkdtempSync(join(tmpdir(), 'peygir-evidence-test-'));
    say = chatter(desk.app);
    await say('fava', '/link کمیته فاوا');
  });
  afterEach(async () => {
    await desk?.app.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps a file sent with /done by its hash, in the history, at the desk and in the exports', async () => {
    const sha = createHash('sha256').update(PDF).digest('hex');
    const reply = await say('fava', `/file ${file('نامه-۱۲۳۴.pdf', PDF)} /done 1 نامه ۱۲۳۴/الف مورخ ۱۴۰۱/۰۸/۱۰`);
    expect(reply).toContain('مصوبه ۱ برای کمیته فاوا: انجام شد');
    expect(reply).toContain('مستند «نامه-۱۲۳۴.pdf» نگه داشته شد.');
    const kept = await desk.app.db.prisma.evidence.findFirstOrThrow();
    expect(kept).toMatchObject({ name: 'نامه-۱۲۳۴.pdf', mime: 'application/pdf', size: PDF.length, sha256: sha });
    expect(existsSync(desk.app.evidence.pathOf(sha))).toBe(true);
    const history = await say('fava', '/status 1');
    expect(history).toContain(`مستند نامه-۱۲۳۴.pdf · sha256:${sha}`);
    expect(history).toContain('انجام شد — نامه ۱۲۳۴/الف مورخ ۱۴۰۱/۰۸/۱۰');

    // The same content again is stored once, recorded again.
    await say('fava', `/file ${file('copy.pdf', PDF)} /done 1`);
    expect(await desk.app.db.prisma.evidence.count()).toBe(2);

    // The desk: the secretary downloads it, the chair sees it listed but may not download it.
    await desk.signIn(SECRETARY);
    const page = await (await desk.get('/desk/r/1')).text();
    expect(page).toContain(`href="/desk/evidence/${kept.id}"`);
    const got = await desk.get(`/desk/evidence/${kept.id}`);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await got.arrayBuffer()).equals(PDF)).toBe(true);
    await desk.signIn(CHAIR);
    expect((await desk.get(`/desk/evidence/${kept.id}`)).status).toBe(403);
    const chairPage = await (await desk.get('/desk/r/1')).text();
    expect(chairPage).toContain('نامه-۱۲۳۴.pdf');
    expect(chairPage).not.toContain(`href="/desk/evidence/${kept.id}"`);

    // The workbook's «توضیحات و مستندات» and the JSON export.
    const { rows } = await loadReport(desk.app.store, {}, '2022-11-01', desk.app.evidence);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await buildWorkbook(rows, { lang: 'fa', today: '2022-11-01', timeZone: 'Asia/Tehran' })) as never,
    );
    const sheet = wb.worksheets[0]!;
    const header = sheet.getRow(1).values as unknown[];
    const col = header.indexOf('توضیحات و مستندات');
    expect(col).toBeGreaterThan(0);
    const cell = String(sheet.getRow(2).getCell(col).value);
    expect(cell).toContain('نامه ۱۲۳۴/الف مورخ ۱۴۰۱/۰۸/۱۰');
    expect(cell).toContain('📎 نامه-۱۲۳۴.pdf');

    // The desk's follow-up report (.docx) carries it in «توضیحات و مستندات» too.
    await desk.signIn(SECRETARY);
    const docx = await desk.get('/desk/reports/followup.docx');
    expect(docx.status).toBe(200);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(await docx.arrayBuffer()) });
    expect(value).toContain('نامه ۱۲۳۴/الف مورخ ۱۴۰۱/۰۸/۱۰');
    expect(value).toContain('📎 نامه-۱۲۳۴.pdf');

    const saved = process.env.DATABASE_URL;
    const savedDir = process.env.EVIDENCE_DIR;
    process.env.DATABASE_URL = desk.app.config.databaseUrl;
    process.env.EVIDENCE_DIR = desk.app.config.EVIDENCE_DIR;
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
      process.env.DATABASE_URL = saved;
      process.env.EVIDENCE_DIR = savedDir;
    }
    const item = JSON.parse(text).resolutions.find((r: { number: number }) => r.number === 1);
    expect(item.evidence).toEqual(['نامه ۱۲۳۴/الف مورخ ۱۴۰۱/۰۸/۱۰', '📎 نامه-۱۲۳۴.pdf', '📎 copy.pdf']);
    expect(item.files[0]).toMatchObject({ owner: 'کمیته فاوا', name: 'نامه-۱۲۳۴.pdf', sha256: sha, size: PDF.length });
  });

  it('refuses a file too large or of a type not allowed, and changes nothing', async () => {
    const before = await counts();
    const big = Buffer.concat([PDF, Buffer.alloc(1024 * 1024)]);
    expect(await say('fava', `/file ${file('big.pdf', big)} /done 1`)).toBe(
      'فایل «big.pdf» بزرگ‌تر از حد مجاز (۱ مگابایت) است — چیزی تغییر نکرد.',
    );
    expect(await say('fava', `/file ${file('run.exe', Buffer.from('MZ'))} /done 1`)).toBe(
      'نوع فایل «run.exe» پذیرفته نیست؛ فقط pdf، png، jpg — چیزی تغییر نکرد.',
    );
    // A program renamed to .pdf is not a PDF.
    expect(await say('fava', `/file ${file('letter.pdf', Buffer.from('MZ\x90\x00'))} /done 1`)).toContain(
      'نوع فایل «letter.pdf» پذیرفته نیست',
    );
    expect(await counts()).toEqual(before);
  });
});
