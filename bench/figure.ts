// One benchmark figure: a module that measures something and returns table rows and named values (each a
// median of per-round ratios with its spread, a tail from enough samples, or a plain number). run.ts runs the
// list of figures, prints them, judges them against bench/targets.ts and can write docs/performance.md.
import { settle } from './fixture.js';
import type { Value } from './stats.js';

export type Row = [string, string, string, string];

export interface FigureResult {
  rows: Row[];
  values: Value[];
  /** Extra lines printed after the table (query plans). */
  notes?: string[];
}

export interface Figure {
  name: string;
  run(quick: boolean): Promise<FigureResult>;
}

/** A plain number (a count, a size, a time against a fixed limit): no rounds behind it. */
export const plain = (key: string, value: number): Value => ({ key, value });

export interface Side {
  /** Untimed work before each timed run (a write, so that what is kept is read again). */
  before?: () => Promise<unknown>;
  run: () => Promise<unknown>;
}

/**
 * Times each side once per round, for `rounds` rounds, in alternating order (A B, then B A), collecting garbage
 * before each timed run: a burst of load from other processes falls on both sides of a round, which the
 * per-round ratios (stats.ts ratioValue) then cancel. Returns each side's times, round by round.
 */
export async function interleaved<K extends string>(
  sides: Record<K, Side | (() => Promise<unknown>)>,
  rounds: number,
): Promise<Record<K, number[]>> {
  const names = Object.keys(sides) as K[];
  const times = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<K, number[]>;
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 === 0 ? names : [...names].reverse();
    for (const name of order) {
      const entry = sides[name];
      const side: Side = typeof entry === 'function' ? { run: entry } : entry;
      await side.before?.();
      settle();
      const t = performance.now();
      await side.run();
      times[name].push(performance.now() - t);
    }
  }
  return times;
}
