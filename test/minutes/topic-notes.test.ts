// Notes told topic by topic under an agenda heading: each title, then «Discussion: …», «Conclusion: …» and an
// «Action items: …» line. What was settled and the tasks are the resolutions; the discussion is not.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const items = (text: string) => parseMinutesText(text).resolutions.map((r) => [r.text, r.owners] as const);

describe('notes told topic by topic', () => {
  it('reads each conclusion without its label and each action line as one task', () => {
    const found = items(`Allotment society, committee notes

Attendees: Nora, Eli, Samir, Jo

Agenda items

Water supply

Discussion: The east tap leaks again and the plumber is booked out.

Action items: Eli to find a second plumber

Plot waiting list

Discussion: Nine names are on the list.

Conclusion: Samir and Jo to split the two vacant plots for new members.

Action Item 2: Nora to write to the council about the fence

Date of next meeting: 4 May`);
    expect(found).toEqual([
      ['Eli to find a second plumber', ['Eli']],
      ['Samir and Jo to split the two vacant plots for new members.', ['Samir', 'Jo']],
      ['Nora to write to the council about the fence', ['Nora']],
    ]);
  });

  it('still reads no agenda sent before the meeting', () => {
    const found = items(`Allotment society

Agenda items
- Water supply
- Plot waiting list: Eli to report

ACTION: Jo to buy a new hose`);
    expect(found).toEqual([['Jo to buy a new hose', ['Jo']]]);
  });
});
