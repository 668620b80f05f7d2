// Bale as it really is, over real HTTP against its own stand-in: Markdown instead of HTML, no command menu,
// `group` chats, getChatMember only for an admin bot, old clients' callback ids, Bale's error wording, and
// a webhook guarded by a secret path instead of a header.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { createHttpServer, type ListeningHttp } from '../../src/http/server.js';
import { type RunningMessengers, startMessengers } from '../../src/platforms/telegram/start.js';
import { freshApp, type TestApp } from '../helpers/db.js';
import { ADMIN, ALI, bindChat, seedMinutes } from '../telegram/harness.js';
import { type FakeBale, linksInBale, seenInBale, startFakeBale, visible } from './fake-bale-api.js';

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
    chat:
      chatId > 0
        ? { id: chatId, type: 'private' as const, first_name: from.first_name }
        : { id: chatId, type: 'group' as const, title: 'گروه' },
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
    // The resolution's own `<ثبت> & *گزارش*` reads as written: no tags, no entities, no bold, no look-alikes.
    expect(visible(seen)).toContain('<ثبت> & *گزارش*');
    expect(seen).not.toMatch(/<\/?[bi]>|&amp;|&lt;/);
    expect(list.payload.reply_markup).toMatchObject({ inline_keyboard: expect.any(Array) });
    await fake.waitFor((c) => c.method === 'getUpdates');
    expect(fake.calls.map((c) => c.method)).not.toContain('setMyCommands');
  });

  it('shows what people typed exactly as typed, markers and links included', async () => {
    await start();
    const typed = 'گزارش *UNSD* در _پوشه_ است؛ [لینک](http://x) و ```[عنوان]متن``` و a_b_c';
    fake.push(message(-2001, `/note 1 ${typed}`));
    await sent((t) => t.includes('یادداشت'));
    fake.push(message(-2001, '/status 1'));
    const history = await sent((t) => t.includes('یادداشت:'));
    const text = String(history.payload.text);
    expect(visible(seenInBale(text))).toContain(typed);
    expect(linksInBale(text)).toEqual([]);
  });

  it('sends a /desk sign-in link whose token (underscores and all) arrives intact and opens the desk', async () => {
    await start({ SECRETARY_IDS: `bale:${ALI.id}` });
    // A token with `_` in it, as most are: take real ones until one has.
    const create = app.desk.sessions.createLink.bind(app.desk.sessions);
    vi.spyOn(app.desk.sessions, 'createLink').mockImplementation(async (who, now) => {
      for (;;) {
        const token = await create(who, now);
        if (token.includes('_')) return token;
      }
    });
    fake.push(message(ALI.id, '/desk'));
    const reply = await sent((t) => t.includes('/desk/signin/'));
    const shown = visible(seenInBale(String(reply.payload.text)));
    const token = /\/desk\/signin\/(\S+)/.exec(shown)![1]!;
    expect(token).toContain('_');
    expect(await app.desk.sessions.linkState(token, new Date())).toBe('valid');
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
    expect(visible(seenInBale(String(echo.payload.text)))).toBe(visible(toast));
    // The newer client saw its toast; only the old one got a message too.
    expect(fake.calls.filter((c) => c.method === 'sendMessage')).toHaveLength(1);
  });

  it('notices a chat Bale no longer knows from its wording and disables its bindings', async () => {
    await start();
    fake.gone.add(-2001);
    const notifier = running!.messengers[0]!;
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

  it('an invite typed as /link <code> binds a person’s private chat (Bale documents no start links)', async () => {
    await start();
    const owner = await app.store.findOwner('کمیته تامین داده');
    const by = { platform: 'console' as const, userId: 'sec', name: 'دبیر' };
    const { code } = await app.invites.issue(owner!.id, 'bale', by, 'desk');
    fake.push(message(ALI.id, `/link ${code}`));
    await sent((t) => t.includes('کمیته تامین داده وصل شد'));
    expect(await active(`bale:${ALI.id}`)).toEqual([true]);
    fake.push(message(ALI.id, `/link ${code}`));
    await sent((t) => t.includes('دوباره کار نمی‌کند'));
    fake.push(message(ALI.id, '/list'));
    await sent((t) => t.includes('پوشش داده'));
  });
});
