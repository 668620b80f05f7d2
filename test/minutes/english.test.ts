// English minutes as Markdown exports write them: «Action Item:» markers at any depth, «Name - task» in an
// action list, notes mixed with decisions, list introductions, elections and votes, encoded spaces.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const items = (text: string) =>
  parseMinutesText(text).resolutions.map((r) => ({ text: r.text, owners: r.owners, deadline: r.deadline }));

describe('English minutes', () => {
  it('reads «Action Item:» lines at any depth, the task after the marker, the deadline of the list they sit in', () => {
    const found = parseMinutesText(`## Meeting Notes

- The budget was presented.
   * Action Item: Priya to circulate the spreadsheet
- Homework for next meeting:
   * Action Item: Tom Baker to draft the charter at next meeting
   * Action Item: Lee to book the room
- The board elected Sam treasurer`).resolutions;
    expect(found.map((r) => [r.text, r.owners, r.deadline, r.kind])).toEqual([
      ['Priya to circulate the spreadsheet', ['Priya'], null, 'action'],
      ['Tom Baker to draft the charter at next meeting', ['Tom Baker'], 'at next meeting', 'action'],
      ['Lee to book the room', ['Lee'], 'for next meeting', 'action'],
      ['The board elected Sam treasurer', [], null, null],
    ]);
    // The deadline came from the list's heading, not the item: the preview marks it.
    expect(found[2]?.doubts).toContain('deadline');
    expect(found[1]?.doubts ?? []).not.toContain('deadline');
  });

  it("gives a list heading's deadline only to the items under it, not to a later sub-list at the same depth", () => {
    const found = parseMinutesText(`## Meeting Notes

- Homework for next meeting:
   * Action Item: Lee to book the room
- Everyone to consider the FAQ
- Action Item: Everyone to reread the charter
   * Action Item: Everyone to think about the problem space`).resolutions;
    expect(found.map((r) => [r.text, r.deadline])).toEqual([
      ['Lee to book the room', 'for next meeting'],
      ['Everyone to reread the charter', null],
      ['Everyone to think about the problem space', null],
    ]);
  });

  it('reads a discussion section with «Decision» in its name as discussion, and the action list as actions', () => {
    expect(
      items(`## Notes/Decisions

1. Hiring:&#x20;
   * Team to consider a second contractor.

## Action Items

* [ ] Mara to book the room.&#x20;
* [x] Everyone to read the proposal.
* [ ] Finance - Reconcile: the March invoices`),
    ).toEqual([
      { text: 'Mara to book the room.', owners: ['Mara'], deadline: null },
      { text: 'Everyone to read the proposal.', owners: ['Everyone'], deadline: null },
      { text: 'Finance - Reconcile: the March invoices', owners: ['Finance'], deadline: null },
    ]);
  });

  it('reads an Oxford-comma list of owners and leaves the people after the verb out', () => {
    expect(
      items('## Action Items\n\n- Ana, Ravi, and Lee to plan the offsite.\n- Kim to give Ana, Ravi permission.'),
    ).toEqual([
      { text: 'Ana, Ravi, and Lee to plan the offsite.', owners: ['Ana', 'Ravi', 'Lee'], deadline: null },
      { text: 'Kim to give Ana, Ravi permission.', owners: ['Kim'], deadline: null },
    ]);
  });

  it('drops the line that introduces a list of working rules, keeping what was decided', () => {
    const found = items(`## Notes

- The meeting agreed to work between the monthly meetings as follows:
   * Members would open issues
- The meeting agreed to meet monthly
- The committee voted to adopt the charter.`);
    expect(found.map((f) => f.text)).toEqual([
      'The meeting agreed to meet monthly',
      'The committee voted to adopt the charter.',
    ]);
  });
});

