// Reminder claims. The unique key makes the insert the claim: whoever inserts an occurrence sends it. A
// lease lets another instance finish a claim whose holder died; it is taken over once only, because the
// dead holder may already have sent it (at most one extra send). Failed sends are retried with backoff.
import { createHash } from 'node:crypto';
import type { Occurrence } from '../core/schedule/occurrences.js';
import type { Prisma } from './client.js';
import { type Query, type SqlConnection, toDate } from './sql/connection.js';
import { arrayParam, inArray } from './sql/resolutions.js';

export interface ClaimRow {
  id: number;
  key: string;
  kind: string;
  ownerId: number | null;
  resolutionId: number | null;
  bindingId: number;
  slot: string;
  dueAt: Date;
  attempts: number;
  /**
   * The message it goes out in, shared by the occurrences claimed with it for its chat; null for one claimed before
   * messages were recorded (such rows of a chat go out together, as they did).
   */
  message: string | null;
  /** When this instance claimed (or last renewed) it: a fresh claim needs no renewal before its send. */
  claimedAt: Date;
}

export const MAX_ATTEMPTS = 5;
/** 1, 4, 16 minutes, then hourly. */
export const backoffMs = (attempts: number) => Math.min(60_000 * 4 ** Math.max(0, attempts - 1), 3_600_000);

const COLUMNS = [
  'key',
  'kind',
  'ownerId',
  'resolutionId',
  'bindingId',
  'slot',
  'dueAt',
  'state',
  'claimedBy',
  'claimedAt',
  'leaseUntil',
  'attempts',
  'message',
  'createdAt',
];
const CHUNK = 200;

type Where = NonNullable<Parameters<Prisma['reminderOccurrence']['updateMany']>[0]>['where'];
type Data = Parameters<Prisma['reminderOccurrence']['updateMany']>[0]['data'];

/** Another instance took part of a chat's rows first: this instance takes none of them. */
class Contended extends Error {}

const byKey = (a: Occurrence, b: Occurrence) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * The message one chat's occurrences, claimed together, go out in: a digest of their keys. A key belongs to one
 * claim only, so two messages never share it; a retry reads it back, so it never depends on what else is retried.
 */
export function messageOf(keys: readonly string[]): string {
  return createHash('sha256')
    .update([...keys].sort().join('\n'))
    .digest('hex')
    .slice(0, 32);
}

/** The occurrences of each chat in `occurrences`, by key, mapped to the message they are claimed for. */
function messagesByKey(occurrences: readonly Occurrence[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const chat of groupBy(occurrences, (o) => o.address).values()) {
    const message = messageOf(chat.map((o) => o.key));
    for (const o of chat) out.set(o.key, message);
  }
  return out;
}

export function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
/** A claim's columns as `toClaimRow` reads them, for the hand-written reads of the sweep. */
const CLAIM_COLUMNS = `"id", "key", "kind", "ownerId", "resolutionId", "bindingId", "slot", "dueAt", "attempts", "message"`;

/** A stored claim as read back; `claimedAt` is set when this instance takes it. */
function toClaimRow(c: unknown[]): Omit<ClaimRow, 'claimedAt'> {
  return {
    id: c[0] as number,
    key: c[1] as string,
    kind: c[2] as string,
    ownerId: c[3] as number | null,
    resolutionId: c[4] as number | null,
    bindingId: c[5] as number,
    slot: c[6] as string,
    dueAt: toDate(c[7])!,
    attempts: c[8] as number,
    message: (c[9] as string | null) ?? null,
  };
}

/** The claims of up to $3 whole chats (by address, after $2) whose rows match `due` (over a given alias), $1 now. */
function wholeChats(name: string, due: (alias: string) => string): Query {
  const columns = CLAIM_COLUMNS.split(', ')
    .map((c) => `o.${c}`)
    .join(', ');
  return {
    name,
    sql: `SELECT ${columns}, o."takeovers", b."address"
FROM "ReminderOccurrence" o JOIN "ChatBinding" b ON b."id" = o."bindingId"
WHERE ${due('o')} AND b."address" IN (
  SELECT c."address" FROM "ReminderOccurrence" p JOIN "ChatBinding" c ON c."id" = p."bindingId"
  WHERE ${due('p')} AND c."address" > $2 GROUP BY c."address" ORDER BY c."address" LIMIT $3)
ORDER BY b."address", o."id"`,
  };
}

