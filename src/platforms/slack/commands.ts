// Slash commands and thread replies. Each slash command becomes the text `/<cmd> <args>` the dispatcher
// already understands; `/peygir <cmd> …` is the same for workspaces that want one command only.
import type { App as BoltApp } from '@slack/bolt';
import { type Command, refusal } from '../../../handlers/context.js';
import { MESSAGES } from '../../core/i18n.js';
import type { IncomingFile } from '../../core/types.js';
import { deliver, incomingFor, type SlackContext } from './deliver.js';
import { unescapeMrkdwn } from './render.js';

export const UMBRELLA_COMMAND = 'peygir';

/**
 * The slash commands Slack routes to peygir: every command of the dispatcher's list, then the umbrella.
 * `slack-manifest.yaml` must declare the same (a test compares them), or Slack answers the rest with 404.
 */
export function slashCommandNames(commands: readonly Pick<Command, 'name'>[]): string[] {
  return [...commands.map((c) => c.name).filter((n) => /^[a-z0-9_-]{1,31}$/.test(n)), UMBRELLA_COMMAND];
}

/** `/peygir done 3` → `/done 3`; `/peygir` alone → `/help`. */
export function commandText(command: string, text: string): string {
  const name = command.replace(/^\//, '');
  const args = unescapeMrkdwn(text).trim();
  if (name !== UMBRELLA_COMMAND) return `/${name} ${args}`.trim();
  return args ? `/${args.replace(/^\//, '')}` : '/help';
}

/** A file as a message event names it. */
interface SharedFile {
  id: string;
  name?: string;
  mimetype?: string;
  size?: number;
  url_private_download?: string;
}

/** A shared file, fetched with the bot's token (files:read) from its private download address. */
function sharedFile(f: SharedFile, token: string): IncomingFile {
  return {
    name: f.name ?? f.id,
    ...(f.mimetype ? { mime: f.mimetype } : {}),
    ...(f.size !== undefined ? { size: f.size } : {}),
    load: async () => {
      if (!f.url_private_download) throw new Error('slack file without a download address');
      const res = await fetch(f.url_private_download, { headers: { authorization: `Bearer ${token}` } });
      if (!res.ok) throw new Error(`slack file download failed: HTTP ${res.status}`);
      return Buffer.from(await res.arrayBuffer());
    },
  };
}

export function registerCommands(bolt: BoltApp, ctx: SlackContext): void {
  for (const name of slashCommandNames(ctx.dispatcher.commands)) {
    bolt.command(`/${name}`, async ({ command, ack, client, respond }) => {
      await ack();
      const text = commandText(command.command, command.text);
      const incoming = await incomingFor(
        ctx,
        { channel: command.channel_id, channelName: command.channel_name, userId: command.user_id },
        { text },
      );
      const replies = await ctx.dispatcher.handle(incoming);
      // A slash command always gets an answer: `/peygir foo` would otherwise meet silence.
      if (replies.length === 0) replies.push(refusal(MESSAGES[incoming.lang].unknownCommand));
      await deliver(ctx, client, incoming, replies, {
        command: /^\/(\S+)/.exec(text)?.[1]?.toLowerCase(),
        respond: (message) => respond(message),
      });
    });
  }

  // «done» / «انجام شد» in a reminder's thread works like its button. Only thread replies are read, and files
  // shared as evidence (with `/done 3` as their message, or in a reminder's thread).
  bolt.event('message', async ({ event, client }) => {
    const m = event as {
      subtype?: string;
      bot_id?: string;
      text?: string;
      ts: string;
      thread_ts?: string;
      channel: string;
      user?: string;
      files?: SharedFile[];
    };
    if (m.subtype === 'file_share' && m.files?.[0] && m.user && !m.bot_id) {
      const thread = m.thread_ts && m.thread_ts !== m.ts ? m.thread_ts : undefined;
      // A message cannot be a slash command: «done 3» (or «/done 3») as the file's message says it is evidence.
      const caption = unescapeMrkdwn(m.text ?? '').trim();
      const done = /^\/?done\b/i.exec(caption);
      if (!done && !thread) return;
      const incoming = await incomingFor(
        ctx,
        { channel: m.channel, userId: m.user },
        {
          text: done ? `/${caption.replace(/^\//, '')}` : caption,
          replyToMessageId: thread,
          file: sharedFile(m.files[0], client.token ?? ''),
        },
      );
      const replies = await ctx.dispatcher.handle(incoming);
      await deliver(ctx, client, incoming, replies, { threadTs: thread ?? m.ts });
      return;
    }
    if (m.subtype || m.bot_id || !m.user || !m.text || !m.thread_ts || m.thread_ts === m.ts) return;
    const incoming = await incomingFor(
      ctx,
      { channel: m.channel, userId: m.user },
      { text: unescapeMrkdwn(m.text), replyToMessageId: m.thread_ts },
    );
    const replies = await ctx.dispatcher.handle(incoming);
    await deliver(ctx, client, incoming, replies, { threadTs: m.thread_ts });
  });
}
