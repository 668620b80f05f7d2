import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchKey, normalizeText } from '../../src/core/text.js';
import { toCanon, toDisplay } from '../../src/minutes/normalize.js';
import { parseText } from '../../src/minutes/parse.js';

/** Characters minutes are made of, weighted towards the ones the rules look at. */
const minutesChar = fc.constantFrom(
  ...'مقرر شد گردید توسط کمیته آقای خانم و تا پایان ظرف هفته ماه ۱۲۳۴۵۶۷۸۹۰٠١٢ يك:-/.،()|*#•[]x\t\n\r \u200c\u200f\u00a0abcXYZ0123456789'.split(
    '',
  ),
);
const minutesText = fc.oneof(
  fc.string({ unit: minutesChar, maxLength: 300 }),
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

describe('normalization', () => {
  it('normalizeText is idempotent', () => {
    fc.assert(
      fc.property(minutesText, (s) => normalizeText(normalizeText(s)) === normalizeText(s)),
      { numRuns: 500 },
    );
  });
  it('matchKey is idempotent', () => {
    fc.assert(
      fc.property(minutesText, (s) => matchKey(matchKey(s)) === matchKey(s)),
      { numRuns: 500 },
    );
  });
  it('the display form is idempotent and the canonical form keeps its length', () => {
    fc.assert(
      fc.property(minutesText, (s) => {
        const d = toDisplay(s);
        return toDisplay(d) === d && toCanon(d).length === d.length && toCanon(toCanon(d)) === toCanon(d);
      }),
      { numRuns: 500 },
    );
  });
});

describe('parser robustness', () => {
  it('never throws on arbitrary text', () => {
    fc.assert(
      fc.property(minutesText, (s) => {
        const r = parseText(s);
        expect(Array.isArray(r.resolutions)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('numbers from one an item marked «۰-۰» (a case the property below once found)', () => {
    const r = parseText('مصوبات:\n۰-۰م');
    expect(r.resolutions.map((x) => x.number)).toEqual([1]);
  });

  it('never throws on arbitrary lines under a resolutions heading', () => {
    const line = fc.string({ unit: minutesChar, maxLength: 80 });
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const r = parseText(`مصوبات:\n${lines.join('\n')}`);
        for (const res of r.resolutions) {
          expect(Number.isInteger(res.number) && res.number > 0).toBe(true);
          expect(res.text.trim()).not.toBe('');
          for (const owner of res.owners) expect(owner.trim()).not.toBe('');
        }
      }),
      { numRuns: 200 },
    );
  });
});
