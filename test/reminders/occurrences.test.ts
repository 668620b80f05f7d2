// Which reminders are due when: every kind, its work-day shifts, snoozes, done items and the keys.
import { describe, expect, it } from 'vitest';
import { fromJalali, zonedInstant } from '../../src/core/calendar.js';
import type { ResolutionView } from '../../src/core/ports.js';
import { type DueInput, dueOccurrences, type ReminderBinding } from '../../src/core/schedule/occurrences.js';
import { defaultSettings, type ScheduleSettings } from '../../src/core/schedule/settings.js';
import { WorkCalendar } from '../../src/core/schedule/workdays.js';
import type { Status } from '../../src/core/types.js';

const TZ = 'Asia/Tehran';
const j = (y: number, m: number, d: number) => fromJalali(y, m, d)!;
const at = (date: string, time = '09:00') => zonedInstant(date, time, TZ);
const defaults = defaultSettings({
  REMINDER_WEEKLY_DAY: 'sat',
  REMINDER_WEEKLY_TIME: '09:00',
  REMINDER_SEND_TIME: '09:00',
  REMINDER_DUE_SOON_DAYS: 3,
  REMINDER_OVERDUE_EVERY_DAYS: 2,
  REMINDER_ESCALATE_AFTER_DAYS: 3,
  REMINDER_PRE_MEETING_DAYS: 1,
});

const binding = (id: number, ownerId: number | null): ReminderBinding => ({
  id,
  address: `console:${id}`,
  platform: 'console',
  chatId: String(id),
  threadId: '',
  role: ownerId === null ? 'chair' : 'committee',
  ownerId,
  ownerName: ownerId === null ? null : `committee ${ownerId}`,
});

function item(n: number, dueDate: string | null, status: Status = 'open', extra: Partial<ResolutionView> = {}) {
  return {
    id: n,
    publicNumber: n,
    meetingId: 1,
    meetingNumber: '55',
    meetingDate: '2022-10-17',
    row: n,
    text: `item ${n}`,
    deadlineText: null,
    dueDate,
    dueAtNextMeeting: false,
    assignments: [
      {
        id: n,
        ownerId: 1,
        ownerName: 'committee 1',
        status,
        lastNote: null,
        snoozedUntil: null,
        updatedAt: new Date(),
        createdAt: new Date(0),
        percent: null,
        seenAt: null,
        seenBy: null,
      },
    ],
    ...extra,
  } satisfies ResolutionView;
}

/** What is due in the 24 hours up to `now`. */
function due(
  now: Date,
  resolutions: ResolutionView[],
  more: Partial<DueInput> = {},
  s: Partial<ScheduleSettings> = {},
) {
  return dueOccurrences({
    now,
    since: new Date(now.getTime() - 86_400_000),
    timeZone: TZ,
    calendar: new WorkCalendar(),
    settingsFor: () => ({ ...defaults, ...s }),
    bindings: [binding(10, 1), binding(20, null)],
    resolutions,
    nextMeetingAt: null,
    ...more,
  });
}
const kinds = (occ: { kind: string; publicNumber: number | null }[]) =>
  occ.map((o) => `${o.kind}#${o.publicNumber ?? '-'}`);

