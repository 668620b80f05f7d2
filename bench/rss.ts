// Idle memory: the bot process against a bare grammY bot process, both long polling the same fake Bot API.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFakeBotApi } from '../test/telegram/fake-bot-api.js';
import type { Figure } from './figure.js';
import { round } from './fixture.js';
import { ratioValue, type Value } from './stats.js';

const CHILD = fileURLToPath(new URL('./idle-bot.ts', import.meta.url));

export interface RssResult {
  peygirMb: number;
  bareMb: number;
  vsBare: Value;
}

function idleRss(kind: 'peygir' | 'bare', apiRoot: string): Promise<number> {
  return new Promise((resolve, reject) => {
    // Both run under the same loader (tsx) and flags, so its own footprint cancels out.
    const dir = mkdtempSync(join(tmpdir(), 'peygir-idle-'));
    const child = spawn(process.execPath, ['--import', 'tsx', '--expose-gc', CHILD, kind], {
      env: { ...process.env, BENCH_API_ROOT: apiRoot, BENCH_DIR: dir },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (c) => {
      out += c;
      const line = out.split('\n').find((l) => l.startsWith('{'));
      if (!line) return;
      child.kill('SIGKILL');
      resolve(JSON.parse(line).rss as number);
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      rmSync(dir, { recursive: true, force: true });
      if (!out.includes('{')) reject(new Error(`idle ${kind} bot exited with ${code}`));
    });
  });
}

export async function benchRss(): Promise<RssResult> {
  const api = await startFakeBotApi();
  try {
    const mb = (b: number) => b / 1024 / 1024;
    // Alternated and repeated: the figure is the median of the rounds' ratios.
    const peygir: number[] = [];
    const bare: number[] = [];
    for (let i = 0; i < 3; i++) {
      peygir.push(await idleRss('peygir', api.url));
      bare.push(await idleRss('bare', api.url));
    }
    return {
      peygirMb: mb(Math.min(...peygir)),
      bareMb: mb(Math.min(...bare)),
      vsBare: ratioValue('rssVsBareGrammy', peygir, bare),
    };
  } finally {
    await api.close();
  }
}

export const rssFigure: Figure = {
  name: 'rss',
  async run() {
    const r = await benchRss();
    return {
      rows: [['idle RSS', `peygir ${round(r.peygirMb, 0)} MB`, `bare ${round(r.bareMb, 0)} MB`, '']],
      values: [r.vsBare],
    };
  },
};
