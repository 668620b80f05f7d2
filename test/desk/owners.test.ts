// The owners page: owners with other names, bound chats and schedule; rename and another name, recorded;
// a merge moves assignments, their history, names and chats, and is itself recorded; refusals change nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { civilDate, formatJalali } from '../../src/core/calendar.js';
import { MESSAGES } from '../../src/core/i18n.js';
import { mergeSettings } from '../../src/core/schedule/settings.js';
import { chatter, statuses } from '../helpers/chat.js';
import { type Provider, postgresAvailable } from '../helpers/db.js';
import { CHAIR, type Desk, ORIGIN, startDesk } from './harness.js';

const fa = MESSAGES.fa;
let desk: Desk;
afterEach(() => desk?.app.cleanup());

const ownerId = async (name: string) => (await desk.app.store.prisma.owner.findFirstOrThrow({ where: { name } })).id;

describe('owners at the desk', () => {
  it('lists owners with their other names and bound chats', async () => {
    desk = await startDesk();
    await desk.signIn();
    const say = chatter(desk.app);
    await say('fava', '/link کمیته فاوا');
    const html = await (await desk.get('/desk/owners')).text();
    expect(html).toMatch(/<a href="\/desk\/owners\/\d+">کمیته فاوا<\/a><\/td><td>فاوا<\/td><td>[^<]*fava/);
    expect(html).toContain(fa.deskOwners.defaults);
  });

  it('renames and adds another name, each in the history; a name of another owner is refused', async () => {
    desk = await startDesk();
    await desk.signIn();
    const csrf = await desk.csrf();
    const id = await ownerId('دبیرخانه');
    expect((await desk.post(`/desk/owners/${id}/rename`, { _csrf: csrf, name: 'دبیرخانه شورا' })).status).toBe(303);
    expect((await desk.post(`/desk/owners/${id}/alias`, { _csrf: csrf, alias: 'دبیرخانه سرشماری' })).status).toBe(303);
    const taken = await desk.post(`/desk/owners/${id}/alias`, { _csrf: csrf, alias: 'فاوا' });
    expect(taken.status).toBe(400);
    const html = await taken.text();
    expect(html).toContain(fa.deskOwners.nameTaken('کمیته فاوا'));
    expect(html).toContain('name="alias" value="فاوا"');
    expect((await desk.app.store.findOwner('دبیرخانه سرشماری'))!.name).toBe('دبیرخانه شورا');
    expect((await desk.app.store.findOwner('فاوا'))!.name).toBe('کمیته فاوا');
    expect((await desk.app.desk.owners.changes(id)).map((e) => [e.field, e.fromValue, e.toValue, e.actorId])).toEqual([
      ['name', 'دبیرخانه', 'دبیرخانه شورا', '100'],
      ['alias', null, 'دبیرخانه سرشماری', '100'],
    ]);
    expect(await (await desk.get(`/desk/owners/${id}`)).text()).toContain(
      'نام از «دبیرخانه» به «دبیرخانه شورا» تغییر کرد',
    );
  });

  it('refuses a merge of owners who share a resolution, and any change by the chair', async () => {
    desk = await startDesk();
    await desk.signIn();
    const csrf = await desk.csrf();
    const fava = await ownerId('کمیته فاوا');
    const office = await ownerId('دبیرخانه');
    // Refused at once, before the page that asks for confirmation.
    const res = await desk.post(`/desk/owners/${fava}/merge`, { _csrf: csrf, into: String(office) });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(fa.deskOwners.sharedItems('3'));
    expect(await statuses(desk.app, 3)).toEqual({ 'کمیته فاوا': 'open', 'کمیته تامین داده': 'open', دبیرخانه: 'open' });
    await desk.signIn(CHAIR);
    const chair = await desk.post(`/desk/owners/${office}/rename`, { _csrf: await desk.csrf(), name: 'x' });
    expect(chair.status).toBe(403);
    expect(await chair.text()).toContain(fa.desk.secretaryOnly);
    expect((await desk.app.store.findOwner('دبیرخانه'))!.id).toBe(office);
  });
});

