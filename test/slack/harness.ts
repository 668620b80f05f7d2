// The Slack adapter on a real HTTP port, against the fake Web API and a fresh SQLite database seeded with
// three resolutions (the second with two owners). Requests are signed as Slack signs them.
import { createHmac } from 'node:crypto';
import type { Logger } from 'pino';
import type { Command } from '../../handlers/context.js';
import type { App } from '../../src/app.js';
import { createHttpServer } from '../../src/http/server.js';
import type { ParsedMinutes } from '../../src/minutes/types.js';
import { createSlackBot, type SlackBot } from '../../src/platforms/slack/bot.js';
import { freshApp, type TestApp } from '../helpers/db.js';
import { seed } from '../helpers/seed.js';
import { type FakeSlack, startFakeSlack } from './fake-slack.js';

export const SECRET = 'test-signing-secret';
export const FAVA = 'CFAVA';
export const DATA = 'CDATA';

export const MINUTES: ParsedMinutes = {
  meeting: {
    number: '12',
    date: '1403-02-10',
    calendar: 'jalali',
    gregorianDate: '2024-04-29',
    chair: 'رئیس',
    secretary: 'دبیر',
    startTime: '09:00',
    endTime: '10:00',
  },
  resolutions: [
    { number: 1, text: 'تهیه گزارش پوشش <ثبت> & آمار', owners: ['کمیته فاوا'], deadline: null, dueDate: '2024-05-20' },
    {
      number: 2,
      text: 'ایجاد سرویس تبادل داده',
      owners: ['کمیته فاوا', 'کمیته تامین داده'],
      deadline: null,
      dueDate: null,
    },
    { number: 3, text: 'دریافت ریزداده', owners: ['کمیته تامین داده'], deadline: null, dueDate: null },
  ],
  warnings: [],
};

export interface Harness {
  app: TestApp;
  fake: FakeSlack;
  bot: SlackBot;
  events: string;
  post(body: string, type: string, headers?: Record<string, string>): Promise<Response>;
  signed(body: string, type: string, ts?: number): Promise<Response>;
  slash(user: string, channel: string, command: string, text?: string): Promise<Response>;
  interact(payload: object): Promise<Response>;
  event(event: object): Promise<Response>;
  close(): Promise<void>;
}

export function sign(body: string, ts: number, secret = SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${ts}:${body}`).digest('hex')}`;
}

/** Slack gives every request its own trigger_id, event_id and action_ts; so do the tests. */
let unique = 0;

export async function startHarness(
  env: Record<string, string> = {},
  commands: Command[] = [],
  logger?: Logger,
): Promise<Harness> {
  const app = await freshApp('sqlite', { LANGUAGE: 'fa', ...env }, { commands }, logger);
  await seed(app, MINUTES);
  const fake = await startFakeSlack();
  fake.users = {
    UADMIN: { name: 'Admin <boss>', locale: 'en-US', admin: true },
    UCREATOR: { name: 'سازنده', locale: 'fa-IR' },
    UMEMBER: { name: 'مریم', locale: 'fa-IR' },
    ULISTED: { name: 'Listed', locale: 'en-US' },
  };
  fake.channelCreators = { [FAVA]: 'UCREATOR', [DATA]: 'UCREATOR' };
  const { bot, events, close } = await serveSlack(app, fake);
  const post = (body: string, type: string, headers: Record<string, string> = {}) =>
    fetch(events, { method: 'POST', body, headers: { 'content-type': type, ...headers } });
  const signed = (body: string, type: string, ts = Math.floor(Date.now() / 1000)) =>
    post(body, type, { 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(body, ts) });
  const form = 'application/x-www-form-urlencoded';
  return {
    app,
    fake,
    bot,
    events,
    post,
    signed,
    slash: (user, channel, command, text = '') =>
      signed(
        new URLSearchParams({
          token: 'x',
          team_id: 'T1',
          channel_id: channel,
          channel_name: channel.toLowerCase(),
          user_id: user,
          user_name: user.toLowerCase(),
          command,
          text,
          response_url: `${fake.url}/respond/${channel}`,
          trigger_id: `trig-${++unique}`,
          api_app_id: 'A1',
        }).toString(),
        form,
      ),
    interact: (payload) => signed(new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), form),
    event: (event) =>
      signed(
        JSON.stringify({
          token: 'x',
          team_id: 'T1',
          api_app_id: 'A1',
          type: 'event_callback',
          event_id: `Ev${++unique}`,
          event,
        }),
        'application/json',
      ),
    close: async () => {
      await close();
      await fake.close();
      await app.cleanup();
    },
  };
}

/** The Slack adapter of `app` on its own HTTP port, talking to `fake`: one instance of the bot. */
export async function serveSlack(
  app: App,
  fake: FakeSlack,
): Promise<{ bot: SlackBot; events: string; close(): Promise<void> }> {
  const bot = createSlackBot(app, {
    token: 'xoxb-test',
    signingSecret: SECRET,
    botId: 'B1',
    botUserId: 'UBOT',
    apiUrl: fake.apiUrl,
    retries: 0,
    processBeforeResponse: true,
    adminIds: ['slack:ULISTED'],
  });
  const http = createHttpServer();
  http.mount('/', bot.routes!);
  const listening = await http.listen(0, '127.0.0.1');
  return {
    bot,
    events: `${listening.url}/slack/events`,
    close: async () => {
      await bot.stop();
      await listening.close();
    },
  };
}

/** A block_actions payload for a button on a message the fake holds. */
export function pressPayload(fake: FakeSlack, user: string, ts: string, actionId: string) {
  const m = fake.messages.get(ts)!;
  return {
    type: 'block_actions',
    user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: 'T1' },
    api_app_id: 'A1',
    token: 'x',
    team: { id: 'T1', domain: 'census' },
    trigger_id: `trig-${++unique}`,
    container: { type: 'message', message_ts: ts, channel_id: m.channel, is_ephemeral: false },
    channel: { id: m.channel, name: m.channel.toLowerCase() },
    message: { type: 'message', ts, text: m.text, blocks: m.blocks, user: 'UBOT' },
    response_url: `${fake.url}/respond/press`,
    actions: [{ type: 'button', action_id: actionId, block_id: 'x', value: actionId, action_ts: String(++unique) }],
  };
}

/** All mrkdwn text in a message's blocks, joined, for assertions. */
export function blockText(blocks: unknown): string {
  const strings = JSON.stringify(blocks ?? []).match(/"text":"((?:[^"\\]|\\.)*)"/g) ?? [];
  return strings.map((s) => JSON.parse(s.slice(7)) as string).join('\n');
}
