// What reaches the chair: an escalation headed by the committee's own escalation point (its /schedule
// setting, not the council's default), through the engine with a fake clock.
import { afterEach, describe, expect, it } from 'vitest';
import { ReminderEngine } from '../../jobs/send-due-reminders.js';
import { type App, createApp } from '../../src/app.js';
import { createLogger } from '../../src/logger.js';
import { type FreshDatabase, freshDatabase } from '../helpers/db.js';
import { jobsTestConfig } from './config.js';
import { FakeClock, populate, RecordingNotifier, type Sent } from './harness.js';

let fresh: FreshDatabase | undefined;
let app: App | undefined;
afterEach(async () => {
  await app?.close();
  await fresh?.drop();
});

describe('an escalation to the chair', () => {
  it("is headed by the committee's own number of days", async () => {
    fresh = await freshDatabase('sqlite');
    const clock = new FakeClock(new Date('2022-10-25T05:30:00Z'));
    app = await createApp(jobsTestConfig(fresh.url, { REMINDER_CATCHUP_HOURS: '0' }), createLogger('silent'), {
      clock,
    });
    // Both items due Tuesday 1401/08/03; the council escalates after 3 work days, committee 0 after 1.
    const owners = await populate(app, {
      committees: 2,
      itemsPerCommittee: 1,
      dueDate: () => '2022-10-25',
      chair: true,
    });
    await app.deps.reminders!.update(owners[0]!, { escalateAfterDays: 1 });
    const sent: Sent[] = [];
    const engine = new ReminderEngine(app, [new RecordingNotifier('e', sent)]);
    // Wednesday (one work day late) and Sunday (three: Thursday and Friday are off).
    for (const day of ['2022-10-26', '2022-10-30']) {
      clock.t = new Date(`${day}T05:30:00Z`);
      await engine.sweep(clock.t);
    }
    const chair = sent.filter((s) => s.address === 'console:chair');
    expect(chair.map((s) => s.items)).toEqual([[1], [2]]);
    expect(chair[0]!.text).toContain('Overdue by more than 1 work day(s)');
    expect(chair[1]!.text).toContain('Overdue by more than 3 work day(s)');
  });
});

describe('an item imported already past its escalation point', () => {
  it('reaches the chair once, at the next send time, not marked late', async () => {
    fresh = await freshDatabase('sqlite');
    const clock = new FakeClock(new Date('2022-11-01T05:30:00Z'));
    app = await createApp(jobsTestConfig(fresh.url), createLogger('silent'), { clock });
    // Due a month before it was imported: its escalation slot lies far behind the catch-up horizon.
    await populate(app, { committees: 1, itemsPerCommittee: 1, dueDate: () => '2022-10-01', chair: true });
    const sent: Sent[] = [];
    const engine = new ReminderEngine(app, [new RecordingNotifier('e', sent)]);
    for (const day of ['2022-11-01', '2022-11-02']) {
      clock.t = new Date(`${day}T05:30:00Z`);
      await engine.sweep(clock.t);
    }
    const chair = sent.filter((s) => s.address === 'console:chair');
    expect(chair).toHaveLength(1);
    expect(chair[0]!.items).toEqual([1]);
    expect(chair[0]!.text).toContain('Overdue by more than 3 work day(s)');
    expect(chair[0]!.text).not.toContain('sent late');
  });
});
