// Who acts in English minutes when a decision opens a clause («It was agreed that the Treasurer would …»,
// «Resolved that the Town Manager be authorized to …», «requested that the Department report back»), when a
// post a heading may also name acts («The Secretary will circulate …»), and who does not: movers and
// presenters («Moved by X, seconded by Y»), things in the passive («Venue to be confirmed»), states («would be
// maintainers»).
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const owners = (item: string) => parseMinutesText(`Resolutions:\n1. ${item}`).resolutions[0]?.owners;

describe('English clauses a decision opens', () => {
  it('reads the subject of the clause after «agreed/resolved/requested that»', () => {
    expect(owners('It was agreed that the Treasurer would open a new account.')).toEqual(['Treasurer']);
    expect(owners('Resolved that the Town Manager be authorized to sign the contract.')).toEqual(['Town Manager']);
    expect(owners('Council requested that the Planning Department report back on options.')).toEqual([
      'Planning Department',
    ]);
    expect(owners('Decided that Planning Department will prepare a report on housing.')).toEqual([
      'Planning Department',
    ]);
  });

  it('reads «RESOLVED that …» as council minutes print it, and drops a councillor’s title', () => {
    expect(owners('RESOLVED that the Clerk write to the County Council asking for a date.')).toEqual(['Clerk']);
    expect(owners('RESOLVED that Cllr Green obtain three quotes for the repairs.')).toEqual(['Green']);
    expect(owners('RESOLVED that the minutes be approved as a correct record.')).toEqual([]);
  });

  it('names no one when the clause states a fact or a thing is acted on', () => {
    expect(owners('It was agreed that the report is accurate.')).toEqual([]);
    expect(owners('Resolved that the minutes of the meeting held on 3 May be approved.')).toEqual([]);
    expect(owners('Agreed that Council would have a retreat.')).toEqual([]);
    expect(owners('The meeting agreed Isaac and Jay would be maintainers.')).toEqual([]);
  });

  it('reads a post a heading may also name, when it acts', () => {
    expect(owners('The Secretary will circulate the revised draft to all members.')).toEqual(['Secretary']);
    expect(owners('Chair to send the agenda a week ahead.')).toEqual(['Chair']);
    expect(owners('Secretary: John Brown')).toEqual([]);
  });

  it('does not read a thing in the passive as who acts', () => {
    expect(owners('Venue to be confirmed.')).toEqual([]);
    expect(owners('Date to be decided.')).toEqual([]);
  });

  it('reads «by X» for work to come, not for what was done in the meeting', () => {
    expect(owners('The budget is to be reviewed by Finance Committee.')).toEqual(['Finance Committee']);
    expect(owners('Review of the budget by Finance Committee')).toEqual(['Finance Committee']);
    expect(owners('Moved by Councillor Lee, seconded by Councillor Tan, that the report be received.')).toEqual([]);
    expect(owners('The report was presented by Councillor Lee.')).toEqual([]);
    expect(owners('The agreement will be signed by the Registrar General before April.')).toEqual([
      'Registrar General',
    ]);
    expect(owners('The plan was approved by the Board.')).toEqual([]);
    expect(owners('Send the forms by the end of the month.')).toEqual([]);
  });

  it('drops the article before a capitalised name, not before a post in lower case', () => {
    expect(owners('The Finance Committee agreed to review the audit report.')).toEqual(['Finance Committee']);
    expect(owners('The clerk was directed to post the notice.')).toEqual(['The clerk']);
  });
});

describe('English decisions with a label or a group in lower case', () => {
  it('reads a group named in lower case after «that» or «asked»', () => {
    expect(owners('It was agreed that the working group would publish the draft by 30 June.')).toEqual([
      'the working group',
    ]);
    expect(owners('It was agreed that the steering committee will review the charter.')).toEqual([
      'the steering committee',
    ]);
    // Near miss: a thing in lower case is no group.
    expect(owners('It was agreed that the report would be published.')).toEqual([]);
  });

  it('reads a post a heading may also name when the committee asks it to act', () => {
    expect(owners('The committee asked the Secretary to write to the Mayor.')).toEqual(['Secretary']);
  });

  it('reads the task after a label that says what the line is', () => {
    expect(owners('Agreed: Mark and Lisa to organise the retreat in September.')).toEqual(['Mark', 'Lisa']);
    expect(owners('Decision: the Treasurer will open a new account.')).toEqual(['Treasurer']);
    // Near miss: a decision with no one to act.
    expect(owners('Agreed: the budget to be reviewed in May.')).toEqual([]);
  });

  it('ends a full month name before the full stop that ends the sentence', () => {
    const [r] = parseMinutesText('Resolutions:\n1. Sara will draft the charter by 15 May.').resolutions;
    expect(r?.deadline).toBe('15 May');
  });
});

describe('council resolutions printed «RESOLVED: That …», and names with a role in brackets', () => {
  it('reads the subject after a «That» opening the resolution', () => {
    expect(owners('RESOLVED: That the Town Clerk be instructed to advertise the vacancy.')).toEqual(['Town Clerk']);
    expect(owners('That the Finance Committee review the charges before April.')).toEqual(['Finance Committee']);
  });

  it('names no one where the resolution only receives or notes', () => {
    expect(owners('RESOLVED: That the report be received.')).toEqual([]);
    expect(owners('RESOLVED: That Council notes the report of the Auditor.')).toEqual([]);
    expect(owners('It was resolved that Council endorses the plan.')).toEqual([]);
  });

  it('reads a name before a role in brackets and «to», and «Responsibility:» as an owner label', () => {
    expect(owners('Sarah (Comms) to draft a press release.')).toEqual(['Sarah']);
    expect(owners('Budget (2024) to be agreed next month.')).toEqual([]);
    expect(owners('Review the fencing quotes. Responsibility: Legal Services.')).toEqual(['Legal Services']);
    expect(owners('Responsibility: the board accepts it for the delay.')).toEqual([]);
  });
});
