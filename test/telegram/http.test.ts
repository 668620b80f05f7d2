// Real HTTP against a local fake Bot API: long polling for Telegram and Bale side by side (Bale at another
// root), the webhook secret check, and a 429 retried by auto-retry.
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer, type ListeningHttp } from '../../src/http/server.js';
import { type RunningMessengers, startMessengers } from '../../src/platforms/telegram/start.js';
import { freshApp, type TestApp } from '../helpers/db.js';
import { type FakeBotApi, startFakeBotApi } from './fake-bot-api.js';
import { ALI, bindChat, seedMinutes } from './harness.js';

let fake: FakeBotApi;
let app: TestApp;
let running: RunningMessengers | null;
let listening: ListeningHttp | undefined;

afterEach(async () => {
  await running?.stop();
  await listening?.close();
  listening = undefined;
  await app?.cleanup();
  await fake?.close();
});

async function start(env: (fakeUrl: string) => Record<string, string>) {
  fake = await startFakeBotApi();
  app = await freshApp('sqlite', { TELEGRAM_BOT_TOKEN: '1:TG', TELEGRAM_API_ROOT: fake.url, ...env(fake.url) });
  await seedMinutes(app);
  await bindChat(app, 'telegram:-1001', 'کمیته فاوا');
  const http = createHttpServer();
  running = await startMessengers(app, http);
  listening = await http.listen(0, '127.0.0.1');
}

const status = async (n: number) =>
  (await app.store.getResolution({ kind: 'number', number: n }))!.assignments.map((a) => a.status);

const command = (chatId: number, text: string) => ({
  message: {
    message_id: 10,
    date: 1,
    chat: { id: chatId, type: 'supergroup' as const, title: 'گروه' },
    from: ALI,
    text,
    entities: [{ type: 'bot_command' as const, offset: 0, length: text.split(' ')[0]!.length }],
  },
});

describe('telegram and bale over HTTP', () => {
  it('long-polls both messengers, each at its own root, and handles a button press', async () => {
    await start((url) => ({ BALE_BOT_TOKEN: '2:BALE', BALE_API_ROOT: `${url}/bale` }));
    await bindChat(app, 'bale:-2001', 'کمیته تامین داده');
    expect(running!.name).toBe('telegram+bale');

    fake.push('1:TG', command(-1001, '/done 1'));
    fake.push('2:BALE', command(-2001, '/done@peygir_bot 3'));
    const tg = await fake.waitFor((c) => c.method === 'sendMessage' && c.token === '1:TG');
    const bale = await fake.waitFor((c) => c.method === 'sendMessage' && c.token === '2:BALE');
    expect(tg.root).toBe('');
    expect(bale.root).toBe('/bale');
    expect(bale.payload.reply_to_message_id).toBe(10);
    expect(await status(1)).toEqual(['done']);
    expect(await status(3)).toEqual(['done']);

    fake.push('1:TG', {
      callback_query: {
        id: 'cb1',
        chat_instance: 'ci',
        from: ALI,
        data: 'progress:2',
        message: { message_id: 501, date: 1, chat: { id: -1001, type: 'supergroup', title: 'گروه' }, text: 'مصوبه ۲' },
      },
    });
    await fake.waitFor((c) => c.method === 'answerCallbackQuery');
    const edit = await fake.waitFor((c) => c.method === 'editMessageText');
    expect(String(edit.payload.text)).toContain('علی رضایی');
    expect(await status(2)).toEqual(['in_progress', 'open']);

    await fake.waitFor((c) => c.method === 'setMyCommands' && c.token === '1:TG' && c.payload.language_code === 'en');
    for (const token of ['1:TG', '2:BALE'])
      expect(fake.calls.some((c) => c.method === 'deleteWebhook' && c.token === token)).toBe(true);
    // Bale has no command menu: asking for one would only earn an error.
    expect(fake.calls.some((c) => c.method === 'setMyCommands' && c.token === '2:BALE')).toBe(false);
  });

  it('webhook mode: the right secret is served, a wrong or missing one gets 401 and changes nothing', async () => {
    await start(() => ({ WEBHOOK_PUBLIC_URL: 'https://peygir.example/hook', WEBHOOK_SECRET: 'right-secret-1' }));
    expect(running!.webhookPaths).toEqual(['/hook/telegram']);
    const set = await fake.waitFor((c) => c.method === 'setWebhook');
    expect(set.payload).toMatchObject({ url: 'https://peygir.example/hook/telegram', secret_token: 'right-secret-1' });
    expect(fake.calls.some((c) => c.method === 'getUpdates')).toBe(false);

    const post = (headers: Record<string, string>) =>
      fetch(`${listening!.url}/hook/telegram`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ update_id: 1, ...command(-1001, '/done 1') }),
      });
    expect((await post({ 'x-telegram-bot-api-secret-token': 'wrong-secret-1' })).status).toBe(401);
    expect((await post({})).status).toBe(401);
    expect(await status(1)).toEqual(['open']);
    expect(fake.calls.some((c) => c.method === 'sendMessage')).toBe(false);

    expect((await post({ 'x-telegram-bot-api-secret-token': 'right-secret-1' })).status).toBe(200);
    const reply = await fake.waitFor((c) => c.method === 'sendMessage');
    expect(reply.payload.chat_id).toBe('-1001');
    expect(await status(1)).toEqual(['done']);
  });

  it('waits out a 429 (retry_after 1) and then delivers', async () => {
    await start(() => ({ WEBHOOK_PUBLIC_URL: 'https://peygir.example/hook', WEBHOOK_SECRET: 'right-secret-1' }));
    fake.fail('sendMessage', {
      error_code: 429,
      description: 'Too Many Requests: retry after 1',
      parameters: { retry_after: 1 },
    });
    const notifier = running!.messengers[0]!;
    const sent = await notifier.send(
      { platform: 'telegram', chatId: '-1001' },
      { blocks: [{ type: 'text', text: 'یادآوری' }] },
    );
    expect(sent).toHaveLength(1);
    expect(fake.calls.filter((c) => c.method === 'sendMessage')).toHaveLength(2);
  });
});
