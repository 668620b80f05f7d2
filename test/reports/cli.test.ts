// `peygir export` through the CLI module's run() with captured output, on the scenario's database.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCli } from '../../src/cli/export.js';
import { CliError, type CliIo } from '../../src/cli/types.js';
import type { TestApp } from '../helpers/db.js';
import { openDocx, paragraphs, tableRows } from '../helpers/docx.js';
import { pngSize } from './png.js';
import { reportApp } from './scenario.js';

let app: TestApp;
let dir: string;
const saved = process.env.DATABASE_URL;
beforeAll(async () => {
  app = await reportApp();
  process.env.DATABASE_URL = app.config.databaseUrl;
  dir = mkdtempSync(join(tmpdir(), 'peygir-export-'));
});
afterAll(async () => {
  if (saved === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = saved;
  rmSync(dir, { recursive: true, force: true });
  await app?.cleanup();
});

async function run(args: string[], tty = false): Promise<{ code: number; out: Buffer }> {
  const chunks: Buffer[] = [];
  const stdout = Object.assign(
    new Writable({
      write(chunk, _enc, done) {
        chunks.push(Buffer.from(chunk));
        done();
      },
    }),
    { isTTY: tty },
  );
  const io: CliIo = { stdout, stderr: stdout, confirm: async () => false };
  const code = await exportCli.run(args, io);
  return { code, out: Buffer.concat(chunks) };
}

describe('peygir export', () => {
  it('keeps the JSON shape', async () => {
    const { code, out } = await run(['--format', 'json']);
    expect(code).toBe(0);
    const data = JSON.parse(out.toString('utf8'));
    expect(data.resolutions).toHaveLength(9);
    expect(data.resolutions[3]).toEqual({
      number: 4,
      meeting: '55',
      row: 4,
      text: 'مقرر شد پوشش داده ثبت احوال پیگیری شود.',
      status: 'blocked',
      dueDate: '2022-11-01',
      owners: [
        {
          name: 'کمیته فاوا',
          status: 'blocked',
          percent: null,
          seenAt: null,
          seenBy: null,
          awaitingAcceptanceSince: null,
        },
        {
          name: 'کارگروه روش شناسی',
          status: 'open',
          percent: null,
          seenAt: null,
          seenBy: null,
          awaitingAcceptanceSince: null,
        },
      ],
      evidence: [],
      files: [],
      requests: [],
    });
  });

  it('writes CSV with a BOM, narrowed to one meeting', async () => {
    const { out } = await run(['--format', 'csv', '--meeting', '۵۶']);
    expect([...out.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = out.toString('utf8').trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('مقرر شد گزارش پیشرفت سرشماری هر ماه ارائه شود.');
  });

  it('writes the follow-up report (.docx) to a file, narrowed to a committee, in the council’s language', async () => {
    const file = join(dir, 'followup.docx');
    expect((await run(['--format', 'docx', '--committee', 'کمیته فاوا', '--out', file])).code).toBe(0);
    const doc = await openDocx(readFileSync(file));
    // The command line runs on the real clock: today's Jalali date, in Persian digits.
    expect(paragraphs(doc.part('word/header1.xml')).at(-1)).toMatch(/^تاریخ گزارش: [۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2}$/);
    const body = doc.part('word/document.xml');
    expect(paragraphs(body)).toContain('کمیته فاوا');
    const rows = tableRows(body).slice(1);
    expect(rows.map((r) => r[0]!.lines[0])).toEqual(['۱', '۲', '۳', '۴', '۶', '۷', '۹']);
    expect(new Set(rows.map((r) => r[2]!.lines[0]))).toEqual(new Set(['کمیته فاوا']));
    // Binary: not onto a terminal.
    await expect(run(['--format', 'docx'], true)).rejects.toThrow('docx is binary');
  });

  it('writes the workbook to a file', async () => {
    const file = join(dir, 'report.xlsx');
    expect((await run(['--format', 'xlsx', '--out', file])).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets[0]?.name).toBe('همه مصوبات');
    expect(wb.worksheets[0]?.rowCount).toBe(10);
  });

  it('writes the chart to a pipe, and refuses to print binary to a terminal', async () => {
    const { out } = await run(['--format', 'png']);
    expect(pngSize(out).width).toBe(900);
    await expect(run(['--format', 'png'], true)).rejects.toThrow(CliError);
    await expect(run(['--format', 'pdf'])).rejects.toThrow(/expected json, csv, xlsx, png/);
    await expect(run(['--format', 'csv', '--committee', 'کمیته ناشناس'])).rejects.toThrow(CliError);
  });

  it('writes the same bytes to --out as to the pipe', async () => {
    const file = join(dir, 'out.csv');
    await run(['--format', 'csv', '--out', file]);
    expect(readFileSync(file).equals((await run(['--format', 'csv'])).out)).toBe(true);
  });
});
