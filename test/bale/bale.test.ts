// Bale as it really is, over real HTTP against its own stand-in: Markdown instead of HTML, no command menu,
// `group` chats, getChatMember only for an admin bot, old clients' callback ids, Bale's error wording, and
// a webhook guarded by a secret path instead of a header.

import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer, type ListeningHttp } from '../../src/http/server.js';
import { type RunningMessengers, startMessengers } from '../../src/platforms/telegram/start.js';
import { freshApp, type TestApp } from '../helpers/db.js';
import { ADMIN, ALI, bindChat, seedMinutes } from '../telegram/harness.js';
import { type FakeBale, seenInBale, startFakeBale } from './fake-bale-api.js';

let fake: FakeBale;
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

async function start(env: Record<string, string> = {}) {
  fake = await startFakeBale();
  app = await freshApp('sqlite', { BALE_BOT_TOKEN: '2:BALE', BALE_API_ROOT: fake.url, ...env });
  await seedMinutes(app);
  await bindChat(app, 'bale:-2001', 'کمیته فاوا');
  const http = createHttpServer();
  running = await startMessengers(app, http);
  listening = await http.listen(0, '127.0.0.1');
}

let messageId = 10;
const message = (chatId: number, text: string, from: typeof ALI | typeof ADMIN = ALI) => ({
  message: {
    message_id: messageId++,
    date: 1,
    chat: { id: chatId, type: 'group' as const, title: 'گروه' },
    from,
    text,
    entities: [{ type: 'bot_command' as const, offset: 0, length: text.split(' ')[0]!.length }],
  },
});
const sent = (test: (text: string) => boolean) =>
  fake.waitFor((c) => c.method === 'sendMessage' && test(String(c.payload.text)));
const active = async (address: string) =>
  (await app.db.prisma.chatBinding.findMany({ where: { address } })).map((b) => b.active);

describe('bale', () => {
  it('renders in Bale Markdown, never HTML, and skips the command menu and topics', async () => {
    await start();
    fake.push(message(-2001, '/list'));
    const list = await sent((t) => t.includes('سامانه'));
    const seen = seenInBale(String(list.payload.text));
    expect(list.payload.parse_mode).toBeUndefined();
    expect(list.payload.message_thread_id).toBeUndefined();
    expect(String(list.payload.text)).toMatch(/(^|\n)\*کارهای باز کمیته فاوا\*\n/);
    // The resolution's own `<ثبت> & *گزارش*` reads as written: no tags, no entities, no accidental bold.
    expect(seen).toContain('<ثبت> & ٭گزارش٭');
    expect(seen).not.toMatch(/<\/?[bi]>|&amp;|&lt;/);
    expect(list.payload.reply_markup).toMatchObject({ inline_keyboard: expect.any(Array) });
    await fake.waitFor((c) => c.method === 'getUpdates');
    expect(fake.calls.map((c) => c.method)).not.toContain('setMyCommands');
  });

  it('tells the group admin to make the bot an admin when Bale will not say who administers the group', async () => {
    await start();
    fake.push(message(-2002, '/link کمیته تامین داده', ADMIN));
    const advice = await sent((t) => t.includes('getChatMember') || t.includes('administers'));
    expect(String(advice.payload.text)).toContain('make the bot an admin');
    expect(await active('bale:-2002')).toEqual([]);

    fake.botAdminIn.add(-2002);
    fake.admins.add(ADMIN.id);
    fake.push(message(-2002, '/link کمیته تامین داده', ADMIN));
    await sent((t) => t.includes('/list'));
    expect(await active('bale:-2002')).toEqual([true]);
  });

  it('answers a press from an old client (callback id starting with 1) in the chat as well', async () => {
    await start();
    const press = (id: string, data: string) =>
      fake.push({
        callback_query: {
          id,
          chat_instance: 'ci',
          from: ALI,
          data,
          message: { message_id: 600, date: 1, chat: { id: -2001, type: 'group', title: 'گروه' }, text: 'مصوبه ۱' },
        },
      });
    press('2000', 'done:1');
    await fake.waitFor((c) => c.method === 'answerCallbackQuery' && c.payload.callback_query_id === '2000');
    press('1000', 'progress:2');
    const answer = await fake.waitFor(
      (c) => c.method === 'answerCallbackQuery' && c.payload.callback_query_id === '1000',
    );
    const toast = String(answer.payload.text);
    expect(toast).toContain('۲');
    const echo = await sent((t) => t.includes('در حال انجام'));
    expect(seenInBale(String(echo.payload.text))).toBe(toast);
    // The newer client saw its toast; only the old one got a message too.
    expect(fake.calls.filter((c) => c.method === 'sendMessage')).toHaveLength(1);
  });

  it('notices a chat Bale no longer knows from its wording and disables its bindings', async () => {
    await start();
    fake.gone.add(-2001);
    const notifier = running!.notifiers[0]!;
    await expect(
      notifier.send({ platform: 'bale', chatId: '-2001' }, { blocks: [{ type: 'text', text: 'یادآوری' }] }),
    ).rejects.toThrow(/no such group or user/);
    expect(await active('bale:-2001')).toEqual([false]);
  });

  it('webhook: served on the secret path without any header; every other path is 404', async () => {
    await start({ WEBHOOK_PUBLIC_URL: 'https://peygir.example:88/hook', WEBHOOK_SECRET: 'right-secret-1' });
    const set = await fake.waitFor((c) => c.method === 'setWebhook');
    expect(set.payload).toEqual({ url: 'https://peygir.example:88/hook/bale/right-secret-1' });
    const base = listening!.url;
    for (const path of ['/hook/bale', '/hook/bale/wrong-secret-1', '/hook/telegram', '/'])
      expect((await fake.deliver(`${base}${path}`, message(-2001, '/done 1'))).status).toBe(404);
    expect(fake.calls.some((c) => c.method === 'sendMessage')).toBe(false);

    expect((await fake.deliver(`${base}/hook/bale/right-secret-1`, message(-2001, '/done 1'))).status).toBe(200);
    await sent((t) => t.includes('۱'));
    const resolution = await app.store.getResolution({ kind: 'number', number: 1 });
    expect(resolution!.assignments.map((a) => a.status)).toEqual(['done']);
    expect(fake.calls.map((c) => c.method)).not.toContain('getUpdates');
  });
});
