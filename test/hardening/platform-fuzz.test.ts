// What the platforms themselves may send: Telegram updates with missing or odd fields, Slack payloads of
// unexpected shapes, and minutes of 10 MB. No crash, no unhandled rejection, no change to what is not theirs;
// and what is not a message (text that is a number or an object, a message or a press without its sender) is
// dropped at the adapter's edge with one debug line: no error logged, nothing answered.
import { Writable } from 'node:stream';
import fc from 'fast-check';
import type { Update } from 'grammy/types';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateMinutes } from '../../bench/minutes-text.js';
import { createLogger } from '../../src/logger.js';
import { parseMinutesText } from '../../src/minutes/index.js';
import { type Harness as SlackHarness, startHarness } from '../slack/harness.js';
import { ALI, BOT_INFO, bindChat, CHATS, type Harness, harness } from '../telegram/harness.js';

/** Every log line, parsed, from level debug up. */
function captured() {
  const lines: { level: number; msg: string; problem?: string }[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(JSON.parse(String(chunk)));
      cb();
    },
  });
  return { lines, logger: createLogger('debug', stream) };
}
const ERROR = 50;

const rejections: unknown[] = [];
const onRejection = (err: unknown) => rejections.push(err);
beforeEach(() => {
  rejections.length = 0;
  process.on('unhandledRejection', onRejection);
});
afterEach(() => {
  process.off('unhandledRejection', onRejection);
  expect(rejections).toEqual([]);
});

const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
const odd = fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.constant(null), fc.object({ maxDepth: 1 }));
const chat = fc.oneof(
  fc.constantFrom(...Object.values(CHATS)),
  fc.record({ id: fc.oneof(fc.integer(), fc.string()), type: fc.oneof(fc.constantFrom('group', 'channel'), odd) }),
);
const user = fc.oneof(
  fc.record({ id: fc.integer(), is_bot: fc.boolean(), first_name: fc.string({ maxLength: 10 }) }),
  fc.record({ id: odd }, { requiredKeys: [] }),
);
const text = fc.oneof(fc.constantFrom('/done 2', '/undo', '/link کمیته فاوا', '/done@peygir_bot 3'), fc.string());
const entities = fc.array(
  fc.record({
    type: fc.constantFrom('bot_command', 'bold', 'mention', 'x'),
    offset: fc.integer(),
    length: fc.integer(),
  }),
  { maxLength: 3 },
);
const message = fc.record(
  {
    message_id: fc.oneof(fc.nat(), odd),
    date: fc.nat(),
    chat,
    from: maybe(user),
    text: maybe(text),
    entities: maybe(entities),
    reply_to_message: maybe(fc.record({ message_id: fc.nat(), chat: maybe(chat) }, { requiredKeys: [] })),
    document: maybe(fc.record({ file_id: fc.string(), file_name: maybe(fc.string()) }, { requiredKeys: [] })),
  },
  { requiredKeys: [] },
);
const update = fc.oneof(
  fc.record({ message }),
  fc.record({ edited_message: message }),
  fc.record({
    callback_query: fc.record(
      {
        id: fc.string(),
        from: maybe(user),
        data: maybe(fc.oneof(fc.string(), fc.constantFrom('done:3', 'done:'))),
        message: maybe(message),
      },
      { requiredKeys: [] },
    ),
  }),
  fc.record({
    my_chat_member: fc.record({ chat, from: maybe(user), new_chat_member: maybe(odd) }, { requiredKeys: [] }),
  }),
  fc.record({ something_new: odd }),
);