describe('who acts, in English minutes', () => {
  const owners = (line: string) => parseMinutesText(`## Action Items\n\n- ${line}`).resolutions[0]?.owners;

  it('reads handles, «&», «still have to» and «volunteered to»', () => {
    expect(owners('@lina to open an issue for the broken link')).toEqual(['@lina']);
    expect(owners('Omar & Wen still have to sign the lease.')).toEqual(['Omar', 'Wen']);
    expect(owners('Petra volunteered to chair the next call.')).toEqual(['Petra']);
    // Near miss: a sentence about the group names nobody.
    expect(owners('The chair thanked everyone for coming.')).toEqual([]);
  });

  it('reads a name alone in brackets after a task, and handles in a bracket of notes', () => {
    expect(owners('Refresh the onboarding page (Ines)')).toEqual(['Ines']);
    expect(owners('Release checklist (sam in flight, jo to review)')).toEqual(['sam', 'jo']);
    expect(owners('Read the three draft charters before the call (all)')).toEqual(['all']);
    // Near misses: ordinary words and labels in brackets are nobody.
    expect(owners('Refresh the onboarding page (TBD)')).toEqual([]);
    expect(owners('Translate the charter (all sections)')).toEqual([]);
    expect(owners('Release checklist (due to review, back to draft)')).toEqual([]);
  });

  it('reads who is told to act: «X was directed to …», «asked the Director to …»', () => {
    expect(owners('The clerk was directed to post the notice.')).toEqual(['The clerk']);
    expect(owners('Hana was asked to chair the next meeting.')).toEqual(['Hana']);
    expect(owners('The board asked the Director to report back in June.')).toEqual(['Director']);
    expect(owners('Council instructed staff to prepare two options.')).toEqual(['staff']);
    // Near misses: a thing asked about, a question asked of someone.
    expect(owners('The report was asked to be shortened.')).toEqual([]);
    expect(owners('Members asked the vendor several questions.')).toEqual([]);
  });
});

describe('markers that say what a line is', () => {
  it('takes «ACTION:» and «RESOLUTION:» lines wherever they stand, and nothing else around them', () => {
    const found = parseMinutesText(`# Weekly call

## Notes
RM: we looked at the backlog again
... the tests are flaky on CI
AB: I can look at it ACTION: AB to triage the flaky tests
Proposed resolution: adopt the new release cadence
Resolution: adopt the new release cadence
`).resolutions;
    expect(found.map((r) => [r.text, r.owners])).toEqual([
      ['AB to triage the flaky tests', ['AB']],
      ['adopt the new release cadence', []],
    ]);
  });

  it('takes «Action:» at the start of a line in running notes, with its owner and deadline field', () => {
    const found = parseMinutesText(`Minutes of the residents' association
The roof leak was discussed at length.
Action: John Smith to contact the landlord regarding repairs. Due: 1 March 2025
Action: Parks sub-committee to cost the new benches.
Next, the summer fair.
`).resolutions;
    expect(found.map((r) => [r.text, r.owners, r.deadline])).toEqual([
      ['John Smith to contact the landlord regarding repairs. Due: 1 March 2025', ['John Smith'], '1 March 2025'],
      ['Parks sub-committee to cost the new benches.', ['Parks sub-committee'], null],
    ]);
  });

  it('reads a heading underlined with dashes or equals signs', () => {
    const found = parseMinutesText(`Agenda
======
* Budget review (Noor)

Decisions
---------
* The budget for Q3 was approved
`).resolutions;
    expect(found.map((r) => r.text)).toEqual(['The budget for Q3 was approved']);
  });
});

describe('lists under a bullet, and notes that hold tasks', () => {
  it("keeps the bullets under «Name: task:» as that task's details, and the next task apart", () => {
    const found = parseMinutesText(`## Action Items

* Rosa: open two tickets in the tracker:
  * Broken export on the settings page
    * Filed: https://example.org/t/1
* Liam: update the install guide`).resolutions;
    expect(found.map((r) => r.owners)).toEqual([['Rosa'], ['Liam']]);
    expect(found[0]?.text).toContain('Broken export');
  });

  it('reads a topic bullet as a heading over the tasks under it', () => {
    const found = parseMinutesText(`## Action Items

* Website refresh:
  * Ana to draft the wireframes
  * Ben to review the copy
* Lee to book the room`).resolutions;
    expect(found.map((r) => r.text)).toEqual([
      'Ana to draft the wireframes',
      'Ben to review the copy',
      'Lee to book the room',
    ]);
  });

  it('keeps from notes a named person taking a task, not what was done or a pronoun', () => {
    const found = parseMinutesText(`Minutes
-------
* Reviewed the open pull requests
* Maya will contact the venue about the dates
* They will be reviewing the budget
* Approved the [release plan](docs/Plan/Release.md)`).resolutions;
    expect(found.map((r) => [r.text.slice(0, 14), r.owners])).toEqual([
      ['Maya will cont', ['Maya']],
      ['Approved the [', []],
    ]);
  });
});

