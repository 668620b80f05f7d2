// `npm start` runs the compiled bot, and stopping it leaves nothing behind: SIGTERM to the npm process (what
// a service manager or `kill` sends) and Ctrl-C (SIGINT to the whole foreground group) both end every
// process of the tree within 10 s. The console chat keeps stdin open, as a terminal would.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'peygir-stop-'));
const children: ChildProcess[] = [];

beforeAll(() => {
  // Compile once up front (a no-op when dist/ is current), so the timings below measure start and stop only.
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'ignore' });
}, 300_000);

afterAll(() => {
  for (const c of children) if (c.pid) groupKill(c.pid, 'SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

function groupKill(pgid: number, signal: NodeJS.Signals) {
  try {
    process.kill(-pgid, signal);
  } catch {
    // Already gone.
  }
}

/** Whether any process of the group is alive (npm, its shell, the bot). */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

async function startNpm(name: string, logLevel: string) {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: `file:${join(dir, `${name}.db`)}`,
    LOG_LEVEL: logLevel,
  };
  for (const k of ['TELEGRAM_BOT_TOKEN', 'BALE_BOT_TOKEN', 'SLACK_BOT_TOKEN', 'WEBHOOK_PUBLIC_URL', 'NODE_OPTIONS'])
    delete env[k];
  // Its own process group, as a terminal gives a foreground job: the group is how we find every descendant.
  const child = spawn('npm', ['start'], { cwd: ROOT, env, detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
  children.push(child);
  let out = '';
  child.stdout!.on('data', (c) => {
    out += c;
  });
  child.stderr!.on('data', (c) => {
    out += c;
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`npm start did not come up:\n${out}`)), 60_000);
    const check = () => {
      if (out.includes('peygir console chat')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', check);
    child.once('exit', () => reject(new Error(`npm start exited early:\n${out}`)));
  });
  return { child, pgid: child.pid!, output: () => out };
}

async function goneWithin(pgid: number, ms: number): Promise<number> {
  const started = Date.now();
  while (groupAlive(pgid)) {
    if (Date.now() - started > ms) return Number.POSITIVE_INFINITY;
    await new Promise((r) => setTimeout(r, 100));
  }
  return Date.now() - started;
}

describe('npm start and stop', () => {
  it('kill -TERM of the npm process stops the whole tree within 10 s', async () => {
    const { child, pgid, output } = await startNpm('term', 'debug');
    expect(output()).toContain('node dist/src/main.js');
    expect(output()).toContain('"msg":"peygir started"');
    process.kill(child.pid!, 'SIGTERM');
    expect(await goneWithin(pgid, 10_000)).toBeLessThan(10_000);
  }, 90_000);

  it('Ctrl-C stops the whole tree within 10 s; LOG_LEVEL=info keeps the debug start-up line out', async () => {
    const { pgid, output } = await startNpm('int', 'info');
    groupKill(pgid, 'SIGINT');
    expect(await goneWithin(pgid, 10_000)).toBeLessThan(10_000);
    expect(output()).not.toContain('peygir started');
  }, 90_000);
});
