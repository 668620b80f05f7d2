// Reply attachments on Slack: /report's workbook, chart and follow-up report arrive in the channel as files, a failed upload
// leaves a "📎" line instead, and ephemeral replies (which cannot carry files) keep the line and upload nothing.
import { afterEach, expect, test, vi } from 'vitest';
import type { Command } from '../../handlers/context.js';
import { MESSAGES } from '../../src/core/i18n.js';
import { FOLLOWUP_LABELS } from '../../src/reports/followup.js';
import { openDocx, tableRows } from '../helpers/docx.js';
import { shown } from './fake-slack.js';
import { blockText, type Harness, startHarness } from './harness.js';

const CHAIR = 'CCHAIR';
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const fa = MESSAGES.fa;

// A private reply with a file, as a handler might send to its sender only.
const secretCommand: Command = {
  name: 'secretfile',
  summary: { fa: 'فایل', en: 'file' },
  run: async () => ({
    blocks: [{ type: 'text', text: 'only you' }],
    attachments: [{ name: 'mine.txt', mime: 'text/plain', data: Buffer.from('x') }],
    private: true,
  }),
};

let h: Harness;
afterEach(async () => {
  vi.restoreAllMocks();
  await h.close();
});

const upload = (name: RegExp) => {
  const found = h.fake.uploads.filter((u) => name.test(u.filename));
  expect(found).toHaveLength(1);
  return found[0]!;
};

async function chairReport(): Promise<void> {
  h = await startHarness({}, [secretCommand]);
  await h.slash('ULISTED', CHAIR, '/link', 'chair');
  await h.slash('UMEMBER', CHAIR, '/peygir', 'report');
}

test('/report from the chair’s channel uploads the workbook and the chart after its text', async () => {
  await chairReport();
  const xlsx = upload(/^peygir-report-[\d-]+\.xlsx$/);
  const png = upload(/^peygir-chart-[\d-]+\.png$/);
  for (const f of h.fake.uploads) {
    expect(f).toMatchObject({ channel: CHAIR, title: f.filename });
    expect(f.threadTs).toBeUndefined();
  }
  // The workbook is a zip; the chart a real PNG.
  expect(xlsx!.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
  expect(png!.bytes.length).toBeGreaterThan(PNG.length);
  expect(png!.bytes.subarray(0, 8).equals(PNG)).toBe(true);
  expect(png!.comment).toBe(fa.chartCaption);
  // The follow-up report: a Word document that reads back right to left with its seven columns.
  const docx = await openDocx(upload(/^peygir-followup-[\d-]+\.docx$/).bytes);
  expect(docx.part('word/document.xml')).toContain('<w:bidiVisual/>');
  expect(tableRows(docx.part('word/document.xml'))[0]!.map((c) => c.lines.join(''))).toEqual(
    FOLLOWUP_LABELS.columns.fa,
  );

  const text = h.fake.of('chat.postMessage').at(-1)!;
  expect(text.channel).toBe(CHAIR);
  expect(blockText(text.blocks)).not.toContain('📎');
  const methods = h.fake.calls.map((c) => c.method);
  expect(methods.lastIndexOf('chat.postMessage')).toBeLessThan(methods.indexOf('files.getUploadURLExternal'));
});

test('a failed upload is logged and named in a 📎 line; the other file still arrives', async () => {
  h = await startHarness({}, [secretCommand]);
  const error = vi.spyOn(h.app.logger, 'error');
  await h.slash('ULISTED', CHAIR, '/link', 'chair');
  h.fake.failNext('files.getUploadURLExternal', 'missing_scope');
  await h.slash('UMEMBER', CHAIR, '/peygir', 'report');

  expect(h.fake.uploads.some((u) => u.filename.endsWith('.xlsx'))).toBe(false);
  upload(/\.png$/);
  const line = h.fake.of('chat.postMessage').at(-1)!;
  expect(line.channel).toBe(CHAIR);
  expect(shown(line.text)).toMatch(/^📎 peygir-report-[\d-]+\.xlsx — /);
  expect(error).toHaveBeenCalledWith(
    expect.objectContaining({ file: expect.stringMatching(/\.xlsx$/) }),
    'slack file upload failed',
  );
});

test('an ephemeral reply keeps its 📎 line and uploads nothing', async () => {
  h = await startHarness({}, [secretCommand]);
  await h.slash('UMEMBER', CHAIR, '/peygir', 'secretfile');
  const answer = h.fake.of('chat.postEphemeral').at(-1)!;
  expect(answer.user).toBe('UMEMBER');
  expect(shown(blockText(answer.blocks))).toContain('📎 mine.txt');
  expect(h.fake.of('files.getUploadURLExternal')).toEqual([]);
  expect(h.fake.uploads).toEqual([]);
});
