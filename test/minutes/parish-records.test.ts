// Parish minutes: the chair and the clerk named beside their names across a dash in the «Present:» line, and the
// last minutes «accepted as a true record» — a decision, unlike the apologies accepted in the item before it.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const minutes = (present: string) =>
  parseMinutesText(
    [
      'Minutes of the Parish Meeting held on Tuesday 3 June, 2025',
      `Present: ${present}`,
      '1. Apologies',
      'Apologies received from Cllr Vane. Reasons noted and accepted by members present',
      '2. Minutes',
      'The minutes of the meeting held 6 May 2025 were accepted as a true record. Proposed by Cllr Pike.',
      '3. Footpaths',
      'Clerk to chase the county about the stile.',
    ].join('\n'),
  );

describe('roles beside a dash in the attendance line', () => {
  it('names the chair after the name and the clerk before it', () => {
    const { meeting } = minutes('Cllr Mrs H. Dunmore – Chairman, Cllrs P Pike, R Vane and the Clerk – Oliver Brand');
    expect([meeting.chair, meeting.secretary]).toEqual(['H. Dunmore', 'Oliver Brand']);
  });

  it('names no one for a deputy or a role that is not the meeting’s', () => {
    const { meeting } = minutes('Cllr H. Dunmore – Vice Chairman, Cllr P Pike – Footpaths Officer');
    expect([meeting.chair, meeting.secretary]).toEqual([null, null]);
  });
});

describe('minutes accepted as a true record', () => {
  it('is a decision; the apologies accepted are not', () => {
    const parsed = minutes('Cllrs P Pike, R Vane');
    expect(parsed.resolutions.map((r) => r.text)).toEqual([
      'The minutes of the meeting held 6 May 2025 were accepted as a true record.',
      'Clerk to chase the county about the stile.',
    ]);
  });
});

describe('a task after a minute number and an agenda title', () => {
  it('is read past «25/06 Correspondence:», not for a pronoun or an abstract noun', () => {
    const parsed = parseMinutesText(
      [
        'Minutes of the Parish Council meeting held on Tuesday 3 June 2025',
        'Present: Cllrs P Pike, R Vane',
        '',
        '25/06 Correspondence: The Clerk was asked to answer the letter about the bus shelter.',
        '25/07 Street lights: Cllr Vane will chase the county.',
        '25/08 Hall: Permission was asked to hold a barn dance.',
        '25/09 Trees: He will look at the oak.',
      ].join('\n'),
    );
    expect(parsed.resolutions.map((r) => [r.text, r.owners])).toEqual([
      ['The Clerk was asked to answer the letter about the bus shelter.', ['Clerk']],
      ['Cllr Vane will chase the county.', ['Vane']],
    ]);
  });
});
