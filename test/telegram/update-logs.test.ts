// Every line logged while an update is handled, by whichever module writes it, names the platform, the chat
// and the update, so one update's lines can be followed; two updates handled at once keep their own.
import { Writable } from 'node:stream';
import type { ChatMember } from 'grammy/types';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { ADMIN, BOT_INFO, CHATS, type ChatName, type Harness, harness } from './harness.js';

let h: Harness;
afterEach(() => h.cleanup());

function captureLogs() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { lines, logger: createLogger('debug', stream) };
}

const kicked = (chat: ChatName) =>
  h.update({
    my_chat_member: {
      chat: CHATS[chat],
      from: ADMIN,
      date: 1,
      old_chat_member: { status: 'member', user: BOT_INFO } as ChatMember,
      new_chat_member: { status: 'kicked', user: BOT_INFO, until_date: 0 } as ChatMember,
    },
  } as never);

describe('log lines of an update', () => {
  it('carry the platform, the chat and the update id, also from the outbox, for two updates at once', async () => {
    const { lines, logger } = captureLogs();
    h = await harness('telegram', logger);
    await h.send('/link chair', { from: ADMIN, chat: 'chair' });
    await h.send('/link کمیته فاوا', { from: ADMIN, chat: 'forum' });
    await h.send('/link کمیته تامین داده', { from: ADMIN, chat: 'supergroup' });
    lines.length = 0;
    await Promise.all([kicked('forum'), kicked('supergroup')]);
    const disabled = lines.filter((l) => l.msg === 'chat bindings disabled');
    expect(disabled.map((l) => l.chat).sort()).toEqual(['telegram:-1001', 'telegram:-1002']);
    for (const l of disabled) expect(l).toMatchObject({ platform: 'telegram', update: expect.any(Number) });
    const forum = disabled.find((l) => l.chat === 'telegram:-1002')!;
    const supergroup = disabled.find((l) => l.chat === 'telegram:-1001')!;
    // Sent in this order, so numbered in it: each line names its own update, not the other one's.
    expect(supergroup.update).toBe((forum.update as number) + 1);
  });

  it('leave the fields off lines written outside an update', async () => {
    const { lines, logger } = captureLogs();
    h = await harness('telegram', logger);
    await h.send('/link chair', { from: ADMIN, chat: 'chair' });
    lines.length = 0;
    await h.app.outbox.chatGone({ platform: 'telegram', chatId: '-1003' }, 'chat', 'left');
    const line = lines.find((l) => l.msg === 'chat bindings disabled')!;
    expect(line.update).toBeUndefined();
    expect(line.platform).toBeUndefined();
  });
});
