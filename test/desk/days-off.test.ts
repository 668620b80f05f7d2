// The days-off page: this year's and next year's days off, the estimated year's dates marked; the secretary's
// corrections change what the reminders count as work days at once and are recorded with the secretary's name;
// the chair reads; bad input comes back on the form with nothing changed.
import { afterEach, describe, expect, it } from 'vitest';
import { fromJalali, zonedInstant } from '../../src/core/calendar.js';
import { MESSAGES } from '../../src/core/i18n.js';
import { chatter } from '../helpers/chat.js';
import { type Provider, postgresAvailable } from '../helpers/db.js';
import { FakeClock } from '../reminders/harness.js';
import { CHAIR, type Desk, startDesk } from './harness.js';

const fa = MESSAGES.fa;
const pgUp = await postgresAvailable();
const j = (y: number, m: number, d: number) => fromJalali(y, m, d)!;
// 1 Esfand 1405, a month before the estimated year 1406 begins.
const clock = () => new FakeClock(zonedInstant(j(1405, 12, 1), '10:00', 'Asia/Tehran'));
let desk: Desk | undefined;
afterEach(async () => {
  await desk?.app.cleanup();
  desk = undefined;
});

const rowOf = (html: string, date: string) => new RegExp(`<tr><td>${date}[^]*?</tr>`).exec(html)?.[0] ?? '';

describe.each(['sqlite', 'postgresql'] as Provider[])('the days-off page on %s', (provider) => {
  const run = it.skipIf(provider === 'postgresql' && !pgUp);

  run('moves an estimated holiday as the official calendar has it: the reminders count the new day', async () => {
    desk = await startDesk({ SECRETARY_IDS: 'telegram:100,console:sec' }, clock(), provider);
    await desk.signIn();
    const html = await (await desk.get('/desk/days-off')).text();
    expect(html).toContain('تعطیلات سال ۱۴۰۵ (رسمی)');
    expect(html).toContain('تعطیلات سال ۱۴۰۶ (برآورد)');
    // 1405's dates stand plain; every date of 1406 is marked, the law's days as much as the religious ones.
    expect(rowOf(html, '۱۴۰۵/۱۲/۲۹')).toContain('روز ملی شدن صنعت نفت');
    expect(rowOf(html, '۱۴۰۶/۰۱/۰۱ \\(برآورد\\)')).toContain('عید نوروز');
    expect(rowOf(html, '۱۴۰۶/۰۱/۱۴ \\(برآورد\\)')).toContain('جدول ماه‌های قمری');
    expect(html).not.toMatch(/<td>۱۴۰۶\/[0-9۰-۹/]+<\/td>/);

    const csrf = await desk.csrf();
    expect((await desk.post('/desk/days-off/remove', { _csrf: csrf, date: '1406/01/14' })).status).toBe(303);
    const added = await desk.post('/desk/days-off/add', { _csrf: csrf, date: '۱۴۰۶/۰۱/۱۵', name: 'شهادت امام صادق' });
    expect(added.status).toBe(303);
    const calendar = await desk.app.deps.reminders.calendar();
    expect(calendar.isWorkDay(j(1406, 1, 14))).toBe(true);
    expect(calendar.isWorkDay(j(1406, 1, 15))).toBe(false);
    // The chats' /schedule lists the corrected day the same moment.
    const say = chatter(desk.app);
    const schedule = await say('chair', '/schedule', { user: 'sec' });
    expect(schedule).toContain('۱۴۰۶/۰۱/۱۳ (روز طبیعت، برآورد)، ۱۴۰۶/۰۱/۱۵ (شهادت امام صادق، برآورد)');

    const after = await (await desk.get('/desk/days-off?saved=1')).text();
    expect(rowOf(after, '۱۴۰۶/۰۱/۱۵ \\(برآورد\\)')).toContain('میز دبیرخانه');
    expect(rowOf(after, '۱۴۰۶/۰۱/۱۴ \\(برآورد\\)')).toBe('');
    expect(after).toContain(`${fa.deskDaysOff.madeWorkDays('۱۴۰۶/۰۱/۱۴ (برآورد)')}`);
    expect(after).toContain('سعید عباسی: ۱۴۰۶/۰۱/۱۴ (برآورد) از «تعطیل (شهادت امام صادق)» به «روز کاری» تغییر کرد');
    expect(after).toContain('سعید عباسی: ۱۴۰۶/۰۱/۱۵ (برآورد) از «روز کاری» به «تعطیل (شهادت امام صادق)» تغییر کرد');
    const audit = await desk.app.db.prisma.recordChange.findMany({ where: { subject: 'calendar' } });
    expect(audit.map((e) => [e.subjectId, e.field, e.actorId, e.chatAddress])).toEqual([
      [1406, 'day', '100', 'desk'],
      [1406, 'day', '100', 'desk'],
    ]);

    // Once the official calendar is all in, the year is marked official: its dates are no longer marked.
    expect((await desk.post('/desk/days-off/official', { _csrf: csrf, year: '1406', to: 'official' })).status).toBe(
      303,
    );
    const official = await (await desk.get('/desk/days-off')).text();
    expect(official).toContain('تعطیلات سال ۱۴۰۶ (رسمی)');
    expect(official).not.toContain('(برآورد)');
    expect(await say('chair', '/schedule', { user: 'sec' })).toContain('۱۴۰۶/۰۱/۱۵ (شهادت امام صادق)');
    expect(official).toContain('سعید عباسی: تعطیلات سال ۱۴۰۶ رسمی شد');
    // Marked official again: nothing is stored, and the page says so instead of «ذخیره شد».
    const again = await desk.post('/desk/days-off/official', { _csrf: csrf, year: '1406', to: 'official' });
    expect(again.headers.get('location')).toBe('/desk/days-off?saved=0#y1406');
    const unchanged = await (await desk.get(again.headers.get('location')!)).text();
    expect(unchanged).toContain(fa.desk.unchanged);
    expect(unchanged).not.toContain(fa.desk.saved);
  });
});

