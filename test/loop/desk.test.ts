// The desk's page of an item shows each owner's progress and who acknowledged the notice, and its history has the
// percentage and the «seen» like every other step.
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
