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

describe("«ACTION ITEM» and a register's numbered marks", () => {
  it('reads «ACTION ITEM:», «Action item:» and marks that carry a register number as «ACTION:»', () => {
    const found = items(`Steering group call

Review of the tracker
The chair went through the list. ACTION ITEM: Noor will send the updated survey to the partners
Action item: Book the hall for the autumn workshop
ACTION ITEM 2024-03-12.04: Finance Committee to cost the travel fund.
RESOLUTION 2024-03-12:02: RESOLVED that the Treasurer open a second account.`);
    expect(found).toEqual([
      ['Noor will send the updated survey to the partners', ['Noor']],
      ['Book the hall for the autumn workshop', []],
      ['Finance Committee to cost the travel fund.', ['Finance Committee']],
      ['RESOLVED that the Treasurer open a second account.', ['Treasurer']],
    ]);
  });

  it('does not take «action items» in running text, nor a number that is no mark', () => {
    const found = items(`Steering group call

The chair said the action items from May were all closed.
We had 2 action items: 14 open in the tracker.
Review of administrative issues/action items`);
    expect(found).toEqual([]);
  });
});

describe('the mover a few words after «proposed»', () => {
  it('gives no work to who proposed or moved a motion «as a true record» or «for adoption»', () => {
    const found = items(`Minutes of the Parish Council

RESOLVED: The minutes were proposed as an accurate record by Cllr Pike and signed.
RESOLVED: The budget, moved for adoption by Cllr Reyes, was approved.`);
    expect(found.map(([, o]) => o)).toEqual([[], []]);
  });

  it('still reads who is to do what was proposed', () => {
    const found = items(`Minutes of the Parish Council

RESOLVED: That the layout proposed last month be checked by Cllr Pike.`);
    expect(found.map(([, o]) => o)).toEqual([['Pike']]);
  });
});

describe('a marked task inside a paragraph of council minutes', () => {
  it("reads the decisions before the mark and after the marked task as the minutes' own", () => {
    const found = items(`Minutes of the Parish Council meeting held on 2 June 2025

  1. Minutes of the last meeting
The minutes were approved and signed. Action: Cllr Hale to put them on the noticeboard. It was also agreed that draft minutes would go on the website.

  1. Allotments
Two plots are vacant. Action: Clerk to advertise the plots.  Council agreed to raise the rent by 5% from October.`);
    expect(found).toEqual([
      ['The minutes were approved and signed.', []],
      ['Cllr Hale to put them on the noticeboard.', ['Hale']],
      ['It was also agreed that draft minutes would go on the website.', []],
      ['Clerk to advertise the plots.', ['Clerk']],
      ['Council agreed to raise the rent by 5% from October.', []],
    ]);
  });

  it('keeps the words before a mark out of a list of resolutions, where they are only its context', () => {
    const found = items(`## Action items
- Reviewed the budget. Action: Sam to fix the totals
- Lee to book the room`);
    expect(found).toEqual([
      ['Sam to fix the totals', ['Sam']],
      ['Lee to book the room', ['Lee']],
    ]);
  });

  it('keeps a marked task whole when what follows only tells more of it', () => {
    const found = items(`Minutes of the Parish Council meeting held on 2 June 2025

Tree works
Action: Clerk to get three quotes. The quotes are to include removal of the stumps.`);
    expect(found).toEqual([['Clerk to get three quotes. The quotes are to include removal of the stumps.', ['Clerk']]]);
  });
});

describe('who agreed to act, and who only agreed', () => {
  it('gives no work to the council agreeing, and reads people joined by «&», after «Cllr’s»', () => {
    const found = items(`Minutes of the Parish Council

5. Playground
The Council agreed to buy a new swing. Cllr’s Moss & Tate will undertake the safety inspection.
6. Minutes
Correction to the draft minutes of May. The Treasurer agreed to check the bank balance.`);
    expect(found).toEqual([
      ['The Council agreed to buy a new swing.', []],
      ['Cllr’s Moss & Tate will undertake the safety inspection.', ['Moss', 'Tate']],
      ['The Treasurer agreed to check the bank balance.', ['Treasurer']],
    ]);
  });
});

