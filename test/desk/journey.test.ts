// The secretariat's journey in a real browser (Debian's Chromium through playwright-core): sign in with a
// desk link onto the home page, filter the register, fix an owner, record a status, add a resolution, import
// the sample minutes after correcting one row, change rows in bulk, import a meeting and roll it back, keep a
// filter under a name and delete it, pick dates from the Jalali picker, and see each change from the chat side;
// the home page, a bulk change and an import with its rollback again at a phone's 390 px.
// Screenshots at 1280 and 390 px go to test-output/ (gitignored); axe-core must find no serious or critical
// violation on any page the journey checks it on.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type Cookie, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromJalali } from '../../src/core/calendar.js';
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
/** The secretary's session cookie, from the first test's sign-in: the later tests go on from there. */
let signedIn: Cookie[] = [];

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

/** Nothing on the page is wider than the screen, and each of these elements lies wholly inside it. */
async function fitsTheScreen(page: Page, selector?: string) {
  const width = page.viewportSize()!.width;
  expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
  if (!selector) return;
  const boxes = await page.locator(selector).evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, right: r.right, width: r.width };
    }),
  );
  expect(boxes.length).toBeGreaterThan(0);
  for (const b of boxes) {
    expect(b.width).toBeGreaterThan(0);
    expect(b.left).toBeGreaterThanOrEqual(0);
    expect(b.right).toBeLessThanOrEqual(width);
  }
}

/** Minutes of a new meeting, for an import that is rolled back before anyone reports. */
const newMinutes = (number: number, text: string) => `صورتجلسه
شماره جلسه: ${number}
تاریخ جلسه: ۱۴۰۱/۰۸/۰۲
رئیس جلسه: جواد حسین زاده
دبیر جلسه: سعید عباسی

مصوبات:
۱- ${text}
۲- دبیرخانه برنامه آموزش را تهیه کند.
`;

/**
 * Imports a new meeting through the upload form and rolls it back from the meeting's page, after the page that
 * asks; the chats see the items come and go. At a phone's width the import table is a card per row that fits.
 */
async function importAndRollBack(page: Page, number: number, text: string, name: string) {
  const say = chatter(app);
  await page.goto(`${listening.url}/desk/import`);
  await page.getByLabel('فایل صورتجلسه').setInputFiles({
    name: `minutes-${number}.txt`,
    mimeType: 'text/plain',
    buffer: Buffer.from(newMinutes(number, text)),
  });
  await page.getByRole('button', { name: 'خواندن فایل' }).click();
  await expect.poll(() => page.url()).toMatch(/\/desk\/import\/[\w-]+$/);
  expect(await page.locator('table.import-rows tbody tr').count()).toBe(2);
  // Every field of every row is on the screen and can be edited.
  await fitsTheScreen(page, 'table.import-rows textarea, table.import-rows input');
  await page.screenshot({ path: join(OUT, `import-${name}.png`), fullPage: true });
  await noSeriousViolations(page);
  await page.locator('textarea[name="text.0"]').fill(text);
  await page.getByRole('button', { name: '✅ تأیید و ثبت' }).click();
  expect(await page.locator('.flash').textContent()).toContain('صورتجلسه ثبت شد');
  expect(await say('fava', '/list')).toContain(text);

  const meeting = await app.store.prisma.meeting.findFirstOrThrow({ where: { number: String(number) } });
  await page.goto(`${listening.url}/desk/meetings/${meeting.id}`);
  await page.getByRole('button', { name: 'بازگرداندن ورود صورتجلسه' }).click();
  // The page that asks lists what would go; nothing has changed yet.
  expect(await page.locator('main').textContent()).toContain(text);
  expect(await say('fava', '/list')).toContain(text);
  await fitsTheScreen(page);
  await noSeriousViolations(page);
  await page.getByRole('button', { name: 'بله، بازگردانده شود' }).click();
  expect(await page.locator('main').textContent()).toContain('بازگردانده شد');
  expect(await say('fava', '/list')).not.toContain(text);
  expect(await app.store.prisma.meeting.count({ where: { number: String(number) } })).toBe(0);
}