// Read every sweep, so hand-written (like the sweep's other reads, sql/candidates.ts), a page of whole chats at a
// time: a limit on rows would cut a chat in two, and its halves would go out as two messages a sweep apart.
const retryDue = wholeChats(
  'reminder_retry_due',
  (o) => `${o}."state" IN ('failed', 'released') AND ${o}."nextTryAt" <= $1`,
);
const leaseExpired = wholeChats('reminder_lease_expired', (o) => `${o}."state" = 'claimed' AND ${o}."leaseUntil" < $1`);

type TakeoverRow = Omit<ClaimRow, 'claimedAt'> & { takeovers: number; address: string };

/** What `claimRetries` took of one chat: claims to send, or claims given up (their lease expired twice). */
export interface TakenOver {
  claimed: ClaimRow[];
  lost: ClaimRow[];
}

export class ReminderClaims {
  private readonly prisma: Prisma;
  private readonly sql: SqlConnection;
  private readonly provider: 'sqlite' | 'postgresql';

  constructor(
    db: { prisma: Prisma; sql: SqlConnection },
    readonly instanceId: string,
    private readonly leaseMs: number,
  ) {
    this.prisma = db.prisma;
    this.sql = db.sql;
    this.provider = db.sql.provider;
  }

  private lease(now: Date): Date {
    return new Date(now.getTime() + this.leaseMs);
  }

  /** Which of these keys are already recorded, in any state (an index lookup per key). */
  async existingKeys(keys: readonly string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const query: Query = {
      name: 'reminder_existing_keys',
      sql: `SELECT "key" FROM "ReminderOccurrence" WHERE ${inArray(this.provider, '"key"', 1, 'text')}`,
    };
    const rows = await this.sql.rows(query, [arrayParam(this.provider, keys)]);
    return new Set(rows.map((c) => c[0] as string));
  }

  /**
   * Claims the occurrences this instance inserts first. Keys go in sorted, in one statement per chunk: a
   * concurrent instance inserting the same chat's keys waits on the first one and then skips them all, so
   * one chat's occurrences end up with one instance and in one message. Several chats share a statement (and
   * its commit) as long as no chat is cut in two, so a large fan-out claims in a few commits, not one per chat;
   * the keys of a statement are sorted across its chats, so two instances always lock in the same order.
   */
  async claimNew(occurrences: readonly Occurrence[], now: Date): Promise<ClaimRow[]> {
    return this.claimChats([occurrences], now);
  }

  /** `claimNew` for several chats at once, each given as its own group. */
  async claimChats(chats: readonly (readonly Occurrence[])[], now: Date): Promise<ClaimRow[]> {
    const out: ClaimRow[] = [];
    // Each chat's message is named by all of its occurrences, before a large one is cut into statements.
    const messages = messagesByKey(chats.flat());
    let batch: Occurrence[] = [];
    const flush = async () => {
      if (batch.length > 0) out.push(...(await this.insertClaims(batch, messages, now)));
      batch = [];
    };
    for (const chat of chats) {
      if (batch.length > 0 && batch.length + chat.length > CHUNK) await flush();
      if (chat.length <= CHUNK) {
        batch.push(...chat);
        continue;
      }
      // One chat larger than a statement: its chunks in key order and in one transaction, so a concurrent
      // instance waits on the first key until all of them are in, and then takes none.
      const sorted = [...chat].sort(byKey);
      const won = await this.prisma.$transaction(async (tx) => {
        const rows: ClaimRow[] = [];
        for (let i = 0; i < sorted.length; i += CHUNK)
          rows.push(...(await this.insertClaims(sorted.slice(i, i + CHUNK), messages, now, tx)));
        return rows;
      });
      out.push(...won);
    }
    await flush();
    return out;
  }

