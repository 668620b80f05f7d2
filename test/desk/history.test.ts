// One history for a resolution: a desk edit and a chat correction land in the same log, the desk's page shows
// both in the order they were made with who, when, where and why, /status N lists them as the item's
// corrections, and /undo in chat refuses to revert over the desk's later edit.
import { afterEach, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/core/i18n.js';
import { chatter } from '../helpers/chat.js';
import { type Desk, startDesk } from './harness.js';

const fa = MESSAGES.fa;
let desk: Desk;
afterEach(() => desk?.app.cleanup());

const resolution = (n: number) => desk.app.store.getResolution({ kind: 'number', number: n });
/** The page's history list, one entry per line, markup stripped. */
async function historyOf(n: number): Promise<string[]> {
  const html = await (await desk.get(`/desk/r/${n}`)).text();
  const list = /<ol class="history">([\s\S]*?)<\/ol>/.exec(html)?.[1] ?? '';
  return [...list.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ' '));
}

describe('one history of a resolution', () => {
  it('a desk edit, then a chat /owner: both on the page in order, and in /status N', async () => {
    desk = await startDesk();
    await desk.signIn();
    const csrf = await desk.csrf();
    const fava = (await resolution(7))!.assignments.find((a) => a.ownerName === 'کمیته فاوا')!;
    const replaced = await desk.post('/desk/r/7/owners', {
      _csrf: csrf,
      op: 'replace',
      owner: String(fava.ownerId),
      name: 'دبیرخانه',
      reason: 'اشتباه در صورتجلسه',
    });
    expect(replaced.status).toBe(303);
    const say = chatter(desk.app);
    await say('chair', '/link chair', { user: 'rahimi' });
    expect(await say('chair', '/owner 7 + کمیته تامین داده', { user: 'rahimi' })).toContain(
      fa.fix.ownersSet(7, 'دبیرخانه، کمیته تامین داده'),
    );

    const lines = await historyOf(7);
    const deskLine = lines.findIndex((l) => l.includes(fa.fix.logOwners('کمیته فاوا', 'دبیرخانه')));
    const chatLine = lines.findIndex((l) => l.includes(fa.fix.logOwners('دبیرخانه', 'دبیرخانه، کمیته تامین داده')));
    expect(deskLine).toBeGreaterThanOrEqual(0);
    expect(chatLine).toBeGreaterThan(deskLine);
    // Who, where and why; the date is Jalali.
    expect(lines[deskLine]).toContain('سعید عباسی');
    expect(lines[deskLine]).toContain(fa.fix.logReason('اشتباه در صورتجلسه'));
    expect(lines[deskLine]).toContain(fa.historyVia(fa.desk.via));
    expect(lines[deskLine]).toMatch(/^\s*[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2} [۰-۹]{2}:[۰-۹]{2} — /);
    expect(lines[chatLine]).toContain('rahimi');
    expect(lines[chatLine]).toContain(fa.historyVia('console:chair'));
    // The status events the desk's replacement caused are in the same list, after the seed's.
    expect(lines.some((l) => l.includes(`${fa.status.open} ← ${fa.status.cancelled}`))).toBe(true);

    const status = await say('chair', '/status 7', { user: 'rahimi' });
    const section = status.slice(status.indexOf(fa.fix.correctionsTitle(7)));
    expect(status).toContain(fa.fix.correctionsTitle(7));
    const first = section.indexOf(fa.fix.logOwners('کمیته فاوا', 'دبیرخانه'));
    const second = section.indexOf(fa.fix.logOwners('دبیرخانه', 'دبیرخانه، کمیته تامین داده'));
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(section).toContain(`سعید عباسی: ${fa.fix.logOwners('کمیته فاوا', 'دبیرخانه')}`);
    expect(section).toContain(fa.historyVia(fa.desk.via));
    expect(section).toContain(`rahimi: ${fa.fix.logOwners('دبیرخانه', 'دبیرخانه، کمیته تامین داده')}`);
  });

  it('/status N shows only the latest five corrections, newest last', async () => {
    desk = await startDesk();
    await desk.signIn();
    const csrf = await desk.csrf();
    const dates = ['۱۴۰۳/۰۲/۰۱', '۱۴۰۳/۰۲/۰۲', '۱۴۰۳/۰۲/۰۳', '۱۴۰۳/۰۲/۰۴', '۱۴۰۳/۰۲/۰۵', '۱۴۰۳/۰۲/۰۶'];
    for (const date of dates) {
      expect((await desk.post('/desk/r/5/deadline', { _csrf: csrf, kind: 'date', date })).status).toBe(303);
    }
    const say = chatter(desk.app);
    await say('chair', '/link chair');
    const status = await say('chair', '/status 5');
    const section = status.slice(status.indexOf(fa.fix.correctionsTitle(5)));
    expect(section).not.toContain(fa.fix.logDeadline(fa.fix.noDeadline, '۱۴۰۳/۰۲/۰۱'));
    expect(section).toContain(fa.fix.logDeadline('۱۴۰۳/۰۲/۰۱', '۱۴۰۳/۰۲/۰۲'));
    expect(section).toContain(fa.fix.logDeadline('۱۴۰۳/۰۲/۰۵', '۱۴۰۳/۰۲/۰۶'));
    expect(section.match(/مهلت از/g)).toHaveLength(5);
    // The page keeps all six.
    expect((await historyOf(5)).filter((l) => l.includes('مهلت از'))).toHaveLength(6);
  });

  it('/undo after a desk edit of the same item refuses and changes nothing; without one it reverts', async () => {
    desk = await startDesk();
    await desk.signIn();
    const csrf = await desk.csrf();
    const say = chatter(desk.app);
    await say('chair', '/link chair');
    await say('chair', '/deadline 5 ۱۴۰۵/۱۰/۰۱');
    expect((await resolution(5))!.dueDate).toBe('2026-12-22');
    await desk.post('/desk/r/5/text', { _csrf: csrf, text: 'متن اصلاح‌شده در میز' });

    const refused = await say('chair', '/undo');
    expect(refused).toBe(fa.fix.undoAfterDesk(5));
    expect(await resolution(5)).toMatchObject({ dueDate: '2026-12-22', text: 'متن اصلاح‌شده در میز' });
    const log = await desk.app.deps.corrections!.log((await resolution(5))!.id);
    expect(log.map((e) => e.type)).toEqual(['deadline', 'text']);

    // A correction the desk has not touched since is reverted as before.
    await say('chair', '/deadline 6 جلسه بعدی');
    expect(await say('chair', '/undo')).toContain(fa.fix.undone(6, fa.fix.noDeadline));
    expect(await resolution(6)).toMatchObject({ dueAtNextMeeting: false, dueDate: null });
  });
});
