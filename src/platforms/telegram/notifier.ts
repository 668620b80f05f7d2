// The Notifier port for Telegram and Bale: reminders and digests reach a bound chat or forum topic through
// the same rendering as replies. A chat that is gone gets its bindings disabled instead of endless retries.
import type { Api } from 'grammy';
import type { Dispatcher } from '../../../handlers/index.js';
import {
  chatAddress,
  type Language,
  type Notifier,
  type Reply,
  type SendTarget,
  type SentRef,
} from '../../core/types.js';
import { type ChatGoneDeps, disableChat, moveChat } from './lifecycle.js';
import { ChatGoneError, ChatMovedError, type Messenger, type SendOptions, sendReply } from './send.js';

export class TelegramNotifier implements Notifier {
  readonly platform: Messenger;

  constructor(
    private readonly api: Api,
    private readonly dispatcher: Dispatcher,
    private readonly deps: ChatGoneDeps,
  ) {
    this.platform = deps.messenger;
  }

  /** Replies to users go through here too, in the user's language and under their message. */
  async send(target: SendTarget, reply: Reply, opts: SendOptions & { lang?: Language } = {}): Promise<SentRef[]> {
    const to = { ...target, platform: this.platform };
    try {
      const sent = await sendReply(this.api, this.platform, to, reply, opts.lang ?? this.deps.language, opts);
      const address = chatAddress(to);
      for (const s of sent) await this.dispatcher.recordSent(address, String(s.messageId), s.reply);
      return sent.map((s) => ({ address, messageId: String(s.messageId) }));
    } catch (err) {
      if (err instanceof ChatMovedError) {
        await moveChat(this.deps, to.chatId, err.newChatId);
        return this.send({ ...target, chatId: err.newChatId }, reply, opts);
      }
      if (err instanceof ChatGoneError) await disableChat(this.deps, to, err.scope, err.reason);
      throw err;
    }
  }
}
