// The reminder rules at the calendar's edges, through the engine with a fake clock: nothing on a Friday or a
// holiday, a chat hears only of what fell due while it was linked, and «late» only after real downtime.
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

async function setup(start: string, env: Record<string, string> = {}) {
  fresh = await freshDatabase('sqlite');
  const clock = new FakeClock(new Date(start));
  app = await createApp(jobsTestConfig(fresh.url, env), createLogger('silent'), { clock });
  return { app, ...sweeper(app, clock) };
}

describe('a start on a day off', () => {
  it('sends nothing on the Friday it starts; the catch-up waits for Saturday', async () => {
    // Items due Wednesday 1401/08/11; the service starts Friday 1401/08/13 at 09:00.
    const { app, sent, sweepAt } = await setup('2022-11-04T05:30:00Z');
    await populate(app, { committees: 2, itemsPerCommittee: 2, dueDate: () => '2022-11-02' });
    expect((await sweepAt('2022-11-04T05:30:00Z')).claimed).toBe(0);
    expect((await sweepAt('2022-11-04T10:00:00Z')).claimed).toBe(0);
    expect(sent).toEqual([]);
    await sweepAt('2022-11-05T05:30:00Z');
    expect(sent.map((s) => s.address).sort()).toEqual(['console:c0', 'console:c1']);
  });

  it('sends nothing on a holiday (Tasua, Saturday 1404/04/14), then resumes the next work day', async () => {
    // Thursday is a work day here: the item due Thursday 1404/04/12 was missed while the service was down.
    const { app, sent, sweepAt } = await setup('2025-07-05T05:30:00Z', { WORK_THURSDAY: 'true' });
    await populate(app, { committees: 1, itemsPerCommittee: 1, dueDate: () => '2025-07-03' });
    await sweepAt('2025-07-05T05:30:00Z');
    await sweepAt('2025-07-06T05:30:00Z'); // Ashura
    expect(sent).toEqual([]);
    await sweepAt('2025-07-07T05:30:00Z');
    expect(sent).toHaveLength(1);
  });
});

describe('a chat linked later', () => {
  it('does not get the digest that fell due before it was linked, and nothing it gets says «late»', async () => {
    // Saturday 1401/08/14 09:00 is the weekly digest; the chat is linked Sunday 08:00, the service ran throughout.
    const { app, sent, sweepAt } = await setup('2022-11-06T04:30:00Z');
    await populate(app, { committees: 1, itemsPerCommittee: 1, dueDate: () => '2022-11-06' });
    await app.db.prisma.chatBinding.updateMany({ data: { createdAt: new Date('2022-11-06T04:30:00Z') } });
    await sweepAt('2022-11-06T04:31:00Z');
    expect(sent).toEqual([]);
    await sweepAt('2022-11-06T05:30:00Z');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text).not.toContain('weekly');
    expect(sent[0]!.text).not.toContain('sent late');
    const rows = await app.db.prisma.reminderOccurrence.findMany({ select: { kind: true } });
    expect(rows.map((r) => r.kind)).toEqual(['due-today']);
  });

  it('linked before the digest, gets it marked late after real downtime', async () => {
    const { app, sent, sweepAt } = await setup('2022-11-04T10:00:00Z');
    await populate(app, { committees: 1, itemsPerCommittee: 1, dueDate: () => '2022-11-20' });
    await app.db.prisma.chatBinding.updateMany({ data: { createdAt: new Date('2022-11-04T10:00:00Z') } });
    // Running on Friday (nothing to send on a day off), down over Saturday's 09:00 digest, back Saturday 11:00.
    await sweepAt('2022-11-04T10:00:00Z');
    expect(sent).toEqual([]);
    await sweepAt('2022-11-05T07:30:00Z');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text).toContain('sent late');
  });
});

describe('a slot that only exists after /schedule changed it', () => {
  it('is sent at once, not marked late', async () => {
    // Sunday 1401/08/15 10:00: the committee's digest moves to Sunday 09:00, an hour already past.
    const { app, sent, sweepAt } = await setup('2022-11-06T06:30:00Z');
    const [owner] = await populate(app, { committees: 1, itemsPerCommittee: 1, dueDate: () => '2022-11-20' });
    await app.db.prisma.chatBinding.updateMany({ data: { createdAt: new Date('2022-11-01T00:00:00Z') } });
    await app.deps.reminders!.update(owner!, { weeklyDay: 'sun' });
    await app.db.prisma.reminderSchedule.updateMany({ data: { updatedAt: new Date('2022-11-06T06:30:00Z') } });
    await sweepAt('2022-11-06T06:31:00Z');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text).not.toContain('sent late');
  });
});
