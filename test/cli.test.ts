// The peygir command line, run as a user runs it: parse, import (all-or-nothing), export, migrate.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE_MINUTES } from '../src/sample.js';

const dir = mkdtempSync(join(tmpdir(), 'peygir-cli-'));
const DATABASE_URL = `file:${join(dir, 'cli.db')}`;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function cli(...args: string[]) {
  return cliWith({}, ...args);
}

function cliWith(env: Record<string, string>, ...args: string[]) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli.ts', ...args],
      { env: { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL, ...env }, timeout: 30_000 },
      (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

// Each run starts a process and opens the database: several runs in one test need more than the default time.
describe('peygir CLI', { timeout: 180_000 }, () => {
  it('parse --json prints the contract for the sample minutes', async () => {
    const out = await cli('parse', SAMPLE_MINUTES, '--json');
    expect(out.code).toBe(0);
    const json = JSON.parse(out.stdout);
    const expected = JSON.parse(
      readFileSync(new URL('./minutes/census-council-55.fa.expected.json', import.meta.url), 'utf8'),
    );
    expect(json.meeting).toMatchObject(expected.meeting);
    expect(
      json.resolutions.map((r: { number: number; text: string; owners: string[]; deadline: string | null }) => ({
        number: r.number,
        text: r.text,
        owners: r.owners,
        deadline: r.deadline,
      })),
    ).toEqual(expected.resolutions);
  });

  it('import --dry-run stores nothing; import --yes stores; a re-import updates', async () => {
    const dry = await cli('import', SAMPLE_MINUTES, '--dry-run');
    // A Persian preview ends in Persian: nothing after it switches language.
    expect(dry.stdout.trim().split('\n').at(-1)).toBe('فقط پیش‌نمایش بود؛ چیزی ثبت نشد.');
    expect(dry.stdout).not.toMatch(/Dry run|Imported/);
    // The preview speaks the configured language: Persian by default, English when asked.
    expect(dry.stdout).toContain('یکی دانسته شد: فاوا = کمیته فاوا');
    expect(dry.stdout).toContain('[۳] مقرر شد');
    const english = await cliWith({ LANGUAGE: 'en' }, 'import', SAMPLE_MINUTES, '--dry-run');
    expect(english.stdout).toContain('Matched: فاوا = کمیته فاوا');
    expect(english.stdout).toContain('Meeting 55 · 1401/07/25');
    expect(english.stdout).toContain('Dry run: nothing was stored.');
    expect(JSON.parse((await cli('export', '--format', 'json')).stdout).resolutions).toEqual([]);

    const first = await cli('import', SAMPLE_MINUTES, '--yes');
    expect(first.stdout.trim().split('\n').at(-1)).toBe('صورتجلسه ثبت شد: ۷ مصوبه جدید، ۰ به‌روز شده.');
    const again = await cli('import', SAMPLE_MINUTES, '--yes');
    expect(again.stdout).toContain('این جلسه قبلاً وارد شده است');
    expect(again.stdout).toContain('بدون تغییر');
    expect(again.stdout).toContain('صورتجلسه ثبت شد: ۰ مصوبه جدید، ۷ به‌روز شده.');

    const exported = JSON.parse((await cli('export', '--format', 'json')).stdout);
    expect(exported.resolutions).toHaveLength(7);
    expect(exported.resolutions[2]).toMatchObject({
      number: 3,
      meeting: '55',
      row: 3,
      status: 'open',
      owners: [
        { name: 'کمیته فاوا', status: 'open', percent: null, seenAt: null, seenBy: null },
        { name: 'کمیته تامین داده', status: 'open' },
        { name: 'دبیرخانه', status: 'open' },
      ],
    });
  });

  it('without --yes and without a terminal it says to add --yes, and stores nothing', async () => {
    const other = join(dir, 'other.txt');
    writeFileSync(other, readFileSync(SAMPLE_MINUTES, 'utf8').replace('شماره جلسه: ۵۵', 'شماره جلسه: ۵۶'));
    const out = await cli('import', other);
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('add --yes');
    expect(JSON.parse((await cli('export')).stdout).resolutions).toHaveLength(7);
  });

  it('the same number with another date is not merged without --update-meeting or --new-meeting', async () => {
    const later = join(dir, 'later.txt');
    writeFileSync(later, readFileSync(SAMPLE_MINUTES, 'utf8').replace('۱۴۰۱/۰۷/۲۵', '۱۴۰۲/۰۱/۲۰'));
    const asked = await cli('import', later, '--yes');
    expect(asked.code).toBe(1);
    expect(asked.stdout).toContain('جلسه ۵۵ با تاریخ ۱۴۰۱/۰۷/۲۵ قبلاً ثبت شده');
    expect(asked.stderr).toContain('add --update-meeting to update it or --new-meeting');
    expect(JSON.parse((await cli('export')).stdout).resolutions).toHaveLength(7);
    const stored = await cliWith({ LANGUAGE: 'en' }, 'import', later, '--yes', '--new-meeting');
    expect(stored.stdout).toContain('Minutes imported: 7 new, 0 updated.');
    expect(JSON.parse((await cli('export')).stdout).resolutions).toHaveLength(14);
  });

  it('bad input gets a plain error and no stack trace', async () => {
    const missing = await cli('import', join(dir, 'nope.txt'), '--yes');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^peygir import: /);
    expect(missing.stderr).not.toContain('    at ');
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, 'just some words, no resolutions here\n');
    const none = await cli('import', empty, '--yes');
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('no resolutions found');
    const bogus = await cli('bogus');
    expect(bogus.code).toBe(2);
    expect(bogus.stderr.split('\n')[0]).toBe('peygir: unknown command "bogus"');
    expect(bogus.stderr).toContain('usage: peygir <command>');
    expect(bogus.stdout).toBe('');
    const help = await cli('help');
    expect([help.code, help.stderr]).toEqual([0, '']);
    expect(help.stdout).toMatch(/^usage: peygir <command>/);
    expect((await cli('export', '--format', 'yaml')).stderr).toContain('unknown format');
  });

  it('owners add registers an owner that parse then reads; --no-db reads the file alone', async () => {
    const added = await cli('owners', 'add', 'کمیته آمار', '--alias', 'آمار');
    expect(added.stdout).toBe('Registered "کمیته آمار" with other name(s): آمار.\n');
    expect((await cli('owners', 'list')).stdout).toContain('کمیته آمار (also: آمار)\n');
    const file = join(dir, 'stats.txt');
    writeFileSync(file, 'مصوبات:\n۱- جدول‌های آمار ولادت تا پایان ماه تکمیل شود.\n');
    const owners = async (...flags: string[]) =>
      JSON.parse((await cli('parse', file, '--json', ...flags)).stdout).resolutions[0].owners;
    expect(await owners()).toEqual(['کمیته آمار']);
    expect(await owners('--no-db')).toEqual([]);
  });

  it('migrate reports an up-to-date database', async () => {
    expect((await cli('migrate')).stdout).toContain('up to date');
  });
});