describe('an owner’s reminder schedule at the desk', () => {
  const form = (csrf: string, change: Record<string, string> = {}) => ({
    _csrf: csrf,
    enabled: 'on',
    weeklyDay: 'sat',
    weeklyTime: '09:00',
    sendTime: '09:00',
    dueSoonDays: '3',
    overdueEveryDays: '2',
    escalateAfterDays: '3',
    pausedUntil: '',
    ...change,
  });
  const stored = async (id: number) =>
    (await desk.app.store.prisma.reminderSchedule.findUnique({ where: { ownerId: id } }))?.settings ?? null;

  it('shows the schedule in a form; a change is stored as /schedule stores it, recorded, and chat sees it at once', async () => {
    desk = await startDesk();
    await desk.signIn();
    const say = chatter(desk.app);
    await say('chair', '/link chair', { user: 'telegram-100' });
    const id = await ownerId('کمیته فاوا');
    const before = await (await desk.get(`/desk/owners/${id}`)).text();
    expect(before).toContain(`action="/desk/owners/${id}/schedule"`);
    expect(before).toContain('name="sendTime" value="۰۹:۰۰"');
    expect(before).toContain('<option value="sat" selected>شنبه</option>');
    const pause = formatJalali(civilDate(new Date(Date.now() + 30 * 86_400_000), 'Asia/Tehran'), 'fa');
    const res = await desk.post(
      `/desk/owners/${id}/schedule`,
      form(await desk.csrf(), { weeklyDay: 'sun', weeklyTime: '۱۰:۰۰', dueSoonDays: '۵', pausedUntil: pause }),
    );
    expect(res.status).toBe(303);
    const settings = mergeSettings(desk.app.deps.reminders.defaults, {
      weeklyDay: 'sun',
      weeklyTime: '10:00',
      dueSoonDays: 5,
      pausedUntil: civilDate(new Date(Date.now() + 30 * 86_400_000), 'Asia/Tehran'),
    });
    // Only what differs from the council's defaults is stored, exactly as /schedule stores it.
    expect(JSON.parse((await stored(id))!)).toEqual({
      weeklyDay: 'sun',
      weeklyTime: '10:00',
      dueSoonDays: 5,
      pausedUntil: settings.pausedUntil,
    });
    const line = fa.remind.settingsLine(settings);
    expect(await (await desk.get(res.headers.get('location')!)).text()).toContain(
      fa.remind.scheduleSaved('کمیته فاوا', line),
    );
    expect(await say('chair', '/schedule')).toContain(fa.remind.scheduleOwner('کمیته فاوا', line));
    const [change] = await desk.app.desk.owners.changes(id);
    expect(change).toMatchObject({ field: 'schedule', actorId: '100', chatAddress: 'desk' });
    expect(JSON.parse(change!.toValue!)).toEqual(settings);
    const page = await (await desk.get(`/desk/owners/${id}`)).text();
    expect(page).toContain('روز خلاصه هفتگی از «شنبه» به «یکشنبه»');
    expect(page).toContain('یادآوری پیش از مهلت از «۳» به «۵»');

    // A change made in chat lands in the same history, and the desk's form shows it.
    await say('chair', '/schedule کمیته فاوا off', { user: 'telegram-100' });
    const changes = await desk.app.desk.owners.changes(id);
    expect(changes).toHaveLength(2);
    expect(changes[1]!.chatAddress).not.toBe('desk');
    const after = await (await desk.get(`/desk/owners/${id}`)).text();
    expect(after).toContain('یادآوری‌ها از «روشن» به «خاموش»');
    expect(after).not.toMatch(/name="enabled" value="on" checked/);
  });

  it('bad input comes back on the same form with what was typed, each field with its reason; nothing changes', async () => {
    desk = await startDesk();
    await desk.signIn();
    const id = await ownerId('کمیته فاوا');
    const res = await desk.post(
      `/desk/owners/${id}/schedule`,
      form(await desk.csrf(), {
        weeklyDay: 'fri',
        sendTime: '25:00',
        dueSoonDays: '۹۹',
        overdueEveryDays: '0',
        pausedUntil: '1401/01/01',
      }),
    );
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain(fa.deskOwners.scheduleUnchanged);
    expect(html).toContain(fa.deskOwners.badDay);
    expect(html).toContain(fa.deskMeetings.badTime('25:00'));
    expect(html).toContain(fa.deskOwners.badCount('۹۹', 0, 60));
    expect(html).toContain(fa.deskOwners.badCount('0', 1, 60));
    expect(html).toContain(fa.datePast('2022-03-21'));
    expect(html).toContain('name="sendTime" value="25:00" size="6" aria-invalid="true"');
    expect(html).toContain('name="dueSoonDays" value="۹۹"');
    expect(html).toContain('name="pausedUntil" value="1401/01/01"');
    expect(await stored(id)).toBeNull();
    expect(await desk.app.desk.owners.changes(id)).toEqual([]);
    const notDate = await desk.post(`/desk/owners/${id}/schedule`, form(await desk.csrf(), { pausedUntil: 'فردا' }));
    expect(await notDate.text()).toContain(fa.desk.badDate('فردا'));
    const gregorian = await desk.post(
      `/desk/owners/${id}/schedule`,
      form(await desk.csrf(), { pausedUntil: '2030-01-01' }),
    );
    expect(await gregorian.text()).toContain(fa.desk.gregorianDate('2030-01-01', '1408/10/12'));
    expect(await stored(id)).toBeNull();
  });

  it('refuses a form without the CSRF token or from another site; the chair may change it, as in chat', async () => {
    desk = await startDesk();
    await desk.signIn();
    const id = await ownerId('دبیرخانه');
    const csrf = await desk.csrf();
    const { _csrf, ...noToken } = form(csrf, { sendTime: '11:00' });
    expect((await desk.post(`/desk/owners/${id}/schedule`, noToken)).status).toBe(403);
    expect((await desk.post(`/desk/owners/${id}/schedule`, { ...noToken, _csrf: 'forged' })).status).toBe(403);
    const cross = await desk.post(`/desk/owners/${id}/schedule`, form(csrf, { sendTime: '11:00' }), {
      origin: 'https://evil.example',
    });
    expect(cross.status).toBe(403);
    expect(await stored(id)).toBeNull();
    await desk.signIn(CHAIR);
    const chair = await desk.post(`/desk/owners/${id}/schedule`, form(await desk.csrf(), { sendTime: '11:00' }), {
      origin: ORIGIN,
    });
    expect(chair.status).toBe(303);
    expect(JSON.parse((await stored(id))!)).toEqual({ sendTime: '11:00' });
    expect((await desk.app.desk.owners.changes(id))[0]).toMatchObject({ field: 'schedule', actorId: '200' });
  });
});

