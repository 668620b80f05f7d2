// What every Slack listener needs: an Incoming built from Slack ids, and replies sent back to the channel
// (recorded, so buttons and thread replies find their items) or ephemerally to the sender.
import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Dispatcher } from '../../../handlers/index.js';
import { chatAddress, type Incoming, type Language, type Reply } from '../../core/types.js';
import type { Outbox } from '../../outbox.js';
import { missingFiles, uploadAttachments } from './files.js';
import { renderSlack, type SlackMessage } from './render.js';
import type { SlackDirectory } from './users.js';
import { isEphemeral } from './visibility.js';

type WebClient = webApi.WebClient;

export interface SlackContext {
  dispatcher: Dispatcher;
  /** Records what was sent and picks each user's language. */
  outbox: Pick<Outbox, 'record' | 'languageFor'>;
  directory: SlackDirectory;
  logger: Logger;
}

export interface Where {
  channel: string;
  channelName?: string;
  userId: string;
  userName?: string;
}

export type SlackIncoming = Incoming & { lang: Language };

export async function incomingFor(
  ctx: SlackContext,
  where: Where,
  extra: Partial<Incoming> & { text: string },
): Promise<SlackIncoming> {
  const user = await ctx.directory.user(where.userId, where.userName);
  // DM channel ids start with D; bindings are per channel, so no thread id here.
  const kind = where.channel.startsWith('D') ? 'private' : 'group';
  return {
    chat: { platform: 'slack', chatId: where.channel, kind, title: where.channelName },
    user: { id: user.id, name: user.name, languageCode: user.locale },
    isAdmin: () => ctx.directory.isAdmin(where.userId, where.channel),
    lang: ctx.outbox.languageFor({ languageCode: user.locale }),
    ...extra,
  };
}

export interface DeliverOptions {
  threadTs?: string;
  /** The slash command's name, for the choice between ephemeral and in-channel. */
  command?: string;
  /** The slash command's response_url: answers even in channels the bot has not joined. */
  respond?: (message: SlackMessage & { response_type: 'ephemeral' | 'in_channel' }) => Promise<unknown>;
}

function slackError(err: unknown): string | undefined {
  return (err as { data?: { error?: string } })?.data?.error;
}

export async function deliver(
  ctx: SlackContext,
  client: WebClient,
  incoming: SlackIncoming,
  replies: Reply[],
  opts: DeliverOptions = {},
): Promise<void> {
  const channel = incoming.chat.chatId;
  const address = chatAddress({ platform: 'slack', chatId: channel });
  const post = async (message: SlackMessage, reply: Reply, ephemeral: boolean) => {
    try {
      if (ephemeral) {
        await client.chat.postEphemeral({ channel, user: incoming.user.id, thread_ts: opts.threadTs, ...message });
      } else {
        const res = await client.chat.postMessage({ channel, thread_ts: opts.threadTs, ...message });
        await ctx.outbox.record(address, String(res.ts), reply);
      }
    } catch (err) {
      // Without the bot in the channel only the response_url can answer (its messages have no ts to record).
      if (!opts.respond || !['not_in_channel', 'channel_not_found'].includes(slackError(err) ?? '')) throw err;
      await opts.respond({ ...message, response_type: ephemeral ? 'ephemeral' : 'in_channel' });
    }
  };
  for (const reply of replies) {
    const ephemeral = isEphemeral(reply, opts.command);
    // Ephemeral messages cannot carry files: there the attachments stay "📎" lines.
    const files = ephemeral ? [] : (reply.attachments ?? []);
    for (const message of renderSlack(files.length > 0 ? { ...reply, attachments: [] } : reply, incoming.lang)) {
      await post(message, reply, ephemeral);
    }
    const failed = await uploadAttachments(
      client,
      ctx.logger,
      { channel, threadTs: opts.threadTs },
      files,
      incoming.lang,
    );
    for (const message of missingFiles(failed, incoming.lang)) await post(message, { ...reply, items: [] }, false);
  }
}
