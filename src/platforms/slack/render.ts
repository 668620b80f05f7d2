// Replies as Block Kit: mrkdwn sections with every user-supplied string escaped, buttons as actions blocks,
// and long replies split at Slack's limits (50 blocks per message, 3000 characters per section text).
import { toPersianDigits } from '../../core/text.js';
import type { Attachment, Block, Button, Language, Reply } from '../../core/types.js';
import { encodeButton } from '../buttons.js';
import { ISOLATE_BIDI, layout } from '../text/bidi.js';

export const MAX_BLOCKS = 50;
export const MAX_SECTION = 3000;
const MAX_BUTTON_LABEL = 75;
const MAX_FALLBACK = 3000;

// Slack's own types are a large union; this is the part we build and read back.
export type SlackBlock = Record<string, unknown> & { type: string; block_id?: string };

export interface SlackMessage {
  /** Notification and screen-reader text; Slack shows it when blocks cannot be shown. */
  text: string;
  blocks: SlackBlock[];
}

/** Slack's mrkdwn control characters; `&` first so the entities themselves are not escaped twice. */
export function escapeMrkdwn(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text arriving from Slack (messages, command arguments) has the same three characters escaped. */
export function unescapeMrkdwn(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

/** Splits text into pieces under `max`, preferring line breaks, then spaces. */
export function splitText(text: string, max = MAX_SECTION): string[] {
  const out: string[] = [];
  let rest = text;
  while (rest.length > max) {
    let cut = rest.lastIndexOf('\n', max);
    if (cut <= 0) cut = rest.lastIndexOf(' ', max);
    if (cut <= 0) {
      // A hard cut must not split an entity such as `&amp;` in half.
      const amp = rest.lastIndexOf('&', max - 1);
      cut = amp > max - 5 && amp > 0 ? amp : max;
    }
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut).replace(/^\n/, '');
  }
  out.push(rest);
  return out;
}

// Slack rejects an empty section text.
const section = (text: string): SlackBlock[] =>
  splitText(text || '\u200b').map((t) => ({ type: 'section', text: { type: 'mrkdwn', text: t } }));

/** Button action ids and values both carry `action:value`, so either can be routed back. */
export function buttonElement(b: Button): SlackBlock {
  const id = encodeButton(b);
  return {
    type: 'button',
    text: { type: 'plain_text', text: b.label.slice(0, MAX_BUTTON_LABEL), emoji: true },
    action_id: id,
    value: id,
    ...(b.action === 'done' || b.action === 'import-confirm' ? { style: 'primary' } : {}),
  };
}

const actions = (blockId: string, buttons: Button[]): SlackBlock => ({
  type: 'actions',
  block_id: blockId,
  elements: buttons.slice(0, 25).map(buttonElement),
});

/** The block id of an item's buttons, so a press can replace exactly that row. */
export const itemActionsId = (n: number) => `item:${n}`;

function blockKit(b: Block, lang: Language): SlackBlock[] {
  // Persian lines keep commands, numbers and Latin words whole; isolates suit Slack's browser-based clients.
  const plain = (s: string) => escapeMrkdwn(layout(s, lang, ISOLATE_BIDI));
  if (b.type === 'heading') return section(`*${plain(b.text)}*`);
  if (b.type === 'text') return section(plain(b.text));
  const num = lang === 'fa' ? toPersianDigits(b.number) : String(b.number);
  const meta = b.meta ? `\n${plain(b.meta)}` : '';
  const out = section(`*${num}.* ${plain(b.text)}${meta}`);
  if (b.buttons?.length) out.push(actions(itemActionsId(b.number), b.buttons));
  return out;
}

/** Slack's `text` beside the blocks (notifications, previews, screen readers), laid out like the blocks. */
export function slackText(text: string, lang: Language): string {
  return escapeMrkdwn(layout(text, lang, ISOLATE_BIDI));
}

function fallbackText(reply: Reply, lang: Language): string {
  const first = reply.blocks[0];
  const text = first ? first.text : '';
  return slackText(text.length > MAX_FALLBACK ? `${text.slice(0, MAX_FALLBACK - 1)}…` : text, lang);
}

/** A file named in text, where it cannot be sent as a file (ephemeral replies, failed uploads). */
export const attachmentLine = (a: Attachment): string => `📎 ${a.name}${a.caption ? ` — ${a.caption}` : ''}`;

/** One or more Slack messages for a reply; an item and its buttons never end up in different messages. */
export function renderSlack(reply: Reply, lang: Language): SlackMessage[] {
  const groups = reply.blocks.map((b) => blockKit(b, lang));
  if (reply.buttons?.length) groups.push([actions('reply', reply.buttons)]);
  for (const a of reply.attachments ?? []) groups.push(section(slackText(attachmentLine(a), lang)));
  const messages: SlackBlock[][] = [[]];
  for (const group of groups.flatMap((g) => (g.length > MAX_BLOCKS ? g.map((x) => [x]) : [g]))) {
    const current = messages[messages.length - 1]!;
    if (current.length + group.length > MAX_BLOCKS) messages.push([...group]);
    else current.push(...group);
  }
  const text = fallbackText(reply, lang);
  return messages.filter((m) => m.length > 0).map((blocks) => ({ text, blocks }));
}

/** The original message with the pressed item's buttons replaced by a line saying who did what. */
export function markPressed(blocks: SlackBlock[], n: number, line: string, lang: Language): SlackBlock[] {
  const note: SlackBlock = {
    type: 'context',
    block_id: itemActionsId(n),
    elements: [{ type: 'mrkdwn', text: slackText(line, lang) }],
  };
  const i = blocks.findIndex((b) => b.block_id === itemActionsId(n));
  if (i >= 0) return blocks.map((b, j) => (j === i ? note : b));
  // Buttons under the whole message (a reminder for one item): replace them, or append the line.
  const reply = blocks.findIndex((b) => b.block_id === 'reply');
  if (reply >= 0) return blocks.map((b, j) => (j === reply ? note : b));
  return [...blocks, note].slice(-MAX_BLOCKS);
}
