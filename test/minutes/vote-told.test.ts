// Commission minutes give the motion one paragraph and its vote the next, told as a sentence: «The vote was
// taken and the motion passed 5-0.», «On a voice vote, the motion passed 4-1.». The two are one
// decision. A vote with no motion before it stays out.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const read = (paragraphs: string[]) =>
  parseMinutesText(['Minutes', '', ...paragraphs].join('\n\n')).resolutions.map((r) => r.text);

describe('a vote told in the paragraph after its motion', () => {
  it('closes the motion', () => {
    expect(
      read([
        'Member Lind moved to adopt the parking policy as amended, seconded by Member Okafor.',
        'The vote was taken and the motion passed 5-0.',
        'Member Tan reported on the county budget.',
        'Commissioner Ruiz moved to continue the item to June, seconded by Commissioner Lind.',
        'On a voice vote, the motion passed 4-1.',
      ]),
    ).toEqual([
      'Member Lind moved to adopt the parking policy as amended, seconded by Member Okafor. The vote was taken and the motion passed 5-0.',
      'Commissioner Ruiz moved to continue the item to June, seconded by Commissioner Lind. On a voice vote, the motion passed 4-1.',
    ]);
  });

  it('leaves a vote with no motion before it', () => {
    expect(read(['Member Tan reported on the county budget.', 'On a voice vote, the motion passed 5-0.'])).toEqual([]);
  });
});
