// What the platforms themselves may send: Telegram updates with missing or odd fields, Slack payloads of
// unexpected shapes, and minutes of 10 MB. No crash, no unhandled rejection, no change to what is not theirs.
import fc from 'fast-check';
import type { Update } from 'grammy/types';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateMinutes } from '../../bench/minutes-text.js';
import { parseMinutesText } from '../../src/minutes/index.js';
import { type Harness as SlackHarness, startHarness } from '../slack/harness.js';
import { bindChat, CHATS, type Harness, harness } from '../telegram/harness.js';

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
  beforeAll(async () => {
    h = await harness();
    await bindChat(h.app, 'telegram:-555', 'کمیته فاوا');
  });
  afterAll(() => h.cleanup());

  it('never crash the bot and never touch another committee’s item', async () => {
    const item3 = await h.status(3);
    await fc.assert(
      fc.asyncProperty(update, async (u) => {
        await h.update(u as Omit<Update, 'update_id'>);
      }),
      { numRuns: 150 },
    );
    expect(await h.status(3)).toEqual(item3);
    // The bot still works afterwards.
    expect((await h.send('/status 1')).some((c) => c.method === 'sendMessage')).toBe(true);
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
  beforeAll(async () => {
    s = await startHarness();
  });
  afterAll(() => s.close());

  // Bolt answers 500 to a signed payload it cannot route (e.g. `actions: 0`); only Slack can sign, so that is
  // enough, as long as the process survives and the next request is served.
  it('are answered without a crash or a change', async () => {
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
        await s.interact(payload);
        expect((await s.slash('UNKNOWN', 'CNOWHERE', '/done', words)).status).toBe(200);
      }),
      { numRuns: 6 },
    );
    expect(await s.app.db.prisma.statusEvent.count()).toBe(events);
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
