// Slack's retries and replays change nothing twice: through Bolt's HTTP receiver with signed requests, the
// same slash command sent three times writes one note, an event retried with X-Slack-Retry-Num is handled
// once, and a different request with the same text still goes through; and the keys are the database's, so a
// replay to another instance on the same PostgreSQL database, or after a restart, changes nothing either.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { type App, createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { SlackRequests } from '../../src/db/slack-requests.js';
import { createLogger } from '../../src/logger.js';
import { REPLAY_WINDOW_MS } from '../../src/platforms/slack/replays.js';
import { freshApp, freshDatabase, postgresAvailable } from '../helpers/db.js';
import { seed } from '../helpers/seed.js';
import type { FakeSlack } from './fake-slack.js';
import { FAVA, type Harness, MINUTES, serveSlack, sign, startHarness } from './harness.js';
import { history } from './queries.js';

const pg = await postgresAvailable();
if (!pg) console.warn('PostgreSQL is not running: the two-instance Slack replay test is skipped');

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
  await h.slash('UCREATOR', FAVA, '/link', 'کمیته فاوا');
});
afterEach(() => h.close());

const form = 'application/x-www-form-urlencoded';
const notesIn = async (app: App) => (await history(app, 1)).filter((e) => e.note === 'نامه ارسال شد').length;
const notes = () => notesIn(h.app);
/** `raw` signed at `ts` and posted to one instance's events URL. */
const signedTo = (events: string, raw: string, ts: number) =>
  fetch(events, {
    method: 'POST',
    body: raw,
    headers: { 'content-type': form, 'x-slack-request-timestamp': String(ts), 'x-slack-signature': sign(raw, ts) },
  });
const noteBody = (trigger: string, fake: FakeSlack = h.fake) =>
  new URLSearchParams({
    token: 'x',
    team_id: 'T1',
    channel_id: FAVA,
    channel_name: 'fava',
    user_id: 'UMEMBER',
    command: '/note',
    text: '1 نامه ارسال شد',
    response_url: `${fake.url}/respond/${FAVA}`,
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

describe('a replay to another instance, or after a restart', () => {
  test('is applied once on SQLite, the bot started anew on the same file', async () => {
    const raw = noteBody('trig-restart');
    const ts = Math.floor(Date.now() / 1000);
    expect((await h.signed(raw, form, ts)).status).toBe(200);
    const again = await createApp(loadConfig({ DATABASE_URL: h.app.config.databaseUrl }), createLogger('silent'));
    const restarted = await serveSlack(again, h.fake);
    try {
      expect((await signedTo(restarted.events, raw, ts)).status).toBe(200);
      expect(await notesIn(again)).toBe(1);
      // The restarted bot serves new requests as ever.
      expect((await signedTo(restarted.events, noteBody('trig-after'), ts)).status).toBe(200);
      expect(await notesIn(again)).toBe(2);
    } finally {
      await restarted.close();
      await again.close();
    }
  });

  test.skipIf(!pg)('is applied once by two instances on one PostgreSQL database', async () => {
    const fresh = await freshDatabase('postgresql');
    await (await import('../../src/db/migrate.js')).migratePostgres(fresh.url);
    const apps = [
      await createApp(loadConfig({ DATABASE_URL: fresh.url }), createLogger('silent')),
      await createApp(loadConfig({ DATABASE_URL: fresh.url }), createLogger('silent')),
    ];
    const instances = [await serveSlack(apps[0]!, h.fake), await serveSlack(apps[1]!, h.fake)];
    try {
      await seed(apps[0]!, MINUTES);
      const ts = Math.floor(Date.now() / 1000);
      const link = new URLSearchParams({
        ...Object.fromEntries(new URLSearchParams(noteBody('trig-link'))),
        user_id: 'UCREATOR',
        command: '/link',
        text: 'کمیته فاوا',
      }).toString();
      expect((await signedTo(instances[0]!.events, link, ts)).status).toBe(200);
      const raw = noteBody('trig-two');
      for (const i of [0, 1, 1, 0]) expect((await signedTo(instances[i]!.events, raw, ts)).status).toBe(200);
      expect(await notesIn(apps[1]!)).toBe(1);
    } finally {
      for (const i of instances) await i.close();
      for (const a of apps) await a.close();
      await fresh.drop();
    }
  });
});

describe.each(['sqlite', 'postgresql'] as const)('the kept request keys on %s', (provider) => {
  test.skipIf(provider === 'postgresql' && !pg)('expire after the window, and are then removed', async () => {
    const app = await freshApp(provider);
    try {
      const keys = new SlackRequests(app.db.sql);
      const t = new Date('2026-12-08T05:30:00Z');
      const later = (ms: number) => new Date(t.getTime() + ms);
      expect(await keys.first('event:Ev1', t, REPLAY_WINDOW_MS)).toBe(true);
      expect(await keys.first('event:Ev1', later(REPLAY_WINDOW_MS - 1), REPLAY_WINDOW_MS)).toBe(false);
      expect(await keys.first('event:Ev2', later(1), REPLAY_WINDOW_MS)).toBe(true);
      // Past its window a key is new again (Slack no longer delivers the old request).
      expect(await keys.first('event:Ev1', later(REPLAY_WINDOW_MS), REPLAY_WINDOW_MS)).toBe(true);
      expect(await app.db.prisma.slackRequest.count()).toBe(2);
      // A minute after Ev2's window, the next request clears it away.
      expect(await keys.first('event:Ev3', later(REPLAY_WINDOW_MS + 60_001), REPLAY_WINDOW_MS)).toBe(true);
      expect((await app.db.prisma.slackRequest.findMany({ orderBy: { key: 'asc' } })).map((r) => r.key)).toEqual([
        'event:Ev1',
        'event:Ev3',
      ]);
    } finally {
      await app.cleanup();
    }
  });
});
