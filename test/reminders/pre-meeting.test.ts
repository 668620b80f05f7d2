// The chair's pre-meeting digest: sent the work day before the next meeting, with the progress chart.
import { afterEach, describe, expect, it } from 'vitest';
import { ReminderEngine } from '../../jobs/send-due-reminders.js';
import { type App, createApp } from '../../src/app.js';
import type { Notifier, Reply, SendTarget, SentRef } from '../../src/core/types.js';
import { chatAddress } from '../../src/core/types.js';
import { createLogger } from '../../src/logger.js';
import { renderPlain } from '../../src/platforms/plain.js';
import { type FreshDatabase, freshDatabase } from '../helpers/db.js';
import { jobsTestConfig } from './config.js';
import { populate } from './harness.js';

let fresh: FreshDatabase | undefined;
let app: App | undefined;
afterEach(async () => {
  await app?.close();
  await fresh?.drop();
});

class Capture implements Notifier {
  readonly platform = 'console' as const;
  readonly sent: { address: string; reply: Reply }[] = [];
  async send(target: SendTarget, reply: Reply): Promise<SentRef[]> {
    this.sent.push({ address: chatAddress(target), reply });
    return [{ address: chatAddress(target), messageId: String(this.sent.length) }];
  }
}

describe('pre-meeting digest', () => {
  it('reaches the chair the work day before the meeting, with the chart attached', async () => {
    fresh = await freshDatabase('sqlite');
    app = await createApp(jobsTestConfig(fresh.url), createLogger('silent'));
    await populate(app, { committees: 2, itemsPerCommittee: 2, dueDate: () => null, chair: true });
    // The meeting is on Wednesday 1401/08/11 at 08:30 Tehran; Tuesday is the work day before.
    await app.store.setNextMeeting(new Date('2022-11-02T05:00:00Z'));
    const capture = new Capture();
    const engine = new ReminderEngine(app, [capture]);
    await engine.sweep(new Date('2022-11-01T06:00:00Z'));
    const toChair = capture.sent.filter((s) => s.address === 'console:chair');
    expect(toChair).toHaveLength(1);
    expect(renderPlain(toChair[0]!.reply, 'en')).toContain('Follow-up of previous resolutions');
    const [chart] = toChair[0]!.reply.attachments ?? [];
    expect(chart?.mime).toBe('image/png');
    expect(chart!.data.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // Committees' chats get no chart.
    for (const s of capture.sent.filter((x) => x.address !== 'console:chair'))
      expect(s.reply.attachments).toBeUndefined();
  });
});