describe.skipIf(!CHROMIUM)('the desk in a real browser', () => {
  it('signs in, filters, fixes an owner, records a status, adds a resolution and imports minutes that the chats see', {
    timeout: 600_000,
  }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    // A step that cannot happen fails with what it waited for, not at the test's own timeout.
    context.setDefaultTimeout(30_000);
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

    signedIn = await context.cookies();
    await context.close();
  });

  it('changes rows in bulk, rolls an import back and keeps a filter under a name', { timeout: 600_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    context.setDefaultTimeout(30_000);
    await context.addCookies(signedIn);
    const page = await context.newPage();
    // A bulk change: two rows ticked, one deadline for both, one transaction; the answer says what changed.
    await page.goto(`${listening.url}/desk`);
    await page.getByLabel('انتخاب مصوبه ۲', { exact: true }).check();
    await page.getByLabel('انتخاب مصوبه ۳', { exact: true }).check();
    await page.locator('#bulk input[name="date"]').fill('۱۴۰۵/۰۳/۰۱');
    await page.getByRole('button', { name: 'تعیین مهلت' }).click();
    await expect.poll(() => page.url()).toContain('/desk/bulk/deadline');
    expect(await page.locator('main [role="status"]').textContent()).toContain('۲ مصوبه تغییر کرد');
    await noSeriousViolations(page);
    for (const n of [2, 3])
      expect((await app.store.getResolution({ kind: 'number', number: n }))!.dueDate).toBe(fromJalali(1405, 3, 1));

    // An import rolled back as a whole while nobody has reported on its items.
    await importAndRollBack(page, 56, 'کمیته فاوا گزارش سامانه را ارائه کند.', '1280');

    // Saved filters: the register's filters kept under a name, opened as a link, deleted after a page that asks.
    await page.goto(`${listening.url}/desk?overdue=1`);
    await page.getByLabel('ذخیره همین فیلترها با نام').fill('معوق‌ها');
    await page.getByRole('button', { name: 'ذخیره فیلتر' }).click();
    await expect.poll(() => decodeURIComponent(page.url())).toContain('saved-filter=معوق‌ها');
    await page.goto(`${listening.url}/desk`);
    await page.getByRole('link', { name: 'معوق‌ها', exact: true }).click();
    expect(page.url()).toContain('overdue=1');
    await page.getByRole('link', { name: 'مدیریت فیلترها' }).click();
    await noSeriousViolations(page);
    await page.screenshot({ path: join(OUT, 'filters-1280.png'), fullPage: true });
    await page.getByRole('link', { name: 'حذف فیلتر «معوق‌ها»' }).click();
    await noSeriousViolations(page);
    expect(await app.store.prisma.savedFilter.count({ where: { deletedAt: null } })).toBe(1);
    await page.getByRole('button', { name: 'بله، حذف شود' }).click();
    expect(await page.locator('.flash').textContent()).toContain('حذف شد');
    expect(await app.store.prisma.savedFilter.count({ where: { deletedAt: null } })).toBe(0);

    await context.close();
  });

  it('picks a Jalali date at 1280 and 390 px', { timeout: 600_000 }, async () => {
    // The Jalali date picker (with JavaScript on, at both widths): a day chosen fills the field as a Jalali
    // date the register reads; typing stays possible.
    for (const width of [1280, 390]) {
      const scripted = await browser.newContext({ viewport: { width, height: 900 } });
      await scripted.addCookies(signedIn);
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
  });

  it('fits a phone: the register, home page, audit trail and filters, a bulk change, an import and its rollback', {
    timeout: 600_000,
  }, async () => {
    // The narrow screen.
    const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });
    phone.setDefaultTimeout(30_000);
    await phone.addCookies(signedIn);
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
    for (const name of ['home', 'audit', 'filters']) {
      await small.goto(`${listening.url}/desk/${name}`);
      // Nothing wider than the screen.
      await fitsTheScreen(small);
      await small.screenshot({ path: join(OUT, `${name}-390.png`), fullPage: true });
      await noSeriousViolations(small);
    }
    // The home page's numbers on a phone: one card per owner, each number a link inside the screen.
    await small.goto(`${listening.url}/desk/home`);
    await fitsTheScreen(small, 'table.home-counts td a');
    await small.locator('table.home-counts tfoot td a').first().click();
    await expect.poll(() => small.url()).toContain('open=1');

    // A bulk change from the cards: one row ticked and cancelled with a reason.
    await small.goto(`${listening.url}/desk`);
    await small.getByLabel('انتخاب مصوبه ۶', { exact: true }).check();
    await small.locator('#bulk input[name="reason"]').fill('در جلسه منتفی شد');
    await fitsTheScreen(small, '#bulk button');
    await small.getByRole('button', { name: 'لغو مصوبه‌ها' }).click();
    expect(await small.locator('main [role="status"]').textContent()).toContain('۱ مصوبه تغییر کرد');
    await fitsTheScreen(small);
    await noSeriousViolations(small);
    expect(Object.values(await statuses(app, 6)).every((s) => s === 'cancelled')).toBe(true);

    // The import table as cards, and its rollback, on the phone.
    await importAndRollBack(small, 57, 'کمیته فاوا برنامه پشتیبانی را ارائه کند.', '390');
    await phone.close();
  });
});
