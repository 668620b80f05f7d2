// The meetings page: a new meeting, a corrected header with its history naming the desk user, the next
// meeting set as /meeting sets it, and bad input refused on the same form with nothing changed.
import { afterEach, describe, expect, it } from 'vitest';
import { fromJalali } from '../../src/core/calendar.js';
import { MESSAGES } from '../../src/core/i18n.js';
import { chatter } from '../helpers/chat.js';
import { type Provider, postgresAvailable } from '../helpers/db.js';
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
    desk = await startDesk({}, { now: () => new Date('2022-10-20T08:00:00Z') });
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
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain(fa.desk.secretaryOnly);
    expect((await meeting55()).number).toBe('55');
  });
});

const pgUp = await postgresAvailable();

describe.each(['sqlite', 'postgresql'] as Provider[])('a meeting is what the desk says it is, on %s', (provider) => {
  const run = it.skipIf(provider === 'postgresql' && !pgUp);
  const count = () => desk.app.store.prisma.meeting.count();
  const header = (csrf: string, form: Record<string, string>) => ({
    _csrf: csrf,
    number: '',
    date: '',
    chair: '',
    secretary: '',
    ...form,
  });

  run('refuses an empty meeting, a second meeting of a number and a Gregorian date, with what was typed', async () => {
    desk = await startDesk({}, undefined, provider);
    await desk.signIn();
    const csrf = await desk.csrf();
    const empty = await desk.post('/desk/meetings/new', header(csrf, { chair: 'دکتر رحیمی' }));
    expect(empty.status).toBe(400);
    const emptyHtml = await empty.text();
    expect(emptyHtml).toContain(fa.deskMeetings.empty);
    expect(emptyHtml).toContain('name="chair" value="دکتر رحیمی"');
    const twin = await desk.post('/desk/meetings/new', header(csrf, { number: '۵۵', date: '۱۴۰۱/۰۷/۲۵' }));
    expect(twin.status).toBe(400);
    expect(await twin.text()).toContain(fa.deskMeetings.numberTaken('55', '۱۴۰۱/۰۷/۲۵'));
    const gregorian = await desk.post('/desk/meetings/new', header(csrf, { number: '۵۸', date: '2025-01-01' }));
    expect(gregorian.status).toBe(400);
    expect(await gregorian.text()).toContain(fa.desk.gregorianDate('2025-01-01', '1403/10/12'));
    expect(await count()).toBe(1);

    // A meeting of its own number is added; it cannot be corrected into meeting 55 either.
    const added = await desk.post('/desk/meetings/new', header(csrf, { number: '۵۸' }));
    expect(added.status).toBe(303);
    const m58 = await desk.app.store.prisma.meeting.findFirstOrThrow({ where: { number: '58' } });
    const renumbered = await desk.post(`/desk/meetings/${m58.id}`, header(csrf, { number: '55' }));
    expect(renumbered.status).toBe(400);
    expect(await renumbered.text()).toContain(fa.deskMeetings.numberTaken('55', '۱۴۰۱/۰۷/۲۵'));
    // Sent again as it stands, it is no change, and says so.
    const same = await desk.post(`/desk/meetings/${m58.id}`, header(csrf, { number: '۵۸' }));
    expect(same.headers.get('location')).toBe(`/desk/meetings/${m58.id}?saved=0`);
    expect(await (await desk.get(same.headers.get('location')!)).text()).toContain(fa.desk.unchanged);
    expect((await desk.app.desk.meetings.changes(m58.id)).map((e) => e.field)).toEqual(['created']);
  });

  run(
    'deletes a meeting without resolutions after asking, kept in the record; never one with resolutions',
    async () => {
      desk = await startDesk({}, undefined, provider);
      await desk.signIn();
      const csrf = await desk.csrf();
      await desk.post('/desk/meetings/new', header(csrf, { number: '۵۸', chair: 'دکتر رحیمی' }));
      const m58 = await desk.app.store.prisma.meeting.findFirstOrThrow({ where: { number: '58' } });
      const { id: id55 } = await meeting55();
      expect(await (await desk.get(`/desk/meetings/${id55}`)).text()).not.toContain('/delete"');
      const refused = await desk.post(`/desk/meetings/${id55}/delete`, { _csrf: csrf, confirm: '1' });
      expect(refused.status).toBe(400);
      expect(await refused.text()).toContain(fa.deskMeetings.hasResolutions(7));

      expect(await (await desk.get(`/desk/meetings/${m58.id}`)).text()).toContain(`/desk/meetings/${m58.id}/delete`);
      const ask = await desk.post(`/desk/meetings/${m58.id}/delete`, { _csrf: csrf });
      expect(ask.status).toBe(200);
      expect(await ask.text()).toContain(fa.deskMeetings.deleteAsk('58'));
      expect(await count()).toBe(2);
      const gone = await desk.post(`/desk/meetings/${m58.id}/delete`, { _csrf: csrf, confirm: '1' });
      expect(gone.headers.get('location')).toBe('/desk/meetings?deleted=1');
      expect(await count()).toBe(1);
      const [record] = await desk.app.desk.meetings.deleted();
      expect(record).toMatchObject({ subjectId: m58.id, actorId: '100', chatAddress: 'desk', toValue: null });
      expect(JSON.parse(record!.fromValue!)).toMatchObject({ number: '58', chair: 'دکتر رحیمی', key: 'n:58' });
      const list = await (await desk.get('/desk/meetings?deleted=1')).text();
      expect(list).toContain(fa.deskMeetings.deletedFlash);
      expect(list).toContain('سعید عباسی: جلسه ۵۸ حذف شد');
    },
  );

  run('a next meeting on a day off names the day, as /meeting does, the desk’s own corrections too', async () => {
    desk = await startDesk({}, { now: () => new Date('2022-10-20T08:00:00Z') }, provider);
    await desk.signIn(CHAIR);
    const actor = { platform: 'telegram' as const, userId: '100', name: 'سعید عباسی' };
    // A day the desk made a day off; 1401 is before the published calendars, so its days off are estimated.
    const tuesday = fromJalali(1401, 8, 10)!;
    await desk.app.desk.daysOff.setDay(tuesday, { off: true, name: 'تعطیل استانی' }, actor, 'desk');
    const csrf = await desk.csrf();
    const ask = await desk.post('/desk/meetings/next', { _csrf: csrf, date: '۱۴۰۱/۰۸/۱۰', time: '۰۹:۰۰' });
    expect(ask.status).toBe(200);
    expect(await ask.text()).toContain(
      fa.deskMeetings.nextConfirm(`${fa.remind.meetingDoubt.holiday} (تعطیل استانی، برآورد)`, '۱۴۰۱/۰۸/۱۰ ۰۹:۰۰'),
    );
    expect((await desk.app.store.getCouncil()).nextMeetingAt).toBeNull();
  });

  run(
    'a past next meeting waits for «تأیید», as /meeting does; each setting is recorded, from the desk or chat',
    async () => {
      desk = await startDesk({}, { now: () => new Date('2022-10-20T08:00:00Z') }, provider);
      await desk.signIn(CHAIR);
      const csrf = await desk.csrf();
      const past = await desk.post('/desk/meetings/next', { _csrf: csrf, date: '۱۴۰۱/۰۷/۲۶', time: '۰۹:۰۰' });
      expect(past.status).toBe(200);
      const html = await past.text();
      expect(html).toContain(fa.deskMeetings.nextConfirm(fa.remind.meetingDoubt.past, '۱۴۰۱/۰۷/۲۶ ۰۹:۰۰'));
      expect(html).toContain('<input type="hidden" name="confirm" value="1">');
      expect(html).toContain('name="date" placeholder="۱۴۰۳/۰۲/۱۰" data-jdp value="۱۴۰۱/۰۷/۲۶"');
      expect((await desk.app.store.getCouncil()).nextMeetingAt).toBeNull();
      const confirmed = await desk.post('/desk/meetings/next', {
        _csrf: csrf,
        date: '۱۴۰۱/۰۷/۲۶',
        time: '۰۹:۰۰',
        confirm: '1',
      });
      expect(confirmed.headers.get('location')).toBe('/desk/meetings?saved=1');
      expect((await desk.app.store.getCouncil()).nextMeetingAt).toEqual(new Date('2022-10-18T05:30:00Z'));
      const again = await desk.post('/desk/meetings/next', {
        _csrf: csrf,
        date: '۱۴۰۱/۰۷/۲۶',
        time: '۰۹:۰۰',
        confirm: '1',
      });
      expect(again.headers.get('location')).toBe('/desk/meetings?saved=0');
      const empty = await desk.post('/desk/meetings/next', { _csrf: csrf, date: '', time: '' });
      expect(empty.status).toBe(400);
      expect(await empty.text()).toContain(fa.desk.dateRequired);
      // Chat's /meeting is recorded in the same place, with its chat.
      const say = chatter(desk.app);
      await say('chair', '/link chair');
      await say('chair', '/meeting ۱۴۰۱/۰۸/۱۰ ۰۸:۳۰');
      const changes = await desk.app.desk.meetings.nextMeetingChanges();
      expect(changes.map((e) => [e.actorId, e.chatAddress, e.toValue])).toEqual([
        ['chair-member', 'console:chair', '2022-11-01T05:00:00.000Z'],
        ['200', 'desk', '2022-10-18T05:30:00.000Z'],
      ]);
      expect(await (await desk.get('/desk/meetings')).text()).toContain(
        'جواد حسین زاده: جلسه بعدی از «هیچ» به «۱۴۰۱/۰۷/۲۶ ۰۹:۰۰» (از میز دبیرخانه)',
      );
    },
  );
});
