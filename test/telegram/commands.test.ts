// Commands through bot.handleUpdate: private, group, supergroup, forum topic, other-bot addressing, /link.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/core/i18n.js';
import { ADMIN, ALI, type Harness, harness, sentTexts } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await harness();
});
afterEach(() => h.cleanup());

describe('telegram commands', () => {
  it('answers /start in a private chat with what peygir does, in HTML', async () => {
    const calls = await h.send('/start', { chat: 'private' });
    expect(calls).toHaveLength(1);
    expect(calls[0]!.payload).toMatchObject({ chat_id: '42', parse_mode: 'HTML' });
    expect(calls[0]!.payload.reply_parameters).toBeUndefined();
    expect(String(calls[0]!.payload.text)).toContain('/link');
  });

  it('lets only group administrators /link, checked with getChatMember', async () => {
    const refused = await h.send('/link کمیته فاوا', { from: ALI });
    expect(refused.map((c) => c.method)).toEqual(['getChatMember', 'sendMessage']);
    expect(refused[0]!.payload).toMatchObject({ chat_id: -555, user_id: 42 });
    expect(sentTexts(refused)[0]).toContain('فقط مدیران');
    expect(await h.bindings()).toEqual([]);

    const linked = await h.send('/link کمیته فاوا', { from: ADMIN });
    expect(sentTexts(linked)[0]).toContain('linked to کمیته فاوا');
    expect((await h.bindings()).map((b) => b.address)).toEqual(['telegram:-555']);
    // Replies in groups answer the command's message.
    expect(linked.at(-1)!.payload.reply_parameters).toMatchObject({ allow_sending_without_reply: true });
  });

  it('remembers the admin check briefly instead of asking on every command', async () => {
    await h.send('/link کمیته فاوا', { from: ADMIN });
    const again = await h.send('/link کمیته فاوا', { from: ADMIN });
    expect(again.map((c) => c.method)).toEqual(['sendMessage']);
  });

  it('lists a committee’s items with escaped HTML and buttons carrying action:value', async () => {
    await h.send('/link کمیته فاوا', { from: ADMIN });
    const [list] = await h.send('/list');
    const html = String(list!.payload.text);
    expect(html).toContain('سامانه &lt;ثبت&gt; &amp; *گزارش*');
    expect(html).not.toContain('<ثبت>');
    expect(html).toContain('<b>۱.</b>');
    const keyboard = (list!.payload.reply_markup as { inline_keyboard: { callback_data: string }[][] }).inline_keyboard;
    expect(keyboard.flat().map((b) => b.callback_data)).toEqual(
      expect.arrayContaining(['done:1', 'progress:1', 'blocked:1', 'snooze:1', 'done:2']),
    );
  });

  it('handles /done@peygir_bot in a supergroup and ignores /done@other_bot', async () => {
    await h.send('/link کمیته تامین داده', { from: ADMIN, chat: 'supergroup' });
    expect(await h.send('/done@other_bot 3', { chat: 'supergroup' })).toEqual([]);
    expect(await h.status(3)).toEqual(['کمیته تامین داده:open']);
    const done = await h.send('/done@peygir_bot 3', { chat: 'supergroup' });
    expect(sentTexts(done)[0]).toContain('انجام شد');
    expect(await h.status(3)).toEqual(['کمیته تامین داده:done']);
  });

  it('binds a forum topic on its own and answers inside the topic', async () => {
    const linked = await h.send('/link کمیته فاوا', { from: ADMIN, chat: 'forum', thread: 17 });
    expect(linked.at(-1)!.payload.message_thread_id).toBe(17);
    // The confirmation names the topic, not the whole group.
    expect(sentTexts(linked)[0]).toContain('This topic is now linked to کمیته فاوا');
    expect((await h.bindings()).map((b) => b.address)).toEqual(['telegram:-1002:17']);
    const done = await h.send('/done 1', { chat: 'forum', thread: 17 });
    expect(done[0]!.payload.message_thread_id).toBe(17);
    expect(await h.status(1)).toEqual(['کمیته فاوا:done']);
    // The forum's general topic is another chat as far as bindings go.
    const general = await h.send('/done 2', { chat: 'forum' });
    expect(sentTexts(general)[0]).toContain('وصل نیست');
    h.admins.add(ALI.id);
    expect(sentTexts(await h.send('/link کمیته تامین داده', { chat: 'forum', thread: 18 }))[0]).toContain(
      'این موضوع به کمیته تامین داده وصل شد',
    );
  });

  it('refuses a note over the text limit with the limit and its length, and stores nothing of it', async () => {
    await h.send('/link کمیته فاوا', { from: ADMIN });
    // Telegram lets a message run to 4,096 characters: a note just over peygir's limit arrives whole.
    const note = 'ن'.repeat(4050);
    const [reply] = sentTexts(await h.send(`/note 1 ${note}`));
    // What follows the command is counted: «1 » and the note.
    expect(reply).toContain(MESSAGES.fa.tooLong(4000, 4052));
    const events = await h.app.db.prisma.statusEvent.findMany({ where: { type: 'note' } });
    expect(events).toEqual([]);
    // Within the limit, the whole note is kept.
    expect(sentTexts(await h.send(`/note 1 ${note.slice(0, 3990)}`))[0]).not.toContain('۴٬۰۰۰');
    const [kept] = await h.app.db.prisma.statusEvent.findMany({ where: { type: 'note' } });
    expect(kept!.note).toHaveLength(3990);
  });

  it('ignores plain talk in groups', async () => {
    expect(await h.send('سلام به همه')).toEqual([]);
  });

  it('publishes the command menu in Persian and in English', async () => {
    await h.publishCommands();
    const menus = h.calls.filter((c) => c.method === 'setMyCommands');
    expect(menus.map((c) => c.payload.language_code)).toEqual(['fa', 'en', undefined]);
    const fa = menus[0]!.payload.commands as { command: string; description: string }[];
    expect(fa.map((c) => c.command)).toEqual(expect.arrayContaining(['done', 'list', 'link', 'start']));
    expect(fa.find((c) => c.command === 'done')!.description).toMatch(/[آ-ی]/);
    const en = menus[1]!.payload.commands as { command: string; description: string }[];
    expect(en.find((c) => c.command === 'done')!.description).toMatch(/^[\x20-\x7e’]+$/);
  });

  it('apologises briefly when sending fails, and logs instead of crashing', async () => {
    await h.send('/link کمیته فاوا', { from: ADMIN });
    h.failNext('sendMessage', { error_code: 400, description: 'Bad Request: something odd' });
    const calls = await h.send('/list');
    expect(sentTexts(calls)).toHaveLength(2);
    expect(sentTexts(calls)[1]).toContain('مشکلی پیش آمد');
  });
});

describe('history after a chat is unlinked', () => {
  it('names the chat and its committee as they were, not a raw address', async () => {
    await h.send('/link کمیته تامین داده', { from: ADMIN, chat: 'supergroup' });
    await h.send('/done 3', { chat: 'supergroup' });
    await h.send('/unlink', { from: ADMIN, chat: 'supergroup' });
    await h.send('/link chair', { from: ADMIN, chat: 'chair' });
    const history = sentTexts(await h.send('/status 3', { chat: 'chair' })).join('\n');
    expect(history).toContain('از گروه کمیته تامین داده «تامین داده»');
    expect(history).not.toContain('telegram:-1001');
  });
});
