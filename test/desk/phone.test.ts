// An owner's phone number at the desk: the secretary sets it on the owner's page (Persian or Latin digits, any
// usual form), a wrong one is refused in Persian and changes nothing, and the owner's history says each change.
// Where Safir is configured an owner with a number and no chat is reached «از راه سفیر» (owners page, owner
// page, register filter); where it is not, the number reaches nobody and the page says why.
import { afterEach, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/core/i18n.js';
import { chatter } from '../helpers/chat.js';
import { CHAIR, type Desk, startDesk } from './harness.js';

const fa = MESSAGES.fa;
/** The number as the page shows it in Persian text: isolated left to right, so its groups keep their order. */
const shown = `\u2066۰۹۱۲ ۱۲۳ ۴۵۶۷\u2069`;
const SAFIR = { SAFIR_API_KEY: 'key', SAFIR_BOT_ID: '77', SAFIR_API_URL: 'http://127.0.0.1:9' };
let desk: Desk;
afterEach(() => desk?.app.cleanup());

const ownerId = async (name: string) => (await desk.app.store.prisma.owner.findFirstOrThrow({ where: { name } })).id;

describe('phone numbers at the desk', () => {
  it('sets, refuses and removes a number; the owner is reached through Safir meanwhile', async () => {
    desk = await startDesk(SAFIR);
    await desk.signIn();
    const id = await ownerId('سازمان برنامه و بودجه');
    const csrf = await desk.csrf();
    const before = await (await desk.get(`/desk/owners/${id}`)).text();
    expect(before).toContain(fa.deskInvites.noChat);
    expect(before).toContain('name="phone"');
    // An item this owner alone holds: listed among the unreached owners' items until its number is set.
    const shares = await desk.app.db.prisma.assignment.findMany({
      where: { ownerId: id },
      include: { resolution: { include: { assignments: true } } },
    });
    const alone = shares.find((a) => a.resolution.assignments.length === 1)!.resolution.text.slice(0, 30);
    expect(await (await desk.get('/desk?unreached=1')).text()).toContain(alone);

    const bad = await desk.post(`/desk/owners/${id}/phone`, { _csrf: csrf, phone: '۰۲۱ ۱۲۳۴ ۵۶۷۸' });
    expect(bad.status).toBe(400);
    const refused = await bad.text();
    expect(refused).toContain(fa.deskInvites.badPhone);
    expect(refused).toContain('value="۰۲۱ ۱۲۳۴ ۵۶۷۸"');
    expect(await desk.app.phones.of(id)).toBeNull();

    const set = await desk.post(`/desk/owners/${id}/phone`, { _csrf: csrf, phone: '۰۹۱۲-۱۲۳-۴۵۶۷' });
    expect(set.status).toBe(303);
    expect(await desk.app.phones.of(id)).toBe('989121234567');
    const page = await (await desk.get(`/desk/owners/${id}`)).text();
    expect(page).not.toContain(fa.deskInvites.noChat);
    expect(page).toContain(fa.deskInvites.viaSafir(shown));
    expect(page).toContain(fa.deskInvites.neverReminded);
    expect(page).toContain('name="phone" dir="ltr" inputmode="tel" autocomplete="off" value="۰۹۱۲ ۱۲۳ ۴۵۶۷"');
    expect(page).toContain(`سعید عباسی: شماره همراه را ${shown} گذاشت`);
    const list = await (await desk.get('/desk/owners')).text();
    expect(list).toMatch(/سازمان برنامه و بودجه<\/a><\/td><td><\/td><td>از راه سفیر<\/td>/);
    // The register's «unreached owners» filter leaves it out now.
    expect(await (await desk.get('/desk?unreached=1')).text()).not.toContain(alone);

    const same = await desk.post(`/desk/owners/${id}/phone`, { _csrf: csrf, phone: '+98 912 123 4567' });
    expect(same.headers.get('location')).toContain('saved=0');
    await desk.post(`/desk/owners/${id}/phone`, { _csrf: csrf, phone: '' });
    expect(await desk.app.phones.of(id)).toBeNull();
    const after = await (await desk.get(`/desk/owners/${id}`)).text();
    expect(after).toContain(fa.deskInvites.noChat);
    expect(after).toContain(`سعید عباسی: شماره همراه ${shown} را برداشت`);
  });

  it('with a chat linked the number stands by; the chair may not change it', async () => {
    desk = await startDesk(SAFIR);
    await desk.signIn();
    const id = await ownerId('کمیته فاوا');
    await desk.post(`/desk/owners/${id}/phone`, { _csrf: await desk.csrf(), phone: '09121234567' });
    await chatter(desk.app)('fava', '/link کمیته فاوا');
    const page = await (await desk.get(`/desk/owners/${id}`)).text();
    expect(page).toContain(fa.deskInvites.safirStandby(shown));
    expect(page).not.toContain(fa.deskInvites.viaSafir(shown));

    await desk.signIn(CHAIR);
    const chair = await desk.post(`/desk/owners/${id}/phone`, { _csrf: await desk.csrf(), phone: '09350000000' });
    expect(chair.status).toBe(403);
    expect(await desk.app.phones.of(id)).toBe('989121234567');
  });

  it('without Safir configured a number reaches nobody, and the page says so', async () => {
    desk = await startDesk();
    await desk.signIn();
    const id = await ownerId('سازمان برنامه و بودجه');
    await desk.post(`/desk/owners/${id}/phone`, { _csrf: await desk.csrf(), phone: '09121234567' });
    const page = await (await desk.get(`/desk/owners/${id}`)).text();
    expect(page).toContain(fa.deskInvites.safirOff(shown));
    expect(page).toContain(fa.invite.unreached);
    const list = await (await desk.get('/desk/owners')).text();
    expect(list).toMatch(/سازمان برنامه و بودجه<\/a><\/td><td><\/td><td><strong class="error">به کسی یادآوری نمی‌شود/);
  });
});
