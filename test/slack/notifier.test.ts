import { afterEach, beforeEach, expect, test } from 'vitest';
import type { Reply } from '../../src/core/types.js';
import type { SlackNotifier } from '../../src/platforms/slack/notifier.js';
import type { TestApp } from '../helpers/db.js';
import { seed } from '../helpers/seed.js';
import { type FakeSlack, shown } from './fake-slack.js';
import { MINUTES } from './harness.js';
import { pacedNotifier } from './paced.js';

let app: TestApp;
let fake: FakeSlack;
let slept: number[];
let notifier: SlackNotifier;
let close: () => Promise<void>;

beforeEach(async () => {
  ({ app, fake, slept, notifier, close } = await pacedNotifier((app) => seed(app, MINUTES)));
});
afterEach(async () => {
  await close();
});

const reminder = (n: number): Reply => ({
  blocks: [
    { type: 'item', number: n, text: `item ${n}`, buttons: [{ label: 'ok', action: 'done', value: String(n) }] },
  ],
  items: [n],
  kind: 'reminder',
});

test('messages to one channel are spaced a second apart; other channels do not wait', async () => {
  const sent = await Promise.all([
    notifier.send({ platform: 'slack', chatId: 'C1' }, reminder(1)),
    notifier.send({ platform: 'slack', chatId: 'C1' }, reminder(2)),
    notifier.send({ platform: 'slack', chatId: 'C2' }, reminder(3)),
    notifier.send({ platform: 'slack', chatId: 'C1' }, reminder(3)),
  ]);
  expect(slept).toEqual([1000, 1000]);
  expect(
    fake
      .of('chat.postMessage')
      .filter((m) => m.channel === 'C1')
      .map((m) => shown(m.text)),
  ).toEqual(['item 1', 'item 2', 'item 3']);
  // Each sent message is recorded, so a thread reply to it finds its item.
  const [first] = sent[0]!;
  expect(first).toMatchObject({ address: 'slack:C1' });
  expect(await app.store.outbound('slack:C1', first!.messageId)).toEqual({ kind: 'reminder', items: [1] });
  expect(fake.of('chat.postMessage')[0]!.blocks).toEqual([
    expect.objectContaining({ type: 'section' }),
    expect.objectContaining({ type: 'actions', block_id: 'item:1' }),
  ]);
});

test('a 429 waits for Retry-After and sends again; too many give up', async () => {
  fake.rateLimit('chat.postMessage', 1, 3);
  const [sent] = await notifier.send({ platform: 'slack', chatId: 'C1' }, reminder(1));
  expect(slept).toEqual([3000]);
  expect(fake.of('chat.postMessage').length).toBe(2);
  expect(sent!.messageId).toMatch(/^1700000000\./);

  fake.rateLimit('chat.postMessage', 10, 1);
  await expect(notifier.send({ platform: 'slack', chatId: 'C9' }, reminder(2))).rejects.toMatchObject({
    code: 'slack_webapi_rate_limited_error',
  });
  expect(slept.slice(1)).toEqual([1000, 1000, 1000]);
});

test.each(['channel_not_found', 'is_archived', 'not_in_channel', 'account_inactive'])(
  '%s from Slack disables the channel’s bindings and tells the chair’s chat',
  async (error) => {
    const owner = await app.store.findOwner('کمیته فاوا');
    const bind = (chatId: string, role: 'committee' | 'chair') =>
      app.store.bind({
        address: `slack:${chatId}`,
        platform: 'slack',
        chatId,
        role,
        ownerId: role === 'chair' ? null : owner!.id,
        title: chatId,
        createdBy: 'secretary',
      });
    await bind('C1', 'committee');
    await bind('CHAIR', 'chair');
    app.outbox.register(notifier);
    fake.failNext('chat.postMessage', error);
    await expect(notifier.send({ platform: 'slack', chatId: 'C1' }, reminder(1))).rejects.toMatchObject({
      data: { error },
    });
    const bindings = await app.db.prisma.chatBinding.findMany({ orderBy: { id: 'asc' } });
    expect(bindings.map((b) => [b.address, b.active, b.disabledReason])).toEqual([
      ['slack:C1', false, error],
      ['slack:CHAIR', true, null],
    ]);
    const [report] = fake.of('chat.postMessage').filter((m) => m.channel === 'CHAIR');
    expect(String(report!.text)).toContain('کمیته فاوا');
  },
);

test('a failure that is not about the channel leaves its bindings alone', async () => {
  const owner = await app.store.findOwner('کمیته فاوا');
  await app.store.bind({
    address: 'slack:C1',
    platform: 'slack',
    chatId: 'C1',
    role: 'committee',
    ownerId: owner!.id,
    createdBy: 'secretary',
  });
  fake.failNext('chat.postMessage', 'internal_error');
  await expect(notifier.send({ platform: 'slack', chatId: 'C1' }, reminder(1))).rejects.toThrow();
  expect((await app.db.prisma.chatBinding.findMany()).map((b) => b.active)).toEqual([true]);
});
