import { expect, test } from 'vitest';
import { createHttpServer } from '../../src/http/server.js';
import { MESSENGERS } from '../../src/platforms/index.js';
import { startSlack } from '../../src/platforms/slack/index.js';
import { freshApp } from '../helpers/db.js';
import { startFakeSlack } from './fake-slack.js';

test('the Slack starter stays off without a token', async () => {
  const app = await freshApp('sqlite');
  try {
    expect(await startSlack(app, createHttpServer())).toBeNull();
    // The registry loads each platform lazily, so it holds wrappers: none may start a platform without tokens.
    for (const m of MESSENGERS) expect(await m.start(app, createHttpServer())).toBeNull();
  } finally {
    await app.cleanup();
  }
});

test('the Slack starter asks auth.test once and serves /slack/events on the HTTP listener', async () => {
  const fake = await startFakeSlack();
  const app = await freshApp('sqlite', {
    SLACK_BOT_TOKEN: 'xoxb-test',
    SLACK_SIGNING_SECRET: 'secret',
    SLACK_API_URL: fake.apiUrl,
  });
  const http = createHttpServer();
  try {
    const running = await startSlack(app, http);
    expect(running?.name).toBe('slack');
    expect(running?.messengers.map((n) => n.platform)).toEqual(['slack']);
    expect(fake.of('auth.test').length).toBe(1);
    // Mounted, not yet listening: an unsigned request reaches Bolt's signature check.
    const listening = await http.listen(0, '127.0.0.1');
    const res = await fetch(`${listening.url}/slack/events`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(401);
    await listening.close();
    await running!.stop();
  } finally {
    await fake.close();
    await app.cleanup();
  }
});
