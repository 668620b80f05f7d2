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
  /** Links carry a start parameter to the bot (`?start=`, `?startgroup=`). */
  startLinks: boolean;
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
  mention: (id, name) => `<a href="tg://user?id=${id}">${escapeHtml(name)}</a>: `,
  marks: MARK_BIDI,
  startLinks: true,
  commandMenu: true,
  topics: true,
  memberUpdates: true,
};

/** U+2060 WORD JOINER: invisible, no space, no line break, ignored by the bidi algorithm. */
const JOINER = '\u2060';
/** Bidi marks a renderer puts in before escaping: transparent to a reader, so they do not hide a marker. */
const MARKS = '[\u200E\u200F\u2066-\u2069]*';

/**
 * Bale documents its Markdown as `*bold*` and `_italic_` (each marker with a space or a line's edge on its
 * outer side), `[text](url)` links and ```` ```[title]text``` ```` blocks, and documents no escape
 * character. Text we did not write keeps every character it has: only where one of those forms could begin
 * does an invisible word joiner go in, so the marker no longer follows a space, a link's `]` no longer meets
 * its `(`, and no three backticks touch. A `_` inside a word or a link (a sign-in token) is left alone, since
 * no documented form can start there.
 */
function escapeBale(s: string): string {
  return s
    .replace(new RegExp(`(^|\\s)(${MARKS})(?=[*_])`, 'gm'), `$1$2${JOINER}`)
    .replace(/\](?=\()/g, `]${JOINER}`)
    .replace(/`(?=`)/g, `\`${JOINER}`);
}

/**
 * Bale formats `*text*` only when the text starts and ends with something other than a space and holds no
 * marker of its own; other text is sent as it is, unformatted, rather than changed.
 */
const formattable = (s: string, marker: string) => /^\S(?:.*\S)?$/.test(s) && !s.includes(marker);

export const BALE_MARKDOWN: Dialect = {
  messenger: 'bale',
  escape: escapeBale,
  escapedLength: (ch) => (/[*_`\]]/.test(ch) ? 2 : 1),
  // Bale needs a space (or a line edge) on both sides of the markers; every caller puts one there.
  bold: (s) => (formattable(s, '*') ? `*${s}*` : s),
  italic: (s) => (formattable(s, '_') ? `_${s}_` : s),
  // No inline mention by id in Bale's Markdown: the name alone says whom the question is for.
  mention: (_id, name) => `${escapeBale(name)}: `,
  marks: MARK_BIDI,
  startLinks: false,
  commandMenu: false,
  topics: false,
  memberUpdates: false,
};

export const DIALECTS: Record<Messenger, Dialect> = { telegram: TELEGRAM_HTML, bale: BALE_MARKDOWN };

/**
 * Text sent without a parse mode (an edit that carries its own entities): plain to Telegram, but Bale reads
 * its Markdown in every message, so there it is escaped as always.
 */
export function unparsed(d: Dialect, s: string): string {
  return d.parseMode ? s : d.escape(s);
}
