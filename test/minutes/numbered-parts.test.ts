// Board minutes number their parts as they number agenda items: «10. Action items» over indented bullets heads
// them, «9. Review Outstanding Action Items» heads actions followed up, which are no new items. An agenda item
// that is not the name of such a part («3. Approval of the minutes», «5. Matters arising») stays an item.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const read = (lines: string[]) => parseMinutesText(lines.join('\n')).resolutions.map((r) => [r.text, r.owners]);

describe('a numbered part of the minutes', () => {
  it('heads the actions under it and the actions followed up', () => {
    expect(
      read([
        'Board of Directors Meeting Minutes',
        'May 6, 2026',
        '',
        '8. Review Outstanding Action Items',
        '',
        '   * Nadia: renew the venue contract',
        '     Status: done',
        '',
        '9. Action items',
        '',
        '   * @ruth: ask the docs team about their release notes',
        '   * @omar: draft the grants policy',
      ]),
    ).toEqual([
      ['ask the docs team about their release notes', ['@ruth']],
      ['draft the grants policy', ['@omar']],
    ]);
  });

  it('leaves an agenda item that names no such part', () => {
    expect(
      read([
        'Minutes of the Village Hall Committee',
        '',
        '3. Approval of the minutes',
        'The minutes of the last meeting were approved.',
        '5. Matters arising',
        'The Secretary would write to the hirers about the new rates.',
      ]),
    ).toEqual([
      ['The minutes of the last meeting were approved.', []],
      ['The Secretary would write to the hirers about the new rates.', ['Secretary']],
    ]);
  });
});
