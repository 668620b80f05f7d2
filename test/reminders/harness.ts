// Test scaffolding for the reminder engine: many committees and items inserted directly, a fake clock, and
// notifiers that record (or fail) instead of sending.
import { appendFileSync } from 'node:fs';
import { ReminderEngine } from '../../jobs/send-due-reminders.js';
import type { App } from '../../src/app.js';
import type { Clock, Notifier, Reply, SendTarget, SentRef } from '../../src/core/types.js';
import { chatAddress } from '../../src/core/types.js';
import { renderPlain } from '../../src/platforms/plain.js';

export interface Sent {
  instance: string;
  address: string;
  items: number[];
  text: string;
}

export class RecordingNotifier implements Notifier {
  readonly platform = 'console' as const;
  private n = 0;
  constructor(
    readonly instance: string,
    readonly log: Sent[],
    private readonly opts: {
      fail?: (address: string) => boolean;
      file?: string;
      /** After this many sends, every further send hangs: a process killed then has one send in flight. */
      hangAfter?: number;
    } = {},
  ) {}

  async send(target: SendTarget, reply: Reply): Promise<SentRef[]> {
    const address = chatAddress(target);
    if (this.opts.hangAfter !== undefined && this.n >= this.opts.hangAfter) await new Promise(() => {});
    if (this.opts.fail?.(address)) throw new Error(`429 too many requests (${address})`);
    this.log.push({ instance: this.instance, address, items: reply.items ?? [], text: renderPlain(reply, 'en') });
    if (this.opts.file) appendFileSync(this.opts.file, `${address}\n`);
    return [{ address, messageId: `${this.instance}-${++this.n}` }];
  }
}

export class FakeClock implements Clock {
  constructor(public t: Date) {}
  now(): Date {
    return this.t;
  }
}

export interface Population {
  committees: number;
  itemsPerCommittee: number;
  /** Due date of item i of committee c (Gregorian civil date or null). */
  dueDate(c: number, i: number): string | null;
  chair?: boolean;
}

/** Owners, one bound console chat each, and their items; returns the owners' ids. */
export async function populate(app: App, p: Population): Promise<number[]> {
  const prisma = app.db.prisma;
  const councilId = app.councilId;
  const meeting = await prisma.meeting.create({ data: { councilId, key: 'm55', number: '55', sourceText: '-' } });
  await prisma.owner.createMany({
    data: Array.from({ length: p.committees }, (_, c) => ({ councilId, name: `committee ${c}` })),
  });
  const owners = await prisma.owner.findMany({ where: { councilId }, orderBy: { id: 'asc' } });
  const resolutions = owners.flatMap((_o, c) =>
    Array.from({ length: p.itemsPerCommittee }, (_, i) => ({
      councilId,
      meetingId: meeting.id,
      row: c * p.itemsPerCommittee + i + 1,
      publicNumber: c * p.itemsPerCommittee + i + 1,
      text: `item ${c}.${i}`,
      dueDate: p.dueDate(c, i),
    })),
  );
  for (let i = 0; i < resolutions.length; i += 500) {
    await prisma.resolution.createMany({ data: resolutions.slice(i, i + 500) });
  }
  const rows = await prisma.resolution.findMany({ where: { councilId }, select: { id: true, publicNumber: true } });
  const assignments = rows.map((r) => ({
    resolutionId: r.id,
    ownerId: owners[Math.floor((r.publicNumber - 1) / p.itemsPerCommittee)]!.id,
  }));
  for (let i = 0; i < assignments.length; i += 500) {
    await prisma.assignment.createMany({ data: assignments.slice(i, i + 500) });
  }
  const binding = (address: string, role: string, ownerId: number | null) => ({
    councilId,
    address: `console:${address}`,
    platform: 'console',
    chatId: address,
    role,
    ownerId,
    target: ownerId === null ? 'chair' : `owner:${ownerId}`,
  });
  await prisma.chatBinding.createMany({
    data: [
      ...owners.map((o, c) => binding(`c${c}`, 'committee', o.id)),
      ...(p.chair ? [binding('chair', 'chair', null)] : []),
    ],
  });
  return owners.map((o) => o.id);
}

/** Messages per address. */
export function countBy(sent: readonly Sent[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const s of sent) m.set(s.address, (m.get(s.address) ?? 0) + 1);
  return m;
}

/** An engine that records what it sends, and a sweep at a given instant that moves the fake clock there first. */
export function sweeper(app: App, clock: FakeClock) {
  const sent: Sent[] = [];
  const engine = new ReminderEngine(app, [new RecordingNotifier('e', sent)]);
  const sweepAt = async (iso: string) => {
    clock.t = new Date(iso);
    return engine.sweep(clock.t);
  };
  return { sent, sweepAt };
}
