// The desk's roles, form by form: signed in as the secretary and as the chair, every form that changes
// something is sent with valid values; the table in roles.ts says whether it changes the database or is
// refused (403) with nothing changed. docs/security.md is checked to carry exactly that table.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { addDays, civilDate, formatJalali, fromJalali, toJalali } from '../../src/core/calendar.js';
import { MESSAGES } from '../../src/core/i18n.js';
import { CHAIR, type Desk, SECRETARY, startDesk } from './harness.js';
import {
  DESK_ACTIONS,
  DESK_MATRIX,
  DESK_ROLES,
  type DeskAction,
  type DeskRoleName,
  deskRolesMarkdown,
} from './roles.js';

const fa = MESSAGES.fa;
let desk: Desk;
afterEach(() => desk?.app.cleanup());

const prisma = () => desk.app.store.prisma;
const item = async (n: number) => (await desk.app.store.getResolution({ kind: 'number', number: n }))!;
const ownerId = async (name: string) => (await prisma().owner.findFirstOrThrow({ where: { name } })).id;

/** Everything a desk form can change, read straight from the database. */
async function snapshot(): Promise<string> {
  const p = prisma();
  return JSON.stringify([
    await p.resolution.findMany({
      select: { text: true, dueDate: true, dueAtNextMeeting: true },
      orderBy: { id: 'asc' },
    }),
    await p.assignment.findMany({
      select: { ownerId: true, status: true, lastNote: true, removedAt: true },
      orderBy: { id: 'asc' },
    }),
    await p.meeting.findMany({
      select: { number: true, date: true, chair: true, secretary: true },
      orderBy: { id: 'asc' },
    }),
    await p.council.findMany({ select: { nextMeetingAt: true } }),
    await p.owner.findMany({ select: { name: true }, orderBy: { id: 'asc' } }),
    await p.ownerAlias.findMany({ select: { ownerId: true, alias: true }, orderBy: { id: 'asc' } }),
    await p.reminderSchedule.findMany({ select: { ownerId: true, settings: true } }),
    await p.deskSession.findMany({ select: { endedAt: true }, orderBy: { id: 'asc' } }),
    await p.dayOffCorrection.findMany({ select: { date: true, off: true, name: true } }),
    await p.officialCalendarYear.findMany({ select: { jalaliYear: true } }),
    await p.savedFilter.findMany({ select: { name: true, query: true, deletedAt: true }, orderBy: { id: 'asc' } }),
  ]);
}

/** Each form as a browser sends it, with values that are valid for the secretary. */
const SEND: Record<DeskAction, (csrf: string) => Promise<Response>> = {
  text: (csrf) => desk.post('/desk/r/7/text', { _csrf: csrf, text: 'متن تازه' }),
  owners: (csrf) => desk.post('/desk/r/7/owners', { _csrf: csrf, op: 'add', name: 'دبیرخانه', owner: '' }),
  deadline: (csrf) => desk.post('/desk/r/5/deadline', { _csrf: csrf, kind: 'next' }),
  add: async (csrf) => {
    const meeting = await prisma().meeting.findFirstOrThrow();
    return desk.post('/desk/new', {
      _csrf: csrf,
      meeting: String(meeting.id),
      text: 'مصوبه تازه',
      owners: 'فاوا',
      date: '',
    });
  },
  status: async (csrf) => {
    const a = (await item(3)).assignments[0]!;
    return desk.post('/desk/r/3/status', { _csrf: csrf, assignment: String(a.id), to: 'in_progress', note: '' });
  },
  note: async (csrf) => {
    const a = (await item(3)).assignments[0]!;
    return desk.post('/desk/r/3/status', { _csrf: csrf, assignment: String(a.id), to: a.status, note: 'نامه رفت' });
  },
  cancel: (csrf) => desk.post('/desk/r/6/cancel', { _csrf: csrf, reason: 'منتفی شد' }),
  reopen: (csrf) => desk.post('/desk/r/6/reopen', { _csrf: csrf, reason: 'دوباره مطرح شد' }),
  meetingNew: (csrf) =>
    desk.post('/desk/meetings/new', { _csrf: csrf, number: '56', date: '', chair: '', secretary: '' }),
  meetingFix: async (csrf) => {
    const m = await prisma().meeting.findFirstOrThrow();
    return desk.post(`/desk/meetings/${m.id}`, {
      _csrf: csrf,
      number: m.number ?? '',
      date: '۱۴۰۱/۰۷/۲۶',
      chair: 'دکتر رحیمی',
      secretary: m.secretary ?? '',
    });
  },
  // Confirmed, as a date that is past, a Friday or a holiday must be (whatever day the test runs on).
  nextMeeting: (csrf) =>
    desk.post('/desk/meetings/next', { _csrf: csrf, date: '۱۴۰۶/۰۱/۲۰', time: '08:30', confirm: '1' }),
  rename: async (csrf) =>
    desk.post(`/desk/owners/${await ownerId('کمیته فاوا')}/rename`, { _csrf: csrf, name: 'کمیته فاوای نو' }),
  alias: async (csrf) =>
    desk.post(`/desk/owners/${await ownerId('کمیته فاوا')}/alias`, { _csrf: csrf, alias: 'فناوری اطلاعات' }),
  learn: async (csrf) =>
    desk.post('/desk/learn', { _csrf: csrf, learn: `${await ownerId('کمیته فاوا')}:اداره فناوری` }),
  meetingDelete: async (csrf) => {
    const empty = await prisma().meeting.findFirstOrThrow({ where: { number: '90' } });
    return desk.post(`/desk/meetings/${empty.id}/delete`, { _csrf: csrf, confirm: '1' });
  },
  unmerge: async (csrf) => {
    const into = await ownerId('کمیته فاوا');
    const [merge] = await desk.app.desk.owners.changes(into);
    return desk.post(`/desk/owners/${into}/unmerge`, { _csrf: csrf, change: String(merge!.id), confirm: '1' });
  },
  endSession: async (csrf) => {
    const other = await prisma().deskSession.findFirstOrThrow({ where: { userId: '300' } });
    return desk.post(`/desk/sessions/${other.id}/end`, { _csrf: csrf });
  },
  merge: async (csrf) =>
    desk.post(`/desk/owners/${await ownerId('کمیته تازه')}/merge`, {
      _csrf: csrf,
      into: String(await ownerId('کمیته فاوا')),
      confirm: '1',
    }),
  schedule: async (csrf) =>
    desk.post(`/desk/owners/${await ownerId('کمیته فاوا')}/schedule`, {
      _csrf: csrf,
      enabled: 'on',
      weeklyDay: 'sun',
      weeklyTime: '10:00',
      sendTime: '09:00',
      dueSoonDays: '3',
      overdueEveryDays: '2',
      escalateAfterDays: '3',
      pausedUntil: '',
    }),
  dayOff: async (csrf) =>
    desk.post('/desk/days-off/add', { _csrf: csrf, date: await workDayNextYear(), name: 'تعطیل' }),
  officialYear: (csrf) =>
    desk.post('/desk/days-off/official', { _csrf: csrf, year: String(nextYear()), to: 'official' }),
  filterSave: (csrf) => desk.post('/desk/filters?overdue=1', { _csrf: csrf, name: 'معوق‌ها' }),
  filterDelete: async (csrf) => {
    const kept = await prisma().savedFilter.findFirstOrThrow();
    return desk.post(`/desk/filters/${kept.id}/delete`, { _csrf: csrf });
  },
};

