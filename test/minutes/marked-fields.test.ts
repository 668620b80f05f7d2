// Running notes with tasks marked line by line: «AI: …» in a paragraph is a task as it is on a bullet, and the
// «Owner:» and «Due:» lines right under an «Action:» line are that task's. Near misses: a line that only mentions
// an owner, and the notes that go on after the task.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const read = (body: string) =>
  parseMinutesText(`# Allotment society 2024-05-02\n\n## Discussion\n\n${body}\n`).resolutions.map((r) => [
    r.text,
    r.owners,
    r.deadline,
  ]);

describe('tasks marked in running notes', () => {
  it('reads «AI:» in a paragraph as a task', () => {
    expect(read('The water bills were reviewed.\nAI: Treasurer to post the figures.')).toEqual([
      ['Treasurer to post the figures.', ['Treasurer'], null],
    ]);
  });

  it('gives an «Action:» line the owner and the due date written under it', () => {
    expect(
      read('Action: mend the gate by the orchard\nOwner: Ilse\nDue: June 30\n\nThe owner of plot 4 has moved away.'),
    ).toEqual([['mend the gate by the orchard', ['Ilse'], 'June 30']]);
  });

  it('leaves the notes after the task to the notes', () => {
    expect(read('ACTION: Sam to call the water board\nDeadline: next Friday\nCosts were discussed at length.')).toEqual(
      [['Sam to call the water board', ['Sam'], 'next Friday']],
    );
  });
});
