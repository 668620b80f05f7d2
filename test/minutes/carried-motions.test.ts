// A motion carried, told over a sentence or two or over the lines under it: the motion is the decision, and
// who moved and seconded it do not act on it.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const items = (text: string) => parseMinutesText(text).resolutions.map((r) => [r.text, r.owners] as const);

describe('a motion carried', () => {
  it('is read from the sentences of a paragraph up to its vote, without the talk before it', () => {
    const found = items(`Library Committee

OPENING
The chair opened the meeting at 6 p.m.

LAST MINUTES
Motion to accept the minutes of 3 March by Member Okafor; second by Member Lind. Motion passed with two abstentions.

NEW BUSINESS
The chair said the reading room needs new chairs. Purchase of twelve chairs from the spring budget by Member Lind; second by Member Okafor. The motion passed.`);
    expect(found).toEqual([
      [
        'Motion to accept the minutes of 3 March by Member Okafor; second by Member Lind. Motion passed with two abstentions.',
        [],
      ],
      ['Purchase of twelve chairs from the spring budget by Member Lind; second by Member Okafor.', []],
    ]);
  });

  it('joins the lines that hold only the vote to the motion above them', () => {
    const found = items(`Village Board

Roll call: all present.

- Motion by Trustee Haas, seconded by Trustee Pell, to set the spring clean-up for 12 April.
  Ayes: 4    Nays: 1    Motion carried
- Motion to hire a summer lifeguard: Trustee Pell; Seconded: Trustee Haas
- Motion carried, all in favour.
Oskar Varga moved to name the new park after the founders, seconded:
Motion carried 7-2`);
    expect(found.map(([t, o]) => [t.slice(0, 40), o])).toEqual([
      ['Motion by Trustee Haas, seconded by Trus', []],
      ['Motion to hire a summer lifeguard: Trust', []],
      ['Oskar Varga moved to name the new park a', []],
    ]);
  });

  it('takes a motion line ending in a colon for the record over its vote, not for a heading', () => {
    const found = items(`Steering committee

New maintainer for the docs project
Priya moved to confirm Bao as maintainer, seconded:
Ayes: 9  Nays: 0
Motion carried 9-0
Release planning
Marta presented the calendar for the spring release.`);
    expect(found).toEqual([
      ['Priya moved to confirm Bao as maintainer, seconded: Ayes: 9  Nays: 0 Motion carried 9-0', []],
    ]);
  });

  it('keeps nothing of a motion that fell, and no vote line on its own', () => {
    const found = items(`Village Board

- Motion by Trustee Haas, seconded by Trustee Pell, to close the pool on Mondays.
  Ayes: 2    Nays: 3    Motion Failed
- Trustee Pell reported on the pool attendance.`);
    expect(found).toEqual([]);
  });
});
