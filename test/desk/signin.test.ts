// Sign-in without passwords: one-time links from /desk and the CLI, sessions in the database, sign-out,
// and nothing but sign-in and static files without a session.
import { afterEach, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/core/i18n.js';
import { chatter } from '../helpers/chat.js';
import { type Desk, ORIGIN, SECRETARY, startDesk } from './harness.js';

const fa = MESSAGES.fa.desk;
let desk: Desk;
afterEach(() => desk?.app.cleanup());

describe('desk sign-in', () => {
  it('without a session only sign-in and static files answer', async () => {
    desk = await startDesk();
    const page = await desk.get('/desk');
    expect(page.status).toBe(401);
    const html = await page.text();
    expect(html).toContain('lang="fa" dir="rtl"');
    expect(html).toContain(fa.howToSignIn);
    expect((await desk.get('/desk/r/1')).status).toBe(401);
    const post = await desk.post('/desk/r/1/text', { text: 'دستکاری' });
    expect(post.status).toBe(401);
    expect((await desk.app.store.getResolution({ kind: 'number', number: 1 }))!.text).not.toBe('دستکاری');
    const css = await desk.get('/desk/static/desk.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toContain('text/css');
    const font = await desk.get('/desk/static/vazirmatn.woff2');
    expect(font.headers.get('content-type')).toBe('font/woff2');
    expect((await font.arrayBuffer()).byteLength).toBeGreaterThan(10_000);
  });

  it('a link opens one session once; looking at it first does not use it', async () => {
    desk = await startDesk();
    const url = await desk.app.desk.links.issue(SECRETARY);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:8080\/desk\/signin\/[\w-]{43}$/);
    const path = new URL(url!).pathname;
    // A chat's link preview opens the URL: it shows a button and uses nothing.
    expect((await desk.get(path)).status).toBe(200);
    expect((await desk.get(path)).status).toBe(200);
    const res = await desk.post(path, {});
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/desk/home');
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^peygir_desk=[\w-]+; Max-Age=604800; Path=\/desk; HttpOnly; SameSite=Lax$/);
    desk.cookie = cookie.split(';')[0]!;
    const register = await desk.get('/desk');
    expect(register.status).toBe(200);
    expect(await register.text()).toContain('سعید عباسی (دبیر)');

    // Used: a clear Persian page, no new session.
    desk.cookie = '';
    const again = await desk.post(path, {});
    expect(again.status).toBe(410);
    expect(again.headers.get('set-cookie')).toBeNull();
    expect(await again.text()).toContain(fa.linkUsed);
    expect(await (await desk.get(path)).text()).toContain(fa.linkUsed);
    // The database keeps hashes only.
    const stored = await desk.app.store.prisma.deskSession.findFirstOrThrow();
    expect(cookie).not.toContain(stored.tokenHash);
  });

  it('an expired or unknown link opens nothing', async () => {
    let now = new Date('2026-01-01T08:00:00Z');
    desk = await startDesk({}, { now: () => now });
    const url = await desk.app.desk.links.issue(SECRETARY);
    now = new Date(now.getTime() + 10 * 60_000 + 1);
    const res = await desk.post(new URL(url!).pathname, {});
    expect(res.status).toBe(410);
    expect(await res.text()).toContain(fa.linkExpired);
    const unknown = await desk.post('/desk/signin/not-a-real-token', {});
    expect(unknown.status).toBe(404);
    expect(await unknown.text()).toContain(fa.linkUnknown);
    expect(await desk.app.store.prisma.deskSession.count()).toBe(0);
  });

  it('the cookie is Secure behind https; sign-out ends the session for good', async () => {
    desk = await startDesk({ DESK_PUBLIC_URL: 'https://desk.example.org/' });
    const url = await desk.app.desk.links.issue(SECRETARY);
    expect(url).toMatch(/^https:\/\/desk\.example\.org\/desk\/signin\//);
    const res = await desk.post(new URL(url!).pathname, {});
    expect(res.headers.get('set-cookie')).toContain('; Secure');
    desk.cookie = res.headers.get('set-cookie')!.split(';')[0]!;
    const csrf = await desk.csrf();
    // Sign-out is a form with the CSRF token too.
    expect((await desk.post('/desk/signout', {})).status).toBe(403);
    const out = await desk.post('/desk/signout', { _csrf: csrf });
    expect(out.status).toBe(200);
    expect(await out.text()).toContain(fa.signedOut);
    expect((await desk.get('/desk')).status).toBe(401);
    expect((await desk.app.store.prisma.deskSession.findFirstOrThrow()).endedAt).not.toBeNull();
  });

  it('sign-in attempts are rate-limited', async () => {
    desk = await startDesk();
    const codes: number[] = [];
    for (let i = 0; i < 22; i++) codes.push((await desk.get(`/desk/signin/guess-${i}`)).status);
    expect(codes.slice(0, 20).every((c) => c === 404)).toBe(true);
    expect(codes.slice(20)).toEqual([429, 429]);
  });

  it('/desk in chat: a private link for the secretary or chair, refused in groups and to others', async () => {
    desk = await startDesk();
    const say = chatter(desk.app);
    const dispatcher = desk.app.dispatcher();
    const ask = async (user: string, kind: 'private' | 'group') => {
      const [reply] = await dispatcher.handle({
        chat: { platform: 'telegram', chatId: kind === 'private' ? user : '-1009', kind },
        user: { id: user, name: 'کاربر' },
        text: '/desk',
        isAdmin: async () => false,
      });
      return reply!.blocks.map((b) => ('text' in b ? b.text : '')).join('\n');
    };
    const link = await ask('100', 'private');
    expect(link).toContain('پیوند ورود به میز دبیرخانه');
    const url = /(http:\S+)/.exec(link)![1]!;
    expect(url.startsWith(`${ORIGIN}/desk/signin/`)).toBe(true);
    expect((await desk.post(new URL(url).pathname, {})).status).toBe(303);
    expect(await ask('200', 'private')).toContain('پیوند ورود');
    expect(await ask('100', 'group')).toBe(fa.privateOnly);
    expect(await ask('300', 'private')).toBe(fa.notAllowed('telegram:300'));
    expect(await say('console', '/desk')).toContain(fa.notAllowed('console:console-member'));
  });
});
