import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Command } from '../../handlers/context.js';
import { textReply } from '../../handlers/context.js';
import { MESSAGES } from '../../src/core/i18n.js';
import { BLOCKED_VIEW } from '../../src/platforms/slack/interactions.js';
import { escapeMrkdwn } from '../../src/platforms/slack/render.js';
import { blockText, FAVA, type Harness, pressPayload, startHarness } from './harness.js';
import { history, statuses } from './queries.js';

const fa = MESSAGES.fa;
// The reminders feature registers the real /snooze; a stand-in shows the press reaches it.
const snoozed: string[] = [];
const snooze: Command = {
  name: 'snooze',
  summary: { fa: 'بعداً', en: 'later' },
  run: async (ctx) => {
    snoozed.push(ctx.args);
    return { ...textReply('snoozed'), kind: 'snooze' };
  },
};

let h: Harness;
let listTs: string;
beforeEach(async () => {
  h = await startHarness({}, [snooze]);
  await h.slash('UCREATOR', FAVA, '/link', 'کمیته فاوا');
  await h.slash('UMEMBER', FAVA, '/list');
  listTs = [...h.fake.messages.keys()].at(-1)!;
});
afterEach(() => h.close());

const press = (actionId: string, user = 'UMEMBER', ts = listTs) => h.interact(pressPayload(h.fake, user, ts, actionId));
const blocksOf = (ts: string) => h.fake.messages.get(ts)!.blocks as { type: string; block_id?: string }[];
const row = (ts: string, n: number) => blocksOf(ts).find((b) => b.block_id === `item:${n}`)!;

describe('buttons', () => {
  test('done and in progress update the record and the message says who did what', async () => {
    expect((await press('done:1')).status).toBe(200);
    expect(await statuses(h.app, 1)).toEqual({ 'کمیته فاوا': 'done' });
    expect(h.fake.of('chat.update').at(-1)).toMatchObject({ channel: FAVA, ts: listTs });
    expect(row(listTs, 1).type).toBe('context');
    expect(blockText([row(listTs, 1)])).toBe(fa.pressedBy('مریم', fa.status.done, 1));
    expect(row(listTs, 2).type).toBe('actions');

    await press('progress:2');
    expect(await statuses(h.app, 2)).toEqual({ 'کمیته فاوا': 'in_progress', 'کمیته تامین داده': 'open' });
    expect(blockText([row(listTs, 2)])).toBe(fa.pressedBy('مریم', fa.status.in_progress, 2));
    expect((await history(h.app, 2))[0]).toMatchObject({ actorId: 'UMEMBER', actorPlatform: 'slack' });
  });

  test('a press the channel may not make is refused to the presser only', async () => {
    await press('done:3');
    expect(await statuses(h.app, 3)).toEqual({ 'کمیته تامین داده': 'open' });
    expect(h.fake.of('chat.update')).toEqual([]);
    expect(h.fake.of('chat.postEphemeral').at(-1)).toMatchObject({ user: 'UMEMBER', text: fa.notYours(3) });
  });

  test('snooze reaches the snooze command', async () => {
    await press('snooze:2');
    expect(snoozed.at(-1)).toBe('2');
    expect(blockText([row(listTs, 2)])).toBe(fa.pressedBy('مریم', fa.buttons.snooze, 2));
  });

  test('blocked opens a modal; its submission is /blocked N reason and updates the message', async () => {
    await press('blocked:2');
    expect(await statuses(h.app, 2)).toEqual({ 'کمیته فاوا': 'open', 'کمیته تامین داده': 'open' });
    const { view, trigger_id } = h.fake.of('views.open').at(-1) as {
      trigger_id: string;
      view: { callback_id: string; private_metadata: string };
    };
    expect(trigger_id).toMatch(/^trig-\d+$/); // the press's own trigger_id
    expect(view.callback_id).toBe(BLOCKED_VIEW);

    const submit = (reason: string, meta = view.private_metadata) =>
      h.interact({
        type: 'view_submission',
        team: { id: 'T1' },
        user: { id: 'UMEMBER', name: 'maryam' },
        api_app_id: 'A1',
        token: 'x',
        trigger_id: 'trig-3',
        view: {
          id: 'V1',
          type: 'modal',
          callback_id: BLOCKED_VIEW,
          private_metadata: meta,
          state: { values: { reason: { reason: { type: 'plain_text_input', value: reason } } } },
        },
      });
    expect((await submit('منتظر <نامه>')).status).toBe(200);
    expect(await statuses(h.app, 2)).toEqual({ 'کمیته فاوا': 'blocked', 'کمیته تامین داده': 'open' });
    expect((await history(h.app, 2)).at(-1)!.note).toBe('منتظر <نامه>');
    expect(blockText([row(listTs, 2)])).toBe(
      escapeMrkdwn(fa.pressedBy('مریم', `${fa.status.blocked} — منتظر <نامه>`, 2)),
    );

    // A submission for an item this channel does not own changes nothing.
    const updates = h.fake.of('chat.update').length;
    await submit('x', JSON.stringify({ c: FAVA, ts: listTs, n: 3 }));
    expect(await statuses(h.app, 3)).toEqual({ 'کمیته تامین داده': 'open' });
    expect(h.fake.of('chat.update').length).toBe(updates);
    expect(h.fake.of('chat.postEphemeral').at(-1)!.text).toBe(fa.notYours(3));
  });
});

describe('thread replies', () => {
  test('«انجام شد» in a reminder’s thread works like its button', async () => {
    const reminder = {
      blocks: [{ type: 'item' as const, number: 1, text: 'x', buttons: [] }],
      items: [1],
      kind: 'reminder',
    };
    const [sent] = await h.bot.notifier.send({ platform: 'slack', chatId: FAVA }, reminder);
    expect(sent!.address).toBe(`slack:${FAVA}`);
    const thread = sent!.messageId;
    const message = (text: string, threadTs?: string) =>
      h.event({
        type: 'message',
        channel: FAVA,
        channel_type: 'channel',
        user: 'UMEMBER',
        text,
        ts: '1800000000.000001',
        thread_ts: threadTs,
      });

    expect((await message('انجام شد')).status).toBe(200);
    expect(await statuses(h.app, 1)).toEqual({ 'کمیته فاوا': 'open' });

    await message('انجام شد', thread);
    expect(await statuses(h.app, 1)).toEqual({ 'کمیته فاوا': 'done' });
    expect(h.fake.of('chat.postMessage').at(-1)).toMatchObject({
      channel: FAVA,
      thread_ts: thread,
      text: fa.changed(1, 'کمیته فاوا', fa.status.done),
    });
  });
});
