// Signing in with a one-time link. Opening the link (GET) only looks at it, because chats open links to
// preview them; the button on that page (POST) uses it and opens a session. Attempts are rate-limited per
// client, so guessing links is hopeless as well as pointless (they hold 256 random bits).
import { getConnInfo } from '@hono/node-server/conninfo';
import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { SESSION_DAYS } from '../db/desk-sessions.js';
import { type DeskContext, type DeskEnv, LANG_COOKIE, SESSION_COOKIE } from './context.js';
import { h } from './html.js';
import { messagePage, page } from './layout.js';
import { RateLimit } from './limit.js';
import { roleNow } from './links.js';
import { crossSite } from './security.js';

function client(c: DeskContext): string {
  try {
    return getConnInfo(c).remote.address ?? 'local';
  } catch {
    return 'local';
  }
}

function linkProblem(c: DeskContext, state: 'used' | 'expired' | 'unknown') {
  const t = c.get('t').desk;
  const line = state === 'used' ? t.linkUsed : state === 'expired' ? t.linkExpired : t.linkUnknown;
  return messagePage(c, t.signInTitle, [line, t.howToSignIn], state === 'unknown' ? 404 : 410);
}

export function signInRoutes(): Hono<DeskEnv> {
  const tries = new RateLimit(20, 60_000);
  const routes = new Hono<DeskEnv>();
  const limited = (c: DeskContext) => !tries.take(client(c));

  routes.get('/signin/:token', async (c) => {
    const t = c.get('t').desk;
    if (limited(c)) return messagePage(c, t.signInTitle, [t.tooManyTries], 429);
    const app = c.get('app');
    const state = await app.desk.sessions.linkState(c.req.param('token'), app.clock.now());
    if (state !== 'valid') return linkProblem(c, state);
    return page(
      c,
      t.signInTitle,
      h`<form class="card" method="post" action="/desk/signin/${c.req.param('token')}"><button type="submit">${t.signInButton}</button></form>`,
    );
  });

  routes.post('/signin/:token', async (c) => {
    const t = c.get('t').desk;
    if (limited(c)) return messagePage(c, t.signInTitle, [t.tooManyTries], 429);
    if (crossSite(c.req.header('origin'), c.req.url)) return messagePage(c, t.title, [t.badForm], 403);
    const app = c.get('app');
    const result = await app.desk.sessions.signIn(c.req.param('token'), app.clock.now(), (who) =>
      roleNow(app.config, who),
    );
    // The configuration no longer names the person the link was made for: it opens nothing.
    if (result === 'refused') return messagePage(c, t.signInTitle, [t.roleGone, t.howToSignIn], 403);
    if (typeof result === 'string') return linkProblem(c, result === 'valid' ? 'used' : result);
    setCookie(c, SESSION_COOKIE, result.token, {
      path: '/desk',
      httpOnly: true,
      sameSite: 'Lax',
      secure: app.config.DESK_PUBLIC_URL?.startsWith('https:') ?? false,
      maxAge: SESSION_DAYS * 86_400,
    });
    // The day starts at the overview.
    return c.redirect('/desk/home', 303);
  });
  return routes;
}

/** Sign-out and the language switch: POSTs behind the session and its CSRF token. */
export function accountRoutes(): Hono<DeskEnv> {
  const routes = new Hono<DeskEnv>();
  routes.post('/signout', async (c) => {
    const app = c.get('app');
    const cookie = c.req.header('cookie')?.match(new RegExp(`${SESSION_COOKIE}=([^;]+)`))?.[1];
    if (cookie) await app.desk.sessions.end(cookie, app.clock.now());
    deleteCookie(c, SESSION_COOKIE, { path: '/desk' });
    c.set('session', undefined);
    return messagePage(c, c.get('t').desk.signInTitle, [c.get('t').desk.signedOut, c.get('t').desk.howToSignIn], 200);
  });
  routes.post('/lang', async (c) => {
    const body = await c.req.parseBody();
    const to = body.to === 'en' ? 'en' : 'fa';
    setCookie(c, LANG_COOKIE, to, { path: '/desk', httpOnly: true, sameSite: 'Lax', maxAge: 365 * 86_400 });
    const back = typeof body.back === 'string' && body.back.startsWith('/desk') ? body.back : '/desk';
    return c.redirect(back, 303);
  });
  return routes;
}
