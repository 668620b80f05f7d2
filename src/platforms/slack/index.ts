// Starts Slack when SLACK_BOT_TOKEN is set: Socket Mode with SLACK_APP_TOKEN, else /slack/events on the one
// HTTP listener (requests signed with SLACK_SIGNING_SECRET).
import { webApi } from '@slack/bolt';
import type { App } from '../../app.js';
import type { HttpRoutes } from '../../http/server.js';
import type { PlatformStarter } from '../index.js';
import { clientOptions, createSlackBot } from './bot.js';

export const startSlack: PlatformStarter = async (app: App, http: HttpRoutes) => {
  const { config } = app;
  if (!config.SLACK_BOT_TOKEN) return null;
  // Asked once here so Bolt does not call auth.test on its own, unawaited, in its constructor.
  const who = await new webApi.WebClient(
    config.SLACK_BOT_TOKEN,
    clientOptions({ apiUrl: config.SLACK_API_URL, retries: 2 }),
  ).auth.test();
  const bot = createSlackBot(app, {
    token: config.SLACK_BOT_TOKEN,
    signingSecret: config.SLACK_SIGNING_SECRET,
    appToken: config.SLACK_APP_TOKEN,
    apiUrl: config.SLACK_API_URL,
    botId: String(who.bot_id ?? ''),
    botUserId: String(who.user_id ?? ''),
    adminIds: config.SLACK_ADMIN_IDS,
  });
  if (bot.routes) http.mount('/', bot.routes);
  await bot.start();
  app.status.connected('slack', `${who.team}, ${config.SLACK_APP_TOKEN ? 'socket' : 'http /slack/events'}`);
  return { name: 'slack', messengers: [bot.notifier], stop: bot.stop };
};
