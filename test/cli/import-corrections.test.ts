// `peygir import <same file> --yes` after `/deadline` and `/owner` from chat keeps both corrections; a field the
// file changed too is never settled silently: `--yes` alone refuses, naming it, and `--take-file` or
// `--keep-corrections` decides — on SQLite and PostgreSQL.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importCli } from '../../src/cli/import.js';
import type { CliIo } from '../../src/cli/types.js';
import { SAMPLE_MINUTES } from '../../src/sample.js';
import { chatter } from '../helpers/chat.js';
import { freshApp, type Provider, postgresAvailable, type TestApp } from '../helpers/db.js';

const pgUp = await postgresAvailable();
const saved = { ...process.env };
const sample = readFileSync(SAMPLE_MINUTES, 'utf8');
const ROW_1 = 'وارد شود تا یک سطح بالاتر رود.\tکمیته فاوا\t-';

function io(answers?: boolean[], asked: string[] = []): { io: CliIo; out: () => string } {
  let out = '';
  const stdout = new Writable({
    write(chunk, _enc, done) {
      out += chunk;
      done();
    },
  });
  if (answers) {
    const confirm = async (q: string) => {
      asked.push(q);
      return answers.shift() ?? false;
    };
    return { io: { stdout, stderr: stdout, confirm, interactive: true }, out: () => out };
  }
  return { io: { stdout, stderr: stdout, confirm: async () => false, interactive: false }, out: () => out };
}

describe.each(['sqlite', 'postgresql'] as Provider[])('peygir import after corrections on %s', (provider) => {
  let app: TestApp;
  let dir: string;
  beforeEach(async () => {
    if (provider === 'postgresql' && !pgUp) return;
    dir = mkdtempSync(join(tmpdir(), 'peygir-import-'));
    app = await freshApp(provider, { SECRETARY_IDS: 'console:secretary' });
    process.env = { ...saved, DATABASE_URL: app.config.databaseUrl, LOG_LEVEL: 'silent', USER: 'secretary' };
  });
  afterEach(async () => {
    process.env = { ...saved };
    await app?.cleanup();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  const run = it.skipIf(provider === 'postgresql' && !pgUp);
  const say = (text: string) => chatter(app)('office', text, { user: 'secretary' });
  const item = async (n: number) => (await app.store.getResolution({ kind: 'number', number: n }))!;
  const cli = async (...args: string[]) => {
    const x = io();
    const code = await importCli.run(args, x.io);
    return { code, out: x.out() };
  };

  run('the same file again with --yes keeps /deadline and /owner; a conflict needs a flag', async () => {
    expect((await cli(SAMPLE_MINUTES, '--yes')).code).toBe(0);
    await say('/deadline 1 ۱۴۰۵/۱۲/۱۰');
    await say('/owner 3 + کارگروه روش شناسی');
    const again = await cli(SAMPLE_MINUTES, '--yes');
    expect(again.code).toBe(0);
    expect(again.out).toContain('مهلت «۱۴۰۵/۱۲/۱۰»: اصلاح‌شده — حفظ شد');
    expect(again.out).toContain('کارگروه روش شناسی»: اصلاح‌شده — حفظ شد');
    expect((await item(1)).dueDate).toBe('2027-03-01');
    expect((await item(3)).assignments.map((a) => a.ownerName)).toContain('کارگروه روش شناسی');

    // The file now gives row 1 a deadline too: --yes alone stores nothing and says what needs a decision.
    const changed = join(dir, 'census-55.txt');
    writeFileSync(changed, sample.replace(ROW_1, ROW_1.replace(/-$/, '۱۴۰۲/۰۱/۱۵')));
    await expect(cli(changed, '--yes')).rejects.toThrow(
      "nothing was stored: 1 field(s) were changed both in the file and by a correction since the last import: item 1 deadline (corrected: 1405/12/10; file: 1402/01/15); add --keep-corrections to keep the corrections or --take-file to take the file's values",
    );
    expect((await item(1)).dueDate).toBe('2027-03-01');
    await expect(cli(changed, '--yes', '--keep-corrections', '--take-file')).rejects.toThrow('choose one of');
    expect((await cli(changed, '--yes', '--take-file')).code).toBe(0);
    expect((await item(1)).dueDate).toBe('2023-04-04');

    await say('/deadline 1 ۱۴۰۵/۱۲/۲۰');
    writeFileSync(changed, sample.replace(ROW_1, ROW_1.replace(/-$/, '۱۴۰۲/۰۲/۱۵')));
    expect((await cli(changed, '--yes', '--keep-corrections')).code).toBe(0);
    expect((await item(1)).dueDate).toBe('2027-03-11');
    expect((await item(3)).assignments.map((a) => a.ownerName)).toContain('کارگروه روش شناسی');
  });

  run('at a terminal, each conflict is asked in the preview’s language, both values shown', async () => {
    expect((await cli(SAMPLE_MINUTES, '--yes')).code).toBe(0);
    await say('/deadline 1 ۱۴۰۵/۱۲/۱۰');
    const changed = join(dir, 'census-55.txt');
    writeFileSync(changed, sample.replace(ROW_1, ROW_1.replace(/-$/, '۱۴۰۲/۰۱/۱۵')));
    const asked: string[] = [];
    const x = io([true, true], asked);
    expect(await importCli.run([changed], x.io)).toBe(0);
    expect(asked[0]).toBe('مصوبه ۱، مهلت: اصلاح «۱۴۰۵/۱۲/۱۰» بماند؟ (نه = مقدار فایل «۱۴۰۲/۰۱/۱۵»)');
    expect(asked[1]).toBe('این مصوبه‌ها ثبت شوند؟');
    expect((await item(1)).dueDate).toBe('2027-03-01');
  });
});
