// Who is reached, at the desk: an owner with no chat is marked «به کسی یادآوری نمی‌شود» on the owners page and
// its own page; the secretary makes an invite there (the code and Telegram's links shown once), revokes one,
// and the owner's history says each; a bound chat shows its last reminder and whether it arrived; the register
// filters the items of unreached owners.
import { afterEach, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/core/i18n.js';
import { chatter } from '../helpers/chat.js';
import { CHAIR, type Desk, startDesk } from './harness.js';

const fa = MESSAGES.fa;
let desk: Desk;
afterEach(() => desk?.app.cleanup());

const ownerId = async (name: string) => (await desk.app.store.prisma.owner.findFirstOrThrow({ where: { name } })).id;
const codeIn = (html: string) => /کد دعوت: ([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})/.exec(html)?.[1];

describe('invites and reach at the desk', () => {
  it('marks unreached owners, makes an invite whose code binds a chat, and records it all', async () => {
    desk = await startDesk({ TELEGRAM_BOT_USERNAME: 'peygir_bot' });
    await desk.signIn();
    const id = await ownerId('سازمان برنامه و بودجه');
    const list = await (await desk.get('/desk/owners')).text();
    expect(list).toMatch(/سازمان برنامه و بودجه<\/a><\/td><td><\/td><td><strong class="error">به کسی یادآوری نمی‌شود/);
    expect(await (await desk.get(`/desk/owners/${id}`)).text()).toContain(fa.deskInvites.noChat);

    const csrf = await desk.csrf();
    const made = await desk.post(`/desk/owners/${id}/invite`, { _csrf: csrf, platform: 'telegram', days: '7' });
    expect(made.status).toBe(200);
    expect(made.headers.get('cache-control')).toBe('no-store');
    const html = await made.text();
    const code = codeIn(html)!;
    expect(html).toContain(`https://t.me/peygir_bot?start=${code}`);
    expect(html).toContain(`https://t.me/peygir_bot?startgroup=${code}`);
    // Only a hash is kept; the page of the owner shows the code's last four characters.
    expect(JSON.stringify(await desk.app.db.prisma.invite.findMany())).not.toContain(code);
    expect(await (await desk.get(`/desk/owners/${id}`)).text()).toContain(`…${code.slice(-4)}: باز تا`);

    const say = chatter(desk.app);
    expect(await say('jafari', `/link ${code}`, { admin: false })).toContain('وصل شد');
    const page = await (await desk.get(`/desk/owners/${id}`)).text();
    expect(page).not.toContain(fa.deskInvites.noChat);
    expect(page).toContain(fa.deskInvites.neverReminded);
    expect(page).toContain(`…${code.slice(-4)}: در `);
    expect(page).toMatch(/سعید عباسی: دعوت ساخت \(telegram\)/);
    expect(page).toMatch(/jafari-member: با دعوت، jafari را وصل کرد/);
  });

  it('revokes an open invite; the chair may not make or revoke one; bad input changes nothing', async () => {
    desk = await startDesk();
    await desk.signIn();
    const csrf = await desk.csrf();
    const id = await ownerId('کمیته فاوا');
    const bad = await desk.post(`/desk/owners/${id}/invite`, { _csrf: csrf, platform: 'bale', days: '۴۰۰' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain(fa.deskInvites.badDays);
    const made = await (await desk.post(`/desk/owners/${id}/invite`, { _csrf: csrf, platform: 'bale' })).text();
    const code = codeIn(made)!;
    // No username configured and no bot running: the code to type, without a link.
    expect(made).toContain(`/link ${code}`);
    const invite = await desk.app.db.prisma.invite.findFirstOrThrow();
    const revoked = await desk.post(`/desk/owners/${id}/invites/${invite.id}/revoke`, { _csrf: csrf });
    expect(revoked.status).toBe(303);
    expect(await (await desk.get(`/desk/owners/${id}`)).text()).toContain('لغو شد');
    const twice = await desk.post(`/desk/owners/${id}/invites/${invite.id}/revoke`, { _csrf: csrf });
    expect(await twice.text()).toContain(fa.deskInvites.notOpen);
    expect(await chatter(desk.app)('x', `/link ${code}`, { admin: false })).toContain('لغو شده است');

    await desk.signIn(CHAIR);
    const chair = await desk.post(`/desk/owners/${id}/invite`, { _csrf: await desk.csrf(), platform: 'bale' });
    expect(chair.status).toBe(403);
    expect(await desk.app.db.prisma.invite.count()).toBe(1);
  });

  it('shows the last reminder of each chat and whether it arrived; the register filters unreached owners', async () => {
    desk = await startDesk();
    await desk.signIn();
    const say = chatter(desk.app);
    await say('fava', '/link کمیته فاوا');
    const binding = await desk.app.db.prisma.chatBinding.findFirstOrThrow();
    const at = new Date('2026-12-05T05:30:00Z');
    await desk.app.db.prisma.reminderOccurrence.create({
      data: {
        key: 'k1',
        kind: 'weekly',
        bindingId: binding.id,
        slot: '2026-12-05',
        dueAt: at,
        state: 'failed',
        error: '403 bot was blocked',
      },
    });
    const id = await ownerId('کمیته فاوا');
    expect(await (await desk.get(`/desk/owners/${id}`)).text()).toContain('— نرسید (403 bot was blocked)');
    await desk.app.db.prisma.reminderOccurrence.create({
      data: {
        key: 'k2',
        kind: 'weekly',
        bindingId: binding.id,
        slot: '2026-12-06',
        dueAt: at,
        sentAt: at,
        state: 'sent',
      },
    });
    expect(await (await desk.get(`/desk/owners/${id}`)).text()).toContain('آخرین یادآوری: ۱۴۰۵/۰۹/۱۴ ۰۹:۰۰ — رسید');

    const all = await (await desk.get('/desk')).text();
    const unreached = await (await desk.get('/desk?unreached=1')).text();
    expect(unreached).toContain('name="unreached" value="1" checked');
    // Items 1 and 2 are کمیته فاوا's alone: it is reached now, so they leave the list; item 5 (its owner
    // has no chat) stays.
    expect(all).toContain('در دستوالعمل وارد شود');
    expect(unreached).not.toContain('در دستوالعمل وارد شود');
    expect(unreached).toContain('خانم جعفری بحث تخصیص بودجه');
  });
});