describe('decisions in the passive and who is directed', () => {
  it('reads «were passed by resolution» as a decision, and not a letter passed to someone', () => {
    const found = items(`Minutes of the Allotment Society Committee

Rules
The revised rules were passed by resolution of the committee. The letter from the landlord was passed to the Secretary.`);
    expect(found).toEqual([['The revised rules were passed by resolution of the committee.', []]]);
  });

  it('reads who «is directed» or «is authorized» after «RESOLVED that», not what «is noted»', () => {
    const found = items(`Minutes of the Board

RESOLVED that Parks staff is directed to publish the summer programme.
RESOLVED that the Treasurer is hereby authorized to open an account.
RESOLVED that the auditor's report is noted.`);
    expect(found.map(([, o]) => o)).toEqual([['Parks staff'], ['Treasurer'], []]);
  });
});

describe('a task taken in reported speech', () => {
  it('reads «X confirmed he will …», «The Treasurer said that she would …» as X taking the task', () => {
    const found = items(`Minutes of the Board

Contracts
Lena confirmed she will send the signed lease to the landlord. The Treasurer said that she would circulate the accounts.`);
    expect(found).toEqual([
      ['Lena confirmed she will send the signed lease to the landlord.', ['Lena']],
      ['The Treasurer said that she would circulate the accounts.', ['Treasurer']],
    ]);
  });

  it('takes neither a state nor a thing that will be done', () => {
    const found = items(`Minutes of the Board

Contracts
Lena confirmed the lease will be signed next week. Omar said he would be away in June.`);
    expect(found).toEqual([]);
  });
});

describe('labels and bodies that are nobody', () => {
  it('reads «Conclusion:» as a label, not a person, and still the people after it', () => {
    const found = items(`Minutes of the Trail Club board

## Action items
- Conclusion: Omar, Jess to lead the signage group.
- Conclusions: Revisit the insurance quote in the autumn.`);
    expect(found.map(([, o]) => o)).toEqual([['Omar', 'Jess'], []]);
  });

  it('gives no work to «the board agreed to …», but to staff or an officer who «has agreed to …»', () => {
    const found = items(`Minutes of the Board

New Business
- Grant programme: Discussed the proposal. The board agreed to fund three pilot schools.
- Staff have agreed to circulate the reports a week ahead.
- The Treasurer has agreed to chase the bank.`);
    expect(found.map(([, o]) => o)).toEqual([[], ['Staff'], ['Treasurer']]);
  });
});

describe('a bullet whose last sentence hands out the task', () => {
  it('keeps a bullet told in a few sentences when a later one gives a named person the task', () => {
    const found = items(`Summary of the board meeting

- The choir asked to use the hall on Tuesdays. They need a key. Priya will sort out the key holder list.
- We approved the sum of $300 for the picnic.
- The roof was inspected in May. He will look at it again.
- The garden group met twice. The Treasurer reported the costs.`);
    expect(found).toEqual([
      [
        'The choir asked to use the hall on Tuesdays. They need a key. Priya will sort out the key holder list.',
        ['Priya'],
      ],
      ['We approved the sum of $300 for the picnic.', []],
    ]);
  });
});

describe('who is asked to act, in the future or the present', () => {
  it('reads «We will ask X to …» and «Y is asking X and Z to …» as X (and Z) acting', () => {
    const found = items(`Summary of the board meeting

- We will ask the Grounds Committee to photograph the fences.
- The website needs an editor. Until then Omar is asking Lee Park and Ana Cruz to post the notices.
- Members may ask the Clerk to send paper copies.
- We approved the sum of $300 for the picnic.`);
    expect(found).toEqual([
      ['We will ask the Grounds Committee to photograph the fences.', ['Grounds Committee']],
      [
        'The website needs an editor. Until then Omar is asking Lee Park and Ana Cruz to post the notices.',
        ['Lee Park', 'Ana Cruz'],
      ],
      ['We approved the sum of $300 for the picnic.', []],
    ]);
  });
});

describe("an officer's task in reported speech", () => {
  it("reads «The Clerk would action.» and «The Secretary would write …» as the officer's task", () => {
    const found = items(`Minutes of the Parish Council

12. Matters arising
Cllr Bell asked for a reply to the highways team. The Clerk would action.
13. Hall
The Secretary would write to the hirers about the new rates.
The Treasurer would be away in August.
The Chairman would like more volunteers.`);
    expect(found).toEqual([
      ['The Clerk would action.', ['Clerk']],
      ['The Secretary would write to the hirers about the new rates.', ['Secretary']],
    ]);
  });
});

