// How English minutes record what was settled without a verb of deciding: reports accepted, minutes passed as
// distributed, a motion told whole in the passive; and what only looks like a decision or a task: apologies
// accepted, an agenda title in capitals, a noun of an act before «to».
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const items = (text: string) => parseMinutesText(text).resolutions.map((r) => [r.text, r.owners] as const);

describe('records of what was settled', () => {
  it('reads reports accepted, minutes passed as presented and a motion told in the passive', () => {
    const found = items(`Friends of the Museum, committee meeting

Apologies were accepted from Hana Ito.
The Chair's and Treasurer's reports were accepted.
Hana Ito spoke about the new display cases.
Previous minutes: the minutes of 4 June passed as presented.
A motion to open on Sundays in August was duly seconded and carried.`);
    expect(found).toEqual([
      ["The Chair's and Treasurer's reports were accepted.", []],
      ['the minutes of 4 June passed as presented.', []],
      ['A motion to open on Sundays in August was duly seconded and carried.', []],
    ]);
  });

  it('takes no agenda title in capitals for a decision, nor a noun of an act for a person', () => {
    const found = items(`Harbour Board

14-B   ACCOUNTS TO BE APPROVED
15.   Renewal of the lease. The board agreed to renew the lease for five years.`);
    expect(found).toEqual([['The board agreed to renew the lease for five years.', []]]);
    expect(items('Notes\n\n- Reassignment to the east plots by Ines Roy.\n- Ines Roy to chair the panel.')).toEqual([
      ['Ines Roy to chair the panel.', ['Ines Roy']],
    ]);
  });
});

describe('the body of the meeting acting', () => {
  it('reads what the council did in the simple past as settled, and who it approved to act as the owner', () => {
    const found = items(`Town council, summary

The Council discussed the state of the harbour wall at length.
The Council received the auditor's letter.
The Council raised the hall hire charge to $40 an hour.
The Council approved the Town Engineer to order the new pumps.
The Council went into closed session.`);
    expect(found).toEqual([
      ['The Council raised the hall hire charge to $40 an hour.', []],
      ['The Council approved the Town Engineer to order the new pumps.', ['Town Engineer']],
    ]);
  });
});

describe('a label over what was settled', () => {
  it('names the subject, not who acts, when the passive says what was settled; a task after it is still theirs', () => {
    const found = items(`Senate notes

Decisions
- Membership Committee: The nominations of Dana Roy and Li Chen were approved.
- Membership Committee: review the bylaws before June.`);
    expect(found).toEqual([
      ['Membership Committee: The nominations of Dana Roy and Li Chen were approved.', []],
      ['review the bylaws before June.', ['Membership Committee']],
    ]);
  });
});