describe('due occurrences', () => {
  // Item 1 is due Tuesday 1401/08/10.
  const due810 = item(1, j(1401, 8, 10));

  it('due soon 3 work days before, at the send time', () => {
    expect(kinds(due(at(j(1401, 8, 7)), [due810]))).toEqual(['weekly#-', 'due-soon#1']); // Saturday
    expect(kinds(due(at(j(1401, 8, 7), '08:59'), [due810]))).toEqual([]);
  });

  it('due today, then overdue every 2 work days, and the chair after 3', () => {
    expect(kinds(due(at(j(1401, 8, 10)), [due810]))).toEqual(['due-today#1']);
    expect(kinds(due(at(j(1401, 8, 11)), [due810]))).toEqual([]); // 1 work day late
    expect(kinds(due(at(j(1401, 8, 14)), [due810]))).toEqual(['weekly#-', 'overdue#1']); // Saturday: 2 late
    const escalation = due(at(j(1401, 8, 15)), [due810]);
    expect(kinds(escalation)).toEqual(['escalation#1']);
    expect(escalation[0]).toMatchObject({ bindingId: 20, ownerId: 1, address: 'console:20' });
    expect(kinds(due(at(j(1401, 8, 16)), [due810]))).toEqual(['overdue#1']);
  });

  it('moves a due date on Friday to Saturday', () => {
    const friday = item(2, j(1401, 8, 13));
    expect(kinds(due(at(j(1401, 8, 14)), [friday]))).toEqual(['weekly#-', 'due-today#2']);
  });

  it('moves the weekly digest off a holiday Saturday (22 Bahman 1401) to Sunday', () => {
    expect(kinds(due(at(j(1401, 11, 22)), []))).toEqual([]);
    expect(kinds(due(at(j(1401, 11, 23)), []))).toEqual(['weekly#-']);
  });

  it('follows the committee’s own settings and stays silent when off', () => {
    expect(kinds(due(at(j(1401, 8, 8), '10:00'), [], {}, { weeklyDay: 'sun', weeklyTime: '10:00' }))).toEqual([
      'weekly#-',
    ]);
    expect(kinds(due(at(j(1401, 8, 3)), [due810], {}, { dueSoonDays: 5 }))).toEqual(['due-soon#1']);
    // Off: the committee hears nothing, the chair still gets the escalation.
    expect(kinds(due(at(j(1401, 8, 15)), [due810], {}, { enabled: false }))).toEqual(['escalation#1']);
    expect(kinds(due(at(j(1401, 8, 14)), [due810], {}, { enabled: false }))).toEqual([]);
  });

  it('never reminds done or snoozed items; items without a deadline only get digests', () => {
    const done = item(3, j(1401, 8, 10), 'done');
    const snoozed = item(4, j(1401, 8, 10));
    snoozed.assignments[0]!.snoozedUntil = at(j(1401, 8, 11));
    const none = item(5, null);
    expect(kinds(due(at(j(1401, 8, 10)), [done, snoozed, none]))).toEqual([]);
    expect(kinds(due(at(j(1401, 8, 14)), [done, snoozed, none]))).toEqual(['weekly#-', 'overdue#4']);
  });

  it('sends what a snooze held back at the next send time on a work day, on time then', () => {
    // Due Tuesday 1401/08/10, snoozed until Wednesday 00:00: nothing at midnight, the due-today at 09:00.
    const snoozed = item(4, j(1401, 8, 10));
    snoozed.assignments[0]!.snoozedUntil = at(j(1401, 8, 11), '00:00');
    expect(kinds(due(at(j(1401, 8, 11), '00:00'), [snoozed]))).toEqual([]);
    const resumed = due(at(j(1401, 8, 11), '09:00'), [snoozed]);
    expect(resumed.map((o) => [o.key, o.at.toISOString()])).toEqual([
      ['due-today:2022-11-01:o1:r4:b10', at(j(1401, 8, 11)).toISOString()],
    ]);
    // Until Friday 00:00 (a day off): Saturday's send time, reaching back a horizon from the snooze's end.
    snoozed.assignments[0]!.snoozedUntil = at(j(1401, 8, 13), '00:00');
    expect(kinds(due(at(j(1401, 8, 13), '09:00'), [snoozed]))).toEqual([]);
    expect(kinds(due(at(j(1401, 8, 14)), [snoozed], { since: at(j(1401, 8, 11), '08:00') }))).toEqual([
      'weekly#-',
      'due-today#4',
      'overdue#4',
    ]);
    // With a day's horizon, Tuesday lies too far before the snooze's end.
    expect(kinds(due(at(j(1401, 8, 14)), [snoozed]))).toEqual(['weekly#-', 'overdue#4']);
  });

  it('items due "at the next meeting" are due on the meeting day; the chair gets the digest the work day before', () => {
    const meeting = at(j(1401, 8, 10), '08:30');
    const atMeeting = item(6, null, 'open', { dueAtNextMeeting: true });
    expect(kinds(due(at(j(1401, 8, 9)), [atMeeting], { nextMeetingAt: meeting }))).toEqual(['pre-meeting#-']);
    expect(kinds(due(at(j(1401, 8, 10)), [atMeeting], { nextMeetingAt: meeting }))).toEqual(['due-today#6']);
    expect(kinds(due(at(j(1401, 8, 10)), [atMeeting]))).toEqual([]); // no meeting set: no deadline
  });

  it('gives deterministic keys (kind, slot, owner, item, chat) and respects the window', () => {
    const a = due(at(j(1401, 8, 10), '09:30'), [due810]);
    const b = due(at(j(1401, 8, 10), '23:00'), [due810]);
    expect(a.map((o) => o.key)).toEqual(['due-today:2022-11-01:o1:r1:b10']);
    expect(b.map((o) => o.key)).toEqual(a.map((o) => o.key));
    expect(a[0]!.at.toISOString()).toBe('2022-11-01T05:30:00.000Z');
    // A day later the window has moved past it.
    expect(due(at(j(1401, 8, 11), '09:30'), [due810])).toEqual([]);
  });

  it('schedules in Tehran time before and after Iran stopped daylight saving', () => {
    const summer1400 = due(at(j(1400, 4, 9)), [item(7, j(1400, 4, 9))]);
    expect(summer1400.map((o) => [o.kind, o.at.toISOString()])).toEqual([['due-today', '2021-06-30T04:30:00.000Z']]);
    const summer1402 = due(at(j(1402, 4, 10)), [item(8, j(1402, 4, 10))]);
    expect(summer1402.map((o) => [o.kind, o.at.toISOString()])).toEqual([
      ['weekly', '2023-07-01T05:30:00.000Z'],
      ['due-today', '2023-07-01T05:30:00.000Z'],
    ]);
  });
});
