// Translates Telegram/Bale updates into the platform-neutral Incoming the dispatcher understands.
import { type Api, type Context, GrammyError } from 'grammy';
import type { Chat, Message, User as TgUser } from 'grammy/types';
import { LRUCache } from 'lru-cache';
import { AdminCheckUnavailableError } from '../../core/errors.js';
import { PHOTO_NAME } from '../../core/evidence.js';
import type { Incoming } from '../../core/types.js';
import { decodeButton } from '../buttons.js';
import type { Messenger } from './dialect.js';

const ADMIN_STATUSES = new Set(['creator', 'administrator']);
const ADMIN_TTL_MS = 60_000;
/** Chat and user pairs remembered at most; the one asked least recently goes first. */
const ADMIN_CACHE_MAX = 10_000;

/** "Is this user an admin here?", asked with getChatMember and remembered for a minute per chat and user. */
export class AdminCheck {
  private readonly cache = new LRUCache<string, { admin: boolean }>({ max: ADMIN_CACHE_MAX, ttl: ADMIN_TTL_MS });
  constructor(
    private readonly api: Api,
    private readonly messenger: Messenger = 'telegram',
  ) {}

  async isAdmin(chatId: number, userId: number): Promise<boolean> {
    const key = `${chatId}:${userId}`;
    const hit = this.cache.get(key);
    if (hit) return hit.admin;
    const member = await this.api.getChatMember(chatId, userId).catch((err: unknown) => {
      // Bale answers getChatMember only to a bot that administers the group.
      if (this.messenger === 'bale' && err instanceof GrammyError && err.error_code < 500)
        throw new AdminCheckUnavailableError(err.description);
      throw err;
    });
    const admin = ADMIN_STATUSES.has(member.status);
    this.cache.set(key, { admin });
    return admin;
  }

  forget(chatId: number, userId: number): void {
    this.cache.delete(`${chatId}:${userId}`);
  }
}

export function displayName(u: TgUser): string {
  return [u.first_name, u.last_name].filter(Boolean).join(' ') || u.username || String(u.id);
}

/** Forum topics only: in ordinary supergroups `message_thread_id` marks reply threads, which are not topics. */
function topicOf(msg: Pick<Message, 'is_topic_message' | 'message_thread_id'>, chat: Chat): string | undefined {
  return chat.type === 'supergroup' && chat.is_forum && msg.is_topic_message && msg.message_thread_id
    ? String(msg.message_thread_id)
    : undefined;
}

function chatOf(messenger: Messenger, chat: Chat, threadId: string | undefined): Incoming['chat'] {
  return {
    platform: messenger,
    chatId: String(chat.id),
    threadId,
    kind: chat.type === 'private' ? 'private' : 'group',
    title: 'title' in chat ? chat.title : undefined,
  };
}

interface Sender {
  user: TgUser;
  /** Posted as the group itself (an anonymous admin). */
  asChat: boolean;
}

function base(messenger: Messenger, chat: Chat, threadId: string | undefined, sender: Sender, admins: AdminCheck) {
  const ref = chatOf(messenger, chat, threadId);
  return {
    chat: ref,
    user: { id: String(sender.user.id), name: displayName(sender.user), languageCode: sender.user.language_code },
    isAdmin: async () =>
      ref.kind === 'private' ||
      sender.asChat ||
      (await admins.isAdmin(chat.id, sender.user.id).catch((err: unknown) => {
        if (err instanceof AdminCheckUnavailableError) throw err;
        return false;
      })),
  };
}

/** A message the adapter makes up for a life-cycle event (e.g. `/start` when the bot joins a group). */
export function eventIncoming(
  messenger: Messenger,
  chat: Chat,
  user: TgUser,
  text: string,
  admins: AdminCheck,
): Incoming {
  return { ...base(messenger, chat, undefined, { user, asChat: false }, admins), text };
}

/** A text, caption, document or photo message; null for anything the dispatcher has no use for. */
export function messageIncoming(
  ctx: Context,
  messenger: Messenger,
  admins: AdminCheck,
  fetchFile: (fileId: string) => Promise<Buffer>,
): Incoming | null {
  const msg = ctx.message;
  if (!msg?.from) return null;
  const text = msg.text ?? msg.caption ?? '';
  // The largest size of a photo: the one a reader of the evidence wants.
  const photo = msg.photo?.at(-1);
  if (!text && !msg.document && !photo) return null;
  const sender = { user: msg.from, asChat: msg.sender_chat?.id === msg.chat.id };
  const incoming: Incoming = {
    ...base(messenger, msg.chat, topicOf(msg, msg.chat), sender, admins),
    // A file's caption stays with it: `/done 3 …` under a document makes it evidence.
    text,
    replyToMessageId: msg.reply_to_message ? String(msg.reply_to_message.message_id) : undefined,
  };
  const sent = msg.document
    ? { id: msg.document.file_id, name: msg.document.file_name ?? 'minutes', mime: msg.document.mime_type }
    : photo
      ? { id: photo.file_id, name: PHOTO_NAME, mime: 'image/jpeg' }
      : null;
  if (sent) {
    const size = msg.document?.file_size ?? photo?.file_size;
    incoming.file = {
      name: sent.name,
      ...(sent.mime ? { mime: sent.mime } : {}),
      ...(size !== undefined ? { size } : {}),
      load: () => fetchFile(sent.id),
    };
  }
  return incoming;
}

/** A button press on one of our messages; null for data we did not put there. */
export function callbackIncoming(ctx: Context, messenger: Messenger, admins: AdminCheck): Incoming | null {
  const q = ctx.callbackQuery;
  const msg = q?.message;
  const press = q?.data ? decodeButton(q.data) : null;
  if (!q || !msg || !press) return null;
  const threadId = 'is_topic_message' in msg ? topicOf(msg, msg.chat) : undefined;
  return {
    ...base(messenger, msg.chat, threadId, { user: q.from, asChat: false }, admins),
    text: '',
    action: { ...press, messageId: String(msg.message_id) },
  };
}
