// Invitations that bind a chat to an owner. Only a hash of each code is kept; a use, like a revocation, changes
// the invite's row and is recorded with the owner's changes (RecordChange, field invite), never deleted.
// A use binds the chat and spends the invite in one transaction, so two chats racing for a one-time invite
// cannot both have it.
import { createHash, randomInt } from 'node:crypto';
import { INVITE_ALPHABET, INVITE_DAYS, type InviteUse } from '../core/invites.js';
import type { Actor, BindRequest, InviteRedeemer } from '../core/ports.js';
import type { Clock } from '../core/types.js';
import type { Prisma, Tx } from './client.js';
import { recordOwnerChange } from './owner-edits.js';
import { type PrismaStore, upsertBinding } from './store.js';
import { writeTransaction } from './write-transaction.js';

const hash = (code: string) => createHash('sha256').update(code).digest('hex');
const DAY_MS = 24 * 60 * 60_000;

function newCode(): string {
  const chars = Array.from({ length: 12 }, () => INVITE_ALPHABET[randomInt(INVITE_ALPHABET.length)]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8).join('')}`;
}

export interface InviteRow {
  id: number;
  ownerId: number;
  hint: string;
  platform: string;
  usesLeft: number;
  expiresAt: Date;
  revokedAt: Date | null;
  usedAt: Date | null;
  usedIn: string | null;
  usedBy: string | null;
  createdBy: string;
  createdAt: Date;
}

/** An invite's state at `now`: open (may still bind a chat), used, expired or revoked. */
export function inviteState(i: InviteRow, now: Date): 'open' | 'used' | 'expired' | 'revoked' {
  if (i.revokedAt) return 'revoked';
  if (i.usesLeft <= 0) return 'used';
  return i.expiresAt <= now ? 'expired' : 'open';
}

export class UnknownOwnerError extends Error {
  override name = 'UnknownOwnerError';
}

export class InviteBook implements InviteRedeemer {
  constructor(
    private readonly prisma: Prisma,
    private readonly store: PrismaStore,
    private readonly councilId: number,
    private readonly clock: Clock,
  ) {}

  /** A new invite for the owner; its code is returned once and never stored. */
  async issue(
    ownerId: number,
    /** The messenger whose links it was made for, or `any`: the code itself works on every messenger. */
    platform: string,
    actor: Actor,
    via: string,
    opts: { days?: number; uses?: number } = {},
  ): Promise<{ code: string; invite: InviteRow }> {
    const code = newCode();
    const expiresAt = new Date(this.clock.now().getTime() + (opts.days ?? INVITE_DAYS) * DAY_MS);
    const invite = await writeTransaction(this.prisma, async (tx) => {
      const owner = await tx.owner.findFirst({ where: { id: ownerId, councilId: this.councilId } });
      if (!owner) throw new UnknownOwnerError(String(ownerId));
      const row = await tx.invite.create({
        data: {
          councilId: this.councilId,
          ownerId,
          tokenHash: hash(code),
          hint: code.slice(-4),
          platform,
          usesLeft: opts.uses ?? 1,
          expiresAt,
          createdBy: `${actor.name} (${actor.platform}:${actor.userId})`,
        },
      });
      const to = JSON.stringify({ invite: row.id, made: platform, expiresAt: expiresAt.toISOString() });
      await recordOwnerChange(tx, this.councilId, { ownerId, field: 'invite', from: null, to }, actor, via);
      return row;
    });
    return { code, invite };
  }

  /** Every invite of the owner (of every owner when none is given), newest first. */
  list(ownerId?: number): Promise<InviteRow[]> {
    return this.prisma.invite.findMany({
      where: { councilId: this.councilId, ...(ownerId ? { ownerId } : {}) },
      orderBy: { id: 'desc' },
    });
  }

  /** Revokes an open invite; false when it was not open (used, expired, revoked already, or none). */
  async revoke(id: number, actor: Actor, via: string): Promise<boolean> {
    const now = this.clock.now();
    return writeTransaction(this.prisma, async (tx) => {
      const by = `${actor.name} (${actor.platform}:${actor.userId})`;
      const done = await tx.invite.updateMany({
        where: { id, councilId: this.councilId, revokedAt: null, usesLeft: { gt: 0 }, expiresAt: { gt: now } },
        data: { revokedAt: now, revokedBy: by },
      });
      if (done.count === 0) return false;
      const row = await tx.invite.findUniqueOrThrow({ where: { id } });
      const change = { ownerId: row.ownerId, field: 'invite', from: JSON.stringify({ invite: id }), to: 'revoked' };
      await recordOwnerChange(tx, this.councilId, change, actor, via);
      return true;
    });
  }

  redeem(code: string, chat: Omit<BindRequest, 'role' | 'ownerId'>, actor: Actor): Promise<InviteUse> {
    return this.store.rebinding(() => writeTransaction(this.prisma, (tx) => this.use(tx, code, chat, actor)));
  }

  private async use(
    tx: Tx,
    code: string,
    chat: Omit<BindRequest, 'role' | 'ownerId'>,
    actor: Actor,
  ): Promise<InviteUse> {
    const now = this.clock.now();
    const invite = await tx.invite.findUnique({ where: { tokenHash: hash(code) }, include: { owner: true } });
    if (!invite || invite.councilId !== this.councilId) return { kind: 'unknown' };
    const state = inviteState(invite, now);
    if (state === 'revoked') return { kind: 'revoked', at: invite.revokedAt! };
    if (state === 'used') return { kind: 'used', at: invite.usedAt };
    if (state === 'expired') return { kind: 'expired', at: invite.expiresAt };
    const owner = invite.owner.name;
    const here = await tx.chatBinding.findMany({
      where: { address: chat.address, councilId: this.councilId, active: true },
    });
    // A chat is the chair's or committees', never both (as with /link); an invite spent on a chat already bound
    // to its owner would be lost for the chat it was meant for.
    if (here.some((b) => b.role === 'chair')) return { kind: 'chair', owner };
    if (here.some((b) => b.ownerId === invite.ownerId)) return { kind: 'already', owner };
    const who = `${actor.name} (${actor.platform}:${actor.userId})`;
    const spent = await tx.invite.updateMany({
      where: { id: invite.id, usesLeft: { gt: 0 }, revokedAt: null },
      data: { usesLeft: { decrement: 1 }, usedAt: now, usedIn: chat.address, usedBy: who },
    });
    if (spent.count === 0) return { kind: 'used', at: null };
    await upsertBinding(tx, this.councilId, {
      ...chat,
      role: 'committee',
      ownerId: invite.ownerId,
      createdBy: `${who} · invite ${invite.id}`,
    });
    const change = {
      ownerId: invite.ownerId,
      field: 'invite',
      from: JSON.stringify({ invite: invite.id }),
      to: JSON.stringify({ usedIn: chat.address, title: chat.title ?? null }),
    };
    await recordOwnerChange(tx, this.councilId, change, actor, chat.address);
    return { kind: 'bound', owner };
  }
}
