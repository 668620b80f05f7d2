// The bench's arithmetic (bench/stats.ts): per-round ratios and their median, tails that refuse too few
// samples, and the check that makes `npm run bench -- --check` fail when a figure misses its target.
import { describe, expect, it } from 'vitest';
import { BEGIN, END, renderRun } from '../../bench/docs.js';
import { judge, MIN_TAIL_SAMPLES, median, passed, ratioValue, tail } from '../../bench/stats.js';
import { TARGETS } from '../../bench/targets.js';

describe('the bench’s statistics', () => {
  it('takes the median of an odd and of an even count', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNaN();
  });

  it('divides round by round, not median by median', () => {
    // A slow round on both sides (load on the machine) leaves its ratio alone.
    const peygir = [2, 20, 3];
    const raw = [1, 10, 1];
    const v = ratioValue('x', peygir, raw);
    expect(v.value).toBe(2);
    expect(median(peygir) / median(raw)).toBe(3);
    expect(v.spread).toEqual({ min: 2, q1: 2, q3: 3, max: 3 });
    expect(v.n).toBe(3);
    expect(() => ratioValue('x', [1, 2], [1])).toThrow(/2 rounds against 1/);
  });

  it('refuses a tail from fewer samples than the minimum', () => {
    const few = Array.from({ length: MIN_TAIL_SAMPLES - 1 }, (_, i) => i);
    expect(() => tail(few, 99)).toThrow(/at least 1000 samples/);
    const enough = Array.from({ length: MIN_TAIL_SAMPLES }, (_, i) => MIN_TAIL_SAMPLES - i);
    expect(tail(enough, 99)).toBe(991);
  });
});

describe('the check against the targets', () => {
  const targets = [
    { key: 'fast', what: 'a ratio', limit: { op: '<=' as const, value: 2 } },
    { key: 'sure', what: 'a floor', limit: { op: '>=' as const, value: 0.5 } },
    { key: 'one', what: 'a count', limit: { op: '=' as const, value: 1 } },
    { key: 'info', what: 'reported only' },
  ];

  it('passes when every figure meets its limit, the limit itself included', () => {
    const values = [
      { key: 'fast', value: 2 },
      { key: 'sure', value: 0.5 },
      { key: 'one', value: 1 },
      { key: 'info', value: 1e9 },
    ];
    const verdicts = judge(targets, values, () => true);
    expect(verdicts.map((v) => v.outcome)).toEqual(['met', 'met', 'met', 'reported']);
    expect(passed(verdicts)).toBe(true);
  });

  it('fails on a miss, on a number that is not one, and on a figure that ran without giving its value', () => {
    expect(passed(judge(targets, [{ key: 'fast', value: 2.01 }], (k) => k === 'fast'))).toBe(false);
    expect(passed(judge(targets, [{ key: 'sure', value: Number.NaN }], (k) => k === 'sure'))).toBe(false);
    const absent = judge(targets, [], (k) => k === 'one');
    expect(absent.map((v) => [v.target.key, v.outcome])).toEqual([['one', 'absent']]);
    expect(passed(absent)).toBe(false);
  });

  it('leaves out the targets of figures that did not run', () => {
    expect(judge(targets, [{ key: 'fast', value: 1 }], (k) => k === 'fast')).toHaveLength(1);
  });

  it('keeps one target per figure key', () => {
    const keys = TARGETS.map((t) => t.key);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('writes the run between the markers, each target with its verdict', () => {
    // Two judged targets: the first measured, the second not.
    const judged = TARGETS.filter((t) => t.limit).slice(0, 2);
    const verdicts = judge(judged, [{ key: judged[0]!.key, value: 0.1 }], () => true);
    const text = renderRun({
      verdicts,
      rows: [['a', 'b', 'c', 'd|e']],
      notes: [],
      quick: true,
      seconds: 1,
      peakLoad: 1,
      date: new Date('2026-01-01T00:00:00Z'),
    });
    expect(text).toContain('2026-01-01');
    expect(text).toMatch(/\| 0\.1 \|.*\| \*\*no\*\* \|/);
    expect(text).toContain('**not measured**');
    expect(text).toContain('d\\|e');
    expect(BEGIN).not.toBe(END);
  });
});
