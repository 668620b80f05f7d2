// The letterhead image removed or replaced after start-up: the follow-up report is still made, without the image
// (its letterhead lines and the council still head the page), a warning names the file and why, and the
// secretariat reads a short note where it asked for the report: /report's reply, the desk's reports page, the
// command line's error output. The configuration refuses such a file at start-up, a copy cut short included.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportCli } from '../../src/cli/export.js';
import { loadConfig } from '../../src/config.js';
import { MESSAGES } from '../../src/core/i18n.js';
import { createLogger } from '../../src/logger.js';
import { loadReport, type ReportRow } from '../../src/reports/data.js';
import { buildFollowupDocx, type FollowupOptions } from '../../src/reports/followup.js';
import { seedSampleMinutes } from '../../src/sample.js';
import { startDesk } from '../desk/harness.js';
import { chatter } from '../helpers/chat.js';
import { freshApp, type TestApp } from '../helpers/db.js';
import { openDocx, paragraphs } from '../helpers/docx.js';
import { reportApp, TODAY } from './scenario.js';

// The command line reads its configuration when it starts; the file goes while the command runs, as the rows
// of its report are read (`gone` is set by the test that wants it).
const during = vi.hoisted(() => ({ gone: null as string | null }));
vi.mock('../../src/reports/data.js', async (original) => {
  const real = await original<typeof import('../../src/reports/data.js')>();
  return {
    ...real,
    reportRows: async (...args: Parameters<typeof real.reportRows>) => {
      const rows = await real.reportRows(...args);
      if (during.gone) rmSync(during.gone, { force: true });
      return rows;
    },
  };
});

const PNG = readFileSync(new URL('./reference-chart.png', import.meta.url));
const fa = MESSAGES.fa;
let dir: string;
let image: string;
let app: TestApp;
let rows: ReportRow[];

/** A pino logger whose lines are kept, parsed. */
function recordingLogger() {
  const lines: { level: number; msg: string; path?: string; fault?: string; detail?: string }[] = [];
  const logger = createLogger('info', { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger, lines };
}

beforeAll(async () => {
  app = await reportApp();
  ({ rows } = await loadReport(app.store, {}, TODAY));
});
afterAll(async () => app?.cleanup());

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'peygir-letterhead-'));
  image = join(dir, 'letterhead.png');
  writeFileSync(image, PNG);
});
afterEach(() => {
  during.gone = null;
  rmSync(dir, { recursive: true, force: true });
});

const options = (over: Partial<FollowupOptions> = {}): FollowupOptions => ({
  lang: 'fa',
  timeZone: 'Asia/Tehran',
  today: TODAY,
  councilName: 'شورای آمار',
  letterhead: { text: 'بسمه تعالی', image },
  ...over,
});

describe('a letterhead image that can no longer be used', () => {
  it('is drawn while it is there', async () => {
    const { data, imageLeftOut } = await buildFollowupDocx(rows, options());
    expect(imageLeftOut).toBeNull();
    expect((await openDocx(data)).files.filter((f) => f.startsWith('word/media/'))).toHaveLength(1);
  });

  it.each([
    ['removed', () => rmSync(image), 'missing', 'no such file'],
    ['replaced by text', () => writeFileSync(image, 'a text file under an image name'), 'not-image', 'not a PNG'],
    ['cut short', () => writeFileSync(image, PNG.subarray(0, PNG.length / 2)), 'not-image', 'PNG image cut short'],
    [
      'replaced by a folder',
      () => {
        rmSync(image);
        mkdirSync(image);
      },
      'missing',
      'not a file',
    ],
    [
      'replaced by a huge file',
      () => writeFileSync(image, Buffer.concat([PNG, Buffer.alloc(3 * 1024 * 1024)])),
      'too-large',
      'more than 2 MB',
    ],
  ])('%s: the report is made without it, and the log says why', async (_what, change, fault, detail) => {
    const { logger, lines } = recordingLogger();
    change();
    const { data, imageLeftOut } = await buildFollowupDocx(rows, options({ log: logger }));
    expect(imageLeftOut).toMatchObject({ path: image, fault });
    expect(imageLeftOut!.detail).toContain(detail);
    const doc = await openDocx(data);
    expect(doc.files.filter((f) => f.startsWith('word/media/'))).toEqual([]);
    const header = doc.part('word/header1.xml');
    expect(header).not.toContain('<a:blip');
    // The rest of the page header is as it would be.
    expect(paragraphs(header).filter(Boolean).slice(0, 2)).toEqual(['بسمه تعالی', 'شورای آمار']);
    expect(doc.part('word/document.xml')).toContain('گزارش پیگیری مصوبات');
    const warned = lines.filter((l) => l.level === 40);
    expect(warned).toHaveLength(1);
    expect(warned[0]).toMatchObject({ path: image, fault });
    expect(warned[0]!.msg).toContain('REPORT_LETTERHEAD_IMAGE');
  });

  it('is refused at start-up when it is cut short', () => {
    writeFileSync(image, PNG.subarray(0, PNG.length - 20));
    expect(() => loadConfig({ REPORT_LETTERHEAD_IMAGE: image })).toThrow(/REPORT_LETTERHEAD_IMAGE: an image cut short/);
  });
});

