// Desk sign-in links and sessions. Tokens are random, shown once, and stored only as SHA-256 hashes: a copy
// of the database opens no session. A link is consumed by one conditional update, so two clicks racing
// open at most one session.
import { createHash, randomBytes } from 'node:crypto';
import type { Prisma } from './client.js';
import type { SqlConnection } from './sql/connection.js';
import { readSession } from './sql/desk-sessions.js';

export const LINK_MINUTES = 10;
export const SESSION_DAYS = 7;

export type DeskRole = 'secretary' | 'chair';

/** Who a link or session belongs to: a configured person, as `platform:userId`. */
export interface DeskIdentity {
  platform: string;
  userId: string;
  name: string | null;
  role: DeskRole;
}

export interface DeskSession extends DeskIdentity {
  id: number;
  csrf: string;
  expiresAt: Date;
}

export type LinkState = 'valid' | 'used' | 'expired' | 'unknown';

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
      data: { ...who, tokenHash: hash(t), expiresAt: new Date(now.getTime() + LINK_MINUTES * 60_000) },
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

  /** Uses the link and opens a session; a used, expired or unknown link opens nothing. */
  async signIn(t: string, now: Date): Promise<{ token: string; session: DeskSession } | LinkState> {
    const tokenHash = hash(t);
    const used = await this.prisma.deskLink.updateMany({
      where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (used.count !== 1) return this.linkState(t, now);
    const link = await this.prisma.deskLink.findUniqueOrThrow({ where: { tokenHash } });
    const sessionToken = token();
    const row = await this.prisma.deskSession.create({
      data: {
        tokenHash: hash(sessionToken),
        platform: link.platform,
        userId: link.userId,
        name: link.name,
        role: link.role,
        csrf: token(),
        expiresAt: new Date(now.getTime() + SESSION_DAYS * 86_400_000),
      },
    });
    return { token: sessionToken, session: toSession(row) };
  }

  async session(t: string, now: Date): Promise<DeskSession | null> {
    // Every desk request asks this: hand-written, not through Prisma.
    const row = await readSession(this.sql, hash(t));
    if (!row || row.endedAt || row.expiresAt <= now) return null;
    return toSession(row);
  }

  /** Sign-out: the session ends and stays on record. */
  async end(t: string, now: Date): Promise<void> {
    await this.prisma.deskSession.updateMany({ where: { tokenHash: hash(t), endedAt: null }, data: { endedAt: now } });
  }
}

function toSession(row: {
  id: number;
  platform: string;
  userId: string;
  name: string | null;
  role: string;
  csrf: string;
  expiresAt: Date;
}): DeskSession {
  return {
    id: row.id,
    platform: row.platform,
    userId: row.userId,
    name: row.name,
    role: row.role === 'chair' ? 'chair' : 'secretary',
    csrf: row.csrf,
    expiresAt: row.expiresAt,
  };
}
