// US-style boards and commissions call their members by seat and surname («Member Okafor», «Commissioner
// Lind», «Vice Chair Ruiz»): the seat is no part of the name. Reported speech shortened («… said she’ll …») is a
// task as «… said she will …» is. A post alone («The Chair will …») stays the post.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const read = (text: string) => parseMinutesText(`Notes\n\n${text}\n`).resolutions.map((r) => [r.text, r.owners]);

describe('a seat before a surname', () => {
  it('names the member without the seat', () => {
    expect(
      read(
        'Member Okafor will draft the parking section. Commissioner Lind will ask the vendor for a demo. Vice Chair Ruiz will call the county office.',
      ),
    ).toEqual([
      ['Member Okafor will draft the parking section.', ['Okafor']],
      ['Commissioner Lind will ask the vendor for a demo.', ['Lind']],
      ['Vice Chair Ruiz will call the county office.', ['Ruiz']],
    ]);
  });

  it('reads a task told in shortened reported speech', () => {
    expect(read('Member Tan said she’ll circulate the revised budget before the next meeting.')).toEqual([
      ['Member Tan said she’ll circulate the revised budget before the next meeting.', ['Tan']],
    ]);
  });

  it('keeps a post alone, and a heading of reports is no one', () => {
    expect(read('The Chair will sign the letter. Member reports were heard.')).toEqual([
      ['The Chair will sign the letter.', ['Chair']],
    ]);
  });
});