describe('Telegram updates with missing or odd fields', () => {
  let h: Harness;
  const log = captured();
  beforeAll(async () => {
    h = await harness('telegram', log.logger);
    await bindChat(h.app, 'telegram:-555', 'کمیته فاوا');
  });
  afterAll(() => h.cleanup());

  it('never crash the bot, never log an error and never touch another committee’s item', async () => {
    const item3 = await h.status(3);
    await fc.assert(
      fc.asyncProperty(update, async (u) => {
        await h.update(u as Omit<Update, 'update_id'>);
      }),
      { numRuns: 150 },
    );
    expect(log.lines.filter((l) => l.level >= ERROR)).toEqual([]);
    expect(await h.status(3)).toEqual(item3);
    // The bot still works afterwards.
    expect((await h.send('/status 1')).some((c) => c.method === 'sendMessage')).toBe(true);
  });

  it('text that is not text, and a message or press without its sender, are dropped with one debug line', async () => {
    const notText = fc.oneof(
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.object({ maxDepth: 1 }),
      fc.array(fc.string()),
    );
    const command = { entities: [{ type: 'bot_command', offset: 0, length: 5 }] };
    const group = CHATS.group;
    const shapes = fc.oneof(
      notText.map((text) => ({ message: { message_id: 1, date: 1, chat: group, from: ALI, text, ...command } })),
      notText.map((caption) => ({ message: { message_id: 1, date: 1, chat: group, from: ALI, caption } })),
      fc.constantFrom('/done 1', '/list', '/undo').map((text) => ({
        message: { message_id: 1, date: 1, chat: group, text, ...command },
      })),
      fc.constant({
        callback_query: {
          id: 'cb',
          chat_instance: 'c',
          data: 'done:1',
          message: { message_id: 3, date: 1, chat: group },
        },
      }),
      fc.constant({
        my_chat_member: {
          chat: group,
          date: 1,
          old_chat_member: { status: 'left', user: BOT_INFO },
          new_chat_member: { status: 'member', user: BOT_INFO },
        },
      }),
    );
    await fc.assert(
      fc.asyncProperty(shapes, async (u) => {
        const before = log.lines.length;
        expect(await h.update(u as Omit<Update, 'update_id'>)).toEqual([]);
        const lines = log.lines.slice(before);
        expect(lines.filter((l) => l.level >= ERROR)).toEqual([]);
        expect(lines.filter((l) => l.msg === 'telegram update dropped')).toHaveLength(1);
      }),
      { numRuns: 60 },
    );
    expect(await h.status(1)).toEqual(['کمیته فاوا:open']);
  });

  it('an update without a sender changes nothing', async () => {
    const events = await h.app.db.prisma.statusEvent.count();
    await fc.assert(
      fc.asyncProperty(text, async (t) => {
        await h.update({ message: { message_id: 1, date: 1, chat: CHATS.group, text: t } } as never);
      }),
      { numRuns: 40 },
    );
    expect(await h.app.db.prisma.statusEvent.count()).toBe(events);
  });
});

describe('Slack payloads of unexpected shapes', () => {
  let s: SlackHarness;
  const log = captured();
  beforeAll(async () => {
    s = await startHarness({}, [], log.logger);
  });
  afterAll(() => s.close());

  it('a thread reply whose text is not text is dropped with one debug line, nothing answered', async () => {
    const notText = fc.oneof(fc.integer(), fc.boolean(), fc.object({ maxDepth: 1 }), fc.array(fc.string()));
    await fc.assert(
      fc.asyncProperty(notText, async (text) => {
        const before = { lines: log.lines.length, calls: s.fake.calls.length };
        const event = { type: 'message', channel: 'CFAVA', user: 'UMEMBER', text, ts: '99.2', thread_ts: '98.1' };
        expect((await s.event(event)).status).toBe(200);
        const lines = log.lines.slice(before.lines);
        expect(lines.filter((l) => l.level >= ERROR)).toEqual([]);
        expect(lines.filter((l) => l.msg === 'slack request dropped')).toHaveLength(1);
        expect(s.fake.calls.slice(before.calls)).toEqual([]);
      }),
      { numRuns: 10 },
    );
  });

  // Bolt's own routing would answer 500 to some (e.g. `actions: 0`) or leave them unacknowledged: they are
  // acknowledged and dropped before it reads them.
  it('are acknowledged without a crash, an error or a change', async () => {
    const events = await s.app.db.prisma.statusEvent.count();
    const shape = fc.oneof(
      fc.record({ type: fc.constantFrom('block_actions', 'view_submission', 'shortcut', 'x'), actions: maybe(odd) }),
      fc.record({
        type: fc.constant('block_actions'),
        user: maybe(fc.record({ id: odd })),
        actions: fc.array(fc.record({ action_id: fc.string(), value: maybe(odd) }, { requiredKeys: [] }), {
          maxLength: 2,
        }),
        channel: maybe(fc.record({ id: odd })),
      }),
      fc.object({ maxDepth: 2 }),
    );
    await fc.assert(
      fc.asyncProperty(shape, fc.string({ maxLength: 30 }), async (payload, words) => {
        expect((await s.interact(payload)).status).toBe(200);
        expect((await s.slash('UNKNOWN', 'CNOWHERE', '/done', words)).status).toBe(200);
      }),
      { numRuns: 6 },
    );
    expect(await s.app.db.prisma.statusEvent.count()).toBe(events);
    expect(log.lines.filter((l) => l.level >= ERROR)).toEqual([]);
  });
});

describe('minutes of 10 MB', () => {
  it('are parsed without a crash, the whole table found', () => {
    const one = generateMinutes(200);
    const copies = Math.ceil((10 * 1024 * 1024) / Buffer.byteLength(one));
    const parsed = parseMinutesText(Array(copies).fill(one).join('\n'));
    expect(parsed.resolutions.length).toBeGreaterThanOrEqual(200);
  }, 60_000);

  it('10 MB of noise gives a result, not an exception', () => {
    const noise = fc.sample(fc.string({ unit: 'binary', minLength: 1000, maxLength: 1000 }), 1)[0]!;
    const parsed = parseMinutesText(noise.repeat(Math.ceil((10 * 1024 * 1024) / noise.length / 2)));
    expect(Array.isArray(parsed.resolutions)).toBe(true);
  }, 60_000);
});