describe('topics and people as headings over a list', () => {
  it('reads a heading the notes list as a subject, and one naming an attendee as a person', () => {
    const found = parseMinutesText(`## Attendees
* Nina Park
* Omar Haddad

## Notes
* Billing Export
  * The export is slow on large accounts.

## Decisions
Billing Export:
* The export moves to a nightly job.
Nina:
* Write the migration note.
Search Index:
* The index is rebuilt weekly.`).resolutions;
    expect(found.map((r) => [r.text, r.owners])).toEqual([
      ['The export moves to a nightly job.', []],
      ['Write the migration note.', ['Nina']],
      ['The index is rebuilt weekly.', []],
    ]);
  });

  it('reads a short bullet over checkbox tasks as their topic', () => {
    const found = parseMinutesText(`## Action Items

* Reference Library
  * [ ] Merge the two pilot repositories
  * [ ] Tag the first release
* Write the onboarding guide`).resolutions;
    expect(found.map((r) => r.text)).toEqual([
      'Merge the two pilot repositories',
      'Tag the first release',
      'Write the onboarding guide',
    ]);
  });
});

describe('initials as names', () => {
  const owners = (line: string) => parseMinutesText(`## Action Items\n\n- ${line}`).resolutions[0]?.owners;

  it('reads initials written with a lower-case first letter, and «X (or Y)» as two people', () => {
    expect(owners('tK will send the draft to the editors')).toEqual(['tK']);
    expect(owners('RB (or MS) will chair the Thursday call')).toEqual(['RB', 'MS']);
    // Near miss: a lower-case word is not a name.
    expect(owners('everyone will read the draft')).toEqual([]);
  });
});

describe('more ways English notes mark a task and its owner', () => {
  const actions = (items: string[]) =>
    parseMinutesText(`Action items\n${items.map((i) => `- ${i}`).join('\n')}`).resolutions.map((r) => [
      r.text,
      r.owners,
    ]);

  it('reads the owner in a bracket after the marker, and the task after «[ACTION]» or «AP:»', () => {
    expect(
      actions([
        'ACTION (Sam): update the wiki page',
        'TODO(alice): write the blog post',
        '[ACTION] Sam to update the wiki page',
        'AP: Sam to update the wiki page',
      ]),
    ).toEqual([
      ['update the wiki page', ['Sam']],
      ['write the blog post', ['alice']],
      ['Sam to update the wiki page', ['Sam']],
      ['Sam to update the wiki page', ['Sam']],
    ]);
  });

  it('reads who acts inside the square bracket, «[Action: Sam] …», escaped by a Markdown export too', () => {
    expect(
      actions([
        '[Action: Mia Ross] draft the FAQ',
        '\\[Action: Hwang] To update the proposal template',
        '[Action: TBD] find a venue',
        '[Action required] renew the domain',
      ]),
    ).toEqual([
      ['draft the FAQ', ['Mia Ross']],
      ['To update the proposal template', ['Hwang']],
      ['find a venue', []],
      ['[Action required] renew the domain', []],
    ]);
  });

  it('takes «ACTION (Sam):» in running notes as an item of its own', () => {
    const found = parseMinutesText(
      '## Notes\nWe looked at the docs.\nACTION (Sam): update the wiki page\nThen lunch.',
    ).resolutions;
    expect(found.map((r) => [r.text, r.owners])).toEqual([['update the wiki page', ['Sam']]]);
  });

  it('reads who took an action, a handle with no «to», and a name alone after the last dash', () => {
    expect(
      actions([
        'Sam took an action to update the wiki page',
        '@alice draft the blog post',
        'Update the wiki page — Sam',
        'Update the wiki page - owner Sam',
      ]).map(([, o]) => o),
    ).toEqual([['Sam'], ['@alice'], ['Sam'], ['Sam']]);
    // Near miss: a date or a status after the dash is no name.
    expect(actions(['Update the wiki page - May 5', 'Update the wiki page - done']).map(([, o]) => o)).toEqual([
      [],
      [],
    ]);
  });

  it('reads posts and «All» as who acts, alone or joined with a name', () => {
    expect(
      actions([
        'Treasurer and Chair to sign the cheques',
        'The secretariat will update the register',
        'Sam and the secretariat will update the register',
        'All to review the draft',
      ]).map(([, o]) => o),
    ).toEqual([['Treasurer', 'Chair'], ['The secretariat'], ['Sam', 'the secretariat'], ['All']]);
  });
});
