// Action lists of open-source groups: a name with its handle in brackets before the colon, a name after the last
// dash with a due date after it, and «due next Friday» as the deadline. Near misses: a topic with a bracket
// before a colon, a dash in the middle of a task.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const read = (lines: string[]) =>
  parseMinutesText(
    `# Steering call 2024-05-02\n\n## Action items\n\n${lines.map((l) => `- ${l}`).join('\n')}\n`,
  ).resolutions.map((r) => [r.text, r.owners, r.deadline]);

describe('handles, dashes and dues', () => {
  it('reads the name before its handle and a colon', () => {
    expect(read(['Wren Ito (@wren): rotate the signing keys'])).toEqual([
      ['rotate the signing keys', ['Wren Ito'], null],
    ]);
  });

  it('reads the name after the last dash, a due date after it', () => {
    expect(read(['Draft the release notes — @ilse, due 2024-06-01'])).toEqual([
      ['Draft the release notes — @ilse, due 2024-06-01', ['@ilse'], '2024-06-01'],
    ]);
  });

  it('reads «due next Friday» as the deadline', () => {
    expect(read(['Omar: ping the mirror hosts; due next Friday'])).toEqual([
      ['ping the mirror hosts; due next Friday', ['Omar'], 'due next Friday'],
    ]);
  });

  it('takes no topic with a bracket for a person, nor a dash inside a task', () => {
    expect(read(['Budget (Q3): review the numbers', 'Move the CI - it is slow - to the new runners'])).toEqual([
      ['Budget (Q3): review the numbers', [], null],
      ['Move the CI - it is slow - to the new runners', [], null],
    ]);
  });
});
