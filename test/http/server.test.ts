// The one listener: sub-apps mounted side by side, a port in use named in one line, retired port variables.
import { Hono } from 'hono';
import type { Logger } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';
import { lazyRoutes } from '../../src/http/lazy.js';
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

  it('a lazily mounted sub-app is loaded by its first request, routes as if mounted eagerly, and retries a failed load', async () => {
    const logged: string[] = [];
    const logger = { error: (o: { err: Error }) => logged.push(o.err.message) } as unknown as Logger;
    const http = createHttpServer(logger);
    http.mount(
      '/',
      new Hono().get('/healthz', (c) => c.text('ok')),
    );
    let loads = 0;
    http.mount(
      '/desk',
      lazyRoutes('/desk', async () => {
        loads++;
        if (loads === 1) throw new Error('import failed');
        return new Hono()
          .get('/', (c) => c.text('desk'))
          .get('/page', (c) => c.text(`page ${c.req.path} ${c.req.query('q')}`))
          .post('/boom', () => {
            throw new Error('kaboom');
          });
      }),
    );
    const l = await http.listen(0, '127.0.0.1');
    open.push(l);
    expect(await (await fetch(`${l.url}/healthz`)).text()).toBe('ok');
    expect(loads).toBe(0);
    expect((await fetch(`${l.url}/desk`)).status).toBe(500);
    expect(await (await fetch(`${l.url}/desk`)).text()).toBe('desk');
    expect(await (await fetch(`${l.url}/desk/page?q=1`)).text()).toBe('page /desk/page 1');
    // A failure inside the sub-app reaches the listener's one error boundary.
    expect((await fetch(`${l.url}/desk/boom`, { method: 'POST' })).status).toBe(500);
    expect((await fetch(`${l.url}/deskette`)).status).toBe(404);
    expect(loads).toBe(2);
    expect(logged).toEqual(['import failed', 'kaboom']);
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
