// Bulk changes from the register: rows ticked, one change for all in one transaction, each item audited, a
// summary of what changed; bad input refuses the whole batch; the chair may change statuses and cancel only.
import { afterEach, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/core/i18n.js';
import { chatter, statuses } from '../helpers/chat.js';
import { CHAIR, type Desk, startDesk } from './harness.js';

const fa = MESSAGES.fa;
let desk: Desk;
afterEach(() => desk?.app.cleanup());

/** A bulk form as the register sends it: the ticked rows, each as its own `n`. */
async function bulk(op: string, numbers: number[], fields: Record<string, string>) {
  const body = new URLSearchParams({ _csrf: await desk.csrf(), back: '/desk?owner=x', ...fields });
  for (const n of numbers) body.append('n', String(n));
  return desk.http.request(`http://127.0.0.1:8080/desk/bulk/${op}`, {
    method: 'POST',
    body,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: 'http://127.0.0.1:8080',
      cookie: desk.cookie,
    },
  });
}

const due = async (n: number) =>
  (await desk.app.store.prisma.resolution.findFirstOrThrow({ where: { publicNumber: n } })).dueDate;
const logCount = () => desk.app.store.prisma.resolutionEvent.count();

describe('bulk changes', () => {
  it('the register offers a checkbox per row tied to the bulk form', async () => {
    desk = await startDesk();
    await desk.signIn();
    const html = await (await desk.get('/desk')).text();
    expect(html).toContain(
      `<input type="checkbox" name="n" value="1" form="bulk" aria-label="${fa.deskBulk.pick(1)}">`,
    );
    expect(html).toContain('<form id="bulk"');
    expect(html).toContain('formaction="/desk/bulk/deadline"');
  });

  it('sets a deadline on every ticked row in one go, each in its history, and says what changed', async () => {
    desk = await startDesk();
    await desk.signIn();
    await desk.app.store.prisma.resolution.updateMany({ where: { publicNumber: 3 }, data: { dueDate: '2024-05-20' } });
    const before = await logCount();
    const res = await bulk('deadline', [1, 2, 3], { kind: 'date', date: '۱۴۰۳/۰۲/۳۱' });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(fa.deskBulk.changed(2));
    expect(html).toContain(fa.deskBulk.unchanged(1));
    expect(html).toContain('href="/desk?owner=x"');
    expect([await due(1), await due(2), await due(3)]).toEqual(['2024-05-20', '2024-05-20', '2024-05-20']);
    expect(await logCount()).toBe(before + 2);
    const trail = await (await desk.get('/desk/audit?source=desk')).text();
    expect([...trail.matchAll(/<li><a href="([^"]+)">/g)].map((m) => m[1])).toEqual(['/desk/r/2', '/desk/r/1']);
  });

  it('refuses the whole batch on bad input, changing nothing', async () => {
    desk = await startDesk();
    await desk.signIn();
    const before = await logCount();
    const gregorian = await bulk('deadline', [1, 2], { kind: 'date', date: '2025-01-01' });
    expect(gregorian.status).toBe(400);
    expect(await gregorian.text()).toContain('تاریخ میلادی است');
    const none = await bulk('deadline', [], { kind: 'none' });
    expect(await none.text()).toContain(fa.deskBulk.none);
    const unknown = await bulk('add', [1, 2], { owner: 'کمیته مریخ' });
    expect(await unknown.text()).toContain(fa.desk.unknownOwner('کمیته مریخ'));
    const noReason = await bulk('cancel', [1, 2], { reason: '' });
    expect(await noReason.text()).toContain(fa.desk.reasonRequired);
    expect(await logCount()).toBe(before);
    expect(await statuses(desk.app, 1)).toEqual({ 'کمیته فاوا': 'open' });
  });

  it('adds and replaces owners, skipping rows the replaced owner does not carry', async () => {
    desk = await startDesk();
    await desk.signIn();
    const added = await (await bulk('add', [1, 5], { owner: 'دبیرخانه', ownerReason: 'پیگیری دبیرخانه' })).text();
    expect(added).toContain(fa.deskBulk.changed(2));
    expect(await statuses(desk.app, 5)).toEqual({ 'سازمان برنامه و بودجه': 'open', دبیرخانه: 'open' });
    const replaced = await (
      await bulk('replace', [1, 2, 5], { owner: 'کارگروه روش شناسی', from: 'کمیته فاوا' })
    ).text();
    expect(replaced).toContain(fa.deskBulk.changed(2));
    expect(replaced).toContain(fa.deskBulk.notOwner(5, 'کمیته فاوا'));
    // The replaced share is cancelled, never deleted.
    expect(await statuses(desk.app, 2)).toEqual({ 'کمیته فاوا': 'cancelled', 'کارگروه روش شناسی': 'open' });
  });

  it('sets one owner’s status and cancels with a reason; the chair may, but not change deadlines', async () => {
    desk = await startDesk();
    await desk.signIn(CHAIR);
    const say = chatter(desk.app);
    await say('fava', '/link کمیته فاوا');
    await say('fava', '/done 2');
    const set = await (await bulk('status', [1, 2, 5], { who: 'کمیته فاوا', to: 'in_progress', note: '' })).text();
    expect(set).toContain(fa.deskBulk.changed(1));
    expect(set).toContain(fa.deskBulk.notOwner(5, 'کمیته فاوا'));
    expect(set).toContain(fa.cannotMove(2, fa.status.done, fa.status.in_progress, fa.desk.openFirst));
    expect(await statuses(desk.app, 1)).toEqual({ 'کمیته فاوا': 'in_progress' });
    // The committee's /list sees it at once.
    expect(await say('fava', '/list')).toContain(fa.status.in_progress);

    const cancelled = await (await bulk('cancel', [3, 4], { reason: 'ادغام در مصوبه ۷' })).text();
    expect(cancelled).toContain(fa.deskBulk.changed(2));
    expect(Object.values(await statuses(desk.app, 3))).toEqual(['cancelled', 'cancelled', 'cancelled']);
    const trail = await (await desk.get('/desk/audit?item=3')).text();
    expect(trail).toContain('ادغام در مصوبه ۷');

    const refused = await bulk('deadline', [1], { kind: 'none' });
    expect(refused.status).toBe(403);
  });
});
