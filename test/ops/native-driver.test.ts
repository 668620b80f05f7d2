// Where npm could not download better-sqlite3's prebuilt binary and had no compiler to build it, or built it
// for another Node.js, starting peygir (or any command-line command) fails with one line that says what is
// missing and what to run, never a stack trace. The native module's failure is staged by a preload.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'peygir-native-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(entry: string, args: string[], broken: 'missing' | 'other-node') {
  const preload = new URL('./fixtures/broken-sqlite.mjs', import.meta.url).href;
  return new Promise<{ code: number; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', '--import', preload, entry, ...args],
      {
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          DATABASE_URL: `file:${join(dir, `${broken}.db`)}`,
          HTTP_PORT: '0',
          BROKEN_SQLITE: broken,
        },
        timeout: 60_000,
      },
      (err, _stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stderr }),
    );
  });
}

describe('a SQLite driver that cannot load', { timeout: 120_000 }, () => {
  it.each([
    ['src/main.ts', [], 'missing', 'it was never built'],
    ['src/cli.ts', ['migrate'], 'other-node', 'built for another Node.js version'],
  ] as const)('%s %s (%s) stops with one line naming the fix', async (entry, args, broken, why) => {
    const out = await run(entry, [...args], broken);
    expect(out.code).toBe(1);
    const lines = out.stderr.trim().split('\n');
    expect(lines, out.stderr).toHaveLength(1);
    expect(lines[0]).toMatch(/^peygir( migrate)?: the SQLite driver \(better-sqlite3\) cannot load its native module/);
    expect(lines[0]).toContain(why);
    expect(lines[0]).toContain('npm rebuild better-sqlite3');
    expect(lines[0]).toContain('Python 3, make and a C++ compiler');
  });
});