const pgUp = await postgresAvailable();

describe.each(['sqlite', 'postgresql'] as Provider[])('merging owners at the desk, on %s', (provider) => {
  const run = it.skipIf(provider === 'postgresql' && !pgUp);
  const BUDGET = 'سازمان برنامه و بودجه';

  /** The budget office with a chat, a status reported there, another name and its own schedule. */
  async function budgetOffice() {
    desk = await startDesk({}, undefined, provider);
    await desk.signIn();
    const say = chatter(desk.app);
    await say('budget', '/link سازمان برنامه و بودجه');
    await say('budget', '/progress 5 در جریان');
    const from = await ownerId(BUDGET);
    const into = await ownerId('دبیرخانه');
    const csrf = await desk.csrf();
    await desk.post(`/desk/owners/${from}/alias`, { _csrf: csrf, alias: 'بودجه' });
    await desk.app.deps.reminders.update(from, { sendTime: '11:00' });
    return { say, from, into, csrf };
  }

  /** Everything the merge touches, as the database holds it. */
  async function state() {
    const p = desk.app.store.prisma;
    return JSON.stringify([
      await p.owner.findMany({ orderBy: { id: 'asc' }, select: { id: true, name: true, createdAt: true } }),
      await p.assignment.findMany({ orderBy: { id: 'asc' }, select: { id: true, ownerId: true, status: true } }),
      await p.ownerAlias.findMany({ orderBy: { id: 'asc' }, select: { id: true, ownerId: true, alias: true } }),
      await p.chatBinding.findMany({
        orderBy: { id: 'asc' },
        select: { id: true, ownerId: true, target: true, active: true, disabledReason: true },
      }),
      await p.reminderSchedule.findMany({ orderBy: { id: 'asc' }, select: { ownerId: true, settings: true } }),
    ]);
  }

  run('asks first, saying what moves; merges on the second press; the undo puts every row back as it was', async () => {
    const { say, from, into, csrf } = await budgetOffice();
    const before = await state();

    // The first press only shows what would move.
    const ask = await desk.post(`/desk/owners/${from}/merge`, { _csrf: csrf, into: String(into) });
    expect(ask.status).toBe(200);
    const html = await ask.text();
    expect(html).toContain(fa.deskOwners.mergeAsk(BUDGET, 'دبیرخانه'));
    expect(html).toContain(fa.deskOwners.mergeItems(1, '5'));
    expect(html).toContain(fa.deskOwners.mergeAliases(`${BUDGET}، بودجه`));
    expect(html).toContain(fa.deskOwners.mergeChats('budget'));
    expect(html).toContain(fa.deskOwners.mergeSchedule.moves);
    expect(html).toContain('<input type="hidden" name="confirm" value="1">');
    expect(await state()).toBe(before);

    const merged = await desk.post(`/desk/owners/${from}/merge`, { _csrf: csrf, into: String(into), confirm: '1' });
    expect(merged.headers.get('location')).toBe(`/desk/owners/${into}?saved=1`);
    expect(await statuses(desk.app, 5)).toEqual({ دبیرخانه: 'in_progress' });
    expect((await desk.app.store.findOwner('بودجه'))!.name).toBe('دبیرخانه');
    expect(await say('budget', '/list')).toContain('[۵]');
    const [merge] = await desk.app.desk.owners.changes(into);
    expect(merge).toMatchObject({ field: 'merge', toValue: 'دبیرخانه', actorId: '100', chatAddress: 'desk' });
    expect(JSON.parse(merge!.fromValue!)).toMatchObject({ id: from, name: BUDGET, assignments: 1 });
    const intoPage = await (await desk.get(`/desk/owners/${into}`)).text();
    expect(intoPage).toContain('«سازمان برنامه و بودجه» با ۱ سهم');
    expect(intoPage).toContain(fa.deskOwners.undoMerge);

    // The undo asks too, then restores the owner under its id with its shares, names, chat and schedule.
    const undoAsk = await desk.post(`/desk/owners/${into}/unmerge`, { _csrf: csrf, change: String(merge!.id) });
    expect(await undoAsk.text()).toContain(fa.deskOwners.unmergeAsk(BUDGET, 'دبیرخانه'));
    expect((await desk.app.store.findOwner(BUDGET))!.id).toBe(into);
    const undone = await desk.post(`/desk/owners/${into}/unmerge`, {
      _csrf: csrf,
      change: String(merge!.id),
      confirm: '1',
    });
    expect(undone.headers.get('location')).toBe(`/desk/owners/${from}?saved=1`);
    expect(await state()).toBe(before);
    expect(await statuses(desk.app, 5)).toEqual({ [BUDGET]: 'in_progress' });
    const r5 = await desk.app.store.getResolution({ kind: 'number', number: 5 });
    const history = await desk.app.store.history(r5!.id);
    expect(history.some((e) => e.toStatus === 'in_progress' && e.ownerName === BUDGET)).toBe(true);
    expect(await say('budget', '/list')).toContain('[۵]');
    expect((await desk.app.desk.owners.changes(into)).map((e) => e.field)).toEqual(['merge', 'unmerge']);
    const fromPage = await (await desk.get(`/desk/owners/${from}`)).text();
    expect(fromPage).toContain('این متولی از «دبیرخانه» دوباره جدا شد');
    // Its earlier history (the other name added before the merge) is its own again.
    expect(fromPage).toContain('نام دیگر «بودجه» افزوده شد');
    expect(await (await desk.get(`/desk/owners/${into}`)).text()).not.toContain(fa.deskOwners.undoMerge);
    const twice = await desk.post(`/desk/owners/${into}/unmerge`, {
      _csrf: csrf,
      change: String(merge!.id),
      confirm: '1',
    });
    expect(twice.status).toBe(400);
    expect(await twice.text()).toContain(fa.deskOwners.alreadyUndone(BUDGET));
  });

  run('a chat unlinked since the merge stays unlinked after the undo, and the page says so', async () => {
    const { say, from, into, csrf } = await budgetOffice();
    await desk.post(`/desk/owners/${from}/merge`, { _csrf: csrf, into: String(into), confirm: '1' });
    await say('budget', '/unlink');
    const [merge] = await desk.app.desk.owners.changes(into);
    const undone = await desk.post(`/desk/owners/${into}/unmerge`, {
      _csrf: csrf,
      change: String(merge!.id),
      confirm: '1',
    });
    expect(undone.headers.get('location')).toBe(`/desk/owners/${from}?chatsLeft=1&saved=1`);
    expect(await (await desk.get(undone.headers.get('location')!)).text()).toContain(fa.deskOwners.chatsLeft(1));
    expect(
      await desk.app.store.prisma.chatBinding.findMany({ where: { active: true, address: 'console:budget' } }),
    ).toEqual([]);
    expect(await statuses(desk.app, 5)).toEqual({ [BUDGET]: 'in_progress' });
  });
});
