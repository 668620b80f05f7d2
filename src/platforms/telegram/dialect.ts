// The two dialects of the Bot API peygir speaks. Telegram renders HTML; Bale renders its own Markdown
// (`*bold*` with spaces around it, `_italic_`) on every message and shows HTML tags as they are. Bale also
// lacks the command menu, forum topics, `my_chat_member` updates and the webhook's secret header.
import { type BidiMarks, MARK_BIDI } from '../text/bidi.js';

export type Messenger = 'telegram' | 'bale';

export interface Dialect {
  messenger: Messenger;
  /** Sent with every message; Bale parses its Markdown without being asked. */
  parseMode?: 'HTML';
  escape(text: string): string;
  /** How many characters one character becomes once escaped (to split under the length limit). */
  escapedLength(ch: string): number;
  bold(escaped: string): string;
  italic(escaped: string): string;
  /** Names the user in front of a force_reply, so the reply box opens for them. */
  mention(id: number, name: string): string;
  marks: BidiMarks;
  /** setMyCommands exists. */
  commandMenu: boolean;
  /** Forum topics exist (`message_thread_id`). */
  topics: boolean;
  /** `my_chat_member` updates arrive; without them a removed chat is noticed from send errors. */
  memberUpdates: boolean;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"]/g, (ch) => HTML_ESCAPES[ch]!);
}

export const TELEGRAM_HTML: Dialect = {
  messenger: 'telegram',
  parseMode: 'HTML',
  escape: escapeHtml,
  escapedLength: (ch) => HTML_ESCAPES[ch]?.length ?? 1,
  bold: (s) => `<b>${s}</b>`,
  italic: (s) => `<i>${s}</i>`,
  mention: (id, name) => `<a href="tg://user?id=${id}">${escapeHtml(name)}</a> `,
  marks: MARK_BIDI,
  commandMenu: true,
  topics: true,
  memberUpdates: true,
};

/**
 * Bale's Markdown has no escape character, so the few characters that would open formatting in text we did
 * not write are replaced by look-alikes: the reader sees the same sentence, never a half-bold line.
 */
const MARKDOWN_LOOKALIKES: Record<string, string> = { '*': '٭', _: '‗', '`': 'ˋ', ']': '⁆' };

/** A `]` only matters right before `(`, where it would close a link's text. */
function escapeBale(s: string): string {
  return s.replace(/[*_`]|\](?=\()/g, (ch) => MARKDOWN_LOOKALIKES[ch]!);
}

export const BALE_MARKDOWN: Dialect = {
  messenger: 'bale',
  escape: escapeBale,
  escapedLength: () => 1,
  // Bale needs a space (or a line edge) on both sides of the markers; every caller puts one there.
  bold: (s) => `*${s}*`,
  italic: (s) => `_${s}_`,
  // No inline mention by id in Bale's Markdown: the name alone says whom the question is for.
  mention: (_id, name) => `${escapeBale(name)}: `,
  marks: MARK_BIDI,
  commandMenu: false,
  topics: false,
  memberUpdates: false,
};

export const DIALECTS: Record<Messenger, Dialect> = { telegram: TELEGRAM_HTML, bale: BALE_MARKDOWN };
