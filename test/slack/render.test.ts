import { describe, expect, test } from 'vitest';
import { refusal } from '../../handlers/context.js';
import { MESSAGES } from '../../src/core/i18n.js';
import type { Reply } from '../../src/core/types.js';
import { commandText } from '../../src/platforms/slack/commands.js';
import {
  escapeMrkdwn,
  MAX_BLOCKS,
  MAX_SECTION,
  markPressed,
  renderSlack,
  unescapeMrkdwn,
} from '../../src/platforms/slack/render.js';
import { isEphemeral } from '../../src/platforms/slack/visibility.js';

const sectionTexts = (blocks: Record<string, unknown>[]) =>
  blocks.filter((b) => b.type === 'section').map((b) => (b.text as { text: string }).text);

describe('Block Kit rendering', () => {
  test('escapes &, < and > in every user-supplied string, entities first', () => {
    expect(escapeMrkdwn('a & <b> &amp;')).toBe('a &amp; &lt;b&gt; &amp;amp;');
    expect(unescapeMrkdwn(escapeMrkdwn('<@U1> & x'))).toBe('<@U1> & x');
    const [m] = renderSlack(
      {
        blocks: [
          { type: 'heading', text: 'A <b>' },
          { type: 'item', number: 7, text: '<!channel> & co', meta: 'owner <x>' },
        ],
        attachments: [{ name: 'r<1>.xlsx', mime: 'x', data: Buffer.from('') }],
      },
      'en',
    );
    const all = sectionTexts(m!.blocks).join('\n');
    expect(all).toContain('*A &lt;b&gt;*');
    expect(all).toContain('*7.* &lt;!channel&gt; &amp; co\nowner &lt;x&gt;');
    expect(all).toContain('r&lt;1&gt;.xlsx');
    expect(all).not.toMatch(/<|>/);
    expect(m!.text).toBe('A &lt;b&gt;');
  });

  test('Persian numbers for Persian replies; buttons carry action:value', () => {
    const [m] = renderSlack(
      {
        blocks: [{ type: 'item', number: 12, text: 'x', buttons: [{ label: 'ok', action: 'done', value: '12' }] }],
        buttons: [{ label: 'yes', action: 'import-confirm', value: 'tok' }],
      },
      'fa',
    );
    // A Latin word in a Persian reply is isolated so it cannot flip the line.
    expect(sectionTexts(m!.blocks)[0]).toBe('*۱۲.* \u2066x\u2069');
    const actions = m!.blocks.filter((b) => b.type === 'actions');
    expect(actions.map((a) => a.block_id)).toEqual(['item:12', 'reply']);
    expect(actions[0]!.elements).toEqual([expect.objectContaining({ action_id: 'done:12', value: 'done:12' })]);
    expect(actions[1]!.elements).toEqual([expect.objectContaining({ action_id: 'import-confirm:tok' })]);
  });

  test('splits long text under 3000 characters and long replies under 50 blocks', () => {
    const long = Array.from({ length: 400 }, (_, i) => `line ${i} & more`).join('\n');
    const [m] = renderSlack({ blocks: [{ type: 'text', text: long }] }, 'en');
    const texts = sectionTexts(m!.blocks);
    expect(texts.length).toBeGreaterThan(2);
    for (const t of texts) expect(t.length).toBeLessThanOrEqual(MAX_SECTION);
    expect(texts.join('\n')).toBe(escapeMrkdwn(long));
    const unbroken = renderSlack({ blocks: [{ type: 'text', text: '&'.repeat(4000) }] }, 'en')[0]!;
    for (const t of sectionTexts(unbroken.blocks)) expect(t).toMatch(/^(&amp;)+$/);

    const items = Array.from({ length: 30 }, (_, i) => ({
      type: 'item' as const,
      number: i + 1,
      text: `item ${i + 1}`,
      buttons: [{ label: 'ok', action: 'done' as const, value: String(i + 1) }],
    }));
    const messages = renderSlack({ blocks: [{ type: 'heading', text: 'List' }, ...items] }, 'en');
    expect(messages.length).toBe(2);
    for (const msg of messages) expect(msg.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
    // An item's section and its buttons stay together.
    const first = messages[0]!.blocks;
    expect(first[first.length - 1]!.type).toBe('actions');
    expect(messages.flatMap((x) => x.blocks).length).toBe(61);
  });

  test('a press replaces only that item’s buttons with who did what', () => {
    const [m] = renderSlack(
      {
        blocks: [1, 2].map((n) => ({
          type: 'item' as const,
          number: n,
          text: `i${n}`,
          buttons: [{ label: 'ok', action: 'done' as const, value: String(n) }],
        })),
      },
      'en',
    );
    const marked = markPressed(m!.blocks, 2, 'Ann <x>: item 2 “Done”', 'en');
    expect(marked.length).toBe(m!.blocks.length);
    expect(marked[3]).toEqual({
      type: 'context',
      block_id: 'item:2',
      elements: [{ type: 'mrkdwn', text: 'Ann &lt;x&gt;: item 2 “Done”' }],
    });
    expect(marked[1]!.type).toBe('actions');
  });
});

describe('slash commands and visibility', () => {
  test('/peygir <cmd> is the same as /<cmd>', () => {
    expect(commandText('/done', ' 3 sent ')).toBe('/done 3 sent');
    expect(commandText('/peygir', 'done 3')).toBe('/done 3');
    expect(commandText('/peygir', '/list')).toBe('/list');
    expect(commandText('/peygir', '')).toBe('/help');
    expect(commandText('/note', '1 a &amp; b')).toBe('/note 1 a & b');
  });

  test('refusals and help are ephemeral; results are not', () => {
    const text = (...lines: string[]): Reply => ({ blocks: lines.map((t) => ({ type: 'text' as const, text: t })) });
    for (const t of [MESSAGES.fa, MESSAGES.en]) {
      expect(isEphemeral(refusal(t.notLinked))).toBe(true);
      expect(isEphemeral(refusal(t.notYours(3), t.notFound('9')))).toBe(true);
      expect(isEphemeral(text(t.linkedIn('channel', 'کمیته فاوا')))).toBe(false);
      expect(isEphemeral(text(t.changed(3, 'x', 'y'), t.notYours(4)))).toBe(false);
    }
    expect(isEphemeral(text('anything'), 'help')).toBe(true);
    expect(isEphemeral({ ...text('x'), private: true })).toBe(true);
  });
});
