// npm run bench: performance figures, each measured against its baseline in the same run (interleaved rounds,
// medians of per-round ratios). Prints a table, notes such as the sweep's query plans, each figure against its
// target (bench/targets.ts) and one JSON line last.
//   npm run bench -- --check   exits 1 when a figure misses its target (or a figure that ran did not give it)
//   npm run bench -- --docs    writes the run into docs/performance.md, between its generated-section markers
// BENCH_QUICK=1 runs smaller sizes while developing; BENCH_ONLY=done,status runs some figures only.
// A new figure is a module exporting a Figure (bench/figure.ts), added to the list below, its targets to targets.ts.
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import { deskFigure } from './desk.js';
import { writeDocs } from './docs.js';
import { doneFigure } from './done.js';
import { fanoutFigure } from './fanout.js';
import type { Figure, Row } from './figure.js';
import { importFigure } from './import.js';
import { opsFigure } from './ops.js';
import { parseFigure } from './parse.js';
import { reportFigure } from './report.js';
import { rssFigure } from './rss.js';
import { judge, passed, round, type Value } from './stats.js';
import { statusFigure } from './status.js';
import { sweepFigure } from './sweep.js';
import { TARGETS } from './targets.js';

const figures: Figure[] = [
  doneFigure,
  statusFigure,
  reportFigure,
  sweepFigure,
  fanoutFigure,
  parseFigure,
  importFigure,
  rssFigure,
  opsFigure,
  deskFigure,
];

const args = new Set(process.argv.slice(2));
const quick = process.env.BENCH_QUICK === '1';
const only = process.env.BENCH_ONLY?.split(',');
const say = (s = '') => process.stdout.write(`${s}\n`);

const started = performance.now();
const load = [loadavg()];
const rows: Row[] = [];
const notes: string[] = [];
const values: Value[] = [];
const ran = new Set<string>();
const failed: string[] = [];
for (const figure of figures) {
  if (only && !only.includes(figure.name)) continue;
  ran.add(figure.name);
  const t = performance.now();
  try {
    const result = await figure.run(quick);
    rows.push(...result.rows);
    notes.push(...(result.notes ?? []));
    values.push(...result.values);
  } catch (err) {
    // One broken figure does not hide the others; its targets come out «not measured».
    failed.push(figure.name);
    process.stderr.write(`${figure.name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  }
  load.push(loadavg());
  process.stderr.write(`${figure.name}: ${round((performance.now() - t) / 1000, 1)} s\n`);
}
const seconds = (performance.now() - started) / 1000;

const figureOf = new Map(TARGETS.map((t) => [t.key, t.figure]));
const verdicts = judge(TARGETS, values, (key) => ran.has(figureOf.get(key) ?? ''));
const untargeted = values.filter((v) => !figureOf.has(v.key)).map((v) => v.key);
if (untargeted.length > 0) throw new Error(`figures without an entry in bench/targets.ts: ${untargeted.join(', ')}`);

const widths = [0, 1, 2, 3].map((i) => Math.max(0, ...rows.map((r) => r[i]!.length)));
say('| benchmark | | | |');
say('|---|---|---|---|');
for (const r of rows) say(`| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`);
say();
for (const n of notes) say(n);
say();
const mark = { met: 'met', missed: 'MISSED', absent: 'NOT MEASURED', reported: 'reported' } as const;
for (const v of verdicts) {
  const limit = v.target.limit ? `${v.target.limit.op} ${v.target.limit.value}` : '';
  const spread = v.value?.spread ? ` (${round(v.value.spread.min)}–${round(v.value.spread.max)}, n=${v.value.n})` : '';
  say(`${mark[v.outcome].padEnd(12)} ${v.target.key} ${v.value ? round(v.value.value) : '—'}${spread} ${limit}`);
}
const peak = Math.max(...load.map((l) => l[0]!));
say();
say(
  `whole run${quick ? ' (quick)' : ''}: ${round(seconds, 1)} s; load average up to ${round(peak, 1)}; measured ${new Date().toISOString().slice(0, 10)}`,
);
say(JSON.stringify(Object.fromEntries(values.map((v) => [v.key, round(v.value)]))));

if (args.has('--docs')) {
  const file = fileURLToPath(new URL('../docs/performance.md', import.meta.url));
  writeDocs(file, { verdicts, rows, notes, quick, seconds, peakLoad: peak, only, date: new Date() });
  process.stderr.write(`wrote ${file}\n`);
}
if (args.has('--check')) {
  const ok = passed(verdicts) && failed.length === 0;
  process.stderr.write(ok ? 'check: every figure met its target\n' : 'check: some figures missed their targets\n');
  if (!ok) process.exitCode = 1;
}
