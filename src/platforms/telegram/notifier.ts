// The Messenger port for Telegram and Bale: reminders, digests and replies reach a bound chat or forum topic
// through the same rendering; a sent message is edited, a press answered, a file sent or fetched here. The
// adapter only sends; the outbox records what went out and follows a chat that is gone or moved.
import type { Api } from 'grammy';
import type { Messenger, MessengerCapabilities } from '../../core/ports.js';
import {
  type Attachment,
  chatAddress,
  type Language,
  type Reply,
  type SendTarget,
  type SentRef,
} from '../../core/types.js';
import type { MessengerDeps } from './deps.js';
import { DIALECTS } from './dialect.js';
import { capabilitiesOf } from './info.js';
import { renderTelegram } from './render.js';
import {
  type Messenger as BotApiMessenger,
  ChatGoneError,
  ChatMovedError,
  classifySendError,
  type SendOptions,
  sendReply,
} from './send.js';

/** Where the Bot API serves the files people sent: `<apiRoot>/file/bot<token>/<path>`. */
export interface FileSource {
  token: string;
  apiRoot: string;
}

export class TelegramNotifier implements Messenger {
  readonly platform: BotApiMessenger;
  readonly capabilities: MessengerCapabilities;

  constructor(
    private readonly api: Api,
    private readonly deps: Pick<MessengerDeps, 'messenger' | 'outbox'>,
    private readonly files?: FileSource,
  ) {
    this.platform = deps.messenger;
    this.capabilities = capabilitiesOf(deps.messenger);
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

  /** Replaces a message with the reply's first part (confirmations that replace a message are short). */
  async edit(target: SendTarget, messageId: string, reply: Reply, lang?: Language): Promise<void> {
    const dialect = DIALECTS[this.platform];
    const [first] = renderTelegram(reply, lang ?? this.deps.outbox.languageFor(), dialect);
    if (!first) return;
    await this.api
      .editMessageText(target.chatId, Number(messageId), first.text, {
        parse_mode: dialect.parseMode,
        reply_markup: { inline_keyboard: first.keyboard },
      })
      .catch((err: unknown) => {
        throw classifySendError(err);
      });
    await this.deps.outbox.record(chatAddress({ ...target, platform: this.platform }), messageId, reply);
  }

  async answerPress(pressId: string, answer: { text?: string; alert?: boolean }): Promise<void> {
    await this.api.answerCallbackQuery(pressId, {
      ...(answer.text ? { text: answer.text } : {}),
      ...(answer.alert ? { show_alert: true } : {}),
    });
  }

  sendFile(target: SendTarget, file: Attachment): Promise<SentRef[]> {
    return this.send(target, { blocks: [], attachments: [file] });
  }

  async fetchFile(fileId: string): Promise<Buffer> {
    if (!this.files) throw new Error('this bot was built without access to its files');
    const file = await this.api.getFile(fileId);
    const res = await fetch(`${this.files.apiRoot}/file/bot${this.files.token}/${file.file_path}`);
    if (!res.ok) throw new Error(`file download failed: HTTP ${res.status}`);
    return Buffer.from(await res.arrayBuffer());
  }
}
