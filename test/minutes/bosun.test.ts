// Steering committees that rotate who runs each meeting name that person «Bosun» in the header, as others say
// «Host» or «Facilitator»: the chair of the meeting. A bosun named for meetings to come in the notes is not.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

describe('the bosun of a meeting', () => {
  it('is its chair', () => {
    const text = [
      '## May 4, 2026 [Public Meeting]',
      '',
      '* Bosun: Hana',
      '* Note taker: Piotr',
      '* Topics',
      '    * Charter review',
    ];
    expect(parseMinutesText(text.join('\n')).meeting.chair).toBe('Hana');
  });

  it('is no chair of a meeting when the notes only plan who runs the next ones', () => {
    const text = [
      '## May 4, 2026',
      '',
      '* Host: Hana',
      '* Topics',
      '    * Rotation',
      '        * Bosun : Omar to run the next 2 meetings',
    ];
    expect(parseMinutesText(text.join('\n')).meeting.chair).toBe('Hana');
  });
});
