import type { AddressInfo } from 'node:net';
import { expect, test } from 'vitest';
import { type WebSocket, WebSocketServer } from 'ws';
import { MESSAGES } from '../../src/core/i18n.js';
import { createSlackBot } from '../../src/platforms/slack/bot.js';
import { freshApp } from '../helpers/db.js';
import { seed } from '../helpers/seed.js';
import { shown, startFakeSlack } from './fake-slack.js';
import { FAVA, MINUTES } from './harness.js';

const until = async (ok: () => boolean) => {
  for (let i = 0; i < 500 && !ok(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(ok()).toBe(true);
};

test('Socket Mode: a slash command envelope is acked and answered', async () => {
  const app = await freshApp('sqlite');
  await seed(app, MINUTES);
  const fake = await startFakeSlack();
  fake.users = { UCREATOR: { name: 'سازنده', locale: 'fa-IR' } };
  fake.channelCreators = { [FAVA]: 'UCREATOR' };
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await new Promise((r) => wss.once('listening', r));
  fake.socketUrl = `ws://127.0.0.1:${(wss.address() as AddressInfo).port}/link`;
  const acks: unknown[] = [];
  wss.on('connection', (ws: WebSocket) => {
    ws.on('message', (data) => acks.push(JSON.parse(String(data))));
    ws.send(JSON.stringify({ type: 'hello', num_connections: 1, connection_info: { app_id: 'A1' } }));
    ws.send(
      JSON.stringify({
        envelope_id: 'env-1',
        type: 'slash_commands',
        accepts_response_payload: true,
        payload: {
          command: '/link',
          text: 'کمیته فاوا',
          channel_id: FAVA,
          channel_name: 'fava',
          user_id: 'UCREATOR',
          user_name: 'creator',
          team_id: 'T1',
          api_app_id: 'A1',
          response_url: `${fake.url}/respond/1`,
          trigger_id: 't',
        },
      }),
    );
  });
  const bot = createSlackBot(app, {
    token: 'xoxb-test',
    appToken: 'xapp-test',
    botId: 'B1',
    botUserId: 'UBOT',
    apiUrl: fake.apiUrl,
    retries: 0,
  });
  try {
    expect(await bot.start()).toBeUndefined();
    await until(() => fake.of('chat.postMessage').length > 0);
    expect(acks).toContainEqual(expect.objectContaining({ envelope_id: 'env-1' }));
    expect(fake.of('apps.connections.open').length).toBe(1);
    expect(fake.of('chat.postMessage')[0]).toMatchObject({ channel: FAVA });
    expect(shown(fake.of('chat.postMessage')[0]!.text)).toBe(MESSAGES.fa.linkedIn('channel', 'کمیته فاوا'));
    expect((await app.store.bindingsFor(`slack:${FAVA}`)).map((b) => b.ownerName)).toEqual(['کمیته فاوا']);
  } finally {
    await bot.stop();
    for (const c of wss.clients) c.terminate();
    await new Promise((r) => wss.close(r));
    await fake.close();
    await app.cleanup();
  }
});
