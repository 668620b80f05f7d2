// `npm run bench -- --docs`: the run written into docs/performance.md, between the markers below, so the targets
// and the figures a reader sees are the bench's own: the targets from bench/targets.ts, each figure measured with
// its spread, met or not, and the detail table. Everything outside the markers is written by hand.
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Row } from './figure.js';
import { round, type Verdict } from './stats.js';

export const BEGIN = '<!-- bench:begin (written by `npm run bench -- --docs`; edit bench/targets.ts instead) -->';
export const END = '<!-- bench:end -->';

export interface RunReport {
  verdicts: Verdict[];
  rows: Row[];
  notes: string[];
  quick: boolean;
  seconds: number;
  peakLoad: number;
  only?: string[];
  date: Date;
}

const cell = (s: string) => s.replace(/\|/g, '\\|');

export function renderRun(run: RunReport): string {
  const out: string[] = [];
  const scope = run.only ? `figures ${run.only.join(', ')}` : 'every figure';
  out.push(
    `Last written from \`npm run bench -- --docs\`${run.quick ? ' with `BENCH_QUICK=1`' : ''} on ${run.date.toISOString().slice(0, 10)}: ${scope}, ${round(run.seconds, 0)} s, load average up to ${round(run.peakLoad, 1)} on ${availableParallelism()} cores.`,
  );
  out.push('');
  out.push('| figure | target | measured | spread (min–max; middle half) | n | met? | key |');
  out.push('|---|---|---|---|---|---|---|');
  const word = { met: 'yes', missed: '**no**', absent: '**not measured**', reported: '—' } as const;
  for (const v of run.verdicts) {
    const limit = v.target.limit
      ? `${v.target.limit.op === '=' ? '=' : v.target.limit.op === '<=' ? '≤' : '≥'} ${v.target.limit.value}`
      : 'reported';
    const s = v.value?.spread;
    const spread = s ? `${round(s.min)}–${round(s.max)}; ${round(s.q1)}–${round(s.q3)}` : '';
    out.push(
      `| ${cell(v.target.what)} | ${limit} | ${v.value ? round(v.value.value) : '—'} | ${spread} | ${v.value?.n ?? ''} | ${word[v.outcome]} | \`${v.target.key}\` |`,
    );
  }
  out.push('');
  out.push('| benchmark | | | |');
  out.push('|---|---|---|---|');
  for (const r of run.rows) out.push(`| ${r.map(cell).join(' | ')} |`);
  if (run.notes.length > 0) {
    out.push('');
    out.push('```');
    out.push(...run.notes);
    out.push('```');
  }
  return out.join('\n');
}

/** Replaces what lies between the markers in `file` with this run; the markers must be there. */
export function writeDocs(file: string, run: RunReport): void {
  const text = readFileSync(file, 'utf8');
  const begin = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  if (begin < 0 || end < begin) throw new Error(`${file} has no generated section (${BEGIN} … ${END})`);
  writeFileSync(file, `${text.slice(0, begin + BEGIN.length)}\n${renderRun(run)}\n${text.slice(end)}`);
}
