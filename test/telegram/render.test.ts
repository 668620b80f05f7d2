// Rendering replies as Telegram HTML: escaping, Persian digits, keyboards and splitting under the limit.
import { describe, expect, it } from 'vitest';
import type { Block, Reply } from '../../src/core/types.js';
import { decodeButton } from '../../src/platforms/buttons.js';
import { escapeHtml, renderTelegram } from '../../src/platforms/telegram/render.js';

const button = (action: 'done' | 'progress', n: number) => ({
  label: action === 'done' ? '✅ انجام شد' : '⏳ در حال انجام',
  action,
  value: String(n),
});
const item = (n: number, text: string, withButtons = true): Block => ({
  type: 'item',
  number: n,
  text,
  meta: 'متولی: کمیته <فاوا>',
  ...(withButtons ? { buttons: [button('done', n), button('progress', n)] } : {}),
});

/** What Telegram counts: the text once tags are parsed and entities decoded. */
const visibleLength = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&lt;|&gt;|&amp;|&quot;/g, 'x').length;

describe('renderTelegram', () => {
  it('escapes every supplied string and keeps * as it is', () => {
    const [m] = renderTelegram({ blocks: [{ type: 'heading', text: 'A & B' }, item(1, 'x < y & *z*')] }, 'fa');
    expect(m!.text.replace(/[\u200E\u200F]/g, '')).toBe(
      '<b>A &amp; B</b>\n\n<b>۱.</b> x &lt; y &amp; *z*\n<i>متولی: کمیته &lt;فاوا&gt;</i>',
    );
    expect(escapeHtml('"')).toBe('&quot;');
  });

  it('uses Latin digits in English and full labels for a single item', () => {
    const [m] = renderTelegram({ blocks: [item(12, 'x')] }, 'en');
    expect(m!.text).toContain('<b>12.</b>');
    expect(m!.keyboard).toEqual([
      [
        { text: '✅ انجام شد', callback_data: 'done:12' },
        { text: '⏳ در حال انجام', callback_data: 'progress:12' },
      ],
    ]);
  });

  it('splits a long list under 4096 characters, each part with its own items and buttons', () => {
    const long = 'مقرر شد گزارش <جامع> & دقیق تهیه شود. '.repeat(6);
    const blocks = Array.from({ length: 60 }, (_, i) => item(i + 1, long));
    const reply: Reply = {
      blocks: [{ type: 'heading', text: 'کارهای باز' }, ...blocks],
      items: blocks.map((_, i) => i + 1),
    };
    const parts = renderTelegram(reply, 'fa');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) {
      expect(p.text.length).toBeLessThanOrEqual(4096);
      expect(p.keyboard.flat().length).toBeLessThanOrEqual(100);
      expect(p.keyboard.map((row) => row[0]!.callback_data)).toEqual(p.items.map((n) => `done:${n}`));
    }
    expect(parts.flatMap((p) => p.items)).toEqual(reply.items);
    // Lists show one compact row per item: icon and number.
    expect(parts[0]!.keyboard[0]![0]!.text).toBe('✅ ۱');
  });

  it('cuts a single huge text at word boundaries without breaking an escape', () => {
    const text = 'کلمه & <تگ> '.repeat(2000);
    const parts = renderTelegram({ blocks: [{ type: 'text', text }] }, 'fa');
    expect(parts.length).toBeGreaterThan(1);
    for (const p of parts) {
      expect(p.text.length).toBeLessThanOrEqual(4096);
      expect(p.text).not.toMatch(/&(?!amp;|lt;|gt;|quot;)/);
      expect(p.text).not.toMatch(/<(?!\/?b>|\/?i>)/);
    }
    expect(parts.map((p) => visibleLength(p.text)).reduce((a, b) => a + b, 0)).toBeGreaterThan(
      text.length - parts.length * 2,
    );
  });

  it('puts message-wide buttons under the last part and keeps items a reply names', () => {
    const parts = renderTelegram(
      { blocks: [{ type: 'text', text: 'دلیل؟' }], buttons: [button('done', 4)], items: [4] },
      'fa',
    );
    expect(parts).toEqual([
      { text: 'دلیل؟', keyboard: [[{ text: '✅ انجام شد', callback_data: 'done:4' }]], items: [4] },
    ]);
  });

  it('reads callback data back, values with colons included', () => {
    expect(decodeButton('import-confirm:ab:cd')).toEqual({ action: 'import-confirm', value: 'ab:cd' });
    expect(decodeButton('no colon')).toBeNull();
    expect(decodeButton('delete:3')).toBeNull();
  });
});
