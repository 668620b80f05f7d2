// A button press: the dispatcher changes the record; the adapter answers the callback, and edits the message
// the button sat on to show who did what (or replaces it, or asks for a reason with force_reply).
import type { Context } from 'grammy';
import type { Message } from 'grammy/types';
import type { Logger } from 'pino';
import type { Dispatcher } from '../../../handlers/index.js';
import type { Incoming, Language, Reply } from '../../core/types.js';
import type { Outbox } from '../../outbox.js';
import { renderPlain } from '../plain.js';
import { layout } from '../text/bidi.js';
import { DIALECTS, type Dialect, type Messenger, unparsed } from './dialect.js';
import type { TelegramNotifier } from './notifier.js';

/** Telegram shows at most 200 characters in a callback answer. */
const TOAST_LIMIT = 200;
const TEXT_LIMIT = 4096;

export interface PressDeps {
  messenger: Messenger;
  outbox: Outbox;
  dispatcher: Dispatcher;
  notifier: TelegramNotifier;
  logger: Logger;
}

/** Invisible characters the layout and the escaping put in: they take no place a reader sees. */
const INVISIBLE = /[\u200E\u200F\u2060\u2066-\u2069]/;

/** The index in a laid-out line just after its first `n` visible characters. */
function afterVisible(line: string, n: number): number {
  let i = 0;
  for (let seen = 0; i < line.length && seen < n; i++) if (!INVISIBLE.test(line[i]!)) seen++;
  return i;
}

/** A reply as one line of plain text. */
const plainLine = (reply: Reply, lang: Language) => renderPlain(reply, lang).replace(/\n+/g, ' ');

/** One line of a reply, laid out for its reader: what a button's alert shows. */
export function alertText(reply: Reply, lang: Language, dialect: Dialect): string {
  return layout(plainLine(reply, lang), lang, dialect.marks);
}

/** «who: what happened», as appended under a pressed message, with where the name ends (it is bold). */
export function whoLine(
  who: string,
  what: string,
  lang: Language,
  dialect: Dialect,
): { text: string; nameEnd: number } {
  const text = unparsed(dialect, layout(`${who}: ${what}`, lang, dialect.marks));
  return { text, nameEnd: afterVisible(text, who.length) };
}

/** Appends «who: what happened» under the pressed message, keeping its formatting and its buttons. */
async function appendWho(ctx: Context, msg: Message, line: { text: string; nameEnd: number }): Promise<void> {
  if (!msg.text) return;
  const text = `${msg.text}\n\n${line.text}`;
  if (text.length > TEXT_LIMIT) return;
  const entities = [
    ...(msg.entities ?? []),
    { type: 'bold' as const, offset: msg.text.length + 2, length: line.nameEnd },
  ];
  await ctx.api.editMessageText(msg.chat.id, msg.message_id, text, { entities, reply_markup: msg.reply_markup });
}

export async function handlePress(ctx: Context, incoming: Incoming, lang: Language, deps: PressDeps): Promise<void> {
  const msg = ctx.callbackQuery?.message as Message | undefined;
  const dialect = DIALECTS[deps.messenger];
  let answer: { text?: string; alert?: boolean } = {};
  /** What the answer says, for a chat message that repeats it (rendered and laid out as any message). */
  let echo: Reply | undefined;
  try {
    for (const reply of await deps.dispatcher.handle(incoming)) {
      const summary = alertText(reply, lang, dialect);
      if (reply.replaceOriginal && msg) {
        await deps.notifier.edit(incoming.chat, String(msg.message_id), reply, lang);
      } else if (reply.kind === 'status-change' && msg) {
        answer = { text: summary.slice(0, TOAST_LIMIT) };
        echo = reply;
        const line = whoLine(incoming.user.name, plainLine(reply, lang), lang, dialect);
        await appendWho(ctx, msg, line).catch((err) => deps.logger.warn({ err }, 'could not mark the pressed message'));
      } else if (reply.expectReply || summary.length > TOAST_LIMIT) {
        const mention = reply.noMention ? undefined : { id: Number(incoming.user.id), name: incoming.user.name };
        await deps.notifier.send(incoming.chat, reply, { lang, mention });
      } else {
        // Short answers (snoozed, not linked, not this chat's item) concern only the presser; refusals
        // stay on screen until dismissed.
        answer = { text: summary, alert: reply.kind === 'status-refused' };
        echo = reply;
      }
    }
  } finally {
    const pressId = ctx.callbackQuery?.id;
    if (pressId)
      await deps.notifier
        .answerPress(pressId, answer)
        .catch((err) => deps.logger.warn({ err }, 'could not answer a callback'));
  }
  // Bale's older clients (their callback ids start with "1") show no callback answer: say it in the chat too.
  if (answer.text && echo && deps.messenger === 'bale' && ctx.callbackQuery?.id.startsWith('1')) {
    const text = plainLine(echo, lang).slice(0, TOAST_LIMIT);
    await deps.notifier.send(incoming.chat, { blocks: [{ type: 'text', text }], kind: 'press-answer' }, { lang });
  }
}
