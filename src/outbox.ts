// The one way out, shared by every platform: what was sent is recorded (so buttons and replies under it
// find its items), a chat that is gone has its bindings disabled and the chair told, a chat that moved takes
// its bindings along, reports reach the chair's chats on whichever platform they are, and the language of
// every message is picked here. Adapters only send and say what happened.
import type { Logger } from 'pino';
import { withDeadline } from './core/deadline.js';
import { MESSAGES, pickLanguage } from './core/i18n.js';
import type { ChatDirectory, Store } from './core/ports.js';
import {
  type ChatRef,
  chatAddress,
  type Language,
  type Notifier,
  type Platform,
  type Reply,
  type User,
} from './core/types.js';

export interface OutboxDeps {
  store: Store;
  chats: ChatDirectory;
  /** The council's language, for messages addressed to no one in particular. */
  language: Language;
  logger: Logger;
}

export class Outbox {
  private readonly notifiers = new Map<Platform, Notifier>();

  constructor(private readonly deps: OutboxDeps) {}

  /**
   * The language a message is written and rendered in: the person's own when their messenger reports Persian
   * or English, else the council's. Reminders, digests and reports, addressed to a whole chat, take the
   * council's. The dispatcher asks here too, so a reply's words and its digits agree.
   */
  languageFor(person?: Pick<User, 'languageCode'>): Language {
    return pickLanguage(person?.languageCode, this.deps.language);
  }

  /** A platform's sender, for reports to the chair's chats there. */
  register(notifier: Notifier): void {
    this.notifiers.set(notifier.platform, notifier);
  }

  /** Remembers a message peygir sent with the items it lists. */
  async record(address: string, messageId: string, reply: Reply): Promise<void> {
    if (reply.items && reply.items.length > 0)
      await this.deps.store.recordOutbound(address, messageId, {
        kind: reply.kind ?? 'message',
        items: reply.items,
        ...(reply.askedUserId ? { askedUserId: reply.askedUserId } : {}),
        ...(reply.about ? { about: reply.about } : {}),
      });
  }

  /**
   * Tells the chair's chats about something that needs a person; best effort, never thrown. `except` skips a
   * chat (the one whose failure is being reported); `timeoutMs` bounds each send, so a hung messenger cannot
   * hold up the caller.
   */
  async reportToChair(reply: Reply, opts: { except?: string; timeoutMs?: number } = {}): Promise<void> {
    await this.sendTo(await this.deps.chats.chairChats(), reply, opts);
  }

  /** Tells an owner's chats (the answer to their request); best effort, never thrown. */
  async tellOwner(ownerId: number, reply: Reply, opts: { except?: string; timeoutMs?: number } = {}): Promise<void> {
    await this.sendTo(await this.deps.chats.ownerChats(ownerId), reply, opts);
  }

  private async sendTo(targets: ChatRef[], reply: Reply, opts: { except?: string; timeoutMs?: number }): Promise<void> {
    const { logger } = this.deps;
    for (const target of targets) {
      const address = chatAddress(target);
      if (address === opts.except) continue;
      const notifier = this.notifiers.get(target.platform);
      if (!notifier) {
        logger.warn({ platform: target.platform }, 'the chair chat is on a platform this process does not run');
        continue;
      }
      const send = notifier.send(target, reply);
      await (opts.timeoutMs ? withDeadline(send, opts.timeoutMs, `reporting to ${address}`) : send).catch((err) =>
        logger.error({ err, address }, 'a report to the chair could not be sent'),
      );
    }
  }

  /**
   * The bot can no longer write to a chat (scope 'chat', its topics too) or to one topic: its bindings are
   * disabled, which pauses their reminders, and the chair is told. Returns how many were disabled.
   */
  async chatGone(chat: ChatRef & { title?: string }, scope: 'chat' | 'topic', reason: string): Promise<number> {
    const { store, chats, logger } = this.deps;
    const language = this.languageFor();
    const addresses =
      scope === 'topic' && chat.threadId
        ? [chatAddress(chat)]
        : await chats.addressesOfChat(chat.platform, chat.chatId);
    const disabled = (await Promise.all(addresses.map((a) => store.unbind(a, reason)))).flat();
    logger.info({ chat: chatAddress(chat), disabled: disabled.length, reason }, 'chat bindings disabled');
    if (disabled.length > 0) {
      const t = MESSAGES[language];
      const owners = [...new Set(disabled.map((b) => b.ownerName ?? t.chair))];
      const where = chat.title ?? t.unnamedChat(chat.chatId);
      const text = t.chatRemoved(where, owners.join(language === 'fa' ? '، ' : ', '), reason);
      await this.reportToChair({ blocks: [{ type: 'text', text }], kind: 'chat-removed' }).catch((err) =>
        logger.error({ err }, 'could not report a removed chat to the chair'),
      );
    }
    return disabled.length;
  }

  /** A chat got a new id (a Telegram group became a supergroup): its bindings move with it. */
  async chatMoved(platform: Platform, fromChatId: string, toChatId: string): Promise<number> {
    const from = chatAddress({ platform, chatId: fromChatId });
    const to = chatAddress({ platform, chatId: toChatId });
    const moved = await this.deps.store.moveChat(from, { address: to, chatId: toChatId });
    this.deps.logger.info({ from, to, moved }, 'chat migrated; bindings moved');
    return moved;
  }
}
