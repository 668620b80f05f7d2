// Notes that put the speaker first and drop the subject of what they take on: «Greta, we should settle the policy
// first. Will open an issue …». The speaker acts. Not what a speaker only expects («Will be hard»), a
// list of names, nor a need («Planning will need more work»).
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const read = (lines: string[]) =>
  parseMinutesText(['# Steering meeting', '', '## Agenda', '', '### Issues', ...lines].join('\n')).resolutions.map(
    (r) => [r.text, r.owners],
  );

describe('a speaker taking on a task', () => {
  it('gives the task to the speaker named first', () => {
    expect(
      read([
        '* Release schedule for the old line #412',
        '  * Greta, we should settle the general policy first. Will open an issue for it before next meeting.',
        '  * Ravi: will ask the build team about the extra runners',
      ]),
    ).toEqual([
      ['Greta, we should settle the general policy first. Will open an issue for it before next meeting.', ['Greta']],
      ['will ask the build team about the extra runners', ['Ravi']],
    ]);
  });

  it('leaves an expectation and a need', () => {
    expect(
      read([
        '* Password API #77',
        '  * Hale, agree. Will be hard to land before the freeze.',
        '  * Planning will need more work.',
        '  * Greta, the two proposals are similar.',
      ]),
    ).toEqual([]);
  });
});
