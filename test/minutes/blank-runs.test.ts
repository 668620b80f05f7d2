// Blanks as pasted text has them: an indent or a gap between columns is kept as written, while a run of
// thousands (a page's layout, a key held down) is cut to 32, so rules that look back over blanks read it once.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';
import { toDisplay } from '../../src/minutes/normalize.js';

describe('runs of blanks', () => {
  it('keeps indents, column gaps and a half-space as written, and cuts only a run longer than 32', () => {
    expect(toDisplay('  ۱- الف\tب      ج می‌شود')).toBe('  ۱- الف\tب      ج می‌شود');
    expect(toDisplay(`الف${' '.repeat(40)}ب`)).toBe(`الف${' '.repeat(32)}ب`);
    expect(toDisplay(`a${'\t'.repeat(33)}b`)).toBe(`a${'\t'.repeat(32)}b`);
    expect(toDisplay(`a${' '.repeat(32)}`)).toBe('a');
  });

  // Each of these took over ten seconds at 80,000 blanks when every blank was a place to look back from; cut, they
  // read in milliseconds, so the time allowed holds a wide margin for a busy machine and still catches the square.
  it.each([
    ['spaces', ' '],
    ['half-spaces', '\u200c'],
    ['no-break spaces', '\u00a0'],
  ])('reads an item with 80,000 %s in it as the same item', { timeout: 3000 }, (_, blank) => {
    const parsed = parseMinutesText(
      `Notes\n- No${blank.repeat(80_000)}consensus yet.\n\nمصوبات:\n۱- مقرر شد${blank.repeat(80_000)} شهرداری گزارش را ارسال کند.`,
    );
    const persian = parsed.resolutions.find((r) => r.text.includes('گزارش'));
    expect(persian?.owners).toEqual(['شهرداری']);
    expect(persian!.text.length).toBeLessThan(100);
  });
});
