// Working-group notes hand tasks to a role written in lower case after «the», of one person or of the few who
// hold it: «The chairs will confirm …», «The editors to merge …». The role acts, its article kept as «The clerk» is.
// Not a role's state («The chairs will be away») nor a thing («The minutes will be posted»).
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const read = (lines: string[]) =>
  parseMinutesText(['# Session notes', '', '## Notes', ...lines].join('\n')).resolutions.map((r) => [r.text, r.owners]);

describe('a role in lower case taking a task', () => {
  it('gives the task to the role', () => {
    expect(
      read([
        '- Adoption call for the key-rotation draft',
        '    - The chairs will confirm adoption on the mailing list.',
        '    - The editors to fold the review comments into the next revision.',
      ]),
    ).toEqual([
      ['The chairs will confirm adoption on the mailing list.', ['The chairs']],
      ['The editors to fold the review comments into the next revision.', ['The editors']],
    ]);
  });

  it('leaves a state and a thing', () => {
    expect(read(['- The chairs will be away in August.', '- The minutes will be posted on the wiki.'])).toEqual([]);
  });
});
