import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { MESSAGES } from '../../src/core/i18n.js';
import { shown } from './fake-slack.js';
import { blockText, DATA, FAVA, type Harness, sign, startHarness } from './harness.js';
import { history, statuses } from './queries.js';

const fa = MESSAGES.fa;
let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

const lastPosted = (method = 'chat.postMessage') => {
  const posted = h.fake.of(method).at(-1)!;
  return { ...posted, text: shown(posted.text) } as Record<string, unknown>;
};
const link = () => h.slash('UCREATOR', FAVA, '/link', 'کمیته فاوا');

describe('signature and timestamp verification', () => {
  const body = new URLSearchParams({ command: '/link', text: 'کمیته فاوا', channel_id: FAVA, user_id: 'UADMIN' });
  const form = 'application/x-www-form-urlencoded';
  const now = () => Math.floor(Date.now() / 1000);

  const headers = (ts: number, signature: string) => ({
    'x-slack-request-timestamp': String(ts),
    'x-slack-signature': signature,
  });
  test.each([
    ['a bad signature', (_raw: string) => headers(now(), sign('something else', now()))],
    ['a stale timestamp', (raw: string) => headers(now() - 6 * 60, sign(raw, now() - 6 * 60))],
    ['missing headers', (_raw: string) => ({})],
  ])('%s → 401, nothing changed', async (_name, headersFor) => {
    const raw = body.toString();
    const res = await h.post(raw, form, headersFor(raw));
    expect(res.status).toBe(401);
    expect(await h.app.store.bindingsFor(`slack:${FAVA}`)).toEqual([]);
    expect(h.fake.calls).toEqual([]);
    // The same request, correctly signed, goes through.
    expect((await h.signed(raw, form)).status).toBe(200);
    expect((await h.app.store.bindingsFor(`slack:${FAVA}`)).length).toBe(1);
  });
});

