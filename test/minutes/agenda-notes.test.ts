// Notes taken against the agenda: a team that writes its minutes under «* Agenda», topic by topic, marks the
// tasks it settles as it goes («AI: …», «TODO: …»). Those are the meeting's tasks; an agenda sent before the
// meeting, with no such marks, still gives none.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const read = (text: string[]) => parseMinutesText(text.join('\n')).resolutions.map((r) => [r.text, r.owners]);

describe('tasks marked in notes under an agenda', () => {
  it('reads «AI:» and «TODO:» bullets nested under the agenda topics', () => {
    expect(
      read([
        '## March 3, 2025',
        '',
        '* Host: Odile',
        '* Agenda',
        '    * Mentoring scheme',
        '        * Teo: worried we ask too much of new mentors',
        '        * AI: draft a shorter checklist for mentors',
        '    * Budget',
        '        * Wren: the venue quote came in higher than last year',
        '        * AI: Wren to ask two other venues for quotes',
        '        * TODO: Lior to read the sponsor terms before the retreat',
      ]),
    ).toEqual([
      ['draft a shorter checklist for mentors', []],
      ['Wren to ask two other venues for quotes', ['Wren']],
      ['Lior to read the sponsor terms before the retreat', ['Lior']],
    ]);
  });

  it('leaves an agenda sent before the meeting, whose lines only name topics', () => {
    expect(
      read([
        '## March 3, 2025',
        '',
        '## Agenda',
        '',
        '* Mentoring scheme - Teo',
        '* Budget review - Wren to present the venue quotes',
        '* Any other business',
      ]),
    ).toEqual([]);
  });
});
