// Reminders and digests to Slack channels. chat.postMessage allows about one message per second per
// channel, so sends to one channel (files too) are queued and spaced; a 429 waits for Slack's Retry-After and
// tries again.
import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Messenger } from '../../core/ports.js';
import {
  type Attachment,
  chatAddress,
  type Language,
  type Reply,
  type SendTarget,
  type SentRef,
} from '../../core/types.js';
import type { Outbox } from '../../outbox.js';
import { missingFiles, uploadAttachments } from './files.js';
import { SLACK_CAPABILITIES } from './info.js';
import { renderSlack, type SlackMessage } from './render.js';

type WebClient = webApi.WebClient;

export interface PacerOptions {
  /** Minimum time between two messages to one channel. */
  intervalMs?: number;
  /** How often one message is retried after a 429. */
  maxRetries?: number;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
}

/**
 * chat.postMessage errors that mean the bot can no longer write to the channel: it was deleted or archived,
 * the bot was removed from it, or the app's account was deactivated or uninstalled. Retrying cannot help.
 */
const CHANNEL_GONE = new Set([
  'channel_not_found',
  'is_archived',
  'not_in_channel',
  'account_inactive',
  'token_revoked',
]);

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function retryAfterMs(err: unknown): number | null {
  const e = err as { code?: string; retryAfter?: number };
  return e?.code === 'slack_webapi_rate_limited_error' && typeof e.retryAfter === 'number' ? e.retryAfter * 1000 : null;
}

/** One queue per channel: each call waits for the previous one and for the channel's spacing. */
export class ChannelPacer {
  private readonly nextAt = new Map<string, number>();
  private readonly tails = new Map<string, Promise<unknown>>();
  private readonly intervalMs: number;
  private readonly maxRetries: number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly now: () => number;

  constructor(opts: PacerOptions = {}) {
    this.intervalMs = opts.intervalMs ?? 1100;
    this.maxRetries = opts.maxRetries ?? 3;
    this.sleep = opts.sleep ?? realSleep;
    this.now = opts.now ?? Date.now;
  }

  run<T>(channel: string, send: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(channel) ?? Promise.resolve();
    const result = previous.catch(() => undefined).then(() => this.paced(channel, send));
    this.tails.set(channel, result);
    // Forget idle channels so the map does not grow with every channel ever written to.
    void result.catch(() => undefined).then(() => this.tails.get(channel) === result && this.tails.delete(channel));
    return result;
  }

  private async paced<T>(channel: string, send: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      const wait = (this.nextAt.get(channel) ?? 0) - this.now();
      if (wait > 0) await this.sleep(wait);
      this.nextAt.set(channel, this.now() + this.intervalMs);
      try {
        return await send();
      } catch (err) {
        const retryMs = retryAfterMs(err);
        if (retryMs === null || attempt >= this.maxRetries) throw err;
        this.nextAt.set(channel, this.now() + retryMs);
      }
    }
  }
}

export class SlackNotifier implements Messenger {
  readonly platform = 'slack' as const;
  readonly capabilities = SLACK_CAPABILITIES;
  private readonly pacer: ChannelPacer;

  /** `client` should reject rate-limited calls (rejectRateLimitedCalls) so the pacer sees the 429. */
  constructor(
    private readonly client: WebClient,
    private readonly outbox: Pick<Outbox, 'record' | 'chatGone' | 'languageFor'>,
    private readonly logger: Logger,
    pacer: PacerOptions = {},
  ) {
    this.pacer = new ChannelPacer(pacer);
  }

  async send(target: SendTarget, reply: Reply): Promise<SentRef[]> {
    try {
      return await this.sendAll(target, reply);
    } catch (err) {
      const code = (err as { data?: { error?: string } })?.data?.error;
      // Bindings are per channel, so a channel gone takes its threads along.
      if (code && CHANNEL_GONE.has(code))
        await this.outbox.chatGone({ platform: 'slack', chatId: target.chatId }, 'chat', code);
      throw err;
    }
  }

  /** Replaces a message with the reply's first part (chat.update), in the channel's queue. */
  async edit(target: SendTarget, messageId: string, reply: Reply, lang?: Language): Promise<void> {
    const [first] = renderSlack({ ...reply, attachments: [] }, lang ?? this.outbox.languageFor());
    if (!first) return;
    await this.pacer.run(target.chatId, () =>
      this.client.chat.update({ channel: target.chatId, ts: messageId, ...first }),
    );
    await this.outbox.record(chatAddress({ platform: 'slack', chatId: target.chatId }), messageId, reply);
  }

  /** Uploads one file; one that fails is named in a "📎" message instead, as with every reply. */
  sendFile(target: SendTarget, file: Attachment): Promise<SentRef[]> {
    return this.send(target, { blocks: [], attachments: [file] });
  }

  private async sendAll(target: SendTarget, reply: Reply): Promise<SentRef[]> {
    const channel = target.chatId;
    const lang = this.outbox.languageFor();
    const sent: SentRef[] = [];
    for (const message of renderSlack({ ...reply, attachments: [] }, lang)) {
      sent.push(await this.post(target, message, reply));
    }
    // Uploads share the channel's queue, so a digest and its chart keep the channel's pace and order.
    const failed = await uploadAttachments(
      this.client,
      this.logger,
      { channel, threadTs: target.threadId },
      reply.attachments ?? [],
      lang,
      (upload) => this.pacer.run(channel, upload),
    );
    for (const message of missingFiles(failed, lang)) {
      sent.push(await this.post(target, message, { ...reply, items: [] }));
    }
    return sent;
  }

  private async post(target: SendTarget, message: SlackMessage, reply: Reply): Promise<SentRef> {
    // Bindings are per channel; a thread is used only when the target names one.
    const res = await this.pacer.run(target.chatId, () =>
      this.client.chat.postMessage({ channel: target.chatId, thread_ts: target.threadId, ...message }),
    );
    const ts = String(res.ts);
    await this.outbox.record(chatAddress({ platform: 'slack', chatId: target.chatId }), ts, reply);
    return {
      address: chatAddress({ platform: 'slack', chatId: target.chatId, threadId: target.threadId }),
      messageId: ts,
    };
  }
}
