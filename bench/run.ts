// npm run bench: performance figures, each measured against its baseline in the same run (interleaved rounds,
// medians). Prints a table, notes such as the sweep's query plans, and one JSON line last (the figures the
// targets in docs/performance.md refer to). BENCH_QUICK=1 runs smaller sizes while developing.
// A new figure is a module exporting a Figure (bench/figure.ts), added to the list below.
import { deskFigure } from './desk.js';
import { doneFigure } from './done.js';
import { fanoutFigure } from './fanout.js';
import type { Figure, Row } from './figure.js';
import { round } from './fixture.js';
import { importFigure } from './import.js';
import { opsFigure } from './ops.js';
import { parseFigure } from './parse.js';
import { reportFigure } from './report.js';
import { rssFigure } from './rss.js';
import { statusFigure } from './status.js';
import { sweepFigure } from './sweep.js';

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

const quick = process.env.BENCH_QUICK === '1';
const only = process.env.BENCH_ONLY?.split(',');
const say = (s = '') => process.stdout.write(`${s}\n`);

const started = performance.now();
const rows: Row[] = [];
const notes: string[] = [];
const json: Record<string, number> = {};
for (const figure of figures) {
  if (only && !only.includes(figure.name)) continue;
  const t = performance.now();
  const result = await figure.run(quick);
  rows.push(...result.rows);
  notes.push(...(result.notes ?? []));
  Object.assign(json, result.json);
  process.stderr.write(`${figure.name}: ${round((performance.now() - t) / 1000, 1)} s\n`);
}

const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length)));
say('| benchmark | | | |');
say('|---|---|---|---|');
for (const r of rows) say(`| ${r.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`);
say();
for (const n of notes) say(n);
say();
say(
  `whole run${quick ? ' (quick)' : ''}: ${round((performance.now() - started) / 1000, 1)} s; measured ${new Date().toISOString().slice(0, 10)}`,
);
say(JSON.stringify(json));