describe('the note where the report was asked for', () => {
  it('/report: the files still come, and the reply says the image was left out', async () => {
    const { logger, lines } = recordingLogger();
    const chat = await freshApp('sqlite', { SECRETARY_IDS: 'console:sec', REPORT_LETTERHEAD_IMAGE: image }, {}, logger);
    try {
      await seedSampleMinutes(chat);
      const say = chatter(chat);
      await say('g1', '/link chair', { user: 'sec' });
      const before = await say('g1', '/report', { user: 'sec' });
      expect(before).toContain('peygir-followup-');
      expect(before).not.toContain('سربرگ');
      rmSync(image);
      const reply = await say('g1', '/report', { user: 'sec' });
      expect(reply).toContain(fa.letterheadLeftOut(fa.letterheadFault.missing));
      expect(reply).toMatch(/\[file: peygir-followup-[^\]]+\.docx/);
      expect(lines.filter((l) => l.level === 40 && l.path === image)).toHaveLength(1);
    } finally {
      await chat.cleanup();
    }
  });

  it('the desk: the reports page says so beside the downloads, and the download is made without it', async () => {
    const desk = await startDesk({ REPORT_LETTERHEAD_IMAGE: image });
    try {
      await desk.signIn();
      const note = fa.deskReports.letterheadLeftOut(fa.letterheadFault['not-image']);
      expect(await (await desk.get('/desk/reports')).text()).not.toContain(note);
      writeFileSync(image, 'no longer an image');
      expect(await (await desk.get('/desk/reports')).text()).toContain(note);
      const res = await desk.get('/desk/reports/followup.docx');
      expect(res.status).toBe(200);
      const doc = await openDocx(Buffer.from(await res.arrayBuffer()));
      expect(doc.files.filter((f) => f.startsWith('word/media/'))).toEqual([]);
      expect(paragraphs(doc.part('word/header1.xml'))).toContain(desk.app.config.COUNCIL_NAME);
    } finally {
      await desk.app.cleanup();
    }
  });

  it('the command line: the report is written, and a warning on the error output says what it lacks', async () => {
    const env = { DATABASE_URL: app.config.databaseUrl, REPORT_LETTERHEAD_IMAGE: image, LOG_LEVEL: 'silent' };
    const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
    Object.assign(process.env, env);
    const out: Buffer[] = [];
    let err = '';
    const io = {
      stdout: new Writable({
        write(c, _e, done) {
          out.push(Buffer.from(c));
          done();
        },
      }),
      stderr: new Writable({
        write(c, _e, done) {
          err += String(c);
          done();
        },
      }),
      confirm: async () => false,
    };
    during.gone = image;
    try {
      expect(await exportCli.run(['--format', 'docx'], io)).toBe(0);
    } finally {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
    }
    expect(err).toBe(
      `warning: the report was made without its letterhead image: ${image}: no such file (REPORT_LETTERHEAD_IMAGE)\n`,
    );
    const doc = await openDocx(Buffer.concat(out));
    expect(doc.files.filter((f) => f.startsWith('word/media/'))).toEqual([]);
  });
});
