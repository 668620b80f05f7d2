// Two owners claim one item on the Telegram and Bale stand-ins (bot.handleUpdate): each claim reaches the chair's chat
// with buttons that name it, «برگشت» under one asks for the reason and the reply sends back that claim alone, «تأیید»
// under the other accepts it alone; the owner's chat takes its claim back with /undo.
import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, CHATS, type Harness, harness } from '../telegram/harness.js';

const toChair = (calls: { method: string; payload: Record<string, unknown> }[]) =>
  calls.filter((c) => c.method === 'sendMessage' && c.payload.chat_id === String(CHATS.chair.id));
const buttons = (call: { payload: Record<string, unknown> }) =>
  (call.payload.reply_markup as { inline_keyboard: { callback_data: string }[][] }).inline_keyboard
    .flat()
    .map((b) => b.callback_data);

describe.each(['telegram', 'bale'] as const)('on %s', (messenger) => {
  let h: Harness;
  afterEach(() => h?.cleanup());

  it('each claim’s buttons answer it alone; the reason given in reply sends back the claim it was asked for', async () => {
    h = await harness(messenger, undefined, { REQUIRE_ACCEPTANCE: 'true' });
    await h.send('/link کمیته فاوا', { from: ADMIN });
    await h.send('/link کمیته تامین داده', { chat: 'supergroup', from: ADMIN });
    await h.send('/link chair', { chat: 'chair', from: ADMIN });
    // Item 2 belongs to both committees; each claims it from its own group.
    const [fava] = toChair(await h.send('/done 2 نامه ۱۲۳۴'));
    const [data] = toChair(await h.send('/done 2 گزارش داده', { chat: 'supergroup' }));
    expect(buttons(fava!)).toEqual(['approve:2#1', 'decline:2#1']);
    expect(buttons(data!)).toEqual(['approve:2#2', 'decline:2#2']);

    // Typed without a choice, nothing is answered: the list.
    const typed = await h.send('/approve 2', { chat: 'chair' });
    expect(String(typed.find((c) => c.method === 'sendMessage')!.payload.text)).toContain('چند درخواست منتظر پاسخ است');
    expect(await h.status(2)).toEqual(['کمیته فاوا:open', 'کمیته تامین داده:open']);

    const ask = await h.press('decline:2#2', 90, { chat: 'chair' });
    const question = toChair(ask)[0]!;
    expect(String(question.payload.text)).toContain('دلیل رد درخواست کمیته تامین داده درباره مصوبه ۲');
    const asked = await h.app.db.prisma.outboundMessage.findFirstOrThrow({ where: { kind: 'ask-decline' } });
    expect(asked.about).toBe('2#2');
    const declined = await h.send('گزارش امضا ندارد', { chat: 'chair', replyTo: Number(asked.messageId) });
    const told = declined.find((c) => c.method === 'sendMessage' && c.payload.chat_id === String(CHATS.supergroup.id));
    expect(String(told?.payload.text)).toContain('برگشت خورد — دلیل: گزارش امضا ندارد');
    const states = async () =>
      (await h.app.db.prisma.chairRequest.findMany({ orderBy: { id: 'asc' } })).map((r) => r.state);
    expect(await states()).toEqual(['pending', 'declined']);

    await h.press('approve:2#1', 91, { chat: 'chair' });
    expect(await h.status(2)).toEqual(['کمیته فاوا:done', 'کمیته تامین داده:open']);
    expect(await states()).toEqual(['approved', 'declined']);
  });

  it('the owner’s group takes its claim back with /undo; the chair’s chat hears it', async () => {
    h = await harness(messenger, undefined, { REQUIRE_ACCEPTANCE: 'true' });
    await h.send('/link کمیته فاوا', { from: ADMIN });
    await h.send('/link chair', { chat: 'chair', from: ADMIN });
    await h.send('/done 1');
    const undone = await h.send('/undo');
    const reply = undone.find((c) => c.method === 'sendMessage' && c.payload.chat_id === String(CHATS.group.id));
    expect(String(reply?.payload.text)).toContain('پس گرفته شد');
    expect(String(toChair(undone)[0]?.payload.text)).toContain('اعلام انجام مصوبه ۱ را پس گرفت');
    expect((await h.app.db.prisma.chairRequest.findFirstOrThrow()).state).toBe('withdrawn');
    const press = await h.press('approve:1#1', 92, { chat: 'chair' });
    const answer = press.find((c) => c.method === 'answerCallbackQuery');
    expect(JSON.stringify(answer?.payload ?? {}) + JSON.stringify(toChair(press))).toContain('پس گرفته است');
    expect(await h.status(1)).toEqual(['کمیته فاوا:open']);
  });
});
