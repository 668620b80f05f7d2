// A Markdown table whose one heading names the actions and who does them («Actions: Responsible/None»), beside
// the topic and the notes: read as an HTML table is — the list items of a cell are entries each, the actions from
// that column, from the others only what a body settled. A table whose action column names no one is read by its
// headings as before.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const rows = [
  '| Topic | Notes | Actions: Responsible/None |',
  '| --- | --- | --- |',
  '| Welcome | Quorum reached | <p><br></p> |',
  '| Venue | <ul><li>Costs rose again</li><li>Group agreed to move the spring meetup online</li></ul> | <ul><li>Ilse Moro to cancel the hall booking</li><li>Tarek to email the speakers within a week</li></ul> |',
  '| Newsletter | Draft reviewed | Wen to send the March issue |',
  '| Other | Nothing raised | N/A |',
];

describe('a Markdown table of topics, notes and actions', () => {
  const parsed = parseMinutesText(`# Club minutes 2024-03-04\n\n## Agenda\n\n${rows.join('\n')}\n`);

  it('reads each action and what the group agreed, row by row', () => {
    expect(parsed.resolutions.map((r) => [r.text, r.owners, r.kind])).toEqual([
      ['Group agreed to move the spring meetup online', [], 'decision'],
      ['Ilse Moro to cancel the hall booking', ['Ilse Moro'], 'action'],
      ['Tarek to email the speakers within a week', ['Tarek'], 'action'],
      ['Wen to send the March issue', ['Wen'], 'action'],
    ]);
  });

  it('keeps a table whose columns name the task and the owner apart as it was read', () => {
    const plain = parseMinutesText(
      '# Club minutes 2024-03-04\n\n## Actions\n\n| Action | Owner |\n| --- | --- |\n| Book the hall | Ilse |\n',
    );
    expect(plain.resolutions.map((r) => [r.text, r.owners])).toEqual([['Book the hall', ['Ilse']]]);
  });
});
