// Posts that a heading may also name («Chair», «Secretary») are people when they act: in a bracket closing a
// task, before the dash of an action line, with a word before them («Membership Secretary to …»). And a
// sibling bullet «- Owner: X - task» is a task of its own, not a field of the item above.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const actions = (lines: string[]) =>
  parseMinutesText(['Action points', ...lines].join('\n')).resolutions.map((r) => [r.text, r.owners]);

describe('a post as the one who acts', () => {
  it('is read in a bracket, before a dash, and with a word before it', () => {
    expect(
      actions([
        '- Check the fire extinguishers in the hall (Chair)',
        '- Secretary - renew the insurance policy',
        '- Membership Secretary to chase the unpaid subscriptions.',
        '- Vice Chair to welcome the new members.',
      ]),
    ).toEqual([
      ['Check the fire extinguishers in the hall (Chair)', ['Chair']],
      ['Secretary - renew the insurance policy', ['Secretary']],
      ['Membership Secretary to chase the unpaid subscriptions.', ['Membership Secretary']],
      ['Vice Chair to welcome the new members.', ['Vice Chair']],
    ]);
  });

  it('leaves words that only say what the line is', () => {
    expect(actions(['- Review the hall booking rules (Agenda)', '- Decision - keep the fees as they are'])).toEqual([
      ['Review the hall booking rules (Agenda)', []],
      ['Decision - keep the fees as they are', []],
    ]);
  });
});

describe('«- Owner: …» beside the item above', () => {
  it('is a task of its own when it holds one', () => {
    expect(actions(['- Paint the fence before May', '- Owner: Ravi - order the paint'])).toEqual([
      ['Paint the fence before May', []],
      ['Owner: Ravi - order the paint', ['Ravi']],
    ]);
  });

  it('stays the owner of the item above when it names someone and nothing more', () => {
    expect(actions(['- Paint the fence before May', '- Owner: Ravi'])).toEqual([
      ['Paint the fence before May', ['Ravi']],
    ]);
  });
});

describe('more ways action lists name who acts', () => {
  it('reads «Assigned:», square brackets, «has the action to», «Action on X to …» and handles side by side', () => {
    expect(
      actions([
        '- Renew the website domain. Assigned: Maria Lopez',
        '- [Tom] send the minutes to the list',
        '- Book the caterer [Priya]',
        '- Maria has the action to update the wiki',
        '- Action on Tom to chase the printer',
        '- @alice @bob to review the grant text',
      ]),
    ).toEqual([
      ['Renew the website domain. Assigned: Maria Lopez', ['Maria Lopez']],
      ['[Tom] send the minutes to the list', ['Tom']],
      ['Book the caterer [Priya]', ['Priya']],
      ['Maria has the action to update the wiki', ['Maria']],
      ['Action on Tom to chase the printer', ['Tom']],
      ['@alice @bob to review the grant text', ['@alice', '@bob']],
    ]);
  });

  it('reads names that begin like a month, and leaves the writer and months themselves', () => {
    expect(actions(['- Follow up with the bank — Maria, Janet', '- Draft the budget (Marcus, Junie)'])).toEqual([
      ['Follow up with the bank — Maria, Janet', ['Maria', 'Janet']],
      ['Draft the budget (Marcus, Junie)', ['Marcus', 'Junie']],
    ]);
    expect(
      actions(['- Maria and I will draft the charter', '- Meet again (Mar 3)', '- Review the budget [draft]']),
    ).toEqual([
      ['Maria and I will draft the charter', ['Maria']],
      ['Meet again (Mar 3)', []],
      ['Review the budget [draft]', []],
    ]);
  });
});
