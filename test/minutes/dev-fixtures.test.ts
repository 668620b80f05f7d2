// Real public minutes of other shapes, scored field by field. The floors below are the scores the parser
// reached; a change that lowers any of them fails here (raise them when the parser gets better).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';
import { type Expected, type Scores, score } from './score.js';

const dir = new URL('../../../shared/fixtures/minutes/dev/', import.meta.url);
const present = existsSync(dir);

const FLOORS: Record<string, Scores> = {
  // Every field reads in full, the meeting's date as written (`date_as_written`) included.
  '02-sharifieh-council-288': { count: 1, number: 1, text: 1, owners: 1, deadline: 1, meeting: 1 },
  '05-anreo-alborz-council-12': { count: 1, number: 1, text: 1, owners: 1, deadline: 1, meeting: 1 },
  '13-rez-tsc-2022-11-17': { count: 1, number: 1, text: 1, owners: 1, deadline: 1, meeting: 1 },
  '14-sharifieh-council-139': { count: 1, number: 1, text: 1, owners: 1, deadline: 1, meeting: 1 },
  '15-yazd-council-18-term3': { count: 1, number: 1, text: 1, owners: 1, deadline: 1, meeting: 1 },
  '16-miyaneh-council-43': { count: 1, number: 1, text: 1, owners: 1, deadline: 1, meeting: 1 },
  '17-mazandnezam-board-68': { count: 1, number: 1, text: 1, owners: 1, deadline: 1, meeting: 1 },
  '18-mazandnezam-board-54': { count: 1, number: 1, text: 1, owners: 1, deadline: 1, meeting: 1 },
  '19-bushehr-nezam-board-19': { count: 1, number: 1, text: 1, owners: 1, deadline: 1, meeting: 1 },
  '20-anreo-alborz-council-10': { count: 1, number: 1, text: 1, owners: 1, deadline: 1, meeting: 1 },
  '21-hsu-government-week-staff': { count: 1, number: 1, text: 1, owners: 1, deadline: 1, meeting: 1 },
  '22-mkhk-charity-board-314': { count: 1, number: 1, text: 1, owners: 1, deadline: 1, meeting: 1 },
  '23-sharifieh-council-252': { count: 1, number: 1, text: 1, owners: 1, deadline: 1, meeting: 1 },
  '24-sharifieh-council-20': { count: 1, number: 1, text: 1, owners: 1, deadline: 1, meeting: 1 },
  '25-intersect-backlog-wg-2024-04-29': { count: 1, number: 1, text: 1, owners: 1, deadline: 1, meeting: 1 },
  '26-intersect-backlog-wg-2024-09-23': { count: 1, number: 1, text: 1, owners: 1, deadline: 1, meeting: 1 },
  '27-oasis-osim-tc-2024-06-04': { count: 1, number: 1, text: 1, owners: 1, deadline: 1, meeting: 1 },
  '42-mahout-2025-08-01': { count: 1, number: 1, text: 1, owners: 1, deadline: 1, meeting: 1 },
  '44-sharifieh-council-105': { count: 1, number: 1, text: 1, owners: 1, deadline: 1, meeting: 1 },
  '45-sharifieh-council-255': { count: 1, number: 1, text: 1, owners: 1, deadline: 1, meeting: 1 },
  '47-cabinet-provincial-trips-wg': { count: 1, number: 1, text: 1, owners: 1, deadline: 1, meeting: 1 },
  '50-kr-social-wg-news': { count: 1, number: 1, text: 1, owners: 1, deadline: 1, meeting: 1 },
};
/** Fixtures added later without a floor of their own still have to parse to something close. */
const DEFAULT_FLOOR: Scores = { count: 0.5, number: 0.5, text: 0.5, owners: 0.3, deadline: 0.3, meeting: 1 };

// Where CI runs they must be there: a missing folder fails the run rather than passing it with nothing read.
it.runIf(process.env.CI)('has the dev fixtures to read', () => {
  expect(present, `no minutes at ${dir.pathname}`).toBe(true);
});

describe.skipIf(!present)('dev fixtures', () => {
  const names = present ? readdirSync(dir).filter((f) => f.endsWith('.txt')) : [];
  it.each(names)('%s keeps its scores', (file) => {
    const stem = file.replace(/\.txt$/, '');
    const text = readFileSync(new URL(file, dir), 'utf8');
    const expected = JSON.parse(readFileSync(new URL(`${stem}.expected.json`, dir), 'utf8')) as Expected;
    const got = score(parseMinutesText(text, { fileName: file }), expected);
    const floor = FLOORS[stem] ?? DEFAULT_FLOOR;
    for (const key of Object.keys(floor) as (keyof Scores)[]) {
      expect.soft(got[key], `${stem} ${key}`).toBeGreaterThanOrEqual(floor[key] - 1e-9);
    }
  });
});
