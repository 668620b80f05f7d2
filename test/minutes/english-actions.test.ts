// English minutes of councils, boards, governors and working groups as their clerks and scribes write them:
// decisions marked line by line among prose, «RESOLVED» in capitals, «Action:» after a sentence, owner fields
// that open a bullet, groups that act («All governors to …»), and who does not act (we, TBD, movers).
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const items = (text: string) => parseMinutesText(text).resolutions.map((r) => [r.text, r.owners] as const);

describe('lines marked one by one', () => {
  it('reads the decisions told in the prose around lines marked «RESOLVED:» or «**Action:**»', () => {
    const found = items(`Minutes of the Finance Committee

Quarterly accounts
RESOLVED: That the accounts for the quarter be received.

Grants
After a long debate it was agreed that the Treasurer would write to the three applicants.

Website
- **Action:** Leon to renew the domain.
- Agreed: Ruth to draft the privacy notice.`);
    expect(found).toEqual([
      ['That the accounts for the quarter be received.', []],
      ['After a long debate it was agreed that the Treasurer would write to the three applicants.', ['Treasurer']],
      ['Leon to renew the domain.', ['Leon']],
      ['Agreed: Ruth to draft the privacy notice.', ['Ruth']],
    ]);
  });

  it('still reads only the resolutions section when the minutes have one', () => {
    const found = items(`## Notes
- It was agreed that Hana would chase the printer.

## Decisions
- Adopt the new logo.

ACTION: Ivo to order the banners`);
    expect(found.map(([t]) => t)).toEqual(['Adopt the new logo.', 'Ivo to order the banners']);
  });
});
