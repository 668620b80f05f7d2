// The desk over Hono's request injection, on a fresh database (SQLite unless asked) seeded with meeting 55:
// a signed-in browser (cookie jar of one) and the CSRF token its pages carry.
import type { Hono } from 'hono';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Clock } from '../../src/core/types.js';
import type { DeskIdentity } from '../../src/db/desk-sessions.js';
import { deskRoutes } from '../../src/desk/app.js';
import { createHttpServer } from '../../src/http/server.js';
import { createLogger } from '../../src/logger.js';
import { freshApp, type Provider, type TestApp } from '../helpers/db.js';
import { seed } from '../helpers/seed.js';

export const ORIGIN = 'http://127.0.0.1:8080';
export const SECRETARY: DeskIdentity = {
  platform: 'telegram',
  userId: '100',
  name: 'سعید عباسی',
  role: 'secretary',
  origin: 'chat:telegram:100',
};
export const CHAIR: DeskIdentity = {
  platform: 'telegram',
  userId: '200',
  name: 'جواد حسین زاده',
  role: 'chair',
  origin: 'chat:telegram:200',
};

export interface Desk {
  app: TestApp;
  http: Hono;
  /** A request as a browser on the desk's own origin would send it, with this browser's cookie. */
  get(path: string): Promise<Response>;
  post(path: string, form: Record<string, string>, headers?: Record<string, string>): Promise<Response>;
  /** Sends a minutes file to the import form; answers with the import table's address. */
  uploadMinutes(name: string, text: string): Promise<string>;
  signIn(who?: DeskIdentity): Promise<void>;
  csrf(): Promise<string>;
  cookie: string;
}

export async function startDesk(
  env: Record<string, string> = {},
  clock?: Clock,
  provider: Provider = 'sqlite',
): Promise<Desk> {
  const app = await freshApp(
    provider,
    { SECRETARY_IDS: 'telegram:100', CHAIR_IDS: 'telegram:200', ...env },
    clock ? { clock } : {},
  );
  await seed(app);
  return deskOn(app);
}

/**
 * The same database served again by a new process with this configuration, as after a restart; the browser
 * keeps its cookie. `cleanup` closes only the new process (the first desk's cleanup drops the database).
 */
export async function restartDesk(desk: Desk, env: Record<string, string>, clock?: Clock): Promise<Desk> {
  const config = loadConfig({ DATABASE_URL: desk.app.config.databaseUrl, ...env });
  const app = await createApp(config, createLogger('silent'), clock ? { clock } : {});
  const again = deskOn(Object.assign(app, { cleanup: () => app.close() }));
  again.cookie = desk.cookie;
  return again;
}

function deskOn(app: TestApp): Desk {
  const server = createHttpServer();
  server.mount('/desk', deskRoutes(app));
  const http = server.app as unknown as Hono;
  const desk: Desk = {
    app,
    http,
    cookie: '',
    get: async (path) => http.request(`${ORIGIN}${path}`, { headers: { cookie: desk.cookie } }),
    post: async (path, form, headers = {}) =>
      http.request(`${ORIGIN}${path}`, {
        method: 'POST',
        body: new URLSearchParams(form),
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          origin: ORIGIN,
          cookie: desk.cookie,
          ...headers,
        },
      }),
    async uploadMinutes(name, text) {
      const form = new FormData();
      form.set('_csrf', await desk.csrf());
      form.set('file', new File([text], name));
      const res = await http.request(`${ORIGIN}/desk/import`, {
        method: 'POST',
        body: form,
        headers: { origin: ORIGIN, cookie: desk.cookie },
      });
      if (res.status !== 303) throw new Error(`the upload answered ${res.status}`);
      return res.headers.get('location')!;
    },
    async signIn(who = SECRETARY) {
      const url = await app.desk.links.issue(who);
      const res = await desk.post(new URL(url!).pathname, {});
      if (res.status !== 303) throw new Error(`sign-in answered ${res.status}`);
      desk.cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    },
    async csrf() {
      const html = await (await desk.get('/desk')).text();
      return /name="_csrf" value="([^"]+)"/.exec(html)![1]!;
    },
  };
  return desk;
}
