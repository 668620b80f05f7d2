// Slash commands and thread replies. Each slash command becomes the text `/<cmd> <args>` the dispatcher
// already understands; `/peygir <cmd> …` is the same for workspaces that want one command only.
import type { App as BoltApp } from '@slack/bolt';
import { refusal } from '../../../handlers/context.js';
import { MESSAGES } from '../../core/i18n.js';
import { deliver, incomingFor, type SlackContext } from './deliver.js';
import { unescapeMrkdwn } from './render.js';

export const SLASH_COMMANDS = [
  'done',
  'progress',
  'blocked',
  'status',
  'list',
  'link',
  'unlink',
  'note',
  'undo',
  'help',
  'owner',
  'deadline',
] as const;

export const UMBRELLA_COMMAND = 'peygir';

/** `/peygir done 3` → `/done 3`; `/peygir` alone → `/help`. */
export function commandText(command: string, text: string): string {
  const name = command.replace(/^\//, '');
  const args = unescapeMrkdwn(text).trim();
  if (name !== UMBRELLA_COMMAND) return `/${name} ${args}`.trim();
  return args ? `/${args.replace(/^\//, '')}` : '/help';
}

export function registerCommands(bolt: BoltApp, ctx: SlackContext): void {
  for (const name of [...SLASH_COMMANDS, UMBRELLA_COMMAND]) {
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

  // «done» / «انجام شد» in a reminder's thread works like its button. Only thread replies are read.
  bolt.event('message', async ({ event, client }) => {
    const m = event as {
      subtype?: string;
      bot_id?: string;
      text?: string;
      ts: string;
      thread_ts?: string;
      channel: string;
      user?: string;
    };
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
