// The desk's corrections to owners: a rename, a new alias, and merging one owner into another. Each is one
// transaction with its append-only RecordChange row naming the desk user. A merge moves the owner's
// assignments (their status history goes with them), aliases, bound chats and schedule, and records what it
// moved; the merged owner's own name stays as an alias, so chats and later imports still find it.
import type { Actor } from '../core/ports.js';
import { matchKey } from '../core/text.js';
import type { Prisma, Tx } from './client.js';
import type { RecordChangeEntry } from './record-changes.js';

/** A refusal the desk shows as it is: which owner a name already belongs to, or which items both hold. */
export class OwnerEditError extends Error {
  constructor(
    readonly reason: 'name-taken' | 'alias-taken' | 'same-owner' | 'shared-items',
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
    this.name = 'OwnerEditError';
  }
}

/** One append-only line of an owner's record: who changed which field from what to what, and where. */
export function recordOwnerChange(
  tx: Tx,
  councilId: number,
  change: { ownerId: number; field: string; from: string | null; to: string | null },
  actor: Actor,
  via: string,
) {
  return tx.recordChange.create({
    data: {
      councilId,
      subject: 'owner',
      subjectId: change.ownerId,
      field: change.field,
      fromValue: change.from,
      toValue: change.to,
      actorPlatform: actor.platform,
      actorId: actor.userId,
      actorName: actor.name,
      chatAddress: via,
    },
  });
}

export class OwnerEditor {
  constructor(
    private readonly prisma: Prisma,
    private readonly councilId: number,
  ) {}

  private record(
    tx: Tx,
    ownerId: number,
    field: string,
    from: string | null,
    to: string | null,
    actor: Actor,
    via: string,
  ) {
    return recordOwnerChange(tx, this.councilId, { ownerId, field, from, to }, actor, via);
  }

  private owner(tx: Tx, id: number) {
    return tx.owner.findFirstOrThrow({ where: { id, councilId: this.councilId } });
  }

  /** Makes `name` an alias of the owner unless it already is; refuses a name that is another owner's. */
  private async claim(tx: Tx, ownerId: number, name: string): Promise<boolean> {
    const key = matchKey(name);
    const existing = await tx.ownerAlias.findUnique({
      where: { councilId_key: { councilId: this.councilId, key } },
      include: { owner: true },
    });
    if (existing && existing.ownerId !== ownerId) throw new OwnerEditError('alias-taken', existing.owner.name);
    if (existing) return false;
    await tx.ownerAlias.create({ data: { councilId: this.councilId, ownerId, key, alias: name } });
    return true;
  }

  async rename(id: number, name: string, actor: Actor, via: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      const o = await this.owner(tx, id);
      if (o.name === name) return;
      const other = await tx.owner.findFirst({ where: { councilId: this.councilId, name, id: { not: id } } });
      if (other) throw new OwnerEditError('name-taken', other.name);
      await this.claim(tx, id, name);
      await tx.owner.update({ where: { id }, data: { name } });
      await this.record(tx, id, 'name', o.name, name, actor, via);
    });
  }

  async addAlias(id: number, alias: string, actor: Actor, via: string): Promise<void> {
    await this.prisma.$transaction(async (tx) => {
      await this.owner(tx, id);
      if (await this.claim(tx, id, alias)) await this.record(tx, id, 'alias', null, alias, actor, via);
    });
  }

  /** `fromId` joins `intoId`; refused when both hold the same resolution (remove one share first). */
  async merge(fromId: number, intoId: number, actor: Actor, via: string): Promise<void> {
    if (fromId === intoId) throw new OwnerEditError('same-owner', '');
    await this.prisma.$transaction(async (tx) => {
      const from = await this.owner(tx, fromId);
      const into = await this.owner(tx, intoId);
      const held = await tx.assignment.findMany({ where: { ownerId: intoId }, select: { resolutionId: true } });
      const shared = await tx.assignment.findMany({
        where: { ownerId: fromId, resolutionId: { in: held.map((a) => a.resolutionId) } },
        select: { resolution: { select: { publicNumber: true } } },
      });
      if (shared.length)
        throw new OwnerEditError('shared-items', shared.map((s) => s.resolution.publicNumber).join(', '));
      const moved = await tx.assignment.updateMany({ where: { ownerId: fromId }, data: { ownerId: intoId } });
      await tx.ownerAlias.updateMany({ where: { ownerId: fromId }, data: { ownerId: intoId } });
      for (const b of await tx.chatBinding.findMany({ where: { ownerId: fromId } })) {
        const clash = await tx.chatBinding.findFirst({ where: { address: b.address, target: `owner:${intoId}` } });
        // A chat bound to both keeps its binding to the merged owner; the other one is closed, not deleted.
        await tx.chatBinding.update({
          where: { id: b.id },
          data: clash
            ? { ownerId: intoId, target: `merged:${fromId}`, active: false, disabledReason: 'merged' }
            : { ownerId: intoId, target: `owner:${intoId}` },
        });
      }
      // The merged owner's own schedule moves, unless the other has one: then it stays in the record only.
      const schedule = await tx.reminderSchedule.findUnique({ where: { ownerId: fromId } });
      let dropped: string | null = null;
      if (schedule && !(await tx.reminderSchedule.findUnique({ where: { ownerId: intoId } })))
        await tx.reminderSchedule.update({ where: { id: schedule.id }, data: { ownerId: intoId } });
      else if (schedule) {
        dropped = schedule.settings;
        await tx.reminderSchedule.delete({ where: { id: schedule.id } });
      }
      await this.claim(tx, intoId, from.name);
      await tx.owner.delete({ where: { id: fromId } });
      // The record keeps what the merged owner was: its id and name, how many shares moved, a dropped schedule.
      const what = JSON.stringify({ id: fromId, name: from.name, assignments: moved.count, droppedSchedule: dropped });
      await this.record(tx, intoId, 'merge', what, into.name, actor, via);
    });
  }

  async changes(ownerId: number): Promise<RecordChangeEntry[]> {
    return this.prisma.recordChange.findMany({
      where: { councilId: this.councilId, subject: 'owner', subjectId: ownerId },
      orderBy: { id: 'asc' },
    });
  }
}
