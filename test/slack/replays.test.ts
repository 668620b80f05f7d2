// Slack's retries and replays change nothing twice: through Bolt's HTTP receiver with signed requests, the
// same slash command sent three times writes one note, an event retried with X-Slack-Retry-Num is handled
// once, and a different request with the same text still goes through.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { FAVA, type Harness, sign, startHarness } from './harness.js';
import { history } from './queries.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  await h.slash('UCREATOR', FAVA, '/link', 'کمیته فاوا');
});
afterEach(() => h.close());

const form = 'application/x-www-form-urlencoded';
const notes = async () => (await history(h.app, 1)).filter((e) => e.note === 'نامه ارسال شد').length;
const noteBody = (trigger: string) =>
  new URLSearchParams({
    token: 'x',
    team_id: 'T1',
    channel_id: FAVA,
    channel_name: 'fava',
    user_id: 'UMEMBER',
    command: '/note',
    text: '1 نامه ارسال شد',
    response_url: `${h.fake.url}/respond/${FAVA}`,
    trigger_id: trigger,
    api_app_id: 'A1',
  }).toString();

describe('a replayed or retried Slack request', () => {
  test('a signed slash command sent three times writes one note, each time acknowledged', async () => {
    const raw = noteBody('trig-replayed');
    const ts = Math.floor(Date.now() / 1000);
    for (let i = 0; i < 3; i++) expect((await h.signed(raw, form, ts)).status).toBe(200);
    expect(await notes()).toBe(1);
    // The same words as a new command (its own trigger_id) are a new request.
    expect((await h.signed(noteBody('trig-new'), form)).status).toBe(200);
    expect(await notes()).toBe(2);
  });

  test('an event retried with X-Slack-Retry-Num is handled once', async () => {
    const reminder = { blocks: [{ type: 'item' as const, number: 1, text: 'x', buttons: [] }], items: [1] };
    const [sent] = await h.bot.notifier.send({ platform: 'slack', chatId: FAVA }, { ...reminder, kind: 'reminder' });
    const raw = JSON.stringify({
      token: 'x',
      team_id: 'T1',
      api_app_id: 'A1',
      type: 'event_callback',
      event_id: 'EvRetried',
      event: {
        type: 'message',
        channel: FAVA,
        user: 'UMEMBER',
        text: 'انجام شد',
        ts: '99.1',
        thread_ts: sent!.messageId,
      },
    });
    const ts = Math.floor(Date.now() / 1000);
    const headers = (retry?: number) => ({
      'content-type': 'application/json',
      'x-slack-request-timestamp': String(ts),
      'x-slack-signature': sign(raw, ts),
      ...(retry ? { 'x-slack-retry-num': String(retry), 'x-slack-retry-reason': 'http_timeout' } : {}),
    });
    const before = h.fake.calls.length;
    for (const retry of [undefined, 1, 2]) {
      expect((await fetch(h.events, { method: 'POST', body: raw, headers: headers(retry) })).status).toBe(200);
    }
    const answers = h.fake.calls.slice(before).filter((c) => c.method.startsWith('chat.'));
    expect(answers).toHaveLength(1);
    const changes = (await history(h.app, 1)).filter((e) => e.type !== 'note');
    expect(changes).toHaveLength(1);
  });
});
