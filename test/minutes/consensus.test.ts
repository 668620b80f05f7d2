// A group settling a question without a vote: «Broad consensus was "keep it"», «… : unanimous support», «Rough
// consensus reached to …». Not a consensus missed or only sought.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const read = (lines: string[]) =>
  parseMinutesText(['# Weekly sync', '', '## Notes', ...lines].join('\n')).resolutions.map((r) => [r.text, r.owners]);

describe('a consensus reached', () => {
  it('keeps the question settled by consensus or unanimous support', () => {
    expect(
      read([
        '- Should the old importer stay for one more release? Broad consensus was "keep it". Fewer surprises.',
        '- Talked about folding the legacy flags into the cleanup proposal: unanimous support.',
        '- Rough consensus reached to drop the nightly builds for the old branch.',
        '- Looked at the logo options; there is broad consensus for the blue one.',
        '- Hum on adoption: strong consensus in the room to adopt the draft, to be confirmed on the list.',
      ]),
    ).toEqual([
      ['Should the old importer stay for one more release? Broad consensus was "keep it". Fewer surprises.', []],
      ['Talked about folding the legacy flags into the cleanup proposal: unanimous support.', []],
      ['Rough consensus reached to drop the nightly builds for the old branch.', []],
      ['Looked at the logo options; there is broad consensus for the blue one.', []],
      ['Hum on adoption: strong consensus in the room to adopt the draft, to be confirmed on the list.', []],
    ]);
  });

  it('leaves a consensus missed or only sought', () => {
    expect(
      read([
        '- There was no consensus on the naming.',
        '- We need consensus on the roadmap before the summit.',
        '- Consensus was not reached on the license question.',
      ]),
    ).toEqual([]);
  });
});
