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

describe('council minutes told in paragraphs', () => {
  it('reads «RESOLVED» and «AGREED» in capitals mid-sentence; the proposer and seconder do not act', () => {
    const found = items(`Minutes of the Parish Council meeting held on 4 February 2025

Present: Cllr A. Rowe (Chair), Cllr B. Ince, Cllr C. Mott

Village green
It was proposed by Cllr Ince, seconded by Cllr Mott and RESOLVED that Cllr Rowe seek two quotes for the fence.
Members AGREED to hold a spring clean on 12 April.
Cllr Ince reported on the state of the benches.`);
    expect(found).toEqual([
      [
        'It was proposed by Cllr Ince, seconded by Cllr Mott and RESOLVED that Cllr Rowe seek two quotes for the fence.',
        ['Rowe'],
      ],
      ['Members AGREED to hold a spring clean on 12 April.', []],
    ]);
  });

  it('takes a numbered agenda title for a subject and reads the decisions in the paragraphs under it', () => {
    const found = items(`MINUTES OF THE MEETING OF WESTFORD TOWN COUNCIL

12. ALLOTMENTS
Members considered the waiting list. After discussion it was RESOLVED that the Allotments Working Party review the tenancy rules.

13. Correspondence
A letter about street lighting was noted. It was agreed that the Clerk would reply to the resident.

14. Planning
No objections were raised.`);
    expect(found).toEqual([
      [
        'After discussion it was RESOLVED that the Allotments Working Party review the tenancy rules.',
        ['Allotments Working Party'],
      ],
      ['It was agreed that the Clerk would reply to the resident.', ['Clerk']],
    ]);
  });

  it('keeps a numbered item whose first line is a sentence, not a title', () => {
    const found = items(`Notes of the board

1. Agreed to renew the insurance.
2. Ella will book the venue for the AGM.`);
    expect(found.map(([t]) => t)).toEqual(['Agreed to renew the insurance.', 'Ella will book the venue for the AGM.']);
  });
});

describe('«Action:» after a sentence', () => {
  it('reads the action a sentence of notes leads into, as governors’ clerks write it', () => {
    const found = items(`Minutes of the Governing Body

3. Curriculum
Governors asked about reading scores. Action: HT to share the phonics results before the next meeting.`);
    expect(found).toEqual([['HT to share the phonics results before the next meeting.', ['HT']]]);
  });

  it('does not cut a sentence at «action:» in lower case or inside a sentence', () => {
    const found = items(`## Notes
- The group noted that the action: list was long.`);
    expect(found).toEqual([]);
  });
});
