// The desk's page of an item shows each owner's progress and who acknowledged the notice, and its history has the
// percentage and the «seen» like every other step; a claim of «done» taken back leaves «waiting for the chair».
import { afterEach, expect, it } from 'vitest';
import { type Desk, startDesk } from '../desk/harness.js';
import { chatter } from '../helpers/chat.js';

let desk: Desk;
afterEach(() => desk?.app.cleanup());

it('shows progress and «seen» per owner, and both in the history', async () => {
  desk = await startDesk();
  await desk.signIn();
  const say = chatter(desk.app);
  await say('fava', '/link کمیته فاوا');
  await say('fava', '/progress 3 ۳۵٪', { user: 'maryam' });
  await say('fava', '/seen 3', { user: 'maryam' });
  const html = (await (await desk.get('/desk/r/3')).text()).replace(/<[^>]+>/g, ' ');
  expect(html).toContain('درصد پیشرفت');
  expect(html).toMatch(/کمیته فاوا\s+در حال انجام\s+۳۵٪\s+maryam، /);
  expect(html).toMatch(/کمیته تامین داده\s+باز\s+هنوز رویت نشده/);
  expect(html).toMatch(/maryam \(کمیته فاوا\): باز ← در حال انجام \(پیشرفت ۳۵٪\)/);
  expect(html).toMatch(/maryam \(کمیته فاوا\): رویت شد/);
});

it('a claim taken back leaves the register’s «waiting for the chair» and stays in the item’s history', async () => {
  desk = await startDesk({ REQUIRE_ACCEPTANCE: 'true' });
  await desk.signIn();
  const say = chatter(desk.app);
  await say('fava', '/link کمیته فاوا');
  await say('fava', '/done 2 نامه ۱۲۳۴', { user: 'maryam' });
  const waiting = async () => (await (await desk.get('/desk?chair=1')).text()).replace(/<[^>]+>/g, ' ');
  expect(await waiting()).toContain('رونوشت مکاتبات');
  expect(await (await desk.get('/desk/r/2')).text()).toContain('<span class="status blocked">منتظر تأیید</span>');
  await say('fava', '/undo', { user: 'maryam' });
  expect(await waiting()).not.toContain('رونوشت مکاتبات');
  const page = await (await desk.get('/desk/r/2')).text();
  // The share no longer carries the «awaiting acceptance» mark; its history has the claim and its withdrawal.
  expect(page).not.toContain('<span class="status blocked">منتظر تأیید</span>');
  const html = page.replace(/<[^>]+>/g, ' ');
  expect(html).toMatch(/maryam \(کمیته فاوا\): اعلام انجام، منتظر تأیید/);
  expect(html).toMatch(/maryam \(کمیته فاوا\): اعلام انجام پس گرفته شد/);
});