  private async insertClaims(
    occurrences: readonly Occurrence[],
    messages: ReadonlyMap<string, string>,
    now: Date,
    db: Pick<Prisma, '$queryRawUnsafe'> = this.prisma,
  ): Promise<ClaimRow[]> {
    const chunk = [...occurrences].sort(byKey);
    const params: unknown[] = [];
    const tuples = chunk.map((o) => {
      const values = [o.key, o.kind, o.ownerId, o.resolutionId, o.bindingId, o.slot, o.at, 'claimed'];
      values.push(this.instanceId, now, this.lease(now), 1, messages.get(o.key) ?? null, now);
      const marks = values.map((v) => {
        params.push(v);
        return this.provider === 'postgresql' ? `$${params.length}` : '?';
      });
      return `(${marks.join(', ')})`;
    });
    const sql =
      `INSERT INTO "ReminderOccurrence" (${COLUMNS.map((c) => `"${c}"`).join(', ')}) VALUES ${tuples.join(', ')} ` +
      'ON CONFLICT ("key") DO NOTHING RETURNING "id", "key"';
    const rows = await db.$queryRawUnsafe<{ id: number; key: string }[]>(sql, ...params);
    const byKeyMap = new Map(chunk.map((o) => [o.key, o]));
    return rows.map((r) => {
      const o = byKeyMap.get(r.key)!;
      return { ...o, id: Number(r.id), dueAt: o.at, attempts: 1, message: messages.get(o.key) ?? null, claimedAt: now };
    });
  }

  /**
   * Failed or released occurrences whose retry time has come, and expired leases, taken over a whole chat at a
   * time (`chatOf` names a binding's chat), as they were claimed: one chat's rows move to one instance in one
   * transaction or not at all, so two survivors never split a chat's message between them. Read in pages of
   * `chatsPerPage` whole chats; each chat is yielded as soon as it is taken, so its send can start, and every
   * instance begins a page at its own chat, so several share the work instead of contending for each chat.
   */
  async *claimRetries(now: Date, chatOf: (bindingId: number) => string, chatsPerPage = 64): AsyncGenerator<TakenOver> {
    const retry = { state: { in: ['failed', 'released'] }, nextTryAt: { lte: now } };
    for await (const chat of this.chats(retryDue, now, chatOf, chatsPerPage)) {
      const won = await this.takeAll(chat, retry, {
        state: 'claimed',
        claimedBy: this.instanceId,
        claimedAt: now,
        leaseUntil: this.lease(now),
        attempts: { increment: 1 },
      });
      if (won) yield { claimed: chat.map((r) => this.taken(r, now)), lost: [] };
    }
    const expired = { state: 'claimed', leaseUntil: { lt: now } };
    for await (const chat of this.chats(leaseExpired, now, chatOf, chatsPerPage)) {
      // A chat already taken over once may have been sent by both holders: it is not sent a third time.
      const again = chat.some((r) => r.takeovers >= 1);
      const won = await this.takeAll(
        chat,
        expired,
        again
          ? { state: 'lost', leaseUntil: null, error: 'lease expired twice' }
          : {
              claimedBy: this.instanceId,
              claimedAt: now,
              leaseUntil: this.lease(now),
              takeovers: { increment: 1 },
              attempts: { increment: 1 },
            },
      );
      const rows = chat.map((r) => this.taken(r, now));
      if (won) yield again ? { claimed: [], lost: rows } : { claimed: rows, lost: [] };
    }
  }

  private taken(r: TakeoverRow, now: Date): ClaimRow {
    const { takeovers: _t, address: _a, ...row } = r;
    return { ...row, attempts: r.attempts + 1, claimedAt: now };
  }

