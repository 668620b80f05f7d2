// Notes whose task is not in the first words: a named subject's second verb («Ines reviewed the quotes and will
// book the van»), a named person in the clause after a comma («The hall may be taken, Ruth will ring the
// caretaker»), and a capitalised «ACTION ITEM for X:». Near misses: a pronoun, a state after «and will», and a
// note that opens with its verb, its subject left out («Need to …», «Wants to …», «Listen to …»).
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const read = (bullets: string[]) =>
  parseMinutesText(
    `# Garden club notes\n\n## Notes\n\n* Summer fair\n${bullets.map((b) => `  * ${b}`).join('\n')}\n`,
  ).resolutions.map((r) => [r.text, r.owners]);

describe('a task in the second verb or after a comma', () => {
  it('gives the task to the named subject of «… and will …»', () => {
    expect(
      read([
        'Ines reviewed the quotes and will book the van.',
        'Bo would like a raffle and will be asking the shops for prizes',
      ]),
    ).toEqual([
      ['Ines reviewed the quotes and will book the van.', ['Ines']],
      ['Bo would like a raffle and will be asking the shops for prizes', ['Bo']],
    ]);
  });

  it('gives it to the named person after a comma', () => {
    expect(read(['The hall may be taken that day, Ruth will ring the caretaker'])).toEqual([
      ['The hall may be taken that day, Ruth will ring the caretaker', ['Ruth']],
    ]);
  });

  it('takes neither a pronoun nor a state', () => {
    expect(
      read(['He reviewed the quotes and will book the van.', 'Ines wrote the report and will be away in June.']),
    ).toEqual([]);
  });
});

describe('a note that opens with its verb', () => {
  it('is no task, and names no one', () => {
    expect(read(['Need to tell the vendors about the fee', 'Wants to simplify the entry form'])).toEqual([]);
  });

  it('is no owner inside a marked task', () => {
    expect(read(['Action item: Send the map. Listen to the tape for the details.'])).toEqual([
      ['Send the map. Listen to the tape for the details.', []],
    ]);
  });
});

describe('a capitalised mark naming who acts', () => {
  it('reads «ACTION ITEM for X:» as «Action item for X:»', () => {
    expect(read(['ACTION ITEM for Secretariat: Print the entry forms.'])).toEqual([
      ['Print the entry forms.', ['Secretariat']],
    ]);
  });
});

describe('help offered, a topic before a dash, a change of post', () => {
  it('gives the task to who offered help, after a topic and a spaced dash', () => {
    expect(read(['Poster design - Ines offered layout help to Ruth for the flyer.'])).toEqual([
      ['Poster design - Ines offered layout help to Ruth for the flyer.', ['Ines']],
    ]);
  });

  it('takes no one stepping down or staying on as having a task', () => {
    expect(read(['Bo will step down from the stall rota', 'Ruth will remain treasurer'])).toEqual([]);
  });
});

describe('a break before which the work is done', () => {
  it('is the deadline as written, with no day', () => {
    const parsed = parseMinutesText(
      '## Actions\n\n- Ines to book the van before the holiday break.\n- Bo will sort the shed by the summer recess.\n- Ruth to plan games for the summer holidays.\n',
    );
    expect(parsed.resolutions.map((r) => [r.deadline, r.dueDate])).toEqual([
      ['before the holiday break', null],
      ['by the summer recess', null],
      [null, null],
    ]);
  });
});

describe('a topic label of any words before a named task', () => {
  it('gives the task to the person after the label, not the label', () => {
    expect(read(['Stall SR2: Ines to repaint the sign.', 'Bo Lind: Ruth to check the float.'])).toEqual([
      ['Stall SR2: Ines to repaint the sign.', ['Ines']],
      ['Bo Lind: Ruth to check the float.', ['Ruth']],
    ]);
  });

  it('still reads a name alone before the task as its owner', () => {
    expect(read(['Bo Lind: check the float.'].map((b) => b))).toEqual([]);
    const parsed = parseMinutesText('## Actions\n\n- Bo Lind: check the float.\n');
    expect(parsed.resolutions.map((r) => [r.text, r.owners])).toEqual([['check the float.', ['Bo Lind']]]);
  });
});

describe('a note naming its owner in a field', () => {
  it('is a task, owned by the one the field names', () => {
    expect(
      read([
        'Costs rose again.',
        'Ask the council about the field (Owner: Ruth, Due: June 5)',
        'Check the float. Owner: Bo',
      ]),
    ).toEqual([
      ['Ask the council about the field (Owner: Ruth, Due: June 5)', ['Ruth']],
      ['Check the float. Owner: Bo', ['Bo']],
    ]);
  });

  it('is no task where «owner» is only a word of the note', () => {
    expect(read(['The hall owner: a retired teacher, kind to us.'])).toEqual([]);
  });
});

describe('a choice told of someone else', () => {
  it('is no decision of the meeting; an election is', () => {
    expect(
      read([
        'Bo has left the rota, because his club elected not to renew its stall.',
        'Ines was elected stall captain.',
      ]),
    ).toEqual([['Ines was elected stall captain.', []]]);
  });
});
