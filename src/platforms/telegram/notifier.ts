// The Notifier port for Telegram and Bale: reminders, digests and replies reach a bound chat or forum topic
// through the same rendering. The adapter only sends; the outbox records what went out and follows a chat
// that is gone or moved.
import type { Api } from 'grammy';
import {
  chatAddress,
  type Language,
  type Notifier,
  type Reply,
  type SendTarget,
  type SentRef,
} from '../../core/types.js';
import type { MessengerDeps } from './deps.js';
import { ChatGoneError, ChatMovedError, type Messenger, type SendOptions, sendReply } from './send.js';

export class TelegramNotifier implements Notifier {
  readonly platform: Messenger;

  constructor(
    private readonly api: Api,
    private readonly deps: Pick<MessengerDeps, 'messenger' | 'outbox'>,
  ) {
    this.platform = deps.messenger;
  }

  /** Replies to users go through here too, under their message, in the language the outbox picked for them. */
  async send(target: SendTarget, reply: Reply, opts: SendOptions & { lang?: Language } = {}): Promise<SentRef[]> {
    const to = { ...target, platform: this.platform };
    try {
      const lang = opts.lang ?? this.deps.outbox.languageFor();
      const sent = await sendReply(this.api, this.platform, to, reply, lang, opts);
      const address = chatAddress(to);
      for (const s of sent) await this.deps.outbox.record(address, String(s.messageId), s.reply);
      return sent.map((s) => ({ address, messageId: String(s.messageId) }));
    } catch (err) {
      if (err instanceof ChatMovedError) {
        await this.deps.outbox.chatMoved(this.platform, to.chatId, err.newChatId);
        return this.send({ ...target, chatId: err.newChatId }, reply, opts);
      }
      if (err instanceof ChatGoneError) await this.deps.outbox.chatGone(to, err.scope, err.reason);
      throw err;
    }
  }
}
