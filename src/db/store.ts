// The Store port over Prisma: every read the handlers need and every write in one transaction.
import { randomUUID } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { ChatBindingInfo } from '../core/auth.js';
import type { ItemRef } from '../core/numbers.js';
import {
  type Actor,
  type AssignmentActivity,
  type BindRequest,
  type ChatSnapshot,
  ConflictError,
  type DigestItem,
  type HistoryEntry,
  type OutboundRecord,
  type OwnerInfo,
  type ResolutionFilter,
  type ResolutionView,
  type StatusChange,
  type Store,
} from '../core/ports.js';
import { matchKey } from '../core/text.js';
import type { Prisma, Tx } from './client.js';
import { shareEventRow } from './item-state.js';
import { reachingBindings } from './owner-phones.js';
import { readActivity } from './sql/activity.js';
import { readBindings } from './sql/bindings.js';
import { changeWrites } from './sql/changes.js';
import { type SqlConnection, StaleWriteError } from './sql/connection.js';
import { ensureCouncilRow } from './sql/council.js';
import { readDigestItems, readResolution, readResolutions } from './sql/resolutions.js';
import { eventInclude, toBindingInfo, toHistory } from './views.js';
import { writeTransaction } from './write-transaction.js';

/** How often a member's last-seen time is written at most. */
const MEMBER_REFRESH_MS = 60 * 60_000;
/** Entries per cache at most, so a flood of chats or people costs bounded memory and forgets no one else. */
const CACHE_MAX = 10_000;

export interface StoreOptions {
  councilId: number;
  /** `platform:userId` of the secretaries and chairs named in configuration. */
  secretaryIds?: string[];
  chairIds?: string[];
  /**
   * Keep each chat's bindings in memory. Only where this process is the database's sole writer (SQLite, which
   * refuses a second process): bindings change only through this store, which forgets them on every change.
   */
  cacheBindings?: boolean;
  /** Safir is configured: an owner's phone number reaches it (owner-phones.ts). */
  safir?: boolean;
}

/**
 * Prisma for most reads and writes; hand-written SQL (src/db/sql) on the paths every command or a whole
 * council goes through: a chat's bindings, items with their owners, status changes, report activity.
 */
export class PrismaStore implements Store {
  constructor(
    readonly prisma: Prisma,
    readonly opts: StoreOptions,
    readonly sql: SqlConnection,
  ) {}

  get councilId(): number {
    return this.opts.councilId;
  }

  /** Chats whose bindings are remembered at most; the chat heard from least recently goes first. */
  private readonly bindingCache = new LRUCache<string, ChatBindingInfo[]>({ max: CACHE_MAX });
  /** Bumped after every binding change, so a read that overlapped a change is not cached. */
  private bindingGeneration = 0;

  /** Runs a binding change, then forgets what was cached (also when the change failed halfway). */
  private async changingBindings<T>(change: () => Promise<T>): Promise<T> {
    try {
      return await change();
    } finally {
      this.bindingGeneration++;
      this.bindingCache.clear();
    }
  }

  /** A change that moves bindings outside the store (an owner merge at the desk): chats see it at once. */
  rebinding<T>(change: () => Promise<T>): Promise<T> {
    return this.changingBindings(change);
  }

  async reachedOwnerIds(): Promise<Set<number>> {
    const rows = await this.prisma.chatBinding.findMany({
      where: {
        councilId: this.councilId,
        active: true,
        ownerId: { not: null },
        ...reachingBindings(!!this.opts.safir),
      },
      select: { ownerId: true },
      distinct: ['ownerId'],
    });
    return new Set(rows.map((r) => r.ownerId!));
  }

  async bindingsFor(address: string): Promise<ChatBindingInfo[]> {
    const cached = this.bindingCache.get(address);
    if (cached) return cached;
    const generation = this.bindingGeneration;
    const bindings = await readBindings(this.sql, this.councilId, address);
    if (this.opts.cacheBindings && generation === this.bindingGeneration) {
      this.bindingCache.set(address, bindings);
    }
    return bindings;
  }

  bind(req: BindRequest): Promise<ChatBindingInfo> {
    return this.changingBindings(() => this.writeBinding(req));
  }

  private writeBinding(req: BindRequest): Promise<ChatBindingInfo> {
    return upsertBinding(this.prisma, this.councilId, req);
  }

  unbind(address: string, reason: string): Promise<ChatBindingInfo[]> {
    return this.changingBindings(() => this.deactivate(address, reason));
  }

  private async deactivate(address: string, reason: string): Promise<ChatBindingInfo[]> {
    return writeTransaction(this.prisma, async (tx) => {
      const rows = await tx.chatBinding.findMany({
        where: { address, active: true, councilId: this.councilId },
        include: { owner: { select: { name: true } } },
      });
      await tx.chatBinding.updateMany({
        where: { id: { in: rows.map((r) => r.id) } },
        data: { active: false, disabledReason: reason },
      });
      return rows.map(toBindingInfo);
    });
  }

