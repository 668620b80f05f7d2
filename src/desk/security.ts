// The desk's guards: security headers on every response, the session on everything but sign-in and static
// files, and on every state-changing request a same-origin check plus the session's CSRF token. Only GET
// and HEAD are safe; they never change anything.
import { timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie } from 'hono/cookie';
import type { App } from '../app.js';
import { MESSAGES, pickLanguage } from '../core/i18n.js';
import { type DeskEnv, LANG_COOKIE, SESSION_COOKIE } from './context.js';
import { messagePage } from './layout.js';
import { roleNow } from './links.js';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "object-src 'none'",
  "frame-ancestors 'none'",
].join('; ');

const SECURITY_HEADERS: [string, string][] = [
  ['Content-Security-Policy', CSP],
  ['X-Frame-Options', 'DENY'],
  ['X-Content-Type-Options', 'nosniff'],
  // Sign-in URLs carry their token: never send them to another site. (Not no-referrer: browsers then send
  // `Origin: null` with our own forms, which the same-origin check must refuse.)
  ['Referrer-Policy', 'same-origin'],
];

export function securityHeaders(): MiddlewareHandler<DeskEnv> {
  return async (c, next) => {
    // Set before the handler runs, they go into the response c.html, c.body or c.redirect builds. Set after,
    // each one would make Hono copy the finished response once more (five copies a page).
    const headers = SECURITY_HEADERS.slice();
    if (!c.req.path.startsWith('/desk/static/')) headers.push(['Cache-Control', 'no-store']);
    for (const [name, value] of headers) c.header(name, value);
    await next();
    // A response built without the context (none today) did not take them: set them on it after all.
    if (!c.res.headers.has('X-Frame-Options')) for (const [name, value] of headers) c.header(name, value);
  };
}

/**
 * The App, the language (cookie, else the council's) and, when the cookie names a live one, the session with
 * the role the configuration gives its person now. A person it no longer names has their session ended here,
 * recorded as the configuration's doing, and is told so.
 */
export function loadSession(app: App): MiddlewareHandler<DeskEnv> {
  return async (c, next) => {
    c.set('app', app);
    const lang = pickLanguage(getCookie(c, LANG_COOKIE), app.config.LANGUAGE);
    c.set('lang', lang);
    c.set('t', MESSAGES[lang]);
    const token = getCookie(c, SESSION_COOKIE);
    if (token) {
      const now = app.clock.now();
      const session = await app.desk.sessions.session(token, now);
      const role = session ? roleNow(app.config, session) : null;
      if (session && role) c.set('session', { ...session, role });
      else if (session) {
        await app.desk.sessions.endById(session.id, now, 'role', null);
        deleteCookie(c, SESSION_COOKIE, { path: '/desk' });
        c.set('roleGone', true);
      }
    }
    await next();
  };
}

const safe = (method: string) => method === 'GET' || method === 'HEAD';

/** A request from another site (its Origin says so) is refused before anything else looks at it. */
export function crossSite(origin: string | undefined, url: string): boolean {
  if (!origin) return false;
  try {
    return new URL(origin).host !== new URL(url).host;
  } catch {
    return true;
  }
}

const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** Everything past this point needs a session; a POST also needs the session's CSRF token. */
export function requireSession(): MiddlewareHandler<DeskEnv> {
  return async (c, next) => {
    const t = c.get('t');
    const session = c.get('session');
    if (!session && c.get('roleGone'))
      return messagePage(c, t.desk.signInTitle, [t.desk.roleGone, t.desk.howToSignIn], 403);
    if (!session) return messagePage(c, t.desk.signInTitle, [t.desk.needSession, t.desk.howToSignIn], 401);
    if (!safe(c.req.method)) {
      const body = await c.req.parseBody();
      const token = typeof body._csrf === 'string' ? body._csrf : '';
      if (crossSite(c.req.header('origin'), c.req.url) || !same(token, session.csrf)) {
        return messagePage(c, t.desk.title, [t.desk.badForm], 403);
      }
    }
    await next();
  };
}
