// The desk's corrections to owners: a rename, a new alias, merging one owner into another, and undoing a
// merge. Each is one transaction with its append-only RecordChange row naming the desk user. A merge moves
// the owner's assignments (their status history goes with them), aliases, bound chats and schedule, and
// records every row it moved as it was; the merged owner's own name stays as an alias, so chats and later
// imports still find it. Undoing it brings the owner back under its id with what the merge moved.
import type { Actor } from '../core/ports.js';
import { matchKey } from '../core/text.js';
import type { Prisma, Tx } from './client.js';
import type { RecordChangeEntry } from './record-changes.js';
import { writeTransaction } from './write-transaction.js';

/** A refusal the desk shows as it is: which owner a name already belongs to, or which items both hold. */
export class OwnerEditError extends Error {
  constructor(
    readonly reason: 'name-taken' | 'alias-taken' | 'same-owner' | 'shared-items' | 'not-undoable' | 'already-undone',
    readonly detail: string,
  ) {
    super(`${reason}: ${detail}`);
    this.name = 'OwnerEditError';
  }
}

/** What a merge would move, as the page asking for it says. */
export interface MergePlan {
  from: string;
  into: string;
  /** Public numbers of the resolutions whose shares move. */
  items: number[];
  aliases: string[];
  /** The chats bound to the merged owner, by title or address. */
  chats: string[];
  /** The merged owner's own reminder schedule: none, moves, or dropped (the other has one; kept in the record). */
  schedule: 'none' | 'moves' | 'dropped';
}

/** A chat binding the merge changed: as it was, and what the merge left. */
interface MergedBinding {
  id: number;
  before: { target: string; active: boolean; disabledReason: string | null };
  after: { target: string; active: boolean };
}

/** A merge's record (RecordChange.fromValue): the merged owner and every row moved, as it was. */
interface MergeRecord {
  id: number;
  name: string;
  createdAt: string;
  /** How many shares moved (records older than the undo hold only this, the id and the name). */
  assignments: number;
  assignmentIds: number[];
  aliasIds: number[];
  /** The alias the merge made of the merged owner's name, when it had none. */
  claimedAliasId: number | null;
  bindings: MergedBinding[];
  movedScheduleId: number | null;
  droppedSchedule: string | null;
}

export interface UnmergeResult {
  id: number;
  name: string;
  items: number;
  /** Chats bound or unbound again since the merge: left as they are now. */
  chatsLeft: number[];
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

  /** Renames; false when the name is the owner's already. */
  async rename(id: number, name: string, actor: Actor, via: string): Promise<boolean> {
    return writeTransaction(this.prisma, async (tx) => {
      const o = await this.owner(tx, id);
      if (o.name === name) return false;
      const other = await tx.owner.findFirst({ where: { councilId: this.councilId, name, id: { not: id } } });
      if (other) throw new OwnerEditError('name-taken', other.name);
      await this.claim(tx, id, name);
      await tx.owner.update({ where: { id }, data: { name } });
      await this.record(tx, id, 'name', o.name, name, actor, via);
      return true;
    });
  }

  /** Adds another name; false when it already names this owner. */
  async addAlias(id: number, alias: string, actor: Actor, via: string): Promise<boolean> {
    return writeTransaction(this.prisma, async (tx) => {
      await this.owner(tx, id);
      if (!(await this.claim(tx, id, alias))) return false;
      await this.record(tx, id, 'alias', null, alias, actor, via);
      return true;
    });
  }

  /** Refuses a merge of an owner into itself, or of two owners who hold the same resolution. */
  private async mergeable(tx: Tx, fromId: number, intoId: number): Promise<void> {
    if (fromId === intoId) throw new OwnerEditError('same-owner', '');
    const held = await tx.assignment.findMany({ where: { ownerId: intoId }, select: { resolutionId: true } });
    const shared = await tx.assignment.findMany({
      where: { ownerId: fromId, resolutionId: { in: held.map((a) => a.resolutionId) } },
      select: { resolution: { select: { publicNumber: true } } },
    });
    if (shared.length)
      throw new OwnerEditError('shared-items', shared.map((s) => s.resolution.publicNumber).join(', '));
  }