  /** The rows `query` finds, one whole chat at a time, page after page of chats in address order. */
  private async *chats(
    query: Query,
    now: Date,
    chatOf: (bindingId: number) => string,
    perPage: number,
  ): AsyncGenerator<TakeoverRow[]> {
    for (let after = ''; ; ) {
      const page = (await this.sql.rows(query, [now, after, perPage])).map((c) => ({
        ...toClaimRow(c),
        takeovers: c[10] as number,
        address: c[11] as string,
      }));
      if (page.length === 0) return;
      after = page[page.length - 1]!.address;
      const chats = [...groupBy(page, (r) => chatOf(r.bindingId)).values()];
      const start = Math.floor(Math.random() * chats.length);
      yield* [...chats.slice(start), ...chats.slice(0, start)];
    }
  }

  /** Updates every one of `rows` that still matches `where`, or none of them. */
  private async takeAll(rows: readonly { id: number }[], where: Where, data: Data): Promise<boolean> {
    try {
      await this.prisma.$transaction(async (tx) => {
        const r = await tx.reminderOccurrence.updateMany({
          where: { ...where, id: { in: rows.map((x) => x.id) } },
          data,
        });
        if (r.count !== rows.length) throw new Contended();
      });
      return true;
    } catch (err) {
      if (err instanceof Contended) return false;
      throw err;
    }
  }

  /**
   * The rows still held right before sending. A claim younger than a quarter of its lease cannot have been taken
   * over (that needs the lease to run out) and is sent as it is; an older one is renewed from this instant.
   */
  async hold(rows: readonly ClaimRow[], now: Date): Promise<Set<number>> {
    const ids = rows.map((r) => r.id);
    if (rows.every((r) => now.getTime() - r.claimedAt.getTime() < this.leaseMs / 4)) return new Set(ids);
    return this.renew(ids, now);
  }

  /** Extends the lease; returns the ids still held (another instance may have taken over). */
  async renew(ids: readonly number[], now: Date): Promise<Set<number>> {
    const mine = { id: { in: [...ids] }, state: 'claimed', claimedBy: this.instanceId };
    const r = await this.prisma.reminderOccurrence.updateMany({ where: mine, data: { leaseUntil: this.lease(now) } });
    if (r.count === ids.length) return new Set(ids);
    const rows = await this.prisma.reminderOccurrence.findMany({ where: mine, select: { id: true } });
    return new Set(rows.map((x) => x.id));
  }

  private finish(ids: readonly number[], data: Data) {
    return this.prisma.reminderOccurrence.updateMany({
      where: { id: { in: [...ids] }, state: 'claimed', claimedBy: this.instanceId },
      data: { leaseUntil: null, ...data },
    });
  }

  async markSent(ids: readonly number[], now: Date): Promise<void> {
    await this.finish(ids, { state: 'sent', sentAt: now, error: null });
  }

  /** Nothing was left to say (done or snoozed meanwhile). */
  async markSkipped(ids: readonly number[]): Promise<void> {
    await this.finish(ids, { state: 'skipped' });
  }

  /** Records a failed send; returns the rows that will not be tried again. */
  async markFailed(rows: readonly ClaimRow[], now: Date, error: string): Promise<ClaimRow[]> {
    const dead = rows.filter((r) => r.attempts >= MAX_ATTEMPTS);
    if (dead.length > 0)
      await this.finish(
        dead.map((r) => r.id),
        { state: 'dead', error },
      );
    const byAttempts = new Map<number, number[]>();
    for (const r of rows)
      if (r.attempts < MAX_ATTEMPTS) byAttempts.set(r.attempts, [...(byAttempts.get(r.attempts) ?? []), r.id]);
    for (const [attempts, ids] of byAttempts) {
      await this.finish(ids, { state: 'failed', error, nextTryAt: new Date(now.getTime() + backoffMs(attempts)) });
    }
    return dead;
  }

  /**
   * Gives unsent claims back (at shutdown, or a platform left alone): claimable again at once, the attempt not
   * counted, unless the send was `attempted` (it hung, and may yet have arrived).
   */
  async release(ids: readonly number[], now: Date, opts: { attempted?: boolean } = {}): Promise<void> {
    if (ids.length === 0) return;
    const attempts = opts.attempted ? {} : { attempts: { decrement: 1 } };
    await this.finish(ids, { state: 'released', nextTryAt: now, ...attempts });
  }
}
