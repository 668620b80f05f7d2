// The register through request injection: filters in the URL, totals as /status counts them, escaping,
// security headers, and clear messages for filters that cannot be read.
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/core/i18n.js';
import type { DeskEnv } from '../../src/desk/context.js';
import { pageNumbers } from '../../src/desk/register-page.js';
import { securityHeaders } from '../../src/desk/security.js';
import { chatter } from '../helpers/chat.js';
import { type Desk, startDesk } from './harness.js';

const fa = MESSAGES.fa;
let desk: Desk;
afterEach(() => desk?.app.cleanup());

/** Public numbers of the register's rows, in order. */
const numbers = (html: string) => [...html.matchAll(/<a href="\/desk\/r\/(\d+)">/g)].map((m) => Number(m[1]));

describe('the register', () => {
  it('numbers its pages: the first, the last and those beside this one, gaps marked', () => {
    expect(pageNumbers(1, 1)).toEqual([1]);
    expect(pageNumbers(1, 3)).toEqual([1, 2, 3]);
    expect(pageNumbers(5, 10)).toEqual([1, null, 4, 5, 6, null, 10]);
    expect(pageNumbers(10, 10)).toEqual([1, null, 9, 10]);
    expect(pageNumbers(2, 10)).toEqual([1, 2, 3, null, 10]);
  });

  it('shows each meeting’s date beside its number, names every cell for the phone’s cards, and has a skip link', async () => {
    desk = await startDesk();
    await desk.signIn();
    const html = await (await desk.get('/desk')).text();
    expect(html).toContain('۵۵ / ۱ <span class="met">۱۴۰۱/۰۷/۲۵</span>');
    expect(html).toContain(`<td class="text" data-label="${fa.desk.columns.text}">`);
    expect(html).toContain(`<a class="skip" href="#main">${fa.deskHome.skip}</a>`);
    expect(html).toContain('<main id="main">');
  });

  it('lists every resolution with the /status totals and the security headers', async () => {
    desk = await startDesk();
    await desk.signIn();
    const res = await desk.get('/desk');
    expect(res.status).toBe(200);
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    const html = await res.text();
    expect(numbers(html)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(html).toContain('<html lang="fa" dir="rtl">');
    expect(html).toContain(fa.statusTotals(7, 0, 7, 0));
    // Scripts only from the desk's own files, never inline; no inline style.
    expect(html).not.toMatch(/<script(?! src="\/desk\/static\/[\w.-]+\.js" defer><\/script>)|style="/);
    // The same totals the chair sees in chat.
    const say = chatter(desk.app);
    await say('chair', '/link chair', { user: 'telegram-100' });
    expect(await say('chair', '/status')).toContain(fa.statusTotals(7, 0, 7, 0));
  });

  it('sends the security headers with every kind of response, and caches only the static files', async () => {
    desk = await startDesk();
    const expectGuarded = (res: Response, cache: string) => {
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('same-origin');
      expect(res.headers.get('cache-control')).toBe(cache);
    };
    const refused = await desk.get('/desk');
    expect(refused.status).toBe(401);
    expectGuarded(refused, 'no-store');
    await desk.signIn();
    const page = await desk.get('/desk');
    expect(page.headers.get('content-type')).toBe('text/html; charset=UTF-8');
    expectGuarded(page, 'no-store');
    const moved = await desk.post('/desk/lang', { _csrf: await desk.csrf(), to: 'en', back: '/desk' });
    expect(moved.status).toBe(303);
    expectGuarded(moved, 'no-store');
    expect(moved.headers.getSetCookie()).toHaveLength(1);
    expectGuarded(await desk.get('/desk/nowhere'), 'no-store');
    const css = await desk.get('/desk/static/desk.css');
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toContain('text/css');
    expectGuarded(css, 'public, max-age=86400');
    // A handler answering with a Response of its own still gets them.
    const bare = new Hono<DeskEnv>();
    bare.use('*', securityHeaders());
    bare.get('/desk/raw', () => new Response('raw'));
    expectGuarded(await bare.request('/desk/raw'), 'no-store');
  });

  it('filters by owner, status, overdue, meeting and text; the URL carries them to the next page', async () => {
    desk = await startDesk({}, { now: () => new Date('2022-12-01T08:00:00Z') });
    await desk.signIn();
    await desk.app.store.prisma.resolution.updateMany({
      where: { publicNumber: { in: [1, 4] } },
      data: { dueDate: '2022-11-01' },
    });
    const say = chatter(desk.app);
    await say('fava', '/link کمیته فاوا');
    await say('fava', '/done 1');
    await say('fava', '/blocked 2 منتظر پاسخ');

    const owner = encodeURIComponent('فاوا');
    expect(numbers(await (await desk.get(`/desk?owner=${owner}`)).text())).toEqual([1, 2, 3, 4, 6, 7]);
    expect(numbers(await (await desk.get(`/desk?owner=${owner}&status=done`)).text())).toEqual([1]);
    expect(numbers(await (await desk.get('/desk?blocked=1')).text())).toEqual([2]);
    const overdue = await (await desk.get('/desk?overdue=1')).text();
    expect(numbers(overdue)).toEqual([4]);
    expect(overdue).toContain(fa.statusTotals(1, 0, 1, 1));
    expect(numbers(await (await desk.get('/desk?meeting=%DB%B5%DB%B5&q=%D8%AB%D8%A8%D8%AA')).text())).toEqual([2, 4]);
    expect(numbers(await (await desk.get('/desk?meeting=56')).text())).toEqual([]);
    expect(numbers(await (await desk.get('/desk?sort=number&desc=1')).text())).toEqual([7, 6, 5, 4, 3, 2, 1]);
    const ranged = await (await desk.get('/desk?from=1401/07/01&to=1401/07/30')).text();
    expect(numbers(ranged)).toHaveLength(7);
    expect(numbers(await (await desk.get('/desk?from=1401/08/01')).text())).toEqual([]);
  });

  it('pages through many resolutions, keeping the filters in the links', async () => {
    desk = await startDesk();
    await desk.signIn();
    const meeting = await desk.app.store.prisma.meeting.findFirstOrThrow();
    const owner = await desk.app.store.prisma.owner.findFirstOrThrow({ where: { name: 'دبیرخانه' } });
    for (let i = 0; i < 60; i++) {
      await desk.app.store.prisma.resolution.create({
        data: {
          councilId: desk.app.councilId,
          meetingId: meeting.id,
          row: 100 + i,
          publicNumber: 100 + i,
          text: `ردیف ${i}`,
          assignments: { create: { ownerId: owner.id } },
        },
      });
    }
    const first = await (await desk.get('/desk?owner=%D8%AF%D8%A8%DB%8C%D8%B1%D8%AE%D8%A7%D9%86%D9%87')).text();
    expect(numbers(first)).toHaveLength(50);
    expect(first).toContain(MESSAGES.fa.desk.page(1, 2));
    const next = /href="([^"]+)" rel="next"/.exec(first)![1]!.replaceAll('&amp;', '&');
    expect(next).toContain('page=2');
    expect(next).toContain('owner=');
    expect(numbers(await (await desk.get(next)).text())).toHaveLength(11);
  });

  it('shows a resolution text holding markup or SQL verbatim', async () => {
    desk = await startDesk();
    await desk.signIn();
    const evil = `<script>alert(1)</script> '; DROP TABLE "Resolution"; --`;
    await desk.app.store.prisma.resolution.updateMany({ where: { publicNumber: 1 }, data: { text: evil } });
    const html = await (await desk.get(`/desk?q=${encodeURIComponent('<script>')}`)).text();
    expect(numbers(html)).toEqual([1]);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &#39;; DROP TABLE &quot;Resolution&quot;; --');
    expect(html).toContain('value="&lt;script&gt;"');
    expect(await desk.app.store.prisma.resolution.count()).toBe(7);
  });

  it('a date that is not Jalali or an unknown owner: a clear message, what was typed kept', async () => {
    desk = await startDesk();
    await desk.signIn();
    const res = await desk.get('/desk?from=1401/13/40&owner=%DA%A9%D9%85%DB%8C%D8%AA%D9%87%20%D9%85%D8%B1%DB%8C%D8%AE');
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain(fa.desk.badDate('1401/13/40'));
    expect(html).toContain(fa.desk.unknownOwner('کمیته مریخ'));
    expect(html).toContain('value="1401/13/40"');
    expect(html).toContain('value="کمیته مریخ"');
    expect(numbers(html)).toEqual([]);
    // A Gregorian date is named as such, and a search too long to be meant is refused, not cut.
    const gregorian = await (await desk.get('/desk?to=2025-01-01')).text();
    expect(gregorian).toContain(fa.desk.gregorianDate('2025-01-01', '1403/10/12'));
    const long = await desk.get(`/desk?q=${'ب'.repeat(401)}`);
    expect(long.status).toBe(400);
    expect(await long.text()).toContain(fa.tooLong(400, 401));
  });

  it('switches to English with a form, and back', async () => {
    desk = await startDesk();
    await desk.signIn();
    const csrf = await desk.csrf();
    const res = await desk.post('/desk/lang', { _csrf: csrf, to: 'en', back: '/desk?status=open' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/desk?status=open');
    desk.cookie += `; ${res.headers.get('set-cookie')!.split(';')[0]}`;
    const html = await (await desk.get('/desk')).text();
    expect(html).toContain('<html lang="en" dir="ltr">');
    expect(html).toContain(MESSAGES.en.statusTotals(7, 0, 7, 0));
    expect(
      (await desk.post('/desk/lang', { _csrf: csrf, to: 'fa', back: 'https://evil.example/' })).headers.get('location'),
    ).toBe('/desk');
  });
});