describe('slash commands', () => {
  test('every command of the list is registered: /start, /meeting, /snooze, /schedule, /report answer', async () => {
    await link();
    for (const command of ['/start', '/meeting', '/snooze', '/schedule', '/report']) {
      const before = h.fake.calls.length;
      expect((await h.slash('UCREATOR', FAVA, command)).status).toBe(200);
      const answers = h.fake.calls
        .slice(before)
        .filter((c) => ['chat.postMessage', 'chat.postEphemeral', 'upload'].includes(c.method));
      expect(answers.length, command).toBeGreaterThan(0);
      expect(answers.map((a) => shown(a.args.text))).not.toContain(fa.unknownCommand);
    }
  });

  test('/link: only a workspace admin, the channel creator or a listed admin', async () => {
    expect((await h.slash('UMEMBER', FAVA, '/link', 'کمیته فاوا')).status).toBe(200);
    expect(lastPosted('chat.postEphemeral')).toMatchObject({
      channel: FAVA,
      user: 'UMEMBER',
      text: fa.adminOnly('link'),
    });
    expect(h.fake.of('chat.postMessage')).toEqual([]);
    expect(await h.app.store.bindingsFor(`slack:${FAVA}`)).toEqual([]);

    await link();
    expect(lastPosted()).toMatchObject({ channel: FAVA, text: fa.linkedIn('channel', 'کمیته فاوا') });
    expect((await h.app.store.bindingsFor(`slack:${FAVA}`)).map((b) => b.ownerName)).toEqual(['کمیته فاوا']);

    await h.slash('UADMIN', DATA, '/link', 'کمیته تامین داده');
    // The admin's Slack locale is English.
    expect(lastPosted().text).toBe(MESSAGES.en.linkedIn('channel', 'کمیته تامین داده'));
    await h.slash('ULISTED', 'COTHER', '/link', 'chair');
    expect((await h.app.store.bindingsFor('slack:COTHER')).map((b) => b.role)).toEqual(['chair']);
  });

  test('/link <invite code>: a channel member with the code binds the channel, once', async () => {
    const owner = await h.app.store.findOwner('کمیته تامین داده');
    const by = { platform: 'console' as const, userId: 'sec', name: 'دبیر' };
    const { code } = await h.app.invites.issue(owner!.id, 'any', by, 'desk');
    // Not an admin: the code is the leave to bind.
    await h.slash('UMEMBER', DATA, '/link', code);
    expect(lastPosted().text).toContain(fa.linkedIn('channel', 'کمیته تامین داده'));
    expect((await h.app.store.bindingsFor(`slack:${DATA}`)).map((b) => b.ownerName)).toEqual(['کمیته تامین داده']);
    await h.slash('UMEMBER', 'COTHER', '/link', code);
    expect(lastPosted('chat.postEphemeral').text).toContain('دوباره کار نمی‌کند');
    expect(await h.app.store.bindingsFor('slack:COTHER')).toEqual([]);
  });

  test('/list: the channel’s open items with buttons, escaped, recorded for replies', async () => {
    await h.slash('UMEMBER', FAVA, '/list');
    expect(lastPosted('chat.postEphemeral').text).toBe(fa.notLinked);
    await link();
    await h.slash('UMEMBER', FAVA, '/list');
    const list = lastPosted();
    const blocks = list.blocks as { type: string; block_id?: string }[];
    expect(blocks.filter((b) => b.type === 'actions').map((b) => b.block_id)).toEqual(['item:1', 'item:2']);
    expect(blockText(blocks)).toContain('تهیه گزارش پوشش &lt;ثبت&gt; &amp; آمار');
    expect(blockText(blocks)).not.toContain('<ثبت>');
    const ts = [...h.fake.messages.keys()].at(-1)!;
    expect(await h.app.store.outbound(`slack:${FAVA}`, ts)).toEqual({ kind: 'list', items: [1, 2] });
  });

  test('/done, /progress, /blocked change only this committee’s assignments, by Slack user', async () => {
    await link();
    await h.slash('UMEMBER', FAVA, '/done', '۱');
    expect(await statuses(h.app, 1)).toEqual({ 'کمیته فاوا': 'done' });
    expect(lastPosted().text).toBe(fa.changed(1, 'کمیته فاوا', fa.status.done));
    const [event] = await history(h.app, 1);
    expect(event).toMatchObject({ actorPlatform: 'slack', actorId: 'UMEMBER', actorName: 'مریم' });
    expect(event!.chatAddress).toBe(`slack:${FAVA}`);

    await h.slash('UMEMBER', FAVA, '/progress', '2');
    expect(await statuses(h.app, 2)).toEqual({ 'کمیته فاوا': 'in_progress', 'کمیته تامین داده': 'open' });

    await h.slash('UMEMBER', FAVA, '/blocked', '2');
    expect(lastPosted('chat.postEphemeral').text).toBe(fa.needReason(2));
    await h.slash('UMEMBER', FAVA, '/blocked', '2 منتظر پاسخ');
    expect(await statuses(h.app, 2)).toEqual({ 'کمیته فاوا': 'blocked', 'کمیته تامین داده': 'open' });
    expect((await history(h.app, 2)).at(-1)!.note).toBe('منتظر پاسخ');

    const posted = h.fake.of('chat.postMessage').length;
    await h.slash('UMEMBER', FAVA, '/done', '3');
    expect(lastPosted('chat.postEphemeral').text).toBe(fa.notYours(3));
    expect(h.fake.of('chat.postMessage').length).toBe(posted);
    expect(await statuses(h.app, 3)).toEqual({ 'کمیته تامین داده': 'open' });
  });

  test('/note, /status N, /undo, /status, /help, /unlink and /peygir', async () => {
    await link();
    await h.slash('UMEMBER', FAVA, '/note', '1 نامه <فوری> & پیوست');
    expect(lastPosted().text).toBe(fa.noted(1, 'کمیته فاوا'));
    await h.slash('UMEMBER', FAVA, '/status', '1');
    const hist = blockText(lastPosted().blocks);
    expect(hist).toContain('نامه &lt;فوری&gt; &amp; پیوست');
    expect(hist).not.toContain('<فوری>');

    await h.slash('UMEMBER', FAVA, '/peygir', 'done 1');
    expect(await statuses(h.app, 1)).toEqual({ 'کمیته فاوا': 'done' });
    await h.slash('UMEMBER', FAVA, '/undo');
    expect(await statuses(h.app, 1)).toEqual({ 'کمیته فاوا': 'open' });
    await h.slash('UMEMBER', FAVA, '/undo');
    expect(lastPosted('chat.postEphemeral').text).toBe(fa.nothingToUndo);

    await h.slash('UMEMBER', FAVA, '/status');
    expect(blockText(lastPosted().blocks)).toContain(fa.statusTitle);

    const posted = h.fake.of('chat.postMessage').length;
    await h.slash('UMEMBER', FAVA, '/help');
    await h.slash('UMEMBER', FAVA, '/peygir');
    expect(h.fake.of('chat.postMessage').length).toBe(posted);
    const helps = h.fake.of('chat.postEphemeral').slice(-2);
    for (const help of helps) expect(help.text).toBe(fa.helpTitle);
    await h.slash('UMEMBER', FAVA, '/peygir', 'frobnicate 1');
    expect(lastPosted('chat.postEphemeral').text).toBe(fa.unknownCommand);

    await h.slash('UMEMBER', FAVA, '/unlink');
    expect(lastPosted('chat.postEphemeral').text).toBe(fa.adminOnly('unlink'));
    await h.slash('UCREATOR', FAVA, '/unlink');
    expect(lastPosted().text).toBe(fa.unlinkedIn('channel', 'کمیته فاوا'));
    expect(await h.app.store.bindingsFor(`slack:${FAVA}`)).toEqual([]);
  });

  test('a channel the bot has not joined is answered through the response_url', async () => {
    await link();
    h.fake.failNext('chat.postMessage', 'not_in_channel');
    await h.slash('UMEMBER', FAVA, '/done', '1');
    expect(await statuses(h.app, 1)).toEqual({ 'کمیته فاوا': 'done' });
    expect(h.fake.of('response_url').at(-1)).toMatchObject({
      response_type: 'in_channel',
      text: fa.changed(1, 'کمیته فاوا', fa.status.done),
    });
  });
});
