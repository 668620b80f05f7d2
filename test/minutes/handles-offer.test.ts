// Notes that call people by their chat handle, in lower case, record who took a task as «jdoe volunteers to
// …»; present tense «Kofi volunteers to …» is the same offer as «volunteered to». Not someone unnamed, and not a
// suggestion («mira suggested …»).
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const read = (lines: string[]) =>
  parseMinutesText(['# Working group sync', '', '## Notes', ...lines].join('\n')).resolutions.map((r) => [
    r.text,
    r.owners,
  ]);

describe('a handle or a name offering to act', () => {
  it('reads a lower-case handle and the present tense', () => {
    expect(
      read([
        '- some talk about the release calendar',
        '- tomas-k volunteers to write the install guide',
        '- bea2 offered to collect the benchmark numbers',
        '- Kofi volunteers to host the next call',
        '- All volunteers to sign in at the desk',
      ]),
    ).toEqual([
      ['tomas-k volunteers to write the install guide', ['tomas-k']],
      ['bea2 offered to collect the benchmark numbers', ['bea2']],
      ['Kofi volunteers to host the next call', ['Kofi']],
      ['All volunteers to sign in at the desk', ['All volunteers']],
    ]);
  });

  it('leaves someone unnamed and a suggestion', () => {
    expect(read(['- someone volunteered to take notes', '- mira suggested moving the call to Fridays'])).toEqual([]);
  });
});
