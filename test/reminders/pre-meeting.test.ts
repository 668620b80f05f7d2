// The chair's pre-meeting digest: sent the work day before the next meeting, with the progress chart and the
// follow-up report (.docx) for the agenda.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ReminderEngine } from '../../jobs/send-due-reminders.js';
import { type App, createApp } from '../../src/app.js';
import { MESSAGES } from '../../src/core/i18n.js';
import type { Notifier, Reply, SendTarget, SentRef } from '../../src/core/types.js';
import { chatAddress } from '../../src/core/types.js';
import { createLogger } from '../../src/logger.js';
import { renderPlain } from '../../src/platforms/plain.js';
import { type FreshDatabase, freshDatabase } from '../helpers/db.js';
import { openDocx, paragraphs, tableRows } from '../helpers/docx.js';
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
  it('reaches the chair the work day before the meeting, with the chart and the follow-up report attached', async () => {
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
    const [chart, followup] = toChair[0]!.reply.attachments ?? [];
    expect(chart?.mime).toBe('image/png');
    expect(chart!.data.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    // The follow-up report for the agenda: the meeting it prepares, every item, in the council's language.
    expect(followup?.name).toBe('peygir-followup-1401-08-10.docx');
    const doc = await openDocx(followup!.data);
    const header = paragraphs(doc.part('word/header1.xml'));
    expect(header).toContain('For the next meeting, 1401/08/11 08:30');
    expect(header).toContain('Date: 1401/08/10');
    const items = tableRows(doc.part('word/document.xml')).slice(1);
    expect(items.map((r) => r[0]!.lines[0])).toEqual(['1', '2', '3', '4']);
    expect(items.every((r) => r[4]!.lines[0] === 'open' && r[5]!.lines[0] === '0%')).toBe(true);
    // Committees' chats get no chart.
    for (const s of capture.sent.filter((x) => x.address !== 'console:chair'))
      expect(s.reply.attachments).toBeUndefined();
  });

  it('goes out with the follow-up report when the letterhead image was removed since start-up, its caption saying so', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'peygir-letterhead-'));
    const image = join(dir, 'letterhead.png');
    writeFileSync(image, readFileSync(new URL('../reports/reference-chart.png', import.meta.url)));
    try {
      fresh = await freshDatabase('sqlite');
      app = await createApp(jobsTestConfig(fresh.url, { REPORT_LETTERHEAD_IMAGE: image }), createLogger('silent'));
      await populate(app, { committees: 1, itemsPerCommittee: 1, dueDate: () => null, chair: true });
      await app.store.setNextMeeting(new Date('2022-11-02T05:00:00Z'));
      rmSync(image);
      const capture = new Capture();
      await new ReminderEngine(app, [capture]).sweep(new Date('2022-11-01T06:00:00Z'));
      const toChair = capture.sent.filter((s) => s.address === 'console:chair');
      expect(toChair).toHaveLength(1);
      const followup = toChair[0]!.reply.attachments?.find((a) => a.name.endsWith('.docx'));
      const en = MESSAGES.en;
      expect(followup?.caption).toBe(
        `Follow-up of resolutions (a Word file, to attach to the agenda)\n${en.letterheadLeftOut(en.letterheadFault.missing)}`,
      );
      const doc = await openDocx(followup!.data);
      expect(doc.files.filter((f) => f.startsWith('word/media/'))).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