/** The Jalali year after today's: the days-off page corrects it, and it is still estimated. */
const nextYear = () => toJalali(civilDate(desk.app.clock.now(), desk.app.config.COUNCIL_TIMEZONE)).jy + 1;

/** A work day of next year that the secretary may make a day off. */
async function workDayNextYear(): Promise<string> {
  const calendar = await desk.app.deps.reminders.calendar();
  let date = fromJalali(nextYear(), 2, 1)!;
  while (!calendar.isWorkDay(date)) date = addDays(date, 1);
  return formatJalali(date, 'en');
}

/** The secretary as the actor of a change made directly, to set the state a form acts on. */
const ACTOR = { platform: 'telegram', userId: '100', name: 'سعید عباسی' } as const;

/** Some forms need a state to act on first: a cancelled resolution to reopen, an owner free to merge. */
const BEFORE: Partial<Record<DeskAction, () => Promise<unknown>>> = {
  merge: () => prisma().owner.create({ data: { councilId: desk.app.councilId, name: 'کمیته تازه' } }),
  meetingDelete: () =>
    desk.app.desk.meetings.create({ number: '90', gregorianDate: null, chair: null, secretary: null }, ACTOR, 'desk'),
  unmerge: async () => {
    const fresh = await prisma().owner.create({ data: { councilId: desk.app.councilId, name: 'کمیته تازه' } });
    await desk.app.desk.owners.merge(fresh.id, await ownerId('کمیته فاوا'), ACTOR, 'desk');
  },
  // Someone else's session, open, for the sessions page's «پایان».
  endSession: () =>
    prisma().deskSession.create({
      data: {
        tokenHash: 'another',
        platform: 'telegram',
        userId: '300',
        role: 'chair',
        csrf: 'x',
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    }),
  filterDelete: () => desk.app.desk.filters.create('معوق‌ها', 'overdue=1', ACTOR, 'desk'),
  reopen: async () =>
    prisma().assignment.updateMany({ where: { resolutionId: (await item(6)).id }, data: { status: 'cancelled' } }),
};

const IDENTITY = { secretary: SECRETARY, chair: CHAIR } as const;

/** Forms that answer with a page saying what was done, not a redirect to the page they came from. */
const ANSWERS_WITH_PAGE: DeskAction[] = ['learn'];

describe('who may change what at the desk', () => {
  const cells = (Object.keys(DESK_ACTIONS) as DeskAction[]).flatMap((a) =>
    (Object.keys(DESK_ROLES) as DeskRoleName[]).map((r) => [a, r, DESK_MATRIX[a][r]] as const),
  );
  it.each(cells)('%s by the %s → changes: %s', async (action, role, allowed) => {
    desk = await startDesk();
    await desk.signIn(IDENTITY[role]);
    const csrf = await desk.csrf();
    await BEFORE[action]?.();
    const before = await snapshot();
    const res = await SEND[action](csrf);
    const after = await snapshot();
    expect(after !== before, `${role} ${action}: ${res.status}`).toBe(allowed);
    if (allowed) expect(res.status).toBe(ANSWERS_WITH_PAGE.includes(action) ? 200 : 303);
    else {
      // Refused in words with 403, everywhere alike; never a silent no-op.
      expect(res.status).toBe(403);
      expect(await res.text()).toContain(fa.desk.secretaryOnly);
    }
  });
});

describe('docs/security.md', () => {
  it('carries exactly the desk-roles table this test runs', () => {
    const doc = readFileSync(new URL('../../docs/security.md', import.meta.url), 'utf8');
    const table = /<!-- desk-roles:start -->\n([\s\S]*?)\n<!-- desk-roles:end -->/.exec(doc)?.[1];
    expect(table).toBe(deskRolesMarkdown());
  });
});
