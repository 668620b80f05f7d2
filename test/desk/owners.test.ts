// The owners page: owners with other names, bound chats and schedule; rename and another name, recorded;
// a merge moves assignments, their history, names and chats, and is itself recorded; refusals change nothing.
import { afterEach, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/core/i18n.js';
import { chatter, statuses } from '../helpers/chat.js';
import { CHAIR, type Desk, startDesk } from './harness.js';

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

  it('merges one owner into another: assignments with their history, names and chats move; the merge is recorded', async () => {
    desk = await startDesk();
    await desk.signIn();
    const csrf = await desk.csrf();
    const say = chatter(desk.app);
    await say('budget', '/link سازمان برنامه و بودجه');
    await say('budget', '/progress 5 در جریان');
    const from = await ownerId('سازمان برنامه و بودجه');
    const into = await ownerId('دبیرخانه');
    // The budget office holds resolution 5 only, which the office does not: nothing stands in the way.
    const res = await desk.post(`/desk/owners/${from}/merge`, { _csrf: csrf, into: String(into) });
    expect(res.status).toBe(303);
    expect(await statuses(desk.app, 5)).toEqual({ دبیرخانه: 'in_progress' });
    const r5 = await desk.app.store.getResolution({ kind: 'number', number: 5 });
    const history = await desk.app.store.history(r5!.id);
    expect(history.some((e) => e.toStatus === 'in_progress' && e.ownerName === 'دبیرخانه')).toBe(true);
    expect((await desk.app.store.findOwner('سازمان برنامه و بودجه'))!.name).toBe('دبیرخانه');
    expect(await say('budget', '/list')).toContain('[۵]');
    const [merge] = await desk.app.desk.owners.changes(into);
    expect(merge).toMatchObject({ field: 'merge', toValue: 'دبیرخانه', actorId: '100', chatAddress: 'desk' });
    expect(JSON.parse(merge!.fromValue!)).toMatchObject({ id: from, name: 'سازمان برنامه و بودجه', assignments: 1 });
    expect(await (await desk.get(`/desk/owners/${into}`)).text()).toContain('«سازمان برنامه و بودجه» با ۱ سهم');
  });

  it('refuses a merge of owners who share a resolution, and any change by the chair', async () => {
    desk = await startDesk();
    await desk.signIn();
    const csrf = await desk.csrf();
    const fava = await ownerId('کمیته فاوا');
    const office = await ownerId('دبیرخانه');
    const res = await desk.post(`/desk/owners/${fava}/merge`, { _csrf: csrf, into: String(office) });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain(fa.deskOwners.sharedItems('3'));
    expect(await statuses(desk.app, 3)).toEqual({ 'کمیته فاوا': 'open', 'کمیته تامین داده': 'open', دبیرخانه: 'open' });
    await desk.signIn(CHAIR);
    const chair = await desk.post(`/desk/owners/${office}/rename`, { _csrf: await desk.csrf(), name: 'x' });
    expect(chair.status).toBe(400);
    expect(await chair.text()).toContain(fa.desk.secretaryOnly);
    expect((await desk.app.store.findOwner('دبیرخانه'))!.id).toBe(office);
  });
});