  /** What a merge of `fromId` into `intoId` would move, for the page that asks before it is done. */
  async mergePlan(fromId: number, intoId: number): Promise<MergePlan> {
    return writeTransaction(this.prisma, async (tx) => {
      const from = await this.owner(tx, fromId);
      const into = await this.owner(tx, intoId);
      await this.mergeable(tx, fromId, intoId);
      const [items, aliases, chats, schedule, intoSchedule] = await Promise.all([
        tx.assignment.findMany({
          where: { ownerId: fromId },
          select: { resolution: { select: { publicNumber: true } } },
          orderBy: { resolution: { publicNumber: 'asc' } },
        }),
        tx.ownerAlias.findMany({ where: { ownerId: fromId }, orderBy: { id: 'asc' } }),
        tx.chatBinding.findMany({ where: { ownerId: fromId, active: true }, orderBy: { id: 'asc' } }),
        tx.reminderSchedule.findUnique({ where: { ownerId: fromId } }),
        tx.reminderSchedule.findUnique({ where: { ownerId: intoId } }),
      ]);
      return {
        from: from.name,
        into: into.name,
        items: items.map((a) => a.resolution.publicNumber),
        aliases: aliases.map((a) => a.alias),
        chats: chats.map((b) => b.title ?? b.address),
        schedule: !schedule ? 'none' : intoSchedule ? 'dropped' : 'moves',
      };
    });
  }

