// The one listener: sub-apps mounted side by side, a port in use named in one line, retired port variables.
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { createHttpServer, HttpPortError, type ListeningHttp } from '../../src/http/server.js';

const open: ListeningHttp[] = [];
afterEach(async () => {
  for (const l of open.splice(0)) await l.close();
});

describe('the HTTP listener', () => {
  it('serves every mounted sub-app on one port', async () => {
    const http = createHttpServer();
    http.mount(
      '/',
      new Hono().get('/healthz', (c) => c.text('ok')),
    );
    http.mount(
      '/desk',
      new Hono().get('/', (c) => c.text('desk')),
    );
    const l = await http.listen(0, '127.0.0.1');
    open.push(l);
    expect(await (await fetch(`${l.url}/healthz`)).text()).toBe('ok');
    expect(await (await fetch(`${l.url}/desk`)).text()).toBe('desk');
    expect((await fetch(`${l.url}/nothing`)).status).toBe(404);
  });

  it('a port in use is one clear line naming HTTP_PORT', async () => {
    const first = await createHttpServer().listen(0, '127.0.0.1');
    open.push(first);
    const err = await createHttpServer()
      .listen(first.port, '127.0.0.1')
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HttpPortError);
    expect((err as Error).message).toBe(
      `HTTP_PORT ${first.port} on 127.0.0.1 is already in use; set HTTP_PORT to a free port.`,
    );
  });

  it('defaults to 127.0.0.1:8080; WEBHOOK_PORT and SLACK_PORT stop start-up naming HTTP_PORT', () => {
    expect(loadConfig({})).toMatchObject({ HTTP_PORT: 8080, HTTP_HOST: '127.0.0.1' });
    for (const name of ['WEBHOOK_PORT', 'SLACK_PORT']) {
      const err = (() => {
        try {
          loadConfig({ [name]: '3000' });
        } catch (e) {
          return e;
        }
      })();
      expect(err).toBeInstanceOf(ConfigError);
      expect((err as Error).message).toContain(`${name}: no longer used; set HTTP_PORT`);
    }
  });
});
