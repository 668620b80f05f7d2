// Buttons, force_reply and replies to the bot's messages, driven through bot.handleUpdate.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN, type Harness, harness, sentTexts } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await harness();
  await h.send('/link کمیته فاوا', { from: ADMIN });
});
afterEach(() => h.cleanup());

const reminder = { blocks: [{ type: 'item' as const, number: 1, text: 'مصوبه یک' }], items: [1], kind: 'reminder' };

describe('telegram buttons and replies', () => {
  it('a ✅ press changes the record, answers the callback and marks who did it on the message', async () => {
    const calls = await h.press('done:1', 77);
    expect(await h.status(1)).toEqual(['کمیته فاوا:done']);
    expect(calls.map((c) => c.method)).toEqual(['editMessageText', 'answerCallbackQuery']);
    const edit = calls[0]!.payload;
    expect(edit).toMatchObject({ chat_id: -555, message_id: 77 });
    expect(String(edit.text)).toMatch(/^یادآوری مصوبه ۱\n\nعلی رضایی: .*انجام شد/);
    // The original formatting and buttons stay; the presser's name is bold.
    expect(edit.entities).toEqual([
      { type: 'bold', offset: 0, length: 7 },
      { type: 'bold', offset: 'یادآوری مصوبه ۱'.length + 2, length: 'علی رضایی'.length },
    ]);
    expect(edit.reply_markup).toBeDefined();
    expect(String(calls[1]!.payload.text)).toContain('انجام شد');
  });

  it('a press on one item of a multi-item /list keeps every item’s buttons', async () => {
    const keyboard = [1, 2].map((n) => [
      { text: `✅ ${n}`, callback_data: `done:${n}` },
      { text: `⏳ ${n}`, callback_data: `progress:${n}` },
    ]);
    const calls = await h.press('done:1', 81, { messageText: 'کارهای باز کمیته فاوا', keyboard });
    const edit = calls.find((c) => c.method === 'editMessageText')!.payload;
    expect(edit.reply_markup).toEqual({ inline_keyboard: keyboard });
  });

  it('⏳ marks an item in progress', async () => {
    await h.press('progress:2', 78);
    expect(await h.status(2)).toEqual(['کمیته فاوا:in_progress', 'کمیته تامین داده:open']);
  });

  it('a press on another committee’s item is refused privately, without editing the message', async () => {
    const calls = await h.press('done:3', 79);
    expect(calls.map((c) => c.method)).toEqual(['answerCallbackQuery']);
    expect(calls[0]!.payload).toMatchObject({ show_alert: true });
    expect(await h.status(3)).toEqual(['کمیته تامین داده:open']);
  });

  it('a stale 🚫 on another committee’s item is refused at once, with no question asked', async () => {
    const calls = await h.press('blocked:3', 81);
    expect(calls.map((c) => c.method)).toEqual(['answerCallbackQuery']);
    expect(calls[0]!.payload).toMatchObject({ show_alert: true });
    expect(String(calls[0]!.payload.text)).toContain('مصوبه ۳ به کمیته‌های این گروه مربوط نیست');
    expect(await h.status(3)).toEqual(['کمیته تامین داده:open']);
  });

  it('🚫 does not @-mention someone who muted their mentions', async () => {
    await h.send('/schedule mute');
    const asked = await h.press('blocked:1', 82);
    expect(asked.map((c) => c.method)).toEqual(['sendMessage', 'answerCallbackQuery']);
    expect(String(asked[0]!.payload.text)).not.toContain('tg://user');
    expect(String(asked[0]!.payload.text)).toContain('دلیل مانع مصوبه ۱');
  });

  it('🚫 asks for the reason with force_reply, and the reply stores it', async () => {
    const asked = await h.press('blocked:1', 80);
    expect(asked.map((c) => c.method)).toEqual(['sendMessage', 'answerCallbackQuery']);
    const ask = asked[0]!.payload;
    expect(ask.reply_markup).toEqual({ force_reply: true, selective: true });
    expect(String(ask.text)).toContain('tg://user?id=42');
    expect(await h.status(1)).toEqual(['کمیته فاوا:open']);

    const messageId = await lastSentId(h);
    const answered = await h.send('منتظر پاسخ <ثبت احوال>', { replyTo: messageId });
    expect(sentTexts(answered)[0]).toContain('مانع دارد');
    expect(await h.status(1)).toEqual(['کمیته فاوا:blocked']);
    const history = await h.app.db.prisma.statusEvent.findMany({ where: { toStatus: 'blocked' } });
    expect(history.map((e) => e.note)).toEqual(['منتظر پاسخ <ثبت احوال>']);
  });

  it('the reason is taken from the person asked: another member’s reply is refused, theirs is then accepted', async () => {
    await h.press('blocked:1', 83);
    const prompt = await lastSentId(h);
    const other = await h.send('به نظرم منتظر بودجه است', { replyTo: prompt, from: ADMIN });
    expect(sentTexts(other)[0]).toContain('your reply was not recorded');
    expect(await h.status(1)).toEqual(['کمیته فاوا:open']);

    const own = await h.send('منتظر پاسخ ثبت احوال', { replyTo: prompt });
    expect(sentTexts(own)[0]).toContain('مانع دارد');
    expect(await h.status(1)).toEqual(['کمیته فاوا:blocked']);
    const events = await h.app.db.prisma.statusEvent.findMany({ where: { toStatus: 'blocked' } });
    expect(events.map((e) => [e.actorId, e.note])).toEqual([['42', 'منتظر پاسخ ثبت احوال']]);
  });

  it('a muted person’s question names them, since no @-mention does', async () => {
    await h.send('/schedule mute');
    const asked = await h.press('blocked:1', 84);
    expect(String(asked[0]!.payload.text)).toContain('علی رضایی، دلیل مانع مصوبه ۱');
  });

  it('a reply «انجام شد» to a reminder marks its item done', async () => {
    const [sent] = await h.notifier.send({ platform: 'telegram', chatId: '-555' }, reminder);
    const calls = await h.send('انجام شد', { replyTo: Number(sent!.messageId) });
    expect(sentTexts(calls)[0]).toContain('انجام شد');
    expect(await h.status(1)).toEqual(['کمیته فاوا:done']);
  });

  it('a reply with just a number to a list marks that item done', async () => {
    await h.send('/list');
    const listId = await lastSentId(h);
    await h.send('۲', { replyTo: listId });
    expect(await h.status(2)).toEqual(['کمیته فاوا:done', 'کمیته تامین داده:open']);
  });

  it('ignores presses carrying data it did not make', async () => {
    const calls = await h.press('nonsense', 81);
    expect(calls.map((c) => c.method)).toEqual(['answerCallbackQuery']);
    expect(await h.status(1)).toEqual(['کمیته فاوا:open']);
  });

  it('notifier sends reach a forum topic with the item buttons', async () => {
    const [sent] = await h.notifier.send(
      { platform: 'telegram', chatId: '-1002', threadId: '17' },
      {
        ...reminder,
        blocks: [{ ...reminder.blocks[0]!, buttons: [{ label: '✅ انجام شد', action: 'done', value: '1' }] }],
      },
    );
    const call = h.calls.at(-1)!;
    expect(call.payload).toMatchObject({ chat_id: '-1002', message_thread_id: 17, parse_mode: 'HTML' });
    expect(call.payload.reply_markup).toEqual({
      inline_keyboard: [[{ text: '✅ انجام شد', callback_data: 'done:1' }]],
    });
    expect(sent!.address).toBe('telegram:-1002:17');
    expect(await h.app.store.outbound('telegram:-1002:17', sent!.messageId)).toEqual({ kind: 'reminder', items: [1] });
  });

  it('a press inside a forum topic acts for the topic’s committee', async () => {
    await h.send('/link کمیته تامین داده', { from: ADMIN, chat: 'forum', thread: 17 });
    const calls = await h.press('done:3', 83, { chat: 'forum', thread: 17 });
    expect(calls.map((c) => c.method)).toEqual(['editMessageText', 'answerCallbackQuery']);
    expect(await h.status(3)).toEqual(['کمیته تامین داده:done']);
  });

  it('English speakers get English replies', async () => {
    const calls = await h.press('done:1', 82, { from: ADMIN });
    expect(calls.at(-1)!.method).toBe('answerCallbackQuery');
    expect(String(calls.at(-1)!.payload.text)).toMatch(/^Item 1 for کمیته فاوا: done/);
  });
});

async function lastSentId(h: Harness): Promise<number> {
  const row = await h.app.db.prisma.outboundMessage.findFirst({ orderBy: { id: 'desc' } });
  return Number(row!.messageId);
}
