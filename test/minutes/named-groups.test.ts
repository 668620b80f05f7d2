// A group named whole with its body's name in capitals between («All Audit members to …», «All Board members
// will …») takes the task as «All governors to …» does, and names joined by «+» («Ilse + Bruno to …») act
// each. Not a group only told of («All members will be notified»).
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const read = (lines: string[]) =>
  parseMinutesText(['# Weekly sync', '', '## Notes', ...lines].join('\n')).resolutions.map((r) => [r.text, r.owners]);

describe('a group named whole, names joined by «+»', () => {
  it('reads the group and each name as who acts', () => {
    expect(
      read([
        '- Roadmap',
        '    - TODO: All Board members to review the funding memo before the retreat',
        '    - All maintainers to check their open pull requests.',
        '    - Ilse + Bruno to draft the survey questions',
      ]),
    ).toEqual([
      ['All Board members to review the funding memo before the retreat', ['All Board members']],
      ['All maintainers to check their open pull requests.', ['All maintainers']],
      ['Ilse + Bruno to draft the survey questions', ['Ilse', 'Bruno']],
    ]);
  });

  it('leaves a group only told of', () => {
    expect(read(['- All members will be notified.', '- All Board members were present.'])).toEqual([]);
  });
});