  /**
   * `fromId` joins `intoId`; refused when both hold the same resolution (remove one share first). The record
   * keeps what the merged owner was and every row the merge moved, as it was, so `unmerge` can put it back.
   */
  async merge(fromId: number, intoId: number, actor: Actor, via: string): Promise<void> {
    await writeTransaction(this.prisma, async (tx) => {
      const from = await this.owner(tx, fromId);
      const into = await this.owner(tx, intoId);
      await this.mergeable(tx, fromId, intoId);
      const assignments = await tx.assignment.findMany({ where: { ownerId: fromId }, select: { id: true } });
      const aliases = await tx.ownerAlias.findMany({ where: { ownerId: fromId }, select: { id: true } });
      await tx.assignment.updateMany({ where: { ownerId: fromId }, data: { ownerId: intoId } });
      await tx.ownerAlias.updateMany({ where: { ownerId: fromId }, data: { ownerId: intoId } });
      // Invites follow, as the chats do: one sent to the merged owner binds the owner it became (an unmerge
      // leaves them there; their record keeps which owner each was made for).
      await tx.invite.updateMany({ where: { ownerId: fromId }, data: { ownerId: intoId } });
      const bindings: MergedBinding[] = [];
      for (const b of await tx.chatBinding.findMany({ where: { ownerId: fromId }, orderBy: { id: 'asc' } })) {
        const clash = await tx.chatBinding.findFirst({ where: { address: b.address, target: `owner:${intoId}` } });
        // A chat bound to both keeps its binding to the merged owner; the other one is closed, not deleted.
        const after = clash
          ? { target: `merged:${fromId}`, active: false, disabledReason: 'merged' }
          : { target: `owner:${intoId}`, active: b.active, disabledReason: b.disabledReason };
        await tx.chatBinding.update({ where: { id: b.id }, data: { ownerId: intoId, ...after } });
        bindings.push({
          id: b.id,
          before: { target: b.target, active: b.active, disabledReason: b.disabledReason },
          after: { target: after.target, active: after.active },
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
      const claimed = (await this.claim(tx, intoId, from.name))
        ? await tx.ownerAlias.findUniqueOrThrow({
            where: { councilId_key: { councilId: this.councilId, key: matchKey(from.name) } },
          })
        : null;
      await tx.owner.delete({ where: { id: fromId } });
      const what: MergeRecord = {
        id: fromId,
        name: from.name,
        createdAt: from.createdAt.toISOString(),
        assignments: assignments.length,
        assignmentIds: assignments.map((a) => a.id),
        aliasIds: aliases.map((a) => a.id),
        claimedAliasId: claimed?.id ?? null,
        bindings,
        movedScheduleId: schedule && !dropped ? schedule.id : null,
        droppedSchedule: dropped,
      };
      await this.record(tx, intoId, 'merge', JSON.stringify(what), into.name, actor, via);
    });
  }

  /**
   * Undoes a recorded merge: the merged owner comes back under its own id and name, with the shares, names
   * and schedule the merge moved and its chats bound as they were (a chat unlinked or bound again since stays
   * as it is now, and the record says which). Refused for a merge recorded before merges kept what they moved,
   * one already undone, or when the owner's name belongs to another owner now.
   */
  async unmerge(mergeId: number, actor: Actor, via: string): Promise<UnmergeResult> {
    return writeTransaction(this.prisma, async (tx) => {
      const rec = await tx.recordChange.findFirst({
        where: { id: mergeId, councilId: this.councilId, subject: 'owner', field: 'merge' },
      });
      const what = rec ? (JSON.parse(rec.fromValue ?? '{}') as Partial<MergeRecord>) : {};
      if (!rec || !what.assignmentIds || !what.id || !what.name) throw new OwnerEditError('not-undoable', '');
      const merged = what as MergeRecord;
      const intoId = rec.subjectId;
      const undone = await tx.recordChange.findFirst({
        where: {
          councilId: this.councilId,
          subject: 'owner',
          subjectId: intoId,
          field: 'unmerge',
          fromValue: String(rec.id),
        },
      });
      if (undone) throw new OwnerEditError('already-undone', merged.name);
      const into = await this.owner(tx, intoId);
      const taken = await tx.owner.findFirst({
        where: { OR: [{ id: merged.id }, { councilId: this.councilId, name: merged.name }] },
      });
      if (taken) throw new OwnerEditError('name-taken', taken.name);
      await tx.owner.create({
        data: { id: merged.id, councilId: this.councilId, name: merged.name, createdAt: new Date(merged.createdAt) },
      });
      const back = { ownerId: intoId };
      const items = await tx.assignment.updateMany({
        where: { id: { in: merged.assignmentIds }, ...back },
        data: { ownerId: merged.id },
      });
      const aliasIds = [...merged.aliasIds, ...(merged.claimedAliasId ? [merged.claimedAliasId] : [])];
      await tx.ownerAlias.updateMany({ where: { id: { in: aliasIds }, ...back }, data: { ownerId: merged.id } });
      const left: number[] = [];
      for (const b of merged.bindings) {
        const now = await tx.chatBinding.findUnique({ where: { id: b.id } });
        if (!now || now.ownerId !== intoId || now.target !== b.after.target || now.active !== b.after.active) {
          left.push(b.id);
          continue;
        }
        await tx.chatBinding.update({ where: { id: b.id }, data: { ownerId: merged.id, ...b.before } });
      }
      if (merged.movedScheduleId)
        await tx.reminderSchedule.updateMany({
          where: { id: merged.movedScheduleId, ...back },
          data: { ownerId: merged.id },
        });
      else if (merged.droppedSchedule)
        await tx.reminderSchedule.create({ data: { ownerId: merged.id, settings: merged.droppedSchedule } });
      const result = { id: merged.id, name: merged.name, items: items.count, chatsLeft: left };
      await this.record(tx, intoId, 'unmerge', String(rec.id), JSON.stringify(result), actor, via);
      await this.record(tx, merged.id, 'restored', into.name, JSON.stringify(result), actor, via);
      return result;
    });
  }

  async changes(ownerId: number): Promise<RecordChangeEntry[]> {
    return this.prisma.recordChange.findMany({
      where: { councilId: this.councilId, subject: 'owner', subjectId: ownerId },
      orderBy: { id: 'asc' },
    });
  }
}
