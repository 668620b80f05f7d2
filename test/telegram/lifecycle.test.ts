// Life-cycle updates and the errors that mean a chat is gone: greeting, removal, migration, members
// leaving, 403 from a send; and the same bot configured for Bale.
import type { ChatMember } from 'grammy/types';
import { afterEach, describe, expect, it } from 'vitest';
import { ChatGoneError } from '../../src/platforms/telegram/send.js';
import { ADMIN, BOT_INFO, CHATS, type ChatName, type Harness, harness, sentTexts } from './harness.js';

let h: Harness;
afterEach(() => h.cleanup());

const member = (status: 'member' | 'left' | 'kicked' | 'administrator') =>
  ({ status, user: BOT_INFO, ...(status === 'kicked' ? { until_date: 0 } : {}) }) as unknown as ChatMember;

const botMembership = (chat: ChatName, from: string, to: string) =>
  h.update({
    my_chat_member: {
      chat: CHATS[chat],
      from: ADMIN,
      date: 1,
      old_chat_member: member(from as 'member'),
      new_chat_member: member(to as 'member'),
    },
  } as never);

describe('telegram life-cycle', () => {
  it('greets a group it is added to and says how to /link', async () => {
    h = await harness();
    const calls = await botMembership('supergroup', 'left', 'member');
    expect(calls.map((c) => c.method)).toEqual(['sendMessage']);
    expect(calls[0]!.payload.chat_id).toBe('-1001');
    expect(sentTexts(calls)[0]).toContain('/link');
  });

  it('removed from a group: bindings (topics too) disabled and the chair told', async () => {
    h = await harness();
    await h.send('/link chair', { from: ADMIN, chat: 'chair' });
    await h.send('/link کمیته فاوا', { from: ADMIN, chat: 'forum', thread: 17 });
    await h.send('/link کمیته تامین داده', { from: ADMIN, chat: 'forum' });
    const calls = await botMembership('forum', 'member', 'kicked');
    expect((await h.bindings()).map((b) => `${b.address} ${b.active}`)).toEqual([
      'telegram:-1003 true',
      'telegram:-1002:17 false',
      'telegram:-1002 false',
    ]);
    expect((await h.bindings())[1]!.disabledReason).toContain('Sara');
    const report = calls.find((c) => c.method === 'sendMessage')!;
    expect(report.payload.chat_id).toBe('-1003');
    expect(String(report.payload.text)).toContain('کمیته فاوا');
    expect(String(report.payload.text)).toContain('شورا');
  });

  it('a user blocking the bot in private disables that chat’s binding', async () => {
    h = await harness();
    // Only the secretary may bind a private chat; bind it as the secretary would.
    const owner = await h.app.store.findOwner('کمیته فاوا');
    await h.app.store.bind({
      address: 'telegram:42',
      platform: 'telegram',
      chatId: '42',
      role: 'committee',
      ownerId: owner!.id,
      createdBy: 'secretary',
    });
    await botMembership('private', 'member', 'kicked');
    expect((await h.bindings()).map((b) => b.active)).toEqual([false]);
  });

  it('a group upgraded to a supergroup keeps its bindings', async () => {
    h = await harness();
    await h.send('/link کمیته فاوا', { from: ADMIN });
    await h.update({
      message: { message_id: 5, date: 1, chat: CHATS.group, from: ADMIN, migrate_to_chat_id: -100555 },
    } as never);
    expect((await h.bindings()).map((b) => b.address)).toEqual(['telegram:-100555']);
  });

  it('a member leaving forgets their cached admin rights', async () => {
    h = await harness();
    await h.send('/link کمیته فاوا', { from: ADMIN });
    h.admins.delete(ADMIN.id);
    await h.update({
      message: { message_id: 6, date: 1, chat: CHATS.group, from: ADMIN, left_chat_member: ADMIN },
    } as never);
    const calls = await h.send('/link کمیته فاوا', { from: ADMIN });
    expect(calls.map((c) => c.method)).toEqual(['getChatMember', 'sendMessage']);
    expect(sentTexts(calls)[0]).toContain('Only chat administrators');
  });

  it('a 403 on a notifier send disables the binding instead of retrying', async () => {
    h = await harness();
    await h.send('/link کمیته فاوا', { from: ADMIN });
    h.failNext('sendMessage', { error_code: 403, description: 'Forbidden: bot was kicked from the group chat' });
    const before = h.calls.length;
    const send = h.notifier.send(
      { platform: 'telegram', chatId: '-555' },
      { blocks: [{ type: 'text', text: 'یادآوری' }] },
    );
    await expect(send).rejects.toBeInstanceOf(ChatGoneError);
    const [binding] = await h.bindings();
    expect(binding).toMatchObject({ active: false, disabledReason: 'Forbidden: bot was kicked from the group chat' });
    // One failed attempt, no retries; the chair chat is not bound here, so nothing else is sent.
    expect(h.calls.slice(before).map((c) => c.method)).toEqual(['sendMessage']);
  });

  it('a send to a migrated group follows it to the supergroup', async () => {
    h = await harness();
    await h.send('/link کمیته فاوا', { from: ADMIN });
    h.failNext('sendMessage', {
      error_code: 400,
      description: 'Bad Request: group chat was upgraded to a supergroup chat',
      parameters: { migrate_to_chat_id: -100555 },
    });
    const sent = await h.notifier.send(
      { platform: 'telegram', chatId: '-555' },
      { blocks: [{ type: 'text', text: 'x' }] },
    );
    expect(sent[0]!.address).toBe('telegram:-100555');
    expect((await h.bindings()).map((b) => b.address)).toEqual(['telegram:-100555']);
  });

  it('runs the same way for Bale, with its own addresses and reply_to_message_id', async () => {
    h = await harness('bale');
    const calls = await h.send('/link کمیته فاوا', { from: ADMIN });
    expect((await h.bindings()).map((b) => b.address)).toEqual(['bale:-555']);
    expect(calls.at(-1)!.payload.reply_to_message_id).toBeTypeOf('number');
    expect(calls.at(-1)!.payload.reply_parameters).toBeUndefined();
    await h.press('done:1', 90);
    expect(await h.status(1)).toEqual(['کمیته فاوا:done']);
  });

  it('on Bale, which never sends my_chat_member, registers no handler for it', async () => {
    h = await harness('bale');
    await h.send('/link کمیته فاوا', { from: ADMIN });
    // Were one handled, this "removal" would disable the binding and the greeting test above would greet.
    expect(await botMembership('group', 'member', 'kicked')).toEqual([]);
    expect(await botMembership('supergroup', 'left', 'member')).toEqual([]);
    expect((await h.bindings()).map((b) => b.active)).toEqual([true]);
  });
});
