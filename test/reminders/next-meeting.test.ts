// Items due «at the next meeting», through the engine with a fake clock: once that meeting has been held and
// recorded they are overdue even though a later meeting is set, and the chair is asked once for the next date.
import { afterEach, describe, expect, it } from 'vitest';
import { type App, createApp } from '../../src/app.js';
import { createLogger } from '../../src/logger.js';
import { type FreshDatabase, freshDatabase } from '../helpers/db.js';
import { jobsTestConfig } from './config.js';
import { FakeClock, populate, sweeper } from './harness.js';

let fresh: FreshDatabase | undefined;
let app: App | undefined;
afterEach(async () => {
  await app?.close();
  await fresh?.drop();
  app = undefined;
  fresh = undefined;
});

/** Meeting 55 on Tuesday 1401/08/03 decided one item per committee, due at the next meeting. */
async function setup(nextMeetingAt: string) {
  fresh = await freshDatabase('sqlite');
  const clock = new FakeClock(new Date('2022-10-25T05:30:00Z'));
  app = await createApp(jobsTestConfig(fresh.url, { REMINDER_CATCHUP_HOURS: '0' }), createLogger('silent'), {
    clock,
  });
  await populate(app, { committees: 1, itemsPerCommittee: 1, dueDate: () => null, chair: true });
  const prisma = app.db.prisma;
  await prisma.meeting.updateMany({ data: { gregorianDate: '2022-10-25' } });
  await prisma.resolution.updateMany({ data: { dueAtNextMeeting: true } });
  await prisma.council.updateMany({ data: { nextMeetingAt: new Date(nextMeetingAt) } });
  return { app, ...sweeper(app, clock) };
}

describe('an item due at the next meeting', () => {
  it('is overdue once that meeting was held and recorded, though a later meeting is set', async () => {
    // Meeting 56 was held Tuesday 1401/08/10 and its minutes imported; meeting 57 is set for 1401/08/17.
    const { app, sent, sweepAt } = await setup('2022-11-08T05:00:00Z');
    await app.db.prisma.meeting.create({
      data: { councilId: app.councilId, key: 'm56', number: '56', gregorianDate: '2022-11-01', sourceText: '-' },
    });
    // Saturday 1401/08/14: two work days after meeting 56 (the overdue interval), and three before meeting 57.
    await sweepAt('2022-11-05T05:30:00Z');
    const committee = sent.filter((s) => s.address === 'console:c0');
    expect(committee).toHaveLength(1);
    expect(committee[0]!.text).toContain('Overdue — please report the status');
    expect(committee[0]!.text).not.toContain('Due soon');
  });
});

describe('after the meeting day', () => {
  it('asks the chair for the next meeting’s date, once', async () => {
    // Meeting 56 was held Tuesday 1401/08/10 08:30 and nobody has set the next one.
    const { app, sent, sweepAt } = await setup('2022-11-01T05:00:00Z');
    for (const day of ['2022-11-01', '2022-11-02', '2022-11-05', '2022-11-06']) await sweepAt(`${day}T05:30:00Z`);
    const asks = sent.filter((s) => s.address === 'console:chair' && s.text.includes('has been held'));
    expect(asks).toHaveLength(1);
    expect(asks[0]!.text).toContain('1401/08/10');
    const rows = await app.db.prisma.reminderOccurrence.findMany({ where: { kind: 'next-meeting' } });
    expect(rows.map((r) => r.slot)).toEqual(['2022-11-02']);
  });
});
