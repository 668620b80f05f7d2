// Corrections the desk makes to a resolution itself: its text, deadline and owners. Each is one transaction
// that writes the change and its entry in the resolution's one log (ResolutionEvent, the item before and
// after, as chat corrections keep it), plus a StatusEvent when an owner's assignment opens or closes.
// Status changes go through the Store's applyChanges like every chat's.
import { randomUUID } from 'node:crypto';
import type { ItemState } from '../core/item-state.js';
import { type Actor, ConflictError } from '../core/ports.js';
import type { DeadlineValue as Deadline } from '../core/resolution-log.js';
import type { Prisma, Tx } from './client.js';
import { eventRow, readItemState } from './item-state.js';
import { writeTransaction } from './write-transaction.js';

const deadlineValue = (r: { dueDate: string | null; dueAtNextMeeting: boolean }) =>
  r.dueAtNextMeeting ? 'next-meeting' : (r.dueDate ?? null);

type DeskType = 'added' | 'text' | 'deadline' | 'owners';

export class ResolutionEditor {
  constructor(
    private readonly prisma: Prisma,
    private readonly councilId: number,
  ) {}

  /** Writes the log entry: the item as it was (`before`, read before the change) and as it is now. */
  private async record(
    tx: Tx,
    resolutionId: number,
    type: DeskType,
    before: ItemState | null,
    actor: Actor,
    via: string,
    reason: string | null = null,
  ) {
    const after = await readItemState(tx, resolutionId);
    await tx.resolutionEvent.create({
      data: eventRow({ resolutionId, type, before, after, actor, chatAddress: via, reason }),
    });
  }

  private async owned(tx: Tx, id: number) {
    const r = await tx.resolution.findFirst({
      where: { id, councilId: this.councilId },
      include: { assignments: { include: { owner: { select: { name: true } } }, orderBy: { id: 'asc' } } },
    });
    if (!r) throw new ConflictError(`resolution ${id} is gone`);
    return r;
  }

  /** Each correction says whether it changed anything: the same text again is no change, and no entry. */
  async setText(id: number, text: string, actor: Actor, via: string): Promise<boolean> {
    return writeTransaction(this.prisma, async (tx) => {
      const r = await this.owned(tx, id);
      if (r.text === text) return false;
      const before = await readItemState(tx, id);
      await tx.resolution.update({ where: { id }, data: { text } });
      await this.record(tx, id, 'text', before, actor, via);
      return true;
    });
  }

  async setDeadline(id: number, deadline: Deadline, actor: Actor, via: string): Promise<boolean> {
    return writeTransaction(this.prisma, (tx) => this.deadlineIn(tx, id, deadline, actor, via));
  }

  private async deadlineIn(tx: Tx, id: number, deadline: Deadline, actor: Actor, via: string): Promise<boolean> {
    const data = {
      dueDate: deadline.kind === 'date' ? deadline.date : null,
      dueAtNextMeeting: deadline.kind === 'next-meeting',
    };
    const r = await this.owned(tx, id);
    if (deadlineValue(r) === deadlineValue(data)) return false;
    const before = await readItemState(tx, id);
    await tx.resolution.update({ where: { id }, data });
    await this.record(tx, id, 'deadline', before, actor, via);
    return true;
  }

  /**
   * One change to many items in one transaction (a bulk change at the desk): each item gets its own log entry;
   * the answer lists the items that changed. Any failure undoes the whole batch.
   */
  async batch(
    ids: readonly number[],
    change: { deadline: Deadline } | { owners: { add: number[]; remove: number[]; reason: string | null } },
    actor: Actor,
    via: string,
  ): Promise<number[]> {
    const batch = randomUUID();
    return writeTransaction(
      this.prisma,
      async (tx) => {
        const changed: number[] = [];
        for (const id of ids) {
          const done =
            'deadline' in change
              ? await this.deadlineIn(tx, id, change.deadline, actor, via)
              : await this.ownersIn(tx, id, change.owners, actor, via, batch);
          if (done) changed.push(id);
        }
        return changed;
      },
      // A batch of a few hundred items writes a few hundred entries: more than the default five seconds.
      { timeout: 60_000 },
    );
  }

