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
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'src/cli.ts', ...args],
      { env: { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL }, timeout: 30_000 },
      (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('peygir CLI', () => {
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
    expect(dry.stdout).toContain('Dry run: nothing was stored.');
    expect(dry.stdout).toContain('Owners matched by alias: فاوا = کمیته فاوا');
    expect(JSON.parse((await cli('export', '--format', 'json')).stdout).resolutions).toEqual([]);

    const first = await cli('import', SAMPLE_MINUTES, '--yes');
    expect(first.stdout).toContain('Imported: 7 new, 0 updated');
    const again = await cli('import', SAMPLE_MINUTES, '--yes');
    expect(again.stdout).toContain('imported before');
    expect(again.stdout).toContain('Imported: 0 new, 7 updated');

    const exported = JSON.parse((await cli('export', '--format', 'json')).stdout);
    expect(exported.resolutions).toHaveLength(7);
    expect(exported.resolutions[2]).toMatchObject({
      number: 3,
      meeting: '55',
      row: 3,
      status: 'open',
      owners: [
        { name: 'کمیته فاوا', status: 'open' },
        { name: 'کمیته تامین داده', status: 'open' },
        { name: 'دبیرخانه', status: 'open' },
      ],
    });
  });

  it('without --yes and without a terminal it asks, and stores nothing', async () => {
    const other = join(dir, 'other.txt');
    writeFileSync(other, readFileSync(SAMPLE_MINUTES, 'utf8').replace('شماره جلسه: ۵۵', 'شماره جلسه: ۵۶'));
    const out = await cli('import', other);
    expect(out.code).toBe(1);
    expect(out.stdout).toContain('Cancelled: nothing was stored.');
    expect(JSON.parse((await cli('export')).stdout).resolutions).toHaveLength(7);
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
    expect((await cli('frobnicate')).code).toBe(2);
    expect((await cli('export', '--format', 'yaml')).stderr).toContain('unknown format');
  });

  it('migrate reports an up-to-date database', async () => {
    expect((await cli('migrate')).stdout).toContain('up to date');
  });
});
