// A platform-neutral Reply in a messenger's dialect (Telegram HTML, Bale Markdown): every user- or
// file-supplied string escaped, Persian lines kept right-to-left, split into messages under the
// 4096-character limit, and item buttons as inline keyboards carrying `action:value`.
import type { InlineKeyboardButton } from 'grammy/types';
import { toPersianDigits } from '../../core/text.js';
import type { Block, Language, Reply } from '../../core/types.js';
import { encodeButton } from '../buttons.js';
import { isolateLtr } from '../text/bidi.js';
import { type Dialect, TELEGRAM_HTML } from './dialect.js';

export { escapeHtml } from './dialect.js';

/** Telegram's limit is 4096 characters after parsing; tags only make the HTML longer, so this is safe. */
export const MESSAGE_LIMIT = 4000;
/** Keep keyboards well under Telegram's 100-button limit: items with buttons per message. */
const MAX_BUTTON_ITEMS = 20;

export interface RenderedMessage {
  /** In the dialect's markup. */
  text: string;
  keyboard: InlineKeyboardButton.CallbackButton[][];
  /** Item numbers shown in this message, so replies to it find them. */
  items: number[];
}

/** Cuts plain text at line or word boundaries so no piece exceeds `max` characters once escaped. */
function cutText(text: string, max: number, escapedLength: (ch: string) => number): string[] {
  const pieces: string[] = [];
  let start = 0;
  let size = 0;
  let newline = -1;
  let space = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    size += escapedLength(ch);
    if (size > max) {
      // Prefer a line break, then a space, in the second half of the piece; else cut mid-word.
      const half = start + (i - start) / 2;
      const at = newline > half ? newline : space > half ? space : i;
      pieces.push(text.slice(start, at));
      start = at === i ? i : at + 1;
      i = start - 1;
      size = 0;
      newline = -1;
      space = -1;
      continue;
    }
    if (ch === '\n') newline = i;
    else if (ch === ' ') space = i;
  }
  pieces.push(text.slice(start));
  return pieces;
}

function blockMarkup(b: Block, num: (n: number) => string, d: Dialect, lang: Language): string {
  // Marks go in before escaping: they are plain characters to every dialect.
  const text = (s: string) => d.escape(lang === 'fa' ? isolateLtr(s, d.marks) : s);
  if (b.type === 'heading') return d.bold(text(b.text));
  if (b.type === 'text') return text(b.text);
  const meta = b.meta ? `\n${d.italic(text(b.meta))}` : '';
  return `${d.bold(`${num(b.number)}.`)} ${text(b.text)}${meta}`;
}

/** One row per item in a list (icon and number); two rows of full labels when the message is about one item. */
function itemRows(
  items: Extract<Block, { type: 'item' }>[],
  num: (n: number) => string,
): InlineKeyboardButton.CallbackButton[][] {
  const withButtons = items.filter((i) => i.buttons?.length);
  if (withButtons.length === 1) {
    const buttons = withButtons[0]!.buttons!.map((b) => ({ text: b.label, callback_data: encodeButton(b) }));
    return [buttons.slice(0, 2), buttons.slice(2)].filter((r) => r.length > 0);
  }
  return withButtons.map((i) =>
    i.buttons!.map((b) => ({ text: `${b.label.split(' ')[0]} ${num(i.number)}`, callback_data: encodeButton(b) })),
  );
}

/** Splits an over-long text or heading block into several blocks that each fit. */
function fitBlocks(blocks: Block[], d: Dialect): Block[] {
  return blocks.flatMap((b): Block[] => {
    if (b.type === 'item') {
      const room = MESSAGE_LIMIT - 200 - (b.meta ? d.escape(b.meta).length : 0);
      const [first, ...rest] = cutText(b.text, room, d.escapedLength);
      return [{ ...b, text: first! }, ...rest.map((text) => ({ type: 'text' as const, text }))];
    }
    return cutText(b.text, MESSAGE_LIMIT - 20, d.escapedLength).map((text) => ({ ...b, text }));
  });
}

export function renderTelegram(reply: Reply, lang: Language, dialect: Dialect = TELEGRAM_HTML): RenderedMessage[] {
  const num = (n: number) => (lang === 'fa' ? toPersianDigits(n) : String(n));
  const messages: RenderedMessage[] = [];
  let markup = '';
  let previous: Block['type'] | null = null;
  let items: Extract<Block, { type: 'item' }>[] = [];
  const flush = () => {
    if (!markup) return;
    messages.push({ text: markup, keyboard: itemRows(items, num), items: items.map((i) => i.number) });
    markup = '';
    previous = null;
    items = [];
  };
  for (const b of fitBlocks(reply.blocks, dialect)) {
    const piece = blockMarkup(b, num, dialect, lang);
    const buttonItems = items.filter((i) => i.buttons?.length).length;
    if (
      markup.length + 2 + piece.length > MESSAGE_LIMIT ||
      (b.type === 'item' && !!b.buttons?.length && buttonItems >= MAX_BUTTON_ITEMS)
    ) {
      flush();
    }
    // Consecutive lines of text stay together; headings and items get a blank line around them.
    const separator = !markup ? '' : b.type === 'text' && previous === 'text' ? '\n' : '\n\n';
    markup += separator + piece;
    previous = b.type;
    if (b.type === 'item') items.push(b);
  }
  flush();
  if (reply.buttons?.length) {
    if (messages.length === 0) messages.push({ text: '…', keyboard: [], items: [] });
    const keyboard = messages.at(-1)!.keyboard;
    let row: InlineKeyboardButton.CallbackButton[] = [];
    for (const b of reply.buttons) {
      if (b.startsRow && row.length > 0) row = [];
      if (row.length === 0) keyboard.push(row);
      row.push({ text: b.label, callback_data: encodeButton(b) });
    }
  }
  // A reply that names items without showing them as blocks (e.g. "why is 3 blocked?") keeps them.
  if (messages.length === 1 && reply.items?.length) messages[0]!.items = [...reply.items];
  return messages;
}