  /**
   * Owners change as one step: `remove` are cancelled (never deleted: their history stays), `add` get an open
   * assignment (a cancelled one is reopened). Replacing is both at once.
   */
  async changeOwners(
    id: number,
    change: { add: number[]; remove: number[]; reason: string | null },
    actor: Actor,
    via: string,
  ): Promise<boolean> {
    return writeTransaction(this.prisma, (tx) => this.ownersIn(tx, id, change, actor, via, randomUUID()));
  }

  private async ownersIn(
    tx: Tx,
    id: number,
    change: { add: number[]; remove: number[]; reason: string | null },
    actor: Actor,
    via: string,
    batch: string,
  ): Promise<boolean> {
    const r = await this.owned(tx, id);
    const names = (list: { ownerId: number; status: string; owner: { name: string } }[]) =>
      list
        .filter((a) => a.status !== 'cancelled')
        .map((a) => a.owner.name)
        .join('، ') || null;
    const before = names(r.assignments);
    const state = await readItemState(tx, id);
    const event = (assignmentId: number, from: string, to: string) =>
      tx.statusEvent.create({
        data: {
          assignmentId,
          type: 'status',
          fromStatus: from,
          toStatus: to,
          note: change.reason,
          actorPlatform: actor.platform,
          actorId: actor.userId,
          actorName: actor.name,
          chatAddress: via,
          batch,
        },
      });
    for (const ownerId of change.remove) {
      const a = r.assignments.find((x) => x.ownerId === ownerId && x.status !== 'cancelled');
      if (!a) continue;
      await tx.assignment.update({ where: { id: a.id }, data: { status: 'cancelled' } });
      await event(a.id, a.status, 'cancelled');
    }
    for (const ownerId of change.add) {
      const a = r.assignments.find((x) => x.ownerId === ownerId);
      if (a && a.status !== 'cancelled') continue;
      if (a) {
        await tx.assignment.update({ where: { id: a.id }, data: { status: 'open' } });
        await event(a.id, 'cancelled', 'open');
      } else {
        await tx.assignment.create({ data: { resolutionId: id, ownerId } });
      }
    }
    const after = names(
      await tx.assignment.findMany({
        where: { resolutionId: id },
        include: { owner: { select: { name: true } } },
        orderBy: { id: 'asc' },
      }),
    );
    if (after === before) return false;
    await this.record(tx, id, 'owners', state, actor, via, change.reason);
    return true;
  }

  /** A resolution the minutes missed: the next row of its meeting and the next public number. */
  async addResolution(
    input: { meetingId: number; text: string; ownerIds: number[]; deadline: Deadline },
    actor: Actor,
    via: string,
  ): Promise<number> {
    return writeTransaction(this.prisma, async (tx) => {
      const meeting = await tx.meeting.findFirst({ where: { id: input.meetingId, councilId: this.councilId } });
      if (!meeting) throw new ConflictError(`meeting ${input.meetingId} is gone`);
      const [lastRow, lastNumber] = await Promise.all([
        tx.resolution.aggregate({ where: { meetingId: meeting.id }, _max: { row: true } }),
        tx.resolution.aggregate({ where: { councilId: this.councilId }, _max: { publicNumber: true } }),
      ]);
      const publicNumber = (lastNumber._max.publicNumber ?? 0) + 1;
      const r = await tx.resolution.create({
        data: {
          councilId: this.councilId,
          meetingId: meeting.id,
          row: (lastRow._max.row ?? 0) + 1,
          publicNumber,
          text: input.text,
          dueDate: input.deadline.kind === 'date' ? input.deadline.date : null,
          dueAtNextMeeting: input.deadline.kind === 'next-meeting',
          assignments: { create: input.ownerIds.map((ownerId) => ({ ownerId })) },
        },
      });
      await this.record(tx, r.id, 'added', null, actor, via);
      return publicNumber;
    });
  }
}
