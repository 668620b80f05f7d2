// A Slack request's log lines name it, as a Telegram update's do: through Bolt's HTTP receiver with a signed
// slash command, the line logged for its replay carries the platform, the channel and the command's trigger.
import { Writable } from 'node:stream';
import { afterEach, expect, test } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { FAVA, type Harness, startHarness } from './harness.js';

let h: Harness;
afterEach(() => h.close());

test('the lines of one Slack request carry its platform, channel and trigger', async () => {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  h = await startHarness({}, [], createLogger('info', stream));
  const raw = new URLSearchParams({
    token: 'x',
    team_id: 'T1',
    channel_id: FAVA,
    channel_name: 'fava',
    user_id: 'UMEMBER',
    command: '/status',
    text: '',
    response_url: `${h.fake.url}/respond/${FAVA}`,
    trigger_id: 'trig-logged',
    api_app_id: 'A1',
  }).toString();
  const ts = Math.floor(Date.now() / 1000);
  for (let i = 0; i < 2; i++) expect((await h.signed(raw, 'application/x-www-form-urlencoded', ts)).status).toBe(200);
  const replay = lines.find((l) => l.msg === 'slack request seen before; ignored');
  expect(replay).toMatchObject({ platform: 'slack', chat: FAVA, update: 'trig-logged' });
});