  moveChat(fromAddress: string, to: { address: string; chatId: string }): Promise<number> {
    return this.changingBindings(() => this.move(fromAddress, to));
  }

  private async move(fromAddress: string, to: { address: string; chatId: string }): Promise<number> {
    const r = await this.prisma.chatBinding.updateMany({
      where: { address: fromAddress, councilId: this.councilId },
      data: { address: to.address, chatId: to.chatId },
    });
    return r.count;
  }

  async findOwner(name: string): Promise<OwnerInfo | null> {
    const alias = await this.prisma.ownerAlias.findUnique({
      where: { councilId_key: { councilId: this.councilId, key: matchKey(name) } },
      include: { owner: { include: { aliases: true } } },
    });
    if (!alias) return null;
    return { id: alias.owner.id, name: alias.owner.name, aliases: alias.owner.aliases.map((a) => a.alias) };
  }

  async listOwners(): Promise<OwnerInfo[]> {
    const rows = await this.prisma.owner.findMany({
      where: { councilId: this.councilId },
      include: { aliases: true },
      orderBy: { id: 'asc' },
    });
    return rows.map((o) => ({ id: o.id, name: o.name, aliases: o.aliases.map((a) => a.alias) }));
  }

  getResolution(ref: ItemRef): Promise<ResolutionView | null> {
    return readResolution(this.sql, this.councilId, ref);
  }

  listResolutions(filter: ResolutionFilter = {}): Promise<ResolutionView[]> {
    return readResolutions(this.sql, this.councilId, filter);
  }

  listDigestItems(filter: ResolutionFilter = {}): Promise<DigestItem[]> {
    return readDigestItems(this.sql, this.councilId, filter);
  }

  latestActivity(filter: ResolutionFilter = {}): Promise<Map<number, AssignmentActivity>> {
    return readActivity(this.sql, this.councilId, filter);
  }

  async applyChanges(changes: StatusChange[], actor: Actor, chatAddress: string, chat?: ChatSnapshot): Promise<void> {
    // The hot path of every /done: one commit, nothing read back.
    const writes = changeWrites(this.sql.provider, changes, actor, chatAddress, randomUUID(), new Date(), chat);
    try {
      await this.sql.write(writes);
    } catch (err) {
      if (!(err instanceof StaleWriteError)) throw err;
      const c = changes.find((c) => writes[err.index]!.params[0] === c.assignmentId)!;
      throw new ConflictError(`assignment ${c.assignmentId} is no longer ${c.from}`);
    }
  }

  async extensionCounts(): Promise<Map<number, number>> {
    // One statement however many items: shares that asked together are answered together, so one decision
    // (its time) is one extension of the item.
    const rows = await this.sql.rows(
      {
        name: 'extension_counts',
        sql: `SELECT a."resolutionId", COUNT(DISTINCT c."decidedAt") FROM "ChairRequest" c
JOIN "Assignment" a ON a."id" = c."assignmentId"
WHERE c."kind" = 'extension' AND c."state" = 'approved'
GROUP BY a."resolutionId"`,
      },
      [],
    );
    return new Map(rows.map((r) => [Number(r[0]), Number(r[1])]));
  }

  async markSeen(assignmentIds: number[], actor: Actor, chatAddress: string, chat?: ChatSnapshot): Promise<void> {
    const now = new Date();
    const batch = randomUUID();
    await writeTransaction(this.prisma, async (tx) => {
      const fresh = await tx.assignment.findMany({
        where: { id: { in: assignmentIds }, seenAt: null },
        select: { id: true, status: true },
      });
      await tx.assignment.updateMany({
        where: { id: { in: fresh.map((a) => a.id) }, seenAt: null },
        data: { seenAt: now, seenBy: actor.name },
      });
      await tx.statusEvent.createMany({
        data: fresh.map((a) => ({
          ...shareEventRow(
            { assignmentId: a.id, type: 'seen', status: a.status },
            { actor, chatAddress, batch, at: now },
          ),
          chatTitle: chat?.title ?? null,
          chatBindings: chat ? JSON.stringify(chat.bindings) : null,
        })),
      });
    });
  }

  async lastUndoable(chatAddress: string): Promise<HistoryEntry[]> {
    // Read the chat's recent events thinly first (index on chatAddress, id); only the batch to undo in full.
    const recent = await this.prisma.statusEvent.findMany({
      where: { chatAddress, type: { in: ['status', 'undo'] } },
      orderBy: { id: 'desc' },
      take: 100,
      select: { id: true, type: true, batch: true, undoOfId: true },
    });
    const undone = new Set(recent.filter((e) => e.undoOfId !== null).map((e) => e.undoOfId));
    const last = recent.find((e) => e.type === 'status' && !undone.has(e.id));
    if (!last) return [];
    const ids = recent
      .filter((e) => e.batch === last.batch && e.type === 'status' && !undone.has(e.id))
      .map((e) => e.id);
    const rows = await this.prisma.statusEvent.findMany({
      where: { id: { in: ids } },
      orderBy: { id: 'asc' },
      include: eventInclude,
    });
    return rows.map(toHistory);
  }

