// Markdown notes often link a name to a profile listed at the foot of the page («[Ines] will …», with
// «[Ines]: https://…» further down). The bracketed name takes the task as the bare name does; a link to a
// document («[Slides](…) will be shared») or a thing in brackets to be done to is no one.
import { describe, expect, it } from 'vitest';
import { parseMinutesText } from '../../src/minutes/index.js';

const read = (lines: string[]) =>
  parseMinutesText(['# Sync notes', '', '## Notes', ...lines].join('\n')).resolutions.map((r) => [r.text, r.owners]);

describe('a linked name taking on a task', () => {
  it('reads the name in brackets, its letters beyond ASCII and a handle too', () => {
    expect(
      read([
        'For the coming week:',
        '',
        '- [Ines] will finish the style guide.',
        '- [Jérôme] will port the remaining fixtures.',
        '- [@okwu] will compare the two allocators.',
        '',
        '[Ines]: https://example.org/ines',
        '[Jérôme]: https://example.org/jerome',
      ]),
    ).toEqual([
      ['[Ines] will finish the style guide.', ['Ines']],
      ['[Jérôme] will port the remaining fixtures.', ['Jérôme']],
      ['[@okwu] will compare the two allocators.', ['@okwu']],
    ]);
  });

  it('leaves a link to a document and a thing in brackets to be done to', () => {
    expect(
      read(['- [Slides](https://example.org/deck) will be shared on the list.', '- [Draft] will be reviewed later.']),
    ).toEqual([]);
  });
});
