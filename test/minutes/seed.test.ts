import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMinutesFile, parseMinutesText } from '../../src/minutes/index.js';
import { toCanon } from '../../src/minutes/normalize.js';
import type { Expected } from './score.js';

const samplePath = new URL('../../src/minutes/samples/census-council-55.fa.txt', import.meta.url);
const expected = JSON.parse(
  readFileSync(new URL('./census-council-55.fa.expected.json', import.meta.url), 'utf8'),
) as Expected & { meeting: Record<string, string> };

describe('seed minutes (census council, session 55)', () => {
  const parsed = parseMinutesText(readFileSync(samplePath, 'utf8'));

  it.each(Object.keys(expected.meeting))('meeting.%s', (key) => {
    expect((parsed.meeting as unknown as Record<string, unknown>)[key]).toBe(expected.meeting[key]);
  });

  it('has every resolution of the table and nothing else', () => {
    expect(parsed.resolutions.map((r) => r.number)).toEqual(expected.resolutions.map((r) => r.number));
  });

  it.each(expected.resolutions.map((r, i) => [r.number, i] as const))('resolution %i', (_n, i) => {
    const got = parsed.resolutions[i]!;
    const want = expected.resolutions[i]!;
    expect(got.text).toBe(want.text);
    expect(got.owners).toEqual(want.owners);
    expect(got.deadline).toBe(want.deadline);
    expect(got.dueDate).toBeNull();
    expect(got.kind).toBe('decision');
  });

  it('reads no next meeting when it is "to be announced"', () => {
    expect(parsed.meeting.nextMeeting).toBeNull();
    expect(parsed.warnings).toEqual([]);
  });

  it('reads the same from the file', async () => {
    const fromFile = await parseMinutesFile(samplePath.pathname);
    expect(fromFile.resolutions).toEqual(parsed.resolutions);
  });
});

describe('seed minutes as other tools save them', () => {
  const seed = readFileSync(samplePath, 'utf8');
  const plain = parseMinutesText(seed);
  it('reads the same with CRLF, Arabic ي/ك, Arabic-Indic digits, NBSP and bidi marks', () => {
    const messy = seed
      .replace(/\n/g, '\r\n')
      .replace(/ی/g, 'ي')
      .replace(/ک/g, 'ك')
      .replace(/۵/g, '٥')
      .replace(/: /g, ':\u00a0')
      .replace(/^/gm, '\u200f');
    const parsed = parseMinutesText(messy);
    // The date as written keeps its digits as written, Arabic-Indic ones too; it reads as the same date.
    const { date_as_written: written, ...meeting } = parsed.meeting;
    const { date_as_written: plainWritten, ...plainMeeting } = plain.meeting;
    expect(meeting).toEqual(plainMeeting);
    expect(written).toBe('۱۴۰۱/۰۷/۲٥');
    expect(toCanon(written!)).toBe(toCanon(plainWritten!));
    expect(parsed.resolutions).toEqual(plain.resolutions);
  });
});
