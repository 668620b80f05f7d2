// npm run bench: performance figures, measured side by side in one run. Prints a table, the query plans of
// the reminder sweep, and one JSON line last (the figures the targets in docs/performance.md refer to).
import { benchDesk } from './desk.js';
import { benchDone } from './done.js';
import { benchFanout } from './fanout.js';
import { round } from './fixture.js';
import { benchParse } from './parse.js';
import { benchRss } from './rss.js';
import { benchSweep } from './sweep.js';

const say = (s = '') => process.stdout.write(`${s}\n`);
const FANOUT_CHATS = Number(process.env.BENCH_FANOUT_CHATS ?? 300);

const started = performance.now();
const done = await benchDone({ ops: 300, rounds: 3, warmup: 60 });
const doneCpu = await benchDone({ ops: 600, rounds: 3, warmup: 60, synchronous: 'NORMAL' });
const [small, large] = await benchSweep([10_000, 100_000], 7);
const fanout = await benchFanout(FANOUT_CHATS);
const parse = benchParse(200, 15);
const rss = await benchRss();
const desk = await benchDesk(100_000, 15);

const rows: [string, string, string, string][] = [
  [
    '/done via handleUpdate (peygir)',
    `${round(done.opsPerSec, 1)} ops/s`,
    `p50 ${round(done.p50Ms)} ms`,
    `p99 ${round(done.p99Ms)} ms`,
  ],
  [
    '/done, bare grammY (reply only)',
    `${round(done.bareOpsPerSec, 0)} ops/s`,
    `p50 ${round(done.bareP50Ms, 3)} ms`,
    `p99 ${round(done.bareP99Ms, 3)} ms`,
  ],
  [
    '/done, synchronous=NORMAL (no fsync)',
    `${round(doneCpu.opsPerSec, 1)} ops/s`,
    `p50 ${round(doneCpu.p50Ms)} ms`,
    `p99 ${round(doneCpu.p99Ms)} ms`,
  ],
  [
    'sweep read path, 10k open / 1k due',
    `${small!.due} due`,
    `${round(small!.computeMs, 1)} ms`,
    `full sweep ${small!.sweepMs} ms`,
  ],
  [
    'sweep read path, 100k open / 1k due',
    `${large!.due} due`,
    `${round(large!.computeMs, 1)} ms`,
    `full sweep ${large!.sweepMs} ms`,
  ],
  [
    `fan-out to ${fanout.chats} chats (30 msg/s)`,
    `${round(fanout.seconds, 1)} s`,
    `minimum ${round(fanout.minimumSeconds, 1)} s`,
    `${fanout.tooMany} × 429, first send ${round(fanout.firstSendSeconds, 1)} s`,
  ],
  ['parse 200-resolution minutes', `${round(parse.kilobytes, 0)} KB`, `median ${round(parse.medianMs, 1)} ms`, ''],
  ['idle RSS', `peygir ${round(rss.peygirMb, 0)} MB`, `bare ${round(rss.bareMb, 0)} MB`, ''],
  [
    'desk register, 100k, one owner',
    `page ${round(desk.pageMs, 1)} ms`,
    `raw SQL ${round(desk.rawMs, 1)} ms`,
    `${round(desk.pageKb, 1)} KB HTML`,
  ],
];
const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
say('| benchmark | | | |');
say('|---|---|---|---|');
for (const r of rows) say(`| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`);
say();
say('Query plans of the sweep read path (100k open items):');
for (const p of large!.plans) say(`  ${p.sql.slice(0, 90)}…\n    → ${p.plan.join(' / ')}`);
say();
say(
  `whole run: ${round((performance.now() - started) / 1000, 1)} s; measured ${new Date().toISOString().slice(0, 10)}`,
);
say(
  JSON.stringify({
    doneVsBareGrammy: round(done.opsPerSec / done.bareOpsPerSec, 4),
    doneP99Ms: round(done.p99Ms),
    sweepRatio100kVs10k: round(large!.computeMs / small!.computeMs),
    fanoutVsLimit: round(fanout.seconds / fanout.minimumSeconds),
    parse200Ms: round(parse.medianMs, 1),
    rssVsBareGrammy: round(rss.peygirMb / rss.bareMb),
    deskRegisterVsRaw: round(desk.pageMs / desk.rawMs),
  }),
);
