// A busy group must not hold the other chats: long polling through the runner against a fake Bot API that
// answers the busy group's sends slowly. The chair's command in another chat is answered while the group's
// backlog is still being worked through, and the group's own replies keep the order of its commands.

import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer } from '../../src/http/server.js';
import { type RunningMessengers, startMessengers } from '../../src/platforms/telegram/start.js';
import { freshApp, type TestApp } from '../helpers/db.js';
import { type FakeBotApi, startFakeBotApi } from './fake-bot-api.js';
import { ALI } from './harness.js';

let fake: FakeBotApi | undefined;
let app: TestApp | undefined;
let running: RunningMessengers | null = null;
afterEach(async () => {
  await running?.stop();
  await fake?.close();
  await app?.cleanup();
  running = null;
});

const BUSY = -1001;
const CHAIR = -1003;
const command = (chatId: number, messageId: number, text: string) => ({
  message: {
    message_id: messageId,
    date: 1,
    chat: { id: chatId, type: 'supergroup' as const, title: 'گروه' },
    from: ALI,
    text,
    entities: [{ type: 'bot_command' as const, offset: 0, length: text.length }],
  },
});

const repliesTo = (chat: number) =>
  fake!.calls.filter((c) => c.method === 'sendMessage' && c.payload.chat_id === String(chat));
const repliedTo = (c: { payload: Record<string, unknown> }) =>
  (c.payload.reply_parameters as { message_id: number } | undefined)?.message_id;

describe('a busy group', () => {
  it('does not delay another chat, and its own replies stay in order', async () => {
    fake = await startFakeBotApi();
    app = await freshApp('sqlite', { TELEGRAM_BOT_TOKEN: '1:TG', TELEGRAM_API_ROOT: fake.url });
    // The group's replies are paced by its rate limit (about one a second) and each is slow to be accepted.
    fake.stall((c) => (c.method === 'sendMessage' && c.payload.chat_id === String(BUSY) ? 200 : 0));
    const backlog = 6;
    for (let i = 1; i <= backlog; i++) fake.push('1:TG', command(BUSY, 100 + i, '/status'));
    fake.push('1:TG', command(CHAIR, 900, '/status'));
    running = await startMessengers(app, createHttpServer());

    await fake.waitFor((c) => c.method === 'sendMessage' && c.payload.chat_id === String(CHAIR));
    // Answered while most of the group's backlog still waits (one by one it would come last).
    expect(repliesTo(BUSY).length).toBeLessThan(backlog / 2);

    while (new Set(repliesTo(BUSY).map(repliedTo)).size < backlog) await new Promise((r) => setTimeout(r, 50));
    const order = [...new Set(repliesTo(BUSY).map(repliedTo))];
    expect(order).toEqual(Array.from({ length: backlog }, (_, i) => 101 + i));
  });
});
