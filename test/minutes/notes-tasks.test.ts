// Tasks in running notes, where no section lists the resolutions: a named person taking one on («Li Wei and
// Maria to pair …», «Jonas is going to …»), a line marked as a task («AI: …», «TODO: …», a checkbox), and a
// marker that names who acts («ACTION Jonas: …», «Action item for Maria: …»). Each with a near miss.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const read = (lines: string[]) =>
  parseMinutesText(['# Sync notes', '', '## Notes', ...lines].join('\n')).resolutions.map((r) => [r.text, r.owners]);

describe('a named person taking on a task in notes', () => {
  it('keeps names of several words, lists of them, and «is going to», «volunteered to»', () => {
    expect(
      read([
        '- Reviewed the roadmap draft.',
        '- Anna Berg and Tomas to compare the two hosting offers.',
        '- Tomas is going to ask finance about the budget line.',
        '- Kofi volunteered to write the onboarding page.',
      ]),
    ).toEqual([
      ['Anna Berg and Tomas to compare the two hosting offers.', ['Anna Berg', 'Tomas']],
      ['Tomas is going to ask finance about the budget line.', ['Tomas']],
      ['Kofi volunteered to write the onboarding page.', ['Kofi']],
    ]);
  });

  it('leaves a thing to be done to, and what was only discussed', () => {
    expect(
      read(['- Discussed the roadmap draft.', '- Next Meeting will be held on Monday.', '- The wiki will be moved.']),
    ).toEqual([]);
  });
});

describe('a line marked as a task in notes', () => {
  it('keeps «AI:», «TODO:» and a checkbox, nested or not', () => {
    expect(
      read([
        '- Went through the open bugs.',
        '  - AI: Priya to triage the crash reports',
        '- TODO: Ben - archive the old channel',
        '- [ ] @lena book the room for the workshop',
        '- [ ] Draft the survey questions (Kofi)',
      ]),
    ).toEqual([
      ['Priya to triage the crash reports', ['Priya']],
      ['Ben - archive the old channel', ['Ben']],
      ['@lena book the room for the workshop', ['@lena']],
      ['Draft the survey questions (Kofi)', ['Kofi']],
    ]);
  });

  it('reads who acts from the marker itself', () => {
    expect(read(['- ACTION Ruth: send the invoice to the venue', '- Action item for Ben: renew the domain'])).toEqual([
      ['send the invoice to the venue', ['Ruth']],
      ['renew the domain', ['Ben']],
    ]);
  });

  it('takes no one from what the marker heads', () => {
    expect(read(['- Action Required: confirm the venue by Friday'])).toEqual([
      ['Action Required: confirm the venue by Friday', []],
    ]);
  });

  it('still reads the rest of the notes around a line marked «ACTION:»', () => {
    expect(
      read([
        '- Talked about the release.',
        '- Kofi will tag the release candidate.',
        'ACTION: Ruth to update the docs',
      ]),
    ).toEqual([
      ['Kofi will tag the release candidate.', ['Kofi']],
      ['Ruth to update the docs', ['Ruth']],
    ]);
  });
});

describe('agenda items told in sentences', () => {
  const minutes = (lines: string[]) =>
    parseMinutesText(['Village Hall Committee — Minutes', '', ...lines].join('\n')).resolutions.map((r) => [
      r.text,
      r.owners,
    ]);

  it('keep the sentences that lay a task on someone', () => {
    expect(
      minutes([
        '1. Call to order at 7:30 p.m. by the Chair.',
        '2. Heating. Quotes were compared. The Facilities Officer will book the engineer for a service visit.',
        '3. Car park. The committee directed the Treasurer to pay the resurfacing deposit.',
        '4. Hire rates. Staff were asked to draft new rates for the summer.',
      ]),
    ).toEqual([
      ['The Facilities Officer will book the engineer for a service visit.', ['Facilities Officer']],
      ['The committee directed the Treasurer to pay the resurfacing deposit.', ['Treasurer']],
      ['Staff were asked to draft new rates for the summer.', ['Staff']],
    ]);
  });

  it('leave the meeting’s own steps, things done to, and abstract nouns', () => {
    expect(
      minutes([
        '1. Call to order at 7:30 p.m.',
        '2. Permission was asked to record the meeting.',
        '3. Newsletter. The Newsletter will be printed in May.',
        '4. Motion to adjourn carried.',
      ]),
    ).toEqual([]);
  });

  it('leave a motion to adjourn in a list that decides', () => {
    expect(
      minutes(['1. Call to order at 7:30 p.m.', '2. Hire rates were approved.', '3. Motion to adjourn carried.']),
    ).toEqual([['Hire rates were approved.', []]]);
  });
});

describe('a post with «The» and «to» in running prose', () => {
  it('is a task on that post, and «The Road to …» is none', () => {
    const read2 = (sentence: string) =>
      parseMinutesText(`Minutes\n\nDiscussion\nThe fair was discussed. ${sentence}`).resolutions.map((r) => [
        r.text,
        r.owners,
      ]);
    expect(read2('The Clerk to chase the contractor.')).toEqual([['The Clerk to chase the contractor.', ['Clerk']]]);
    expect(read2('The Road to recovery was a theme of the talk.')).toEqual([]);
  });
});

describe('a subject before a named person’s task in notes', () => {
  it('is the topic, and the person after it acts', () => {
    expect(
      read([
        '- Discussed the fair.',
        '- Grant application: Owen is going to draft it.',
        '- Budget: Sam will send the figures.',
      ]),
    ).toEqual([
      ['Grant application: Owen is going to draft it.', ['Owen']],
      ['Budget: Sam will send the figures.', ['Sam']],
    ]);
  });

  it('leaves who will only be away', () => {
    expect(
      read(['- Discussed the fair.', '- Note: Sam will be away in May.', '- Priya will be on leave in June.']),
    ).toEqual([]);
  });
});
