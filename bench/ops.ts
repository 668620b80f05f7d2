// Operations figures: how fast the compiled bot is ready (launch to its first long poll) against a bare grammY
// bot in plain JavaScript, and its idle private memory against a process that only connects the Prisma client.
// Beside them, a floor: the bare bot that first connects Prisma and runs one query (bench/floor-bot.mjs), the
// least any bot on this stack does before it polls; the figures themselves are not measured against it.
// Private memory is the anonymous part of the resident set (/proc/<pid>/smaps_rollup): what the process itself
// allocated, not the shared libraries every Node process maps.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFakeBotApi } from '../test/telegram/fake-bot-api.js';
import type { Figure } from './figure.js';
import { round } from './fixture.js';
import { median, ratioValue, type Value } from './stats.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const IDLE_MS = 3000;

export interface OpsResult {
  peygirReadyMs: number;
  bareReadyMs: number;
  peygirPrivateMb: number;
  prismaPrivateMb: number;
  peygirRssMb: number;
  prismaRssMb: number;
  floorReadyMs: number;
  floorPrivateMb: number;
}

export interface OpsRuns extends OpsResult {
  /** Per-round ratios' medians: launch to poll against the bare bot, private memory against Prisma alone. */
  startup: Value;
  memory: Value;
  startupFloor: Value;
  memoryFloor: Value;
}

function memory(pid: number): { privateMb: number; rssMb: number } {
  const text = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(text)?.[1] ?? Number.NaN);
  return { privateMb: kb('Anonymous') / 1024, rssMb: kb('Rss') / 1024 };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(test: () => boolean, what: string, ms = 60_000): Promise<void> {
  const started = Date.now();
  while (!test()) {
    if (Date.now() - started > ms) throw new Error(`timed out waiting for ${what}`);
    await sleep(2);
  }
}

function launch(args: string[], env: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'ignore'],
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGKILL');
  await exited;
}

export async function benchOps(rounds = 5): Promise<OpsRuns> {
  // Compiled output is what `npm start` runs; build it if a source changed.
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  const api = await startFakeBotApi();
  const dir = mkdtempSync(join(tmpdir(), 'peygir-ops-bench-'));
  const runs: OpsResult[] = [];
  try {
    for (let i = 0; i < rounds; i++) {
      const polled = (token: string) => () => api.calls.some((c) => c.token === token && c.method === 'getUpdates');
      const peygirToken = `1${i}:OPS`;
      let t = performance.now();
      const peygir = launch(['dist/src/main.js'], {
        DATABASE_URL: `file:${join(dir, `ops${i}.db`)}`,
        TELEGRAM_BOT_TOKEN: peygirToken,
        TELEGRAM_API_ROOT: api.url,
        LOG_LEVEL: 'silent',
      });
      await until(polled(peygirToken), 'the bot to poll');
      const peygirReadyMs = performance.now() - t;
      await sleep(IDLE_MS);
      const p = memory(peygir.pid!);
      await stop(peygir);

      t = performance.now();
      const bare = launch(['bench/bare-bot.mjs'], { BENCH_API_ROOT: api.url });
      await until(polled('2:BARE'), 'the bare bot to poll');
      const bareReadyMs = performance.now() - t;
      await stop(bare);

      t = performance.now();
      const floor = launch(['bench/floor-bot.mjs'], { BENCH_API_ROOT: api.url, BENCH_DB: join(dir, `ops${i}.db`) });
      await until(polled('3:FLOOR'), 'the floor bot to poll');
      const floorReadyMs = performance.now() - t;
      await sleep(IDLE_MS);
      const f = memory(floor.pid!);
      await stop(floor);
      api.calls.length = 0;

      const baseline = launch(['bench/prisma-baseline.mjs'], { BENCH_DB: join(dir, `ops${i}.db`) });
      let out = '';
      baseline.stdout!.on('data', (c) => {
        out += c;
      });
      await until(() => out.includes('ready'), 'the Prisma baseline');
      await sleep(IDLE_MS);
      const b = memory(baseline.pid!);
      await stop(baseline);
      runs.push({
        peygirReadyMs,
        bareReadyMs,
        peygirPrivateMb: p.privateMb,
        prismaPrivateMb: b.privateMb,
        peygirRssMb: p.rssMb,
        prismaRssMb: b.rssMb,
        floorReadyMs,
        floorPrivateMb: f.privateMb,
      });
    }
  } finally {
    await api.close();
    rmSync(dir, { recursive: true, force: true });
  }
  // Each figure is the median of the rounds' ratios, each round's processes started one after the other.
  const of = (k: keyof OpsResult) => runs.map((r) => r[k]);
  const mid = (k: keyof OpsResult) => median(of(k));
  return {
    peygirReadyMs: mid('peygirReadyMs'),
    bareReadyMs: mid('bareReadyMs'),
    peygirPrivateMb: mid('peygirPrivateMb'),
    prismaPrivateMb: mid('prismaPrivateMb'),
    peygirRssMb: mid('peygirRssMb'),
    prismaRssMb: mid('prismaRssMb'),
    floorReadyMs: mid('floorReadyMs'),
    floorPrivateMb: mid('floorPrivateMb'),
    startup: ratioValue('startupVsBareGrammy', of('peygirReadyMs'), of('bareReadyMs')),
    memory: ratioValue('memVsPrismaBaseline', of('peygirPrivateMb'), of('prismaPrivateMb')),
    startupFloor: ratioValue('startupFloorVsBareGrammy', of('floorReadyMs'), of('bareReadyMs')),
    memoryFloor: ratioValue('memFloorVsPrismaBaseline', of('floorPrivateMb'), of('prismaPrivateMb')),
  };
}

export const opsFigure: Figure = {
  name: 'ops',
  async run() {
    const ops = await benchOps();
    return {
      rows: [
        [
          'ready (launch to first poll), compiled',
          `peygir ${round(ops.peygirReadyMs, 0)} ms`,
          `bare grammY ${round(ops.bareReadyMs, 0)} ms`,
          `floor (bare + Prisma) ${round(ops.floorReadyMs, 0)} ms = ${round(ops.floorReadyMs / ops.bareReadyMs)}×`,
        ],
        [
          'idle private memory, compiled',
          `peygir ${round(ops.peygirPrivateMb, 0)} MB`,
          `Prisma only ${round(ops.prismaPrivateMb, 0)} MB`,
          `RSS ${round(ops.peygirRssMb, 0)} MB; floor ${round(ops.floorPrivateMb, 0)} MB = ${round(ops.floorPrivateMb / ops.prismaPrivateMb)}×`,
        ],
      ],
      values: [
        ops.startup,
        ops.memory,
        { key: 'idleRssMb', value: ops.peygirRssMb },
        ops.startupFloor,
        ops.memoryFloor,
      ],
    };
  },
};

// `npx tsx bench/ops.ts` measures these figures alone.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await benchOps();
  const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
  process.stdout.write(
    `${JSON.stringify({
      startupVsBareGrammy: round(r.startup.value),
      memVsPrismaBaseline: round(r.memory.value),
      startupFloorVsBareGrammy: round(r.startupFloor.value),
      ...Object.fromEntries(Object.entries(r).flatMap(([k, v]) => (typeof v === 'number' ? [[k, round(v, 1)]] : []))),
    })}\n`,
  );
}