describe('delegated work, glued marks and prepositions that take «to»', () => {
  it('reads who further changes «be delegated to», not who is consulted', () => {
    const found = items(`Minutes of the Board

RESOLVED – that:
- the revised policy be approved; and
- any minor corrections be delegated to the Town Clerk in consultation with the Chairman.`);
    expect(found.map(([, o]) => o)).toEqual([[], ['Town Clerk']]);
  });

  it('reads «ACTION:» glued to a number before it, and no one in «Prior to …» or «Further to …»', () => {
    const found = items(`Steering call

- Discussion - the draft moved to version 2.0ACTION: Ines to circulate the draft
- Prior to the vote, the Chair explained the quorum rules. Further to the letter, the Clerk reported on the bins.`);
    expect(found).toEqual([['Ines to circulate the draft', ['Ines']]]);
  });
});

describe('a purpose set before who acts', () => {
  it('reads who acts after «To …,» opening the sentence, and not «To date, …»', () => {
    expect(
      items(`Minutes of the Governors

- To keep meetings quorate, Governors to consider meeting online in winter.
- To date, Sam has sent two letters.`),
    ).toEqual([['To keep meetings quorate, Governors to consider meeting online in winter.', ['Governors']]]);
    expect(
      items(`Minutes of the Board

Finance
To keep costs down, the Treasurer will compare three banks. To date, Sam has sent two letters.`),
    ).toEqual([['To keep costs down, the Treasurer will compare three banks.', ['Treasurer']]]);
  });
});

