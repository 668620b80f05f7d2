// The two README commands' promise: `npm start` with no token is a console chat with the sample
// minutes, drivable from a script. Runs the real entry point in a child process.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../src/app.js';
import { loadConfig } from '../src/config.js';
import { resolutionProgress } from '../src/core/status.js';
import { createLogger } from '../src/logger.js';

const dir = mkdtempSync(join(tmpdir(), 'peygir-console-'));
const DATABASE_URL = `file:${join(dir, 'peygir.db')}`;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], input: string, env: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    const child = execFile(
      process.execPath,
      ['--import', 'tsx', 'src/main.ts', ...args],
      {
        env: { PATH: process.env.PATH, HOME: process.env.HOME, DATABASE_URL, USER: 'tester', HTTP_PORT: '0', ...env },
        timeout: 30_000,
      },
      (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
    child.stdin!.end(input);
  });
}

async function resolution3() {
  const app = await createApp(loadConfig({ DATABASE_URL }), createLogger('silent'));
  try {
    const r = await app.store.getResolution({ kind: 'number', number: 3 });
    return resolutionProgress(r!.assignments.map((a) => a.status));
  } finally {
    await app.close();
  }
}

describe('console chat', () => {
  it('runs the README walkthrough on the sample minutes', async () => {
    const out = await run([], '/link کمیته فاوا\n/list\n/done 3\n/status\n');
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('sample minutes imported');
    expect(out.stdout).toContain('TELEGRAM_BOT_TOKEN');
    // The desk opens with the console (on a free port here) and the banner says how to sign in.
    expect(out.stdout).toMatch(
      /Desk: http:\/\/127\.0\.0\.1:\d+\/desk — sign-in link: npm run --silent peygir -- desk-link/,
    );
    expect(out.stdout).toContain('این گروه به کمیته فاوا وصل شد');
    expect(out.stdout).toContain('[۷]');
    expect(out.stdout).toContain('۲ متولی دیگر هنوز گزارش نداده‌اند');
    expect(out.stdout).toContain('== وضعیت مصوبات ==');
    expect(await resolution3()).toMatchObject({ done: 1, total: 3, status: 'in_progress' });
  });

  it('other chats report the other owners, and /undo reopens', async () => {
    const data = await run(['--chat', 'data'], '/link کمیته تامین داده\n/done 3\n');
    expect(data.stdout).not.toContain('sample minutes imported');
    await run(['--chat', 'office'], '/link دبیرخانه\n/done 3\n');
    expect(await resolution3()).toMatchObject({ done: 3, status: 'done' });
    const undo = await run(['--chat', 'office'], '/undo\n');
    expect(undo.stdout).toContain('برگردانده شد');
    expect(await resolution3()).toMatchObject({ done: 2, status: 'in_progress' });
  });

  it('stops with one clear line on bad configuration', async () => {
    const out = await run([], '', { COUNCIL_TIMEZONE: 'Mars/Olympus' });
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/^peygir: Invalid configuration:\n {2}- COUNCIL_TIMEZONE: /);
    expect(out.stderr).not.toContain('    at ');
  });
});
