// The resolution page's forms: each change is one transaction with a history event whose actor is the desk
// user, chats see it at once, and bad input changes nothing and comes back with what was typed.
import { afterEach, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/core/i18n.js';
import { logChanges } from '../../src/core/resolution-log.js';
import { chatter, statuses } from '../helpers/chat.js';
import { CHAIR, type Desk, startDesk } from './harness.js';

const fa = MESSAGES.fa;
let desk: Desk;
afterEach(() => desk?.app.cleanup());

const resolution = (n: number) => desk.app.store.getResolution({ kind: 'number', number: n });

async function signedIn(who = undefined as typeof CHAIR | undefined) {
  desk = await startDesk();
  await desk.signIn(who);
  return desk.csrf();
}

describe('changing a resolution at the desk', () => {
  it('text: saved with its history; the committee chat lists the new text', async () => {
    const csrf = await signedIn();
    const res = await desk.post('/desk/r/7/text', { _csrf: csrf, text: 'سامانه مستندسازی فرآیندها تهیه شود.' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/desk/r/7?saved=1');
    expect((await resolution(7))!.text).toBe('سامانه مستندسازی فرآیندها تهیه شود.');
    const [change] = await desk.app.deps.corrections!.log((await resolution(7))!.id);
    expect(change).toMatchObject({ type: 'text', actorId: '100', actorName: 'سعید عباسی', chatAddress: 'desk' });
    expect(change!.before.text).toBe('برای مستندسازی فرآیندها سیستمی تهیه گردد.');
    expect(change!.after.text).toBe('سامانه مستندسازی فرآیندها تهیه شود.');
    const page = await (await desk.get('/desk/r/7?saved=1')).text();
    expect(page).toContain(fa.desk.saved);
    expect(page).toContain('برای مستندسازی فرآیندها سیستمی تهیه گردد.');
    const say = chatter(desk.app);
    await say('fava', '/link کمیته فاوا');
    expect(await say('fava', '/list')).toContain('سامانه مستندسازی فرآیندها تهیه شود.');
  });

  it('refuses a form without the CSRF token or from another site, changing nothing', async () => {
    const csrf = await signedIn();
    expect((await desk.post('/desk/r/7/text', { text: 'x' })).status).toBe(403);
    expect((await desk.post('/desk/r/7/text', { _csrf: 'forged', text: 'x' })).status).toBe(403);
    const cross = await desk.post('/desk/r/7/text', { _csrf: csrf, text: 'x' }, { origin: 'https://evil.example' });
    expect(cross.status).toBe(403);
    expect(await cross.text()).toContain(fa.desk.badForm);
    expect((await resolution(7))!.text).toBe('برای مستندسازی فرآیندها سیستمی تهیه گردد.');
    // GET never changes anything.
    expect((await desk.get('/desk/r/7/text?text=x')).status).toBe(404);
  });

  it('owners: add, replace and remove with known names; an unknown name is refused with the typed value', async () => {
    const csrf = await signedIn();
    const unknown = await desk.post('/desk/r/7/owners', { _csrf: csrf, op: 'add', name: 'کمیته مریخ', owner: '' });
    expect(unknown.status).toBe(400);
    const html = await unknown.text();
    expect(html).toContain(fa.desk.unknownOwner('کمیته مریخ'));
    expect(html).toContain('value="کمیته مریخ"');
    expect(html).toContain('<datalist id="owners">');
    expect(await statuses(desk.app, 7)).toEqual({ 'کمیته فاوا': 'open' });

    expect((await desk.post('/desk/r/7/owners', { _csrf: csrf, op: 'add', name: 'دبیرخانه', owner: '' })).status).toBe(
      303,
    );
    expect(await statuses(desk.app, 7)).toEqual({ 'کمیته فاوا': 'open', دبیرخانه: 'open' });

    const fava = (await resolution(7))!.assignments.find((a) => a.ownerName === 'کمیته فاوا')!;
    const replaced = await desk.post('/desk/r/7/owners', {
      _csrf: csrf,
      op: 'replace',
      owner: String(fava.ownerId),
      name: 'روش شناسی',
      reason: 'اشتباه در صورتجلسه',
    });
    expect(replaced.status).toBe(303);
    // Nothing is deleted: the replaced owner's share is cancelled and stays on record.
    expect(await statuses(desk.app, 7)).toEqual({
      'کمیته فاوا': 'cancelled',
      دبیرخانه: 'open',
      'کارگروه روش شناسی': 'open',
    });

    const office = (await resolution(7))!.assignments.find((a) => a.ownerName === 'دبیرخانه')!;
    const noReason = await desk.post('/desk/r/7/owners', { _csrf: csrf, op: 'remove', owner: String(office.ownerId) });
    expect(noReason.status).toBe(400);
    expect(await noReason.text()).toContain(fa.desk.reasonRequired);

    const owners = await desk.app.store.listOwners();
    const names = (id: number) => owners.find((o) => o.id === id)!.name;
    const log = await desk.app.deps.corrections!.log((await resolution(7))!.id);
    expect(log.map((e) => [e.type, e.reason, logChanges(e, names)])).toEqual([
      ['owners', null, [{ field: 'owners', from: ['کمیته فاوا'], to: ['کمیته فاوا', 'دبیرخانه'] }]],
      [
        'owners',
        'اشتباه در صورتجلسه',
        [{ field: 'owners', from: ['کمیته فاوا', 'دبیرخانه'], to: ['دبیرخانه', 'کارگروه روش شناسی'] }],
      ],
    ]);
    const history = await desk.app.store.history((await resolution(7))!.id);
    expect(history.at(-1)).toMatchObject({ toStatus: 'cancelled', note: 'اشتباه در صورتجلسه', chatAddress: 'desk' });
    const page = await (await desk.get('/desk/r/7')).text();
    expect(page).toContain('متولیان از «کمیته فاوا، دبیرخانه» به «دبیرخانه، کارگروه روش شناسی» تغییر کرد');
  });

  it('deadline: a Jalali date, the next meeting or none; anything else is refused', async () => {
    const csrf = await signedIn();
    const bad = await desk.post('/desk/r/5/deadline', { _csrf: csrf, kind: 'date', date: '۱۴۰۳/۱۳/۰۱' });
    expect(bad.status).toBe(400);
    const html = await bad.text();
    expect(html).toContain(fa.desk.badDate('۱۴۰۳/۱۳/۰۱'));
    expect(html).toContain('value="۱۴۰۳/۱۳/۰۱"');
    expect((await resolution(5))!.dueDate).toBeNull();

    expect((await desk.post('/desk/r/5/deadline', { _csrf: csrf, kind: 'date', date: '۱۴۰۳/۰۲/۱۰' })).status).toBe(303);
    expect((await resolution(5))!.dueDate).toBe('2024-04-29');
    await desk.post('/desk/r/5/deadline', { _csrf: csrf, kind: 'next' });
    expect(await resolution(5)).toMatchObject({ dueDate: null, dueAtNextMeeting: true });
    await desk.post('/desk/r/5/deadline', { _csrf: csrf, kind: 'none' });
    expect(await resolution(5)).toMatchObject({ dueDate: null, dueAtNextMeeting: false });
    const page = await (await desk.get('/desk/r/5')).text();
    expect(page).toContain('مهلت از «هیچ» به «۱۴۰۳/۰۲/۱۰» تغییر کرد');
  });

  it('deadline: contradictory or empty input is refused with the form refilled, never dropped or called saved', async () => {
    const csrf = await signedIn();
    const post = (form: Record<string, string>) => desk.post('/desk/r/5/deadline', { _csrf: csrf, ...form });
    const log = async () => desk.app.deps.corrections!.log((await resolution(5))!.id);
    // A date typed with «بدون مهلت» or «جلسه بعدی» left chosen: said, not dropped.
    for (const [kind, chosen] of [
      ['none', fa.desk.deadlineNone],
      ['next', fa.desk.deadlineNext],
    ] as const) {
      const res = await post({ kind, date: '۱۴۰۵/۰۱/۱۰' });
      expect(res.status).toBe(400);
      const html = await res.text();
      expect(html).toContain(fa.desk.deadlineConflict('۱۴۰۵/۰۱/۱۰', chosen));
      expect(html).toContain('value="۱۴۰۵/۰۱/۱۰"');
      expect(html).not.toContain(fa.desk.saved);
    }
    // «تاریخ شمسی» with no date, and a Gregorian date where a Jalali one is asked.
    const empty = await post({ kind: 'date', date: '' });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain(fa.desk.dateRequired);
    const gregorian = await post({ kind: 'date', date: '2025-01-01' });
    expect(gregorian.status).toBe(400);
    expect(await gregorian.text()).toContain(fa.desk.gregorianDate('2025-01-01', '1403/10/12'));
    expect(await resolution(5)).toMatchObject({ dueDate: null, dueAtNextMeeting: false });
    expect(await log()).toEqual([]);

    const saved = await post({ kind: 'date', date: '۱۴۰۳/۱۰/۱۲' });
    expect(saved.headers.get('location')).toBe('/desk/r/5?saved=1');
    expect(await (await desk.get(saved.headers.get('location')!)).text()).toContain(fa.desk.saved);
    // The same date again stores nothing and says so.
    const again = await post({ kind: 'date', date: '1403/10/12' });
    expect(again.headers.get('location')).toBe('/desk/r/5?saved=0');
    const page = await (await desk.get(again.headers.get('location')!)).text();
    expect(page).toContain(fa.desk.unchanged);
    expect(page).not.toContain(fa.desk.saved);
    expect(await log()).toHaveLength(1);
    // The form shows the stored date; choosing «بدون مهلت» with it still there clears the deadline.
    expect(page).toContain('name="date" placeholder="۱۴۰۳/۰۲/۱۰" data-jdp value="۱۴۰۳/۱۰/۱۲"');
    const cleared = await post({ kind: 'none', date: '۱۴۰۳/۱۰/۱۲' });
    expect(cleared.headers.get('location')).toBe('/desk/r/5?saved=1');
    expect(await resolution(5)).toMatchObject({ dueDate: null, dueAtNextMeeting: false });
  });

  it('text: over the limit refused with the limit and its length, the typed text kept; the same text is no change', async () => {
    const csrf = await signedIn();
    const long = `${'مقرر شد '.repeat(500)}پایان`;
    const res = await desk.post('/desk/r/7/text', { _csrf: csrf, text: long });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain(fa.tooLong(4000, [...long].length));
    expect(html).toContain(`${long}</textarea>`);
    expect((await resolution(7))!.text).toBe('برای مستندسازی فرآیندها سیستمی تهیه گردد.');
    const same = await desk.post('/desk/r/7/text', { _csrf: csrf, text: 'برای مستندسازی فرآیندها سیستمی تهیه گردد.' });
    expect(same.headers.get('location')).toBe('/desk/r/7?saved=0');
    expect(await desk.app.deps.corrections!.log((await resolution(7))!.id)).toEqual([]);
  });

  it('per-owner status as in chat; /status N names the desk it came from', async () => {
    const csrf = await signedIn();
    const r = (await resolution(3))!;
    const [fava, data] = r.assignments;
    expect(
      (await desk.post('/desk/r/3/status', { _csrf: csrf, assignment: String(fava!.id), to: 'done', note: '' })).status,
    ).toBe(303);
    const blocked = await desk.post('/desk/r/3/status', {
      _csrf: csrf,
      assignment: String(data!.id),
      to: 'blocked',
      note: '',
    });
    expect(blocked.status).toBe(400);
    expect(await blocked.text()).toContain(fa.needReason(3));
    const cannot = await desk.post('/desk/r/3/status', {
      _csrf: csrf,
      assignment: String(fava!.id),
      to: 'blocked',
      note: 'x',
    });
    expect(await cannot.text()).toContain(fa.cannotMove(3, fa.status.done, fa.status.blocked, fa.desk.openFirst));
    expect(await statuses(desk.app, 3)).toMatchObject({ 'کمیته فاوا': 'done', 'کمیته تامین داده': 'open' });
    const say = chatter(desk.app);
    await say('chair', '/link chair');
    const status = await say('chair', '/status 3');
    expect(status).toContain('سعید عباسی (کمیته فاوا): باز ← انجام شد');
    expect(status).toContain(fa.historyVia(fa.desk.via));
  });

  it('cancel and reopen need a reason; the chair may, but may not edit the text', async () => {
    const csrf = await signedIn(CHAIR);
    const text = await desk.post('/desk/r/6/text', { _csrf: csrf, text: 'متنی که رئیس نوشت' });
    expect(text.status).toBe(403);
    const refused = await text.text();
    expect(refused).toContain(fa.desk.secretaryOnly);
    // What was sent is shown back, so nothing typed is lost.
    expect(refused).toContain('<dd>متنی که رئیس نوشت</dd>');
    expect(await (await desk.get('/desk/r/6')).text()).not.toContain('/desk/r/6/text');
    expect((await desk.post('/desk/r/6/cancel', { _csrf: csrf, reason: '' })).status).toBe(400);
    expect((await desk.post('/desk/r/6/cancel', { _csrf: csrf, reason: 'منتفی شد' })).status).toBe(303);
    expect(await statuses(desk.app, 6)).toEqual({ 'کمیته فاوا': 'cancelled', 'کارگروه روش شناسی': 'cancelled' });
    expect(await (await desk.get('/desk/r/6')).text()).toContain(fa.desk.reopenResolution);
    expect((await desk.post('/desk/r/6/reopen', { _csrf: csrf, reason: 'دوباره مطرح شد' })).status).toBe(303);
    expect(await statuses(desk.app, 6)).toEqual({ 'کمیته فاوا': 'open', 'کارگروه روش شناسی': 'open' });
    const history = await desk.app.store.history((await resolution(6))!.id);
    expect(history.map((e) => [e.toStatus, e.note, e.actorName])).toEqual([
      ['open', 'seed', 'test'],
      ['open', 'seed', 'test'],
      ['cancelled', 'منتفی شد', 'جواد حسین زاده'],
      ['cancelled', 'منتفی شد', 'جواد حسین زاده'],
      ['open', 'دوباره مطرح شد', 'جواد حسین زاده'],
      ['open', 'دوباره مطرح شد', 'جواد حسین زاده'],
    ]);
  });

  it('adds a resolution the minutes missed; the committee chat lists it at once', async () => {
    const csrf = await signedIn();
    const meeting = await desk.app.store.prisma.meeting.findFirstOrThrow();
    const form = { _csrf: csrf, meeting: String(meeting.id), text: 'گزارش هزینه‌ها تهیه شود.', date: '' };
    const unknown = await desk.post('/desk/new', { ...form, owners: 'فاوا، کمیته مریخ' });
    expect(unknown.status).toBe(400);
    const html = await unknown.text();
    expect(html).toContain(fa.desk.unknownOwner('کمیته مریخ'));
    expect(html).toContain('value="فاوا، کمیته مریخ"');
    expect(html).toContain('گزارش هزینه‌ها تهیه شود.</textarea>');
    expect(await desk.app.store.prisma.resolution.count()).toBe(7);

    const res = await desk.post('/desk/new', { ...form, owners: 'فاوا، دبیرخانه', date: '۱۴۰۱/۰۹/۳۰' });
    expect(res.headers.get('location')).toBe('/desk/r/8?saved=1');
    expect(await resolution(8)).toMatchObject({ row: 8, meetingNumber: '55', dueDate: '2022-12-21' });
    expect(await statuses(desk.app, 8)).toEqual({ 'کمیته فاوا': 'open', دبیرخانه: 'open' });
    expect(await (await desk.get('/desk/r/8')).text()).toContain('سعید عباسی: مصوبه به دست ثبت شد');
    const say = chatter(desk.app);
    await say('fava', '/link کمیته فاوا');
    expect(await say('fava', '/list')).toContain('گزارش هزینه‌ها تهیه شود.');
  });

  it('an unknown number is a clear 404', async () => {
    await signedIn();
    const res = await desk.get('/desk/r/999');
    expect(res.status).toBe(404);
    expect(await res.text()).toContain(fa.notFound('999'));
  });
});
