// Sends one rendered Reply to a chat or forum topic: the shared path of replies to users and of notifier
// sends. Errors that mean "this chat is gone" are turned into ChatGoneError so callers disable the binding.
import { type Api, GrammyError, InputFile } from 'grammy';
import type { ChatRef, Language, Reply } from '../../core/types.js';
import { DIALECTS, type Messenger } from './dialect.js';
import { captionText, mentionPrefix, renderTelegram } from './render.js';

export type { Messenger } from './dialect.js';

export interface SendOptions {
  /** Answer this message (groups), so the reply sits under the command and force_reply targets its sender. */
  replyTo?: number;
  /** Name the user in front of a force_reply, so the reply box opens only for them. */
  mention?: { id: number; name: string };
}

export interface SentMessage {
  messageId: number;
  /** The part of the reply this message carries (its items), for the outbox to record. */
  reply: Reply;
}

/** The bot can no longer write to the chat (blocked, kicked, chat deleted) or to the topic (deleted). */
export class ChatGoneError extends Error {
  override name = 'ChatGoneError';
  constructor(
    readonly scope: 'chat' | 'topic',
    readonly reason: string,
  ) {
    super(reason);
  }
}

/** The basic group became a supergroup: resend to `newChatId`. */
export class ChatMovedError extends Error {
  override name = 'ChatMovedError';
  constructor(readonly newChatId: string) {
    super(`chat migrated to ${newChatId}`);
  }
}

export function classifySendError(err: unknown): unknown {
  if (!(err instanceof GrammyError)) return err;
  if (err.parameters.migrate_to_chat_id) return new ChatMovedError(String(err.parameters.migrate_to_chat_id));
  if (err.error_code === 403) return new ChatGoneError('chat', err.description);
  // Bale words a chat it no longer knows as «no such group or user» (400 or 404).
  if (
    (err.error_code === 400 || err.error_code === 404) &&
    /chat not found|no such group or user|group not found|user not found/i.test(err.description)
  )
    return new ChatGoneError('chat', err.description);
  if (err.error_code === 400 && /thread not found|TOPIC_DELETED/i.test(err.description))
    return new ChatGoneError('topic', err.description);
  return err;
}

export async function sendReply(
  api: Api,
  messenger: Messenger,
  target: ChatRef,
  reply: Reply,
  lang: Language,
  opts: SendOptions = {},
): Promise<SentMessage[]> {
  const dialect = DIALECTS[messenger];
  const threadId = target.threadId && dialect.topics ? Number(target.threadId) : undefined;
  // Bale follows the older Bot API, where a reply is `reply_to_message_id`.
  const replyTo =
    opts.replyTo === undefined
      ? {}
      : messenger === 'bale'
        ? { reply_to_message_id: opts.replyTo }
        : { reply_parameters: { message_id: opts.replyTo, allow_sending_without_reply: true } };
  const sent: SentMessage[] = [];
  try {
    const rendered = renderTelegram(reply, lang, dialect);
    for (const [i, m] of rendered.entries()) {
      const last = i === rendered.length - 1;
      const force = last && reply.expectReply;
      const mention = force && opts.mention ? mentionPrefix(dialect, opts.mention, lang) : '';
      const markup = force
        ? { reply_markup: { force_reply: true as const, selective: true } }
        : m.keyboard.length > 0
          ? { reply_markup: { inline_keyboard: m.keyboard } }
          : {};
      const msg = await api.sendMessage(target.chatId, mention + m.text, {
        parse_mode: dialect.parseMode,
        message_thread_id: threadId,
        link_preview_options: messenger === 'telegram' ? { is_disabled: true } : undefined,
        ...(i === 0 ? replyTo : {}),
        ...markup,
      });
      const items = rendered.length === 1 ? (reply.items ?? []) : m.items.filter((n) => reply.items?.includes(n));
      sent.push({ messageId: msg.message_id, reply: { ...reply, items } });
    }
    for (const a of reply.attachments ?? []) {
      const msg = await api.sendDocument(target.chatId, new InputFile(a.data, a.name), {
        caption: a.caption && captionText(a.caption, lang, dialect),
        parse_mode: dialect.parseMode,
        message_thread_id: threadId,
      });
      sent.push({ messageId: msg.message_id, reply: { ...reply, items: [] } });
    }
  } catch (err) {
    throw classifySendError(err);
  }
  return sent;
}