  async history(resolutionId: number): Promise<HistoryEntry[]> {
    const rows = await this.prisma.statusEvent.findMany({
      where: { assignment: { resolutionId } },
      orderBy: { id: 'asc' },
      include: eventInclude,
    });
    return rows.map(toHistory);
  }

  /** Members seen recently, so a command does not cost a write (and an fsync) just to say who spoke. */
  private readonly seen = new LRUCache<string, { name: string; role: 'secretary' | 'chair' | null }>({
    max: CACHE_MAX,
    ttl: MEMBER_REFRESH_MS,
  });

  async touchMember(actor: Actor): Promise<'secretary' | 'chair' | null> {
    const id = `${actor.platform}:${actor.userId}`;
    const configured = this.opts.secretaryIds?.includes(id)
      ? 'secretary'
      : this.opts.chairIds?.includes(id)
        ? 'chair'
        : null;
    const cached = this.seen.get(id);
    if (cached && cached.name === actor.name) return cached.role;
    const m = await this.prisma.member.upsert({
      where: { platform_userId: { platform: actor.platform, userId: actor.userId } },
      create: { platform: actor.platform, userId: actor.userId, displayName: actor.name, role: configured },
      // The configuration is the one source of a role: a person taken off SECRETARY_IDS or CHAIR_IDS loses
      // the role at their next message, not just at the desk.
      update: { displayName: actor.name, lastSeenAt: new Date(), role: configured },
    });
    const role = m.role === 'secretary' || m.role === 'chair' ? m.role : null;
    this.seen.set(id, { name: actor.name, role });
    return role;
  }

  async recordOutbound(address: string, messageId: string, sent: OutboundRecord): Promise<void> {
    const data = {
      kind: sent.kind,
      items: sent.items.join(','),
      askedUserId: sent.askedUserId ?? null,
      about: sent.about ?? null,
    };
    await this.prisma.outboundMessage.upsert({
      where: { address_messageId: { address, messageId } },
      create: { address, messageId, ...data },
      update: data,
    });
  }

  async outbound(address: string, messageId: string): Promise<OutboundRecord | null> {
    const m = await this.prisma.outboundMessage.findUnique({
      where: { address_messageId: { address, messageId } },
    });
    if (!m) return null;
    const items = m.items.split(',').filter(Boolean).map(Number);
    return {
      kind: m.kind,
      items,
      ...(m.askedUserId ? { askedUserId: m.askedUserId } : {}),
      ...(m.about ? { about: m.about } : {}),
    };
  }

  async setNextMeeting(at: Date | null, by?: { actor: Actor; via: string }): Promise<boolean> {
    return writeTransaction(this.prisma, async (tx) => {
      const c = await tx.council.findUniqueOrThrow({ where: { id: this.councilId } });
      if ((c.nextMeetingAt?.getTime() ?? null) === (at?.getTime() ?? null)) return false;
      await tx.council.update({ where: { id: this.councilId }, data: { nextMeetingAt: at } });
      // Who moved the next meeting, from where, and from when to when (ISO instants), beside the desk's records.
      if (by)
        await tx.recordChange.create({
          data: {
            councilId: this.councilId,
            subject: 'council',
            subjectId: this.councilId,
            field: 'nextMeeting',
            fromValue: c.nextMeetingAt?.toISOString() ?? null,
            toValue: at?.toISOString() ?? null,
            actorPlatform: by.actor.platform,
            actorId: by.actor.userId,
            actorName: by.actor.name,
            chatAddress: by.via,
          },
        });
      return true;
    });
  }

  async getCouncil() {
    const c = await this.prisma.council.findUniqueOrThrow({ where: { id: this.councilId } });
    return { id: c.id, name: c.name, chairName: c.chairName, nextMeetingAt: c.nextMeetingAt };
  }
}

/** The council this deployment serves, created on first start (hand-written SQL: see sql/council.ts). */
export async function ensureCouncil(sql: SqlConnection, name: string): Promise<number> {
  return ensureCouncilRow(sql, name);
}

/** Binds a chat to its target, or wakes its old binding up: in a transaction of its own or the caller's. */
export async function upsertBinding(db: Prisma | Tx, councilId: number, req: BindRequest): Promise<ChatBindingInfo> {
  const target = req.role === 'chair' ? 'chair' : `owner:${req.ownerId}`;
  const data = {
    platform: req.platform,
    chatId: req.chatId,
    threadId: req.threadId ?? '',
    role: req.role,
    ownerId: req.ownerId,
    title: req.title ?? null,
    createdBy: req.createdBy,
    active: true,
    disabledReason: null,
  };
  const row = await db.chatBinding.upsert({
    where: { address_target: { address: req.address, target } },
    create: { ...data, councilId, address: req.address, target },
    update: data,
    include: { owner: { select: { name: true } } },
  });
  return toBindingInfo(row);
}