describe('a post, then its holder between commas', () => {
  it('names the holder alone, «Secretary, Mia Holt, volunteered to …», and not a state', () => {
    const found = items(`Board Meeting Summary

Secretary, Mia Holt, volunteered to email the waiver to the crew leads. The Treasurer, Ana Ruiz, will open the new account.

The Chair, Bo Lind, will be away in May. PRESIDENT, Kingpin brought up the parking plan.`);
    expect(found).toEqual([
      ['Secretary, Mia Holt, volunteered to email the waiver to the crew leads.', ['Mia Holt']],
      ['The Treasurer, Ana Ruiz, will open the new account.', ['Ana Ruiz']],
    ]);
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

describe('who acts in an English action list', () => {
  const list = (...lines: string[]) => items(`## Action items\n${lines.map((l) => `- ${l}`).join('\n')}`);

  it('reads a group named whole with «All»', () => {
    expect(list('All governors to complete the safeguarding course.', 'All trustees to sign the declaration.')).toEqual(
      [
        ['All governors to complete the safeguarding course.', ['All governors']],
        ['All trustees to sign the declaration.', ['All trustees']],
      ],
    );
  });

  it('names no one for a pronoun, nor for an owner cell that says nobody is chosen yet', () => {
    expect(parseMinutesText('## Decisions\n- We will move the call to Thursdays.').resolutions[0]?.owners).toEqual([]);
    const table = parseMinutesText(`## Action items
| # | Action | Owner | Due |
|---|---|---|---|
| 1 | Pick a venue | TBD | |
| 2 | Book the caterer | Unassigned | |
| 3 | Print badges | Ola | |`).resolutions;
    expect(table.map((r) => r.owners)).toEqual([[], [], ['Ola']]);
  });

  it('reads «Assigned:» and «Owner:» opening a bullet before a dash as that task’s owner', () => {
    expect(
      list('Archive the old wiki', 'Assigned: Bruno — fix the broken sidebar', 'Owner: Tess – renew the certificate'),
    ).toEqual([
      ['Archive the old wiki', []],
      ['Assigned: Bruno — fix the broken sidebar', ['Bruno']],
      ['Owner: Tess – renew the certificate', ['Tess']],
    ]);
  });

  it('reads a handle alone closing a task, and a name in brackets before the deadline', () => {
    expect(list('Review PR #123 @ravi', 'Send the survey to users (Nina) - by 1 April')).toEqual([
      ['Review PR #123 @ravi', ['@ravi']],
      ['Send the survey to users (Nina) - by 1 April', ['Nina']],
    ]);
  });

  it('does not take a handle the task is about or for', () => {
    expect(list('Ask @ravi about the benchmark', 'Say thanks to @ravi', 'Sync with @ravi')).toEqual([
      ['Ask @ravi about the benchmark', []],
      ['Say thanks to @ravi', []],
      ['Sync with @ravi', []],
    ]);
  });
});

describe('what English minutes call their lists of actions and motions', () => {
  it.each(['Action log', 'Summary of actions', 'Actions summary', 'Action register'])(
    'reads «%s» as the actions, and only them',
    (heading) => {
      const found = items(`## Notes
- Ada thanked Bo for the release work.

## ${heading}
- Bo: write up the release notes
- Cy — rotate the keys`);
      expect(found).toEqual([
        ['write up the release notes', ['Bo']],
        ['Cy — rotate the keys', ['Cy']],
      ]);
    },
  );

  it('reads «Motions» as the decisions, without the record of who moved, seconded and how the vote went', () => {
    const found = items(`Annual meeting of the Cycling Club

Motions
1. That the club accounts be adopted.
   Moved: Ann Reed  Seconded: Tom Pike  Carried unanimously.
2. That the fee be raised to £20. Proposed by Ann Reed, seconded by Tom Pike. Carried 12 to 3.
3. That the club buy a trailer. Motion passed 7-2.`);
    expect(found).toEqual([
      ['That the club accounts be adopted.', []],
      ['That the fee be raised to £20.', []],
      ['That the club buy a trailer.', []],
    ]);
  });

  it('keeps a sentence that only opens with how it was proposed', () => {
    expect(
      items('Resolutions:\n1. Proposed by Cllr Amos, seconded by Cllr Lee and RESOLVED that the Clerk order a bench.'),
    ).toEqual([['Proposed by Cllr Amos, seconded by Cllr Lee and RESOLVED that the Clerk order a bench.', ['Clerk']]]);
  });

  it('reads a Markdown table written without its edge pipes', () => {
    const found = parseMinutesText(`Summary of actions
Action | Who | By when
Write to the council about the bus stop | Pat Quinn | 30 June
Update the membership list | Leo Hart | end of May`).resolutions;
    expect(found.map((r) => [r.text, r.owners, r.deadline])).toEqual([
      ['Write to the council about the bus stop', ['Pat Quinn'], '30 June'],
      ['Update the membership list', ['Leo Hart'], 'end of May'],
    ]);
  });

  it('does not take a line of prose with one pipe for a table', () => {
    expect(items('## Action items\n- Mo to compare plan A | plan B costs')).toEqual([
      ['Mo to compare plan A | plan B costs', ['Mo']],
    ]);
  });
});

describe('board and committee minutes that tell each item in sentences', () => {
  it('keeps the sentences of a numbered item that decide or give a task, and drops the course of the meeting', () => {
    const found = items(`Board of Directors – Regular Meeting
May 14, 2025

1. Call to order at 6:02 pm by Vera Holt.
2. Minutes of April approved (Diaz/Fong).
3. Treasurer's report. Paul presented the March figures. The board directed the Office Manager to draft a reserve policy by June 1.
4. Events. Hana will book the hall for the summer fair. Ivan agreed to contact the caterers. Some members felt the fair was too long.
5. Adjourned at 8:15 pm.`);
    expect(found).toEqual([
      ['Minutes of April approved (Diaz/Fong).', []],
      ['The board directed the Office Manager to draft a reserve policy by June 1.', ['Office Manager']],
      ['Hana will book the hall for the summer fair.', ['Hana']],
      ['Ivan agreed to contact the caterers.', ['Ivan']],
    ]);
  });

  it('keeps a motion that carried and drops one that fell', () => {
    const found = items(`Minutes
1. Website. MOTION: To move the site to a new host. Moved by Diaz, seconded by Fong. Motion passed 5-0.
2. Parking. MOTION: To paint new bays. Moved by Fong. Motion failed 2-3. It was agreed to revisit the matter.`);
    expect(found.map(([t]) => t)).toEqual([
      'MOTION: To move the site to a new host.',
      'It was agreed to revisit the matter.',
    ]);
  });

  it('reads a person or a post taking a task in a paragraph of notes, not a pronoun or a state', () => {
    const found = items(`Minutes of the Research Committee

Applications
Application 7 was deferred. The Chair will write to the applicant for more detail. He will also be away in June. Kim will be on leave next week. Permission was asked to record the meeting.`);
    expect(found).toEqual([['The Chair will write to the applicant for more detail.', ['Chair']]]);
  });

  it('keeps checkbox bullets and bullets marked «AI (name):» in the notes as tasks', () => {
    const found = items(`## Minutes
### Release
* v3 is slipping by a week
* **AI (Marco)**: update the release calendar
* [ ] Follow up with the foundation on the scorecard (Marco, Sofia)
* The freeze went well`);
    expect(found).toEqual([
      ['update the release calendar', ['Marco']],
      ['Follow up with the foundation on the scorecard (Marco, Sofia)', ['Marco', 'Sofia']],
    ]);
  });

  it('reads names that begin like a month or a weekday, and not the month itself', () => {
    const list = (t: string) => items(`## Action items\n- ${t}`)[0]?.[1];
    expect(list('Update the roadmap — Martin')).toEqual(['Martin']);
    expect(list('Check the venue (Sunil)')).toEqual(['Sunil']);
    expect(list('Draft to be reviewed by Janet')).toEqual(['Janet']);
    expect(list('Draft to be reviewed by March')).toEqual([]);
    expect(list('Update the roadmap — Monday')).toEqual([]);
  });
});

describe('movers and later sentences', () => {
  it('gives no work to who moved a motion, and reads the task a later sentence of the item hands out', () => {
    const found = items(`Motions
1. Motion by Ruth, seconded by Abe, to approve the budget.
2. Motion by Abe to hire a gardener. Seconded by Ruth. Carried 4-1. Lena will sign the contract by Friday.`);
    expect(found).toEqual([
      ['Motion by Ruth, seconded by Abe, to approve the budget.', []],
      [
        'Motion by Abe to hire a gardener. Seconded by Ruth. Carried 4-1. Lena will sign the contract by Friday.',
        ['Lena'],
      ],
    ]);
  });

  it('still reads work to come by someone', () => {
    expect(items('## Action items\n- The draft policy to be reviewed by Omar.')).toEqual([
      ['The draft policy to be reviewed by Omar.', ['Omar']],
    ]);
  });
});

describe('English quarters and terms', () => {
  const due = (item: string) =>
    parseMinutesText(`# Notes 10 May 2025\n## Action items\n- ${item}`).resolutions.map((r) => [
      r.deadline,
      r.dueDate,
    ])[0];

  it('reads the end of a quarter as its last day, the next one once this year’s is past', () => {
    expect(due('Dave to draft the guide by end of Q3')).toEqual(['end of Q3', '2025-09-30']);
    expect(due('Ana to close the books by the end of Q1')).toEqual(['end of Q1', '2026-03-31']);
    expect(due('Lu to ship by the end of the fourth quarter 2026')).toEqual([
      'end of the fourth quarter 2026',
      '2026-12-31',
    ]);
  });

  it('keeps the end of a term with no day, and takes no quarter that is not a deadline', () => {
    expect(due('All staff to finish the training by the end of term')).toEqual(['end of term', null]);
    expect(due('Kim to check the end of Q1 figures')).toEqual([null, null]);
  });
});

describe('brackets and semicolons closing a task', () => {
  const list = (...lines: string[]) =>
    parseMinutesText(`# Notes 6 March 2025\n## Action items\n${lines.map((l) => `- ${l}`).join('\n')}`).resolutions.map(
      (r) => [r.owners, r.deadline, r.dueDate],
    );

  it('reads a date alone in the closing bracket as the deadline, and a name there before «ongoing» as the owner', () => {
    expect(list('Dr. Chen: collect the reports (April 1)', 'Finalise the contract (Rosa) — ongoing')).toEqual([
      [['Chen'], 'April 1', '2025-04-01'],
      [['Rosa'], 'ongoing', null],
    ]);
  });

  it('takes no acronym or word in a bracket for a deadline, nor a lower-case word for a name', () => {
    expect(list('Review the charter (TSC)', 'Review the budget (draft) - ongoing')).toEqual([
      [['TSC'], null, null],
      // Work that goes on is kept as a deadline with no day, as «بصورت فوری» is.
      [[], 'ongoing', null],
    ]);
  });

  it('reads the doer of each task a semicolon joins, and nothing from a clause that gives no task', () => {
    expect(list('@uma to draft the newsletter; Kai to review', 'Ben to draft the note; the rest is pending')).toEqual([
      [['@uma', 'Kai'], null, null],
      [['Ben'], null, null],
    ]);
  });
});

describe('parish minutes with a title and a dash on each item', () => {
  it('cuts the title off what was decided, drops items that only report, and reads lettered parts under a title', () => {
    const found = items(`MINUTES OF THE PARISH COUNCIL MEETING

1. APOLOGIES - Cllr Pope (work). Apologies accepted.
2. DECLARATIONS OF INTEREST - Cllr Reed declared an interest in item 6.
3. MINUTES - RESOLVED that the minutes of 3 March be signed as a correct record. Proposed Cllr Reed, seconded Cllr Tate.
4. FINANCE
a) RESOLVED to approve the payments listed.
b) RESOLVED that Cllr Tate and the Clerk compare the insurance quotes.
5. PLAYGROUND - Cllr Reed to obtain a quote for the gate. The Clerk will book the annual inspection.
6. PLANNING - No comments.
7. DATE OF NEXT MEETING - 14 April 2025.`);
    expect(found).toEqual([
      ['RESOLVED that the minutes of 3 March be signed as a correct record.', []],
      ['RESOLVED to approve the payments listed.', []],
      ['RESOLVED that Cllr Tate and the Clerk compare the insurance quotes.', ['Tate', 'Clerk']],
      ['Cllr Reed to obtain a quote for the gate.', ['Reed']],
      ['The Clerk will book the annual inspection.', ['Clerk']],
    ]);
  });
});

describe('an attendee’s name over their tasks', () => {
  it('reads a bullet naming someone listed as present as the owner of the tasks indented under it', () => {
    const found = items(`# WG call
Present: Amy Fox, Cara Lin (editor), Dan Roy

## Action items
- Cara Lin
  - publish the errata page
  - update the changelog
- Website refresh
  - move the docs to the new theme`);
    expect(found).toEqual([
      ['publish the errata page', ['Cara Lin']],
      ['update the changelog', ['Cara Lin']],
      ['move the docs to the new theme', []],
    ]);
  });
});

describe('labels and titles', () => {
  it('reads «Next steps:» on a bullet of notes as a task marker', () => {
    expect(
      items(
        '## Notes\n- Ravi proposed moving funds to travel.\n- Next steps: Mia will present the budget to the board.',
      ),
    ).toEqual([['Mia will present the budget to the board.', ['Mia']]]);
  });

  it('drops a plural councillors’ title from the chair', () => {
    const meeting = parseMinutesText(`MINUTES OF THE PARISH COUNCIL MEETING HELD ON 9 JUNE 2025
PRESENT: Cllrs Dawson (Chairman), Ellis, Frost
RESOLVED: That the Clerk orders a new noticeboard.`).meeting;
    expect(meeting.chair).toBe('Dawson');
  });
});

describe('posts with a qualifier, and a task with a number after its verb', () => {
  const owners = (item: string) => parseMinutesText(`Resolutions:\n1. ${item}`).resolutions[0]?.owners;

  it('reads «the Deputy Clerk», «the Town Clerk», «the Project Manager» as who acts', () => {
    expect(owners('RESOLVED that the Deputy Clerk order 40 saplings from the supplier.')).toEqual(['Deputy Clerk']);
    expect(owners('It was agreed that the Parish Clerk would write to 3 landowners.')).toEqual(['Parish Clerk']);
  });

  it('still names no one when the clause is about a thing', () => {
    expect(owners('RESOLVED that the minutes of 3 May be approved.')).toEqual([]);
    expect(owners('RESOLVED that the grant of £500 be paid.')).toEqual([]);
  });
});

describe('decisions told in the passive, and a motion record in emphasis', () => {
  it('keeps «… was approved» in a paragraph as a decision with no owner, and not a report of work done', () => {
    const found = items(`Minutes of the Resources Committee

Policies
The lettings policy was approved. The roof repair was completed last week.`);
    expect(found).toEqual([['The lettings policy was approved.', []]]);
  });

  it('cuts «*Moved:* Ben. *Seconded:* Cleo. Passed.» from a motion', () => {
    expect(items('## Motions\n- Motion: approve the May minutes. *Moved:* Ben. *Seconded:* Cleo. **Passed.**')).toEqual(
      [['Motion: approve the May minutes.', []]],
    );
  });
});
