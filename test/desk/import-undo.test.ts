// A meeting's import rolled back as a whole from its page: asked first, then the meeting and its items go in
// one transaction with the record keeping them; refused, naming why, once someone reported or corrected.
import { afterEach, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/core/i18n.js';
import { chatter } from '../helpers/chat.js';
import { seed } from '../helpers/seed.js';
import { CHAIR, type Desk, startDesk } from './harness.js';

const fa = MESSAGES.fa;
let desk: Desk;
afterEach(() => desk?.app.cleanup());

const meetingId = async () => (await desk.app.store.prisma.meeting.findFirstOrThrow()).id;

describe('rolling back an import', () => {
  it('asks, then removes the meeting and its items, keeping them in the record and the audit trail', async () => {
    desk = await startDesk();
    await desk.signIn();
    const id = await meetingId();
    const pageHtml = await (await desk.get(`/desk/meetings/${id}`)).text();
    expect(pageHtml).toContain(`action="/desk/meetings/${id}/undo-import"`);
    const csrf = await desk.csrf();
    const ask = await desk.post(`/desk/meetings/${id}/undo-import`, { _csrf: csrf });
    expect(ask.status).toBe(200);
    const askHtml = await ask.text();
    expect(askHtml).toContain(fa.deskUndo.ask('55', 7));
    expect(askHtml).toContain('برای مستندسازی فرآیندها سیستمی تهیه گردد.');
    expect(await desk.app.store.prisma.resolution.count()).toBe(7);

    const done = await desk.post(`/desk/meetings/${id}/undo-import`, { _csrf: csrf, confirm: '1' });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain(fa.deskUndo.done('55', 7));
    const prisma = desk.app.store.prisma;
    expect(await prisma.resolution.count()).toBe(0);
    expect(await prisma.meeting.count()).toBe(0);
    expect(await prisma.assignment.count()).toBe(0);
    const record = await prisma.recordChange.findFirstOrThrow({ where: { field: 'import-undone' } });
    expect(JSON.parse(record.fromValue!).items).toHaveLength(7);
    expect(record.actorName).toBe('سعید عباسی');
    const trail = await (await desk.get('/desk/audit?source=desk')).text();
    expect(trail).toContain('ورود صورتجلسه جلسه ۵۵ با ۷ مصوبه بازگردانده شد');
    // The chats see nothing left, and the same minutes can be imported again.
    const say = chatter(desk.app);
    await say('fava', '/link کمیته فاوا');
    expect(await say('fava', '/list')).not.toContain('[۱]');
    await seed(desk.app);
    expect(await prisma.resolution.count()).toBe(7);
  });

  it('says what blocks it once someone reported or corrected, and changes nothing', async () => {
    desk = await startDesk();
    await desk.signIn();
    const say = chatter(desk.app);
    await say('fava', '/link کمیته فاوا');
    await say('fava', '/done 1');
    const csrf = await desk.csrf();
    await desk.post('/desk/r/5/text', { _csrf: csrf, text: 'متن اصلاح‌شده' });
    const id = await meetingId();
    const res = await desk.post(`/desk/meetings/${id}/undo-import`, { _csrf: csrf, confirm: '1' });
    expect(res.status).toBe(409);
    const html = await res.text();
    expect(html).toContain(fa.deskUndo.reported(1, 'کمیته فاوا'));
    expect(html).toContain(fa.deskUndo.corrected(5));
    expect(await desk.app.store.prisma.resolution.count()).toBe(7);
    expect(await desk.app.store.prisma.recordChange.count({ where: { field: 'import-undone' } })).toBe(0);
  });

  it('is the secretary’s alone', async () => {
    desk = await startDesk();
    await desk.signIn(CHAIR);
    const id = await meetingId();
    const res = await desk.post(`/desk/meetings/${id}/undo-import`, { _csrf: await desk.csrf(), confirm: '1' });
    expect(res.status).toBe(403);
    expect(await desk.app.store.prisma.resolution.count()).toBe(7);
  });
});
