// The meetings page: a new meeting, a corrected header with its history naming the desk user, the next
// meeting set as /meeting sets it, and bad input refused on the same form with nothing changed.
import { afterEach, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/core/i18n.js';
import { chatter } from '../helpers/chat.js';
import { CHAIR, type Desk, startDesk } from './harness.js';

const fa = MESSAGES.fa;
let desk: Desk;
afterEach(() => desk?.app.cleanup());

const meeting55 = () => desk.app.store.prisma.meeting.findFirstOrThrow({ where: { number: '55' } });

describe('meetings at the desk', () => {
  it('corrects a meeting’s number, date, chair and secretary, each change in its history', async () => {
    desk = await startDesk();
    await desk.signIn();
    const csrf = await desk.csrf();
    const { id } = await meeting55();
    const bad = await desk.post(`/desk/meetings/${id}`, { _csrf: csrf, number: '۵۷', date: '۱۴۰۱/۱۳/۰۱', chair: 'x' });
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain(fa.desk.badDate('۱۴۰۱/۱۳/۰۱'));
    expect(badHtml).toContain('name="number" value="۵۷"');
    expect((await meeting55()).chair).toBe('جواد حسین زاده');

    const res = await desk.post(`/desk/meetings/${id}`, {
      _csrf: csrf,
      number: '۵۶',
      date: '۱۴۰۱/۰۷/۲۶',
      chair: 'جواد حسین زاده',
      secretary: 'مریم احمدی',
    });
    expect(res.status).toBe(303);
    const m = await desk.app.store.prisma.meeting.findUniqueOrThrow({ where: { id } });
    expect(m).toMatchObject({ number: '56', gregorianDate: '2022-10-18', date: '1401-07-26', secretary: 'مریم احمدی' });
    const history = await desk.app.desk.meetings.changes(id);
    expect(history.map((e) => [e.field, e.fromValue, e.toValue, e.actorId, e.chatAddress])).toEqual([
      ['number', '55', '56', '100', 'desk'],
      ['date', '2022-10-17', '2022-10-18', '100', 'desk'],
      ['secretary', 'سعید عباسی', 'مریم احمدی', '100', 'desk'],
    ]);
    const page = await (await desk.get(`/desk/meetings/${id}?saved=1`)).text();
    expect(page).toContain('دبیر از «سعید عباسی» به «مریم احمدی» تغییر کرد');
    // The chats name the resolutions' meeting by its corrected number.
    const r = await desk.app.store.getResolution({ kind: 'number', number: 1 });
    expect(r!.meetingNumber).toBe('56');
  });

  it('adds a meeting that a resolution can then be added to', async () => {
    desk = await startDesk();
    await desk.signIn();
    const csrf = await desk.csrf();
    const res = await desk.post('/desk/meetings/new', {
      _csrf: csrf,
      number: '۵۸',
      date: '۱۴۰۱/۰۹/۱۰',
      chair: '',
      secretary: '',
    });
    expect(res.status).toBe(303);
    const m = await desk.app.store.prisma.meeting.findFirstOrThrow({ where: { number: '58' } });
    expect(m.gregorianDate).toBe('2022-12-01');
    expect((await desk.app.desk.meetings.changes(m.id)).map((e) => e.field)).toEqual(['created']);
    expect(await (await desk.get('/desk/meetings')).text()).toContain(`href="/desk/meetings/${m.id}">۵۸</a>`);
    const added = await desk.post('/desk/new', {
      _csrf: csrf,
      meeting: String(m.id),
      text: 'دستور کار تهیه شود.',
      owners: 'فاوا',
    });
    expect(added.status).toBe(303);
    expect((await desk.app.store.getResolution({ kind: 'number', number: 8 }))!.meetingNumber).toBe('58');
  });

  it('sets the next meeting as /meeting does, for the chair too; a chair cannot correct a meeting', async () => {
    desk = await startDesk();
    await desk.signIn(CHAIR);
    const csrf = await desk.csrf();
    const bad = await desk.post('/desk/meetings/next', { _csrf: csrf, date: '۱۴۰۱/۰۸/۱۰', time: '۲۵:۰۰' });
    expect(bad.status).toBe(400);
    expect(await bad.text()).toContain(fa.deskMeetings.badTime('۲۵:۰۰'));
    expect((await desk.app.store.getCouncil()).nextMeetingAt).toBeNull();
    const res = await desk.post('/desk/meetings/next', { _csrf: csrf, date: '۱۴۰۱/۰۸/۱۰', time: '۰۹:۳۰' });
    expect(res.status).toBe(303);
    const say = chatter(desk.app);
    await say('chair', '/link chair');
    expect(await say('chair', '/meeting')).toContain('۱۰ آبان ۱۴۰۱');
    expect(await say('chair', '/meeting')).toContain('۰۹:۳۰');
    const { id } = await meeting55();
    const refused = await desk.post(`/desk/meetings/${id}`, { _csrf: csrf, number: '۹۹' });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain(fa.desk.secretaryOnly);
    expect((await meeting55()).number).toBe('55');
  });
});
