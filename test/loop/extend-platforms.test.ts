// Extensions on every messenger: /extend from the owner's chat, the request in the chair's chat with «تأیید» /
// «رد» as each platform draws buttons, the press (and for «رد» the reason given in reply), the owner's chat told —
// on the Telegram and Bale stand-ins (bot.handleUpdate) and on Slack (signed requests to Bolt, fake Web API).
import { afterEach, describe, expect, it } from 'vitest';
import type { App } from '../../src/app.js';
import { DATA, FAVA, pressPayload, type Harness as SlackHarness, startHarness } from '../slack/harness.js';
import { ADMIN, CHATS, type Harness, harness } from '../telegram/harness.js';

const due = async (app: App, n: number) => (await app.store.getResolution({ kind: 'number', number: n }))!.dueDate;
const texts = (calls: { method: string; payload: Record<string, unknown> }[]) =>
  calls
    .filter((c) => c.method === 'sendMessage')
    .map((c) => ({ chat: c.payload.chat_id, text: String(c.payload.text) }));

describe.each(['telegram', 'bale'] as const)('on %s', (messenger) => {
  let h: Harness;
  afterEach(() => h?.cleanup());

  it('asks, the chair approves with the button; asks again, the chair declines with the button and a reply', async () => {
    h = await harness(messenger);
    await h.send('/link کمیته فاوا', { from: ADMIN });
    await h.send('/link chair', { chat: 'chair', from: ADMIN });

    const asked = await h.send('/extend 1 ۱۴۲۰/۰۱/۱۵ منتظر پاسخ ثبت احوال');
    const toChair = asked.find((c) => c.method === 'sendMessage' && c.payload.chat_id === String(CHATS.chair.id))!;
    expect(String(toChair.payload.text)).toContain('درخواست تمدید مصوبه ۱ از کمیته فاوا');
    const keyboard = (toChair.payload.reply_markup as { inline_keyboard: { callback_data: string }[][] })
      .inline_keyboard;
    // The buttons name the request (its number 1), so a press answers it alone.
    expect(keyboard.flat().map((b) => b.callback_data)).toEqual(['approve:1#1', 'decline:1#1']);
    expect(texts(asked).find((m) => m.chat === String(CHATS.group.id))!.text).toContain('برای رئیس جلسه فرستاده شد');

    // A press from the owner's chat is refused and changes nothing.
    await h.press('approve:1#1', 70, { chat: 'group' });
    expect(await due(h.app, 1)).toBeNull();

    const approved = await h.press('approve:1#1', 71, { chat: 'chair' });
    expect(approved.map((c) => c.method)).toContain('answerCallbackQuery');
    expect(await due(h.app, 1)).toBe('2041-04-03');
    expect(texts(approved).find((m) => m.chat === String(CHATS.group.id))!.text).toContain('تأیید شد');

    await h.send('/extend 1 ۱۴۲۱/۰۱/۱۵ باز هم دیر شد');
    const ask = await h.press('decline:1#2', 72, { chat: 'chair' });
    const question = ask.find((c) => c.method === 'sendMessage' && c.payload.chat_id === String(CHATS.chair.id))!;
    expect(String(question.payload.text)).toContain('دلیل رد درخواست مصوبه ۱');
    expect(question.payload.reply_markup).toMatchObject({ force_reply: true });
    const replyTo = Number(
      (await h.app.db.prisma.outboundMessage.findFirstOrThrow({ where: { kind: 'ask-decline' } })).messageId,
    );
    const declined = await h.send('مهلت قانونی تمام است', { chat: 'chair', replyTo });
    expect(texts(declined).find((m) => m.chat === String(CHATS.group.id))!.text).toContain(
      'رد شد — دلیل: مهلت قانونی تمام است',
    );
    expect(await due(h.app, 1)).toBe('2041-04-03');
  });
});

describe('on slack', () => {
  let h: SlackHarness;
  afterEach(() => h?.close());

  it('asks with /extend, the chair gets the buttons, approves with one and declines by command', async () => {
    h = await startHarness();
    await h.slash('UCREATOR', FAVA, '/link', 'کمیته فاوا');
    await h.slash('UCREATOR', DATA, '/link', 'chair');
    // Item 1 is due 2024-05-20; a date before it is refused.
    await h.slash('UMEMBER', FAVA, '/extend', '1 1403/02/01 دیر');
    expect(await h.app.db.prisma.chairRequest.count()).toBe(0);
    await h.slash('UMEMBER', FAVA, '/extend', '1 1403/03/15 منتظر پاسخ');
    const ts = [...h.fake.messages.keys()].filter((k) => h.fake.messages.get(k)!.channel === DATA).at(-1)!;
    const blocks = JSON.stringify(h.fake.messages.get(ts)!.blocks);
    expect(blocks).toContain('approve:1#1');
    expect(blocks).toContain('decline:1#1');
    // The press in the chair's channel answers; the owner's channel hears it.
    expect((await h.interact(pressPayload(h.fake, 'UCREATOR', ts, 'approve:1#1'))).status).toBe(200);
    expect(await due(h.app, 1)).toBe('2024-06-04');
    expect([...h.fake.messages.values()].some((m) => m.channel === FAVA && m.text.includes('تأیید شد'))).toBe(true);

    await h.slash('UMEMBER', FAVA, '/extend', '1 1403/04/15 باز هم');
    await h.slash('UMEMBER', DATA, '/decline', '1');
    expect(await h.app.db.prisma.chairRequest.count({ where: { state: 'pending' } })).toBe(1);
    await h.slash('UMEMBER', DATA, '/decline', '1 کافی است');
    expect(await h.app.db.prisma.chairRequest.count({ where: { state: 'declined' } })).toBe(1);
    expect([...h.fake.messages.values()].some((m) => m.channel === FAVA && m.text.includes('کافی است'))).toBe(true);
    expect(await due(h.app, 1)).toBe('2024-06-04');
  });
});
