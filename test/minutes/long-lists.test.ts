// Minutes with long lists of bodies (a circular to every office of a province) are read in time that grows with
// the list, not with its square: each rule reads a list of names once, not again from each of its commas.
import { describe, expect, it } from 'vitest';
import { nameReads } from '../../src/minutes/owners.js';
import { parseText } from '../../src/minutes/parse.js';

const BODIES = [
  'اداره کل راه و شهرسازی',
  'شهرداری',
  'فرمانداری',
  'دانشگاه علوم پزشکی',
  'اداره کل بهزیستی',
  'کمیته فنی',
];

function minutes(bodies: number, separator: string): string {
  const list = Array.from({ length: bodies }, (_, i) => BODIES[i % BODIES.length]).join(separator);
  return `مصوبات:\n۱- مقرر شد ${list} نسبت به تهیه گزارش اقدام نمایند.\n۲- مقرر شد ${list} گزارش را ارسال نمایند.`;
}

function reads(text: string): number {
  const before = nameReads.count;
  parseText(text);
  return nameReads.count - before;
}

describe('a long list of bodies', () => {
  it.each([
    ['commas', '، '],
    ['«و»', ' و '],
  ])('joined by %s gives each body once, and is read in work that grows with the list', (_, separator) => {
    const parsed = parseText(minutes(120, separator));
    for (const r of parsed.resolutions) expect([...r.owners].sort()).toEqual([...BODIES].sort());
    const short = reads(minutes(30, separator));
    const long = reads(minutes(240, separator));
    // Eight times the bodies: a little more than eight times the reads at most, never sixty-four.
    expect(long).toBeLessThan(short * 12);
  });

  it('keeps a near miss apart: a list with a body that only receives the report is not all owners', () => {
    const parsed = parseText('مصوبات:\n۱- مقرر شد شهرداری، فرمانداری و کمیته فنی گزارش را به استانداری ارسال نمایند.');
    expect(parsed.resolutions[0]!.owners).toEqual(['شهرداری', 'فرمانداری', 'کمیته فنی']);
  });
});

describe('a long item read clause by clause', () => {
  it('still finds the deadline that opens a clause, and who acts after it, however long the item before it', () => {
    const before = Array.from({ length: 200 }, () => 'گزارش عملکرد سازمان در خصوص طرح جامع').join(' ');
    const parsed = parseText(
      `مصوبات:\n۱- ${before} ارائه شد و مقرر شد تا پایان هفته آینده شهرداری گزارش را ارسال نماید.`,
    );
    expect(parsed.resolutions[0]!.owners).toEqual(['شهرداری']);
    expect(parsed.resolutions[0]!.deadline).toBe('تا پایان هفته آینده');
  });
});
