// Desk sign-in links and sessions. Tokens are random, shown once, and stored only as SHA-256 hashes: a copy
// of the database opens no session. A link is consumed by one conditional update, so two clicks racing
// open at most one session. A session is never deleted: signing out, being ended by the secretary, or the
// configuration no longer naming the person ends it, and the row says who ended it and why.
import { createHash, randomBytes } from 'node:crypto';
import type { Prisma } from './client.js';
import type { SqlConnection } from './sql/connection.js';
import { readSession } from './sql/desk-sessions.js';

export const LINK_MINUTES = 10;
export const SESSION_DAYS = 7;
/** How stale a session's «last seen» may be: written at most this often, not on every request. */
export const LAST_SEEN_STEP_MS = 5 * 60_000;

export type DeskRole = 'secretary' | 'chair';

/** Where a sign-in link was asked for: `chat:<private chat>` (/desk), `cli` (desk-link), or the local operator. */
export type DeskOrigin = `chat:${string}` | 'cli' | typeof OPERATOR_ORIGIN;
/** desk-link with no SECRETARY_IDS: whoever runs the CLI, the secretary only while none is configured. */
export const OPERATOR_ORIGIN = 'cli:operator';

/** Who a link or session belongs to: a configured person, as `platform:userId`. */
export interface DeskIdentity {
  platform: string;
  userId: string;
  name: string | null;
  role: DeskRole;
  origin: DeskOrigin;
}

/** A session as stored: `role` is the role it was opened with (the desk uses the role the configuration gives now). */
export interface DeskSession {
  id: number;
  platform: string;
  userId: string;
  name: string | null;
  role: DeskRole;
  origin: string | null;
  csrf: string;
  expiresAt: Date;
  createdAt: Date;
  lastSeenAt: Date | null;
}

export interface EndedSession extends DeskSession {
  endedAt: Date;
  endedBy: string | null;
  endedByName: string | null;
  /** signout | ended (by the secretary) | role (the configuration no longer names the person) */
  endReason: string | null;
}

export type LinkState = 'valid' | 'used' | 'expired' | 'unknown';
export type EndReason = 'signout' | 'ended' | 'role';

const token = () => randomBytes(32).toString('base64url');
const hash = (t: string) => createHash('sha256').update(t).digest('hex');

export class DeskSessions {
  constructor(
    private readonly prisma: Prisma,
    private readonly sql: SqlConnection,
  ) {}

  /** A new one-time link's token, valid for LINK_MINUTES. */
  async createLink(who: DeskIdentity, now: Date): Promise<string> {
    const t = token();
    await this.prisma.deskLink.create({
      data: { ...who, tokenHash: hash(t), expiresAt: new Date(now.getTime() + LINK_MINUTES * 60_000), createdAt: now },
    });
    return t;
  }

  /** What a link is, without using it (link previews in chats open it too). */
  async linkState(t: string, now: Date): Promise<LinkState> {
    const link = await this.prisma.deskLink.findUnique({ where: { tokenHash: hash(t) } });
    if (!link) return 'unknown';
    if (link.usedAt) return 'used';
    return link.expiresAt <= now ? 'expired' : 'valid';
  }

  /**
   * Uses the link and opens a session with the role `roleNow` gives its person now; a used, expired or unknown
   * link opens nothing, and neither does one whose person has no role any more ('refused': the link is spent).
   */
  async signIn(
    t: string,
    now: Date,
    roleNow: (who: { platform: string; userId: string; origin: string | null }) => DeskRole | null,
  ): Promise<{ token: string; session: DeskSession } | LinkState | 'refused'> {
    const tokenHash = hash(t);
    const used = await this.prisma.deskLink.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (used.count !== 1) return this.linkState(t, now);
    const link = await this.prisma.deskLink.findUniqueOrThrow({ where: { tokenHash } });
    const role = roleNow(link);
    if (!role) return 'refused';
    const sessionToken = token();
    const row = await this.prisma.deskSession.create({
      data: {
        tokenHash: hash(sessionToken),
        platform: link.platform,
        userId: link.userId,
        name: link.name,
        role,
        origin: link.origin,
        csrf: token(),
        expiresAt: new Date(now.getTime() + SESSION_DAYS * 86_400_000),
        // The desk's clock, not the database's: «since» and «last seen» are read against it.
        createdAt: now,
        lastSeenAt: now,
      },
    });
    return { token: sessionToken, session: toSession(row) };
  }

  /** The live session a cookie names, its «last seen» brought up to date when it is LAST_SEEN_STEP_MS old. */
  async session(t: string, now: Date): Promise<DeskSession | null> {
    // Every desk request asks this: hand-written, not through Prisma.
    const row = await readSession(this.sql, hash(t));
    if (!row || row.endedAt || row.expiresAt <= now) return null;
    const seen = row.lastSeenAt ?? row.createdAt;
    if (now.getTime() - seen.getTime() >= LAST_SEEN_STEP_MS) {
      await this.prisma.deskSession.updateMany({ where: { id: row.id, endedAt: null }, data: { lastSeenAt: now } });
      row.lastSeenAt = now;
    }
    return toSession(row);
  }

  /** Sign-out: the session ends, by its own person, and stays on record. */
  async end(t: string, now: Date): Promise<void> {
    const row = await this.prisma.deskSession.findUnique({ where: { tokenHash: hash(t) } });
    if (row) await this.endById(row.id, now, 'signout', { id: `${row.platform}:${row.userId}`, name: row.name });
  }

  /** Ends a session that is still open; false when it had already ended. */
  async endById(id: number, now: Date, reason: EndReason, by: { id: string; name: string | null } | null) {
    const ended = await this.prisma.deskSession.updateMany({
      where: { id, endedAt: null },
      data: { endedAt: now, endReason: reason, endedBy: by?.id ?? null, endedByName: by?.name ?? null },
    });
    return ended.count === 1;
  }

  /** Sessions not ended and not expired, the most recently seen first. */
  async open(now: Date): Promise<DeskSession[]> {
    const rows = await this.prisma.deskSession.findMany({
      where: { endedAt: null, expiresAt: { gt: now } },
      orderBy: [{ lastSeenAt: 'desc' }, { id: 'desc' }],
    });
    return rows.map(toSession);
  }

  /** The sessions ended lately, newest first: who ended each and why. */
  async recentlyEnded(take = 20): Promise<EndedSession[]> {
    const rows = await this.prisma.deskSession.findMany({
      where: { endedAt: { not: null } },
      orderBy: { endedAt: 'desc' },
      take,
    });
    return rows.map((r) => ({
      ...toSession(r),
      endedAt: r.endedAt!,
      endedBy: r.endedBy,
      endedByName: r.endedByName,
      endReason: r.endReason,
    }));
  }
}

function toSession(row: {
  id: number;
  platform: string;
  userId: string;
  name: string | null;
  role: string;
  origin: string | null;
  csrf: string;
  expiresAt: Date;
  createdAt: Date;
  lastSeenAt: Date | null;
}): DeskSession {
  return {
    id: row.id,
    platform: row.platform,
    userId: row.userId,
    name: row.name,
    role: row.role === 'chair' ? 'chair' : 'secretary',
    origin: row.origin,
    csrf: row.csrf,
    expiresAt: row.expiresAt,
    createdAt: row.createdAt,
    lastSeenAt: row.lastSeenAt,
  };
}
