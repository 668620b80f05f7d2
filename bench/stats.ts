// The bench's arithmetic, kept free of I/O so a unit test can hold it to its word: medians and percentiles, the
// per-round ratios every comparison is reported by, tails that refuse too few samples, and the check of each
// figure against its target.

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const sortedCopy = (values: readonly number[]) => [...values].sort((a, b) => a - b);

/** The middle value; of an even count, the mean of the two middle ones. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const s = sortedCopy(values);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

/** How a figure spread over its rounds or samples: the extremes and the middle half. */
export interface Spread {
  min: number;
  q1: number;
  q3: number;
  max: number;
}

export function spreadOf(values: readonly number[]): Spread {
  const s = sortedCopy(values);
  return { min: s[0] ?? Number.NaN, q1: percentile(s, 25), q3: percentile(s, 75), max: s.at(-1) ?? Number.NaN };
}

/** One reported number: the figure's value, and where it came from. */
export interface Value {
  key: string;
  value: number;
  /** The per-round ratios (or samples) the value is the median (or percentile) of. */
  spread?: Spread;
  /** How many rounds or samples. */
  n?: number;
}

/**
 * `numerator[i] / denominator[i]` for each round i (the two sides timed in the same round, so load on the
 * machine falls on both alike), and their median with its spread.
 */
export function ratioValue(key: string, numerator: readonly number[], denominator: readonly number[]): Value {
  if (numerator.length !== denominator.length || numerator.length === 0) {
    throw new Error(`${key}: ${numerator.length} rounds against ${denominator.length}`);
  }
  const ratios = numerator.map((n, i) => n / denominator[i]!);
  return { key, value: median(ratios), spread: spreadOf(ratios), n: ratios.length };
}

/** The least samples a tail percentile is taken from: fewer say more about the machine than about the code. */
export const MIN_TAIL_SAMPLES = 1000;

/** The p-th percentile of samples, refusing fewer than MIN_TAIL_SAMPLES. */
export function tail(samples: readonly number[], p: number): number {
  if (samples.length < MIN_TAIL_SAMPLES) {
    throw new Error(`a p${p} needs at least ${MIN_TAIL_SAMPLES} samples, got ${samples.length}`);
  }
  return percentile(sortedCopy(samples), p);
}

export type Op = '<=' | '>=' | '=';

export interface Target {
  key: string;
  /** What is measured, against what, in one line for the report. */
  what: string;
  /** Absent: reported, never judged. */
  limit?: { op: Op; value: number };
}

export interface Verdict {
  target: Target;
  value?: Value;
  /** met, missed, not measured (its figure ran and did not give it), or reported (no limit). */
  outcome: 'met' | 'missed' | 'absent' | 'reported';
}

export function meets(value: number, limit: { op: Op; value: number }): boolean {
  if (!Number.isFinite(value)) return false;
  if (limit.op === '<=') return value <= limit.value;
  if (limit.op === '>=') return value >= limit.value;
  return value === limit.value;
}

/**
 * Each target against the values measured. A target whose key was not measured is `absent` when `ran` says its
 * figure ran (a figure that forgot a number fails the check), and left out when its figure was not run at all.
 */
export function judge(targets: readonly Target[], values: readonly Value[], ran: (key: string) => boolean): Verdict[] {
  const byKey = new Map(values.map((v) => [v.key, v]));
  const verdicts: Verdict[] = [];
  for (const target of targets) {
    const value = byKey.get(target.key);
    if (!value) {
      if (ran(target.key)) verdicts.push({ target, outcome: target.limit ? 'absent' : 'reported' });
      continue;
    }
    const outcome = !target.limit ? 'reported' : meets(value.value, target.limit) ? 'met' : 'missed';
    verdicts.push({ target, value, outcome });
  }
  return verdicts;
}

/** Whether the check passes: every judged figure met. */
export const passed = (verdicts: readonly Verdict[]) =>
  verdicts.every((v) => v.outcome === 'met' || v.outcome === 'reported');
