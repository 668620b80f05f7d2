// Minutes whose only list is of actions («Next steps») still carry the motions told in the body: approving the
// agenda or the last minutes is a decision of the meeting, which the action list never repeats. «Approval of the
// Agenda» heads such a motion, not the agenda; «motioned» records it as «moved» does. Near misses: the talk in
// the body, and the body of minutes that have a list of decisions of their own.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const minutes = (register: string) =>
  parseMinutesText(
    [
      '# Orchard Cooperative Board Meeting #7 March 3, 2025',
      '',
      '## 2. Approval of the Agenda',
      '',
      '- Pia motioned for the agenda to be approved. Seconded by Joe. Motion passes by unanimous agreement.',
      '',
      '## 3. Pruning season',
      '',
      '- The group talked about hiring help for the pruning.',
      '- Noor moved to approve the March minutes, Joe seconds. The motion carries.',
      '',
      register,
      '',
      '- Noor will ask two contractors for quotes.',
    ].join('\n'),
  ).resolutions.map((r) => [r.text, r.kind]);

describe('motions carried beside a list of actions', () => {
  it('reads the motions of the body and the actions, in order', () => {
    expect(minutes('## Next steps')).toEqual([
      [
        'Pia motioned for the agenda to be approved. Seconded by Joe. Motion passes by unanimous agreement.',
        'decision',
      ],
      ['Noor moved to approve the March minutes, Joe seconds. The motion carries.', 'decision'],
      ['Noor will ask two contractors for quotes.', 'action'],
    ]);
  });

  it('reads only the list where the minutes keep their decisions in a list of their own', () => {
    expect(minutes('## Decisions').map(([text]) => text)).toEqual(['Noor will ask two contractors for quotes.']);
  });
});

describe('a link alone under the list', () => {
  it('is a reference, no item; a task holding a link is kept', () => {
    const parsed = parseMinutesText(
      [
        '## Next steps',
        '',
        '- Noor will post the photos to the shared folder.',
        '- <https://example.org/orchard/photos>',
        '- [pruning guide](https://example.org/guide.pdf)',
        '- Joe to read https://example.org/guide.pdf before Friday.',
      ].join('\n'),
    );
    expect(parsed.resolutions.map((r) => r.text)).toEqual([
      'Noor will post the photos to the shared folder.',
      'Joe to read https://example.org/guide.pdf before Friday.',
    ]);
  });
});

describe('what was settled in the passive, beside a list of actions', () => {
  it('is a decision with no owner; talk around it is not', () => {
    const parsed = parseMinutesText(
      [
        '## Notes',
        '',
        '1. Roles have been elected by the members: Chair: Ada Moss (Acme)',
        '2. The group reviewed the draft roadmap.',
        '3. The spring budget was adopted.',
        '',
        '## Action items',
        '',
        '- Ada to circulate the roadmap.',
      ].join('\n'),
    );
    expect(parsed.resolutions.map((r) => [r.text, r.owners, r.kind])).toEqual([
      ['Roles have been elected by the members: Chair: Ada Moss (Acme)', [], 'decision'],
      ['The spring budget was adopted.', [], 'decision'],
      ['Ada to circulate the roadmap.', ['Ada'], 'action'],
    ]);
  });
});
