// Slash commands and thread replies. Each slash command becomes the text `/<cmd> <args>` the dispatcher
// already understands; `/peygir <cmd> …` is the same for workspaces that want one command only.
import type { App as BoltApp } from '@slack/bolt';
import { type Command, refusal } from '../../../handlers/context.js';
import { MESSAGES } from '../../core/i18n.js';
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
