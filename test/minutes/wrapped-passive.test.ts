// Plain-text board minutes wrap their lines by hand: a decision told in the passive is cut after its auxiliary
// («… was» over «approved by all trustees present»). The two lines are one decision. A line that ends a sentence and a
// next line opening with «Approved» are two.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const read = (lines: string[]) => parseMinutesText(lines.join('\n')).resolutions.map((r) => r.text);

describe('a passive decision cut after its auxiliary', () => {
  it('joins the two lines', () => {
    expect(
      read([
        'Board minutes',
        '',
        'Special Orders',
        '',
        '       The proposal to open the Lantern workshop was',
        '       approved by all trustees present.',
      ]),
    ).toEqual(['The proposal to open the Lantern workshop was approved by all trustees present.']);
  });

  it('keeps two decisions apart', () => {
    expect(
      read([
        'Board minutes',
        '',
        'Decisions',
        '',
        'The budget for the fair was adopted.',
        'Approved the hire of the hall.',
      ]),
    ).toEqual(['The budget for the fair was adopted.', 'Approved the hire of the hall.']);
  });
});
