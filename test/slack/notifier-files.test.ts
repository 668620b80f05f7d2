// The notifier's attachments (the pre-meeting digest's chart): uploaded as files in the channel's queue,
// in the target thread, and named in a "📎" line when the upload fails.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import type { Reply } from '../../src/core/types.js';
import type { SlackNotifier } from '../../src/platforms/slack/notifier.js';
import type { TestApp } from '../helpers/db.js';
import { type FakeSlack, shown } from './fake-slack.js';
import { blockText } from './harness.js';
import { pacedNotifier } from './paced.js';

let app: TestApp;
let fake: FakeSlack;
let slept: number[];
let notifier: SlackNotifier;
let close: () => Promise<void>;

beforeEach(async () => {
  ({ app, fake, slept, notifier, close } = await pacedNotifier());
});
afterEach(async () => {
  vi.restoreAllMocks();
  await close();
});

const chart = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const digest: Reply = {
  blocks: [{ type: 'heading', text: 'جلسه فردا' }],
  attachments: [{ name: 'chart.png', mime: 'image/png', data: chart, caption: 'نمودار <پیشرفت>' }],
  kind: 'digest',
};

test('the digest’s chart is uploaded after its text, in the thread, paced like a message', async () => {
  const sent = await notifier.send({ platform: 'slack', chatId: 'C1', threadId: '1700000000.000001' }, digest);
  expect(sent).toHaveLength(1);
  expect(fake.uploads).toEqual([
    expect.objectContaining({
      filename: 'chart.png',
      title: 'chart.png',
      channel: 'C1',
      threadTs: '1700000000.000001',
      comment: 'نمودار &lt;پیشرفت&gt;',
    }),
  ]);
  expect(fake.uploads[0]!.bytes.equals(chart)).toBe(true);
  const methods = fake.calls.map((c) => c.method);
  expect(methods).toEqual(['chat.postMessage', 'files.getUploadURLExternal', 'upload', 'files.completeUploadExternal']);
  // The upload waited for the channel's spacing after the message.
  expect(slept).toEqual([1000]);
  expect(blockText(fake.of('chat.postMessage')[0]!.blocks)).not.toContain('📎');
});

test('a 429 on the upload waits and uploads again', async () => {
  fake.rateLimit('files.getUploadURLExternal', 1, 2);
  await notifier.send({ platform: 'slack', chatId: 'C1' }, digest);
  expect(fake.uploads.map((u) => u.filename)).toEqual(['chart.png']);
  // The channel's spacing after the message, then Slack's Retry-After.
  expect(slept).toEqual([1000, 2000]);
  expect(fake.of('files.getUploadURLExternal')).toHaveLength(2);
});

test('a failed upload is logged and the file named in a 📎 line; the send still succeeds', async () => {
  const error = vi.spyOn(app.logger, 'error');
  fake.failNext('files.getUploadURLExternal', 'missing_scope');
  const sent = await notifier.send({ platform: 'slack', chatId: 'C1' }, digest);
  expect(fake.uploads).toEqual([]);
  expect(sent).toHaveLength(2);
  const last = fake.of('chat.postMessage').at(-1)!;
  expect(shown(last.text)).toBe('📎 chart.png — نمودار &lt;پیشرفت&gt;');
  expect(error).toHaveBeenCalledWith(expect.objectContaining({ file: 'chart.png' }), 'slack file upload failed');
});
