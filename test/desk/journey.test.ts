// The secretariat's journey in a real browser (Debian's Chromium through playwright-core): sign in with a
// desk link, filter the register, fix an owner, record a status, add a resolution, import the sample minutes
// after correcting one row, and see each change from the chat side.
// Screenshots of the register at 1280 and 390 px go to test-output/ (gitignored); axe-core must find no
// serious or critical violation on the register, a resolution page, the import table and the days off.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deskRoutes } from '../../src/desk/app.js';
import { createHttpServer, type ListeningHttp } from '../../src/http/server.js';
import { chatter, statuses } from '../helpers/chat.js';
import { freshApp, type TestApp } from '../helpers/db.js';
import { seed } from '../helpers/seed.js';
import { CHROMIUM } from './browser.js';

const OUT = join(import.meta.dirname, '..', '..', 'test-output');
const SAMPLE = join(import.meta.dirname, '..', '..', 'src', 'minutes', 'samples', 'census-council-55.fa.txt');
let app: TestApp;
let listening: ListeningHttp;
let browser: Browser;

beforeAll(async () => {
  if (!CHROMIUM) return;
  app = await freshApp('sqlite', { SECRETARY_IDS: 'telegram:100' });
  await seed(app);
  const http = createHttpServer();
  http.mount('/desk', deskRoutes(app));
  listening = await http.listen(0, '127.0.0.1');
  app.desk.links.listeningAt(listening.url);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  mkdirSync(OUT, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await listening?.close();
  await app?.cleanup();
});

/** axe runs a script in the page, so it looks at the same URL in a context with JavaScript on. */
async function noSeriousViolations(page: Page) {
  const context = await browser.newContext({ viewport: page.viewportSize()! });
  await context.addCookies(await page.context().cookies());
  const checked = await context.newPage();
  await checked.goto(page.url());
  const { violations } = await new AxeBuilder({ page: checked }).analyze();
  await context.close();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

describe.skipIf(!CHROMIUM)('the desk in a real browser', () => {
  it('signs in, filters, fixes an owner, records a status, adds a resolution and imports minutes that the chats see', {
    timeout: 300_000,
  }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    const page = await context.newPage();
    const say = chatter(app);
    await say('fava', '/link کمیته فاوا');

    // Sign in with a link from /desk in a private chat.
    const [reply] = await app.dispatcher().handle({
      chat: { platform: 'telegram', chatId: '100', kind: 'private' },
      user: { id: '100', name: 'سعید عباسی' },
      text: '/desk',
      isAdmin: async () => false,
    });
    const text = reply!.blocks.map((b) => ('text' in b ? b.text : '')).join('\n');
    const link = /(http:\/\/\S+)/.exec(text)![1]!;
    await page.goto(link);
    await page.getByRole('button', { name: 'ورود' }).click();
    // The day starts at the home page; its numbers open the register.
    await expect.poll(() => page.url()).toBe(`${listening.url}/desk/home`);
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await noSeriousViolations(page);
    await page.screenshot({ path: join(OUT, 'home-1280.png'), fullPage: true });
    await page.getByRole('link', { name: 'دفتر مصوبات' }).click();
    await expect.poll(() => page.url()).toBe(`${listening.url}/desk`);
    expect(await page.locator('tbody tr').count()).toBe(7);
    await noSeriousViolations(page);
    await page.screenshot({ path: join(OUT, 'register-1280.png'), fullPage: true });

    // Filter by owner: the URL carries the filter.
    await page.getByLabel('متولی', { exact: true }).fill('کمیته تامین داده');
    await page.getByRole('button', { name: 'نمایش' }).click();
    expect(decodeURIComponent(page.url())).toContain('owner=کمیته+تامین+داده');
    expect(await page.locator('tbody tr').count()).toBe(1);

    // Fix an owner on resolution 7: replace فاوا by the office.
    await page.goto(`${listening.url}/desk/r/7`);
    await noSeriousViolations(page);
    await page.locator('form[action$="/owners"] select[name="owner"]').selectOption({ label: 'کمیته فاوا' });
    await page.locator('form[action$="/owners"] input[name="name"]').fill('دبیرخانه');
    await page.locator('form[action$="/owners"] input[name="reason"]').fill('متولی اشتباه خوانده شده بود');
    await page.getByRole('button', { name: 'جایگزینی با' }).click();
    await expect.poll(() => page.url()).toContain('/desk/r/7?saved=1');
    expect(await page.locator('.flash').textContent()).toBe('ذخیره شد.');
    expect(await statuses(app, 7)).toEqual({ 'کمیته فاوا': 'cancelled', دبیرخانه: 'open' });
    expect(await say('fava', '/list')).not.toContain('[۷]');

    // A status from the desk: the committee's /list and the chair's /status see it at once.
    const fava = page.locator('form[action$="/status"]').filter({ hasText: 'کمیته فاوا' });
    await page.goto(`${listening.url}/desk/r/1`);
    await fava.locator('select').selectOption('done');
    await fava.getByRole('button', { name: 'ثبت' }).click();
    await expect.poll(() => page.url()).toContain('saved=1');
    expect(await say('fava', '/list')).not.toContain('[۱]');
    await say('chair', '/link chair');
    expect(await say('chair', '/status 1')).toContain('انجام شد');

    // A resolution the minutes missed, added by hand, reaches the committee's /list.
    await page.getByRole('link', { name: 'مصوبه جدید' }).click();
    await page.getByLabel('متن مصوبه').fill('گزارش هزینه‌های سرشماری تهیه شود.');
    await page.getByLabel('متولیان').fill('فاوا');
    await page.getByRole('button', { name: 'ذخیره' }).click();
    await expect.poll(() => page.url()).toContain('/desk/r/8?saved=1');
    expect(await say('fava', '/list')).toContain('گزارش هزینه‌های سرشماری تهیه شود.');

    // The sample minutes through the upload form: the table shows what the parser read, one row is
    // corrected before Confirm, and the committee's /list has the corrected text.
    await page.getByRole('link', { name: 'ورود صورتجلسه' }).click();
    await page.getByLabel('فایل صورتجلسه').setInputFiles(SAMPLE);
    await page.getByRole('button', { name: 'خواندن فایل' }).click();
    await expect.poll(() => page.url()).toMatch(/\/desk\/import\/[\w-]+$/);
    expect(await page.locator('tbody tr').count()).toBe(7);
    await noSeriousViolations(page);
    await page
      .locator('textarea[name="text.1"]')
      .fill('رونوشت همه مکاتبات با ثبت احوال به کارگروه تعامل‌پذیری دولت فرستاده شود.');
    await page.getByRole('button', { name: '✅ تأیید و ثبت' }).click();
    expect(await page.locator('.flash').textContent()).toContain('صورتجلسه ثبت شد');
    expect(await say('fava', '/list')).toContain(
      'رونوشت همه مکاتبات با ثبت احوال به کارگروه تعامل‌پذیری دولت فرستاده شود.',
    );
    await page.getByRole('link', { name: 'دفتر مصوبات' }).last().click();
    expect(await page.locator('tbody').textContent()).toContain('رونوشت همه مکاتبات با ثبت احوال');

    // Bad input comes back on the same form with what was typed.
    await page.goto(`${listening.url}/desk/r/5`);
    await page.locator('form[action$="/deadline"] input[name="date"]').fill('۱۴۰۳/۱۴/۰۱');
    await page.locator('form[action$="/deadline"] input[value="date"]').check();
    await page.locator('form[action$="/deadline"] button').click();
    expect(await page.locator('form[action$="/deadline"] .error').textContent()).toContain('تاریخ شمسی درستی نیست');
    expect(await page.locator('form[action$="/deadline"] input[name="date"]').inputValue()).toBe('۱۴۰۳/۱۴/۰۱');

    // The days off of this year and the next, each row with its form: nothing serious for axe either.
    await page.getByRole('link', { name: 'تعطیلات' }).click();
    expect(await page.locator('section[id^="y"]').count()).toBe(2);
    await noSeriousViolations(page);

    // The audit trail: the desk's changes of this journey, newest first, the chat's left out.
    await page.getByRole('link', { name: 'سابقه تغییرها' }).click();
    await page.getByLabel('از کجا').selectOption('desk');
    await page.getByRole('button', { name: 'نمایش' }).click();
    expect(page.url()).toContain('source=desk');
    const trail = await page.locator('ol.audit').textContent();
    // The resolution added by hand and the status recorded here are there; the chat's links are not.
    expect(trail).toContain('مصوبه ۸');
    expect(trail).toContain('باز ← انجام شد');
    expect(trail).not.toContain('console:');
    await noSeriousViolations(page);
    await page.screenshot({ path: join(OUT, 'audit-1280.png'), fullPage: true });

    // The Jalali date picker (with JavaScript on, at both widths): a day chosen fills the field as a Jalali
    // date the register reads; typing stays possible.
    for (const width of [1280, 390]) {
      const scripted = await browser.newContext({ viewport: { width, height: 900 } });
      await scripted.addCookies(await context.cookies());
      const picking = await scripted.newPage();
      await picking.goto(`${listening.url}/desk`);
      await picking.getByLabel('از تاریخ جلسه').focus();
      const calendar = picking.locator('jdp-container');
      await expect.poll(() => calendar.isVisible()).toBe(true);
      await calendar.locator('div.jdp-day:not(.not-in-month)', { hasText: /^۱$/ }).first().click();
      const chosen = await picking.getByLabel('از تاریخ جلسه').inputValue();
      expect(chosen).toMatch(/^14\d\d\/\d\d\/01$/);
      // Typed over the picker's choice; Escape closes the picker, as on any page.
      await picking.getByLabel('از تاریخ جلسه').fill('1401/07/01');
      // (The picker ignores Escape while it opens: pressed again until it has closed.)
      await expect
        .poll(async () => {
          await picking.keyboard.press('Escape');
          return calendar.isVisible();
        })
        .toBe(false);
      await picking.getByRole('button', { name: 'نمایش' }).click();
      await expect.poll(() => decodeURIComponent(picking.url())).toContain('from=1401/07/01');
      expect(await picking.locator('tbody tr').count()).toBeGreaterThan(0);
      await scripted.close();
    }

    // The narrow screen.
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    await phone.addCookies(await context.cookies());
    const small = await phone.newPage();
    await small.goto(`${listening.url}/desk`);
    // The register as cards: deadline and status in view, nothing wider than the screen.
    expect(await small.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    const card = small.locator('tbody tr').first();
    for (const label of ['مهلت', 'وضعیت کلی', 'جلسه / ردیف']) {
      const cell = card.locator(`td[data-label="${label}"]`);
      expect(await cell.isVisible()).toBe(true);
      const box = (await cell.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(390);
    }
    await small.screenshot({ path: join(OUT, 'register-390.png'), fullPage: true });
    await noSeriousViolations(small);
    for (const name of ['home', 'audit']) {
      await small.goto(`${listening.url}/desk/${name}`);
      // Nothing wider than the screen.
      expect(await small.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
      await small.screenshot({ path: join(OUT, `${name}-390.png`), fullPage: true });
      await noSeriousViolations(small);
    }
    await phone.close();
    await context.close();
  });
});
