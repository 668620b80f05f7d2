// Words that open a line of notes before «to» without being anyone: what became of a matter («Added to the wiki
// page …», «Deferred to next meeting», «Moved to the backlog»), the sentence's frame («As to timing …») and
// nouns of what is given («Outreach to local schools …»). Names ending in «-ed» stay names.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const read = (lines: string[]) =>
  parseMinutesText(['# Weekly sync', '', '## Notes', ...lines].join('\n')).resolutions.map((r) => [r.text, r.owners]);

describe('no one before «to»', () => {
  it('leaves participles, frame words and nouns of what is given', () => {
    expect(
      read([
        '- Added to the wiki page for later',
        '- Deferred to next meeting.',
        '- Moved to the backlog for now',
        '- Outreach to local schools is planned',
        '- As to timing, nothing settled.',
        '- How to fund the trip?',
      ]),
    ).toEqual([]);
  });

  it('keeps names that end like a participle', () => {
    expect(
      read([
        '- Ted to send the slides.',
        '- Jared to book the room.',
        '- Rasheed to call the venue.',
        '- Khaled to draft the note.',
      ]),
    ).toEqual([
      ['Ted to send the slides.', ['Ted']],
      ['Jared to book the room.', ['Jared']],
      ['Rasheed to call the venue.', ['Rasheed']],
      ['Khaled to draft the note.', ['Khaled']],
    ]);
  });
});