describe('the days-off page refuses', () => {
  it('bad input on the same form, with what was typed, and changes nothing', async () => {
    desk = await startDesk({}, clock());
    await desk.signIn();
    const csrf = await desk.csrf();
    const post = (form: string, values: Record<string, string>) =>
      desk!.post(`/desk/days-off/${form}`, { _csrf: csrf, ...values });
    const cases: [string, Record<string, string>, string][] = [
      ['add', { date: '۱۴۰۶/۱۳/۰۱', name: 'x' }, fa.desk.badDate('۱۴۰۶/۱۳/۰۱')],
      ['add', { date: '۱۴۰۶/۰۲/۰۱', name: '' }, fa.deskDaysOff.needName],
      ['add', { date: '۱۴۰۶/۰۲/۰۱', name: 'م'.repeat(101) }, fa.deskDaysOff.nameTooLong(100)],
      // Never cut: a name far over any limit is refused as it is.
      ['add', { date: '۱۴۰۶/۰۲/۰۱', name: 'م'.repeat(5000) }, fa.tooLong(4000, 5000)],
      // The desk's one date rule: a Gregorian date is named so, with its Jalali day.
      ['add', { date: '2027/05/01', name: 'x' }, fa.desk.gregorianDate('2027/05/01', '1406/02/11')],
      ['add', { date: '', name: 'x' }, fa.desk.dateRequired],
      ['official', { year: '1406', to: 'both' }, fa.desk.badForm],
      ['add', { date: '۱۴۰۸/۰۲/۰۱', name: 'x' }, fa.deskDaysOff.outOfRange('۱۴۰۵، ۱۴۰۶')],
      ['add', { date: '۱۴۰۶/۰۱/۰۱', name: 'x' }, fa.deskDaysOff.alreadyOff('۱۴۰۶/۰۱/۰۱')],
      ['remove', { date: '۱۴۰۶/۰۲/۰۱' }, fa.deskDaysOff.notOff('۱۴۰۶/۰۲/۰۱')],
      ['official', { year: '1405', to: 'official' }, fa.deskDaysOff.publishedYear(1405)],
      ['official', { year: '1409', to: 'official' }, fa.deskDaysOff.outOfRange('۱۴۰۵، ۱۴۰۶')],
    ];
    for (const [form, values, message] of cases) {
      const res = await post(form, values);
      expect(res.status, `${form} ${JSON.stringify(values)}`).toBe(400);
      const html = await res.text();
      expect(html).toContain(message);
      if (values.date && form === 'add') expect(html).toContain(`name="date" value="${values.date}"`);
    }
    expect(await desk.app.db.prisma.dayOffCorrection.count()).toBe(0);
    expect(await desk.app.db.prisma.officialCalendarYear.count()).toBe(0);
    expect(await desk.app.db.prisma.recordChange.count({ where: { subject: 'calendar' } })).toBe(0);
  });

  it('the chair reads the days off, and a form the chair sends changes nothing', async () => {
    desk = await startDesk({}, clock());
    await desk.signIn(CHAIR);
    const html = await (await desk.get('/desk/days-off')).text();
    expect(html).toContain('۱۴۰۶/۰۱/۱۴ (برآورد)');
    expect(html).not.toContain('action="/desk/days-off/');
    const csrf = await desk.csrf();
    const res = await desk.post('/desk/days-off/add', { _csrf: csrf, date: '1406/02/01', name: 'x' });
    // Refused by the desk's one role guard, as every form of the secretary's is: 403, what was sent shown back.
    expect(res.status).toBe(403);
    const refused = await res.text();
    expect(refused).toContain(fa.desk.secretaryOnly);
    expect(refused).toContain('<dd>1406/02/01</dd>');
    expect(await desk.app.db.prisma.dayOffCorrection.count()).toBe(0);
  });
});
