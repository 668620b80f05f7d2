// An HTML table inside Markdown, on one line as wiki exports write it: the actions column's list items are
// action items, other columns give only decisions, in row order; a hedged or relative time reads as written.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const table = [
  '<table><thead><tr><th>Topic</th><th>Notes</th><th>Actions: Owner</th></tr></thead><tbody>',
  '<tr><td>Budget</td><td><ul><li>Costs rose.</li><li>Agreed to freeze hiring.</li></ul></td>',
  '<td><ul><li>Nadia and Omar to revise the plan next week.</li><li>Publish the figures, ideally within a day.</li></ul></td></tr>',
  '<tr><td>Venue</td><td>Hall booked</td><td><br></td></tr>',
  '<tr><td>Website</td><td><p></p></td><td><ul><li>Priya to fix the footer &#x26; links.</li></ul></td></tr>',
  '</tbody></table>',
].join('');

describe('an HTML table in Markdown', () => {
  const parsed = parseMinutesText(`# Team minutes 2024-05-02\n\n## Agenda\n\n${table}\n`);

  it('reads the actions column and the decisions, row by row', () => {
    expect(parsed.resolutions.map((r) => [r.text, r.owners, r.kind])).toEqual([
      ['Agreed to freeze hiring.', [], 'decision'],
      ['Nadia and Omar to revise the plan next week.', ['Nadia', 'Omar'], 'action'],
      ['Publish the figures, ideally within a day.', [], 'action'],
      ['Priya to fix the footer & links.', ['Priya'], 'action'],
    ]);
  });

  it('reads «next week» as a deadline and a hedged «within a day» as none', () => {
    expect(parsed.resolutions.map((r) => r.deadline)).toEqual([null, 'next week', null, null]);
    expect(parsed.resolutions[1]?.dueDate).toBe('2024-05-09');
  });
});
