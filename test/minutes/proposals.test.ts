// Working-group notes put a proposal to the group, record the votes, then its outcome on a line of its own; and
// they write handles in lower case after «ACTION:».
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const items = (text: string) => parseMinutesText(text).resolutions.map((r) => [r.text, r.owners] as const);

describe('a proposal and its outcome', () => {
  it('reads the proposal carried as the resolution, and the talk after the outcome as notes', () => {
    const found = items(`Editors call

Present: mira, tobias, jun

Stale issues
mira: a dozen issues have had no comment for a year.
PROPOSED: Close the stale issues older than one year
<tobias> +1
<jun> +1
SO RESOLVED
ACTION: mira to label the issues before closing them

Naming
tobias: I would rather keep the old name for one more release.
jun: Does anyone object?
ACTION: reply to the reviewer on the naming thread`);
    expect(found).toEqual([
      ['Close the stale issues older than one year', []],
      ['mira to label the issues before closing them', ['mira']],
      ['reply to the reviewer on the naming thread', []],
    ]);
  });

  it('keeps no proposal that no outcome follows', () => {
    const found = items(`Editors call

PROPOSED: Move the call one hour earlier
<tobias> -1
jun: We will come back to this next week.`);
    expect(found).toEqual([]);
  });
});
