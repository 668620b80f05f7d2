// The desk's rate limiter is bounded without forgetting the key being limited: a flood of other keys (rotating
// client addresses) evicts the keys used least recently, never every counter at once.
import { describe, expect, it } from 'vitest';
import { RateLimit } from '../../src/desk/limit.js';

describe('RateLimit', () => {
  it('refuses past its count within the window and counts afresh in the next one', () => {
    const limit = new RateLimit(3, 60_000);
    const t0 = 1_000_000;
    expect([1, 2, 3, 4].map(() => limit.take('a', t0))).toEqual([true, true, true, false]);
    expect(limit.take('b', t0)).toBe(true);
    expect(limit.take('a', t0 + 59_999)).toBe(false);
    expect(limit.take('a', t0 + 60_000)).toBe(true);
  });

  it('keeps refusing a key that keeps trying while twenty thousand others come and go', () => {
    const limit = new RateLimit(2, 60_000);
    const t0 = 1_000_000;
    limit.take('guesser', t0);
    limit.take('guesser', t0);
    for (let i = 0; i < 20_000; i++) {
      limit.take(`rotating-${i}`, t0);
      if (i % 100 === 0) expect(limit.take('guesser', t0), `after ${i} other keys`).toBe(false);
    }
    expect(limit.size).toBeLessThanOrEqual(10_000);
  });
});
