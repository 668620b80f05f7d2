// Scribed minutes recap at their foot the actions and resolutions marked in the notes above («Summary of action
// items: [NEW] ACTION: …», «Summary of resolutions: 1. …»). Each is one item, where the notes first give it;
// two different items under the summary stay two.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const read = (lines: string[]) => parseMinutesText(lines.join('\n')).resolutions.map((r) => [r.text, r.owners]);

describe('a recap of what the notes marked', () => {
  it('gives each action and resolution once', () => {
    expect(
      read([
        'Accessibility Task Force',
        '',
        '9 April 2026',
        '',
        'Present: lea, omar, pim',
        '',
        'Captions',
        '',
        '<lea> the caption spec is nearly ready',
        'PROPOSED: publish the caption note for review',
        '<omar> +1',
        'RESOLUTION: publish the caption note for review',
        'ACTION: pim to file the review request',
        '',
        'Summary of action items',
        '',
        '[NEW] ACTION: pim to file the review request',
        '',
        'Summary of resolutions',
        '',
        '1. publish the caption note for review',
      ]),
    ).toEqual([
      ['publish the caption note for review', []],
      ['pim to file the review request', ['pim']],
    ]);
  });

  it('keeps an action the summary adds', () => {
    expect(
      read([
        'Accessibility Task Force',
        '',
        'Present: lea, omar, pim',
        '',
        'ACTION: pim to file the review request',
        '',
        'Summary of action items',
        '',
        '[NEW] ACTION: pim to file the review request',
        '[NEW] ACTION: lea to book the next call',
      ]),
    ).toEqual([
      ['pim to file the review request', ['pim']],
      ['lea to book the next call', ['lea']],
    ]);
  });
});
