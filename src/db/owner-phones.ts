// An owner's phone number, the way in for an owner that never opened the bot: Bale's Safir sends to it. It is kept
// as a binding of its own (platform `safir`, the chat id the number in Safir's form, 98…), so the reminder engine
// claims, sends, retries and reports its reminders as any chat's; the engine uses it only while the owner has no
// other linked chat, and only where Safir is configured. A change deactivates the old number (never deletes it)
// and is recorded in the owner's history (RecordChange, field phone).
import type { Actor } from '../core/ports.js';
import type { Prisma, Tx } from './client.js';
import { recordOwnerChange } from './owner-edits.js';
import { upsertBinding } from './store.js';
import { writeTransaction } from './write-transaction.js';

export const SAFIR = 'safir';

/**
 * Which active bindings reach their owner: every chat, and the phone number only where Safir sends. A Prisma
 * filter over ChatBinding for the places that mark owners «reminded to nobody».
 */
export function reachingBindings(safir: boolean) {
  return safir ? {} : { platform: { not: SAFIR } };
}

/** The same, as SQL over a ChatBinding alias. */
export function reachingSql(alias: string, safir: boolean): string {
  return safir ? 'TRUE' : `${alias}."platform" <> '${SAFIR}'`;
}

export class OwnerPhones {
  constructor(
    private readonly prisma: Prisma,
    private readonly councilId: number,
  ) {}

  /** The owner's number in Safir's form, or null. */
  async of(ownerId: number): Promise<string | null> {
    const row = await this.prisma.chatBinding.findFirst({
      where: { councilId: this.councilId, ownerId, platform: SAFIR, active: true },
      orderBy: { id: 'desc' },
    });
    return row?.chatId ?? null;
  }

  /**
   * Sets (or, with null, removes) the owner's number, already in Safir's form; returns whether anything changed.
   * `via` is where it was done (desk, cli).
   */
  async set(ownerId: number, phone: string | null, actor: Actor, via: string): Promise<boolean> {
    return writeTransaction(this.prisma, async (tx: Tx) => {
      await tx.owner.findFirstOrThrow({ where: { id: ownerId, councilId: this.councilId } });
      const current = await tx.chatBinding.findMany({
        where: { councilId: this.councilId, ownerId, platform: SAFIR, active: true },
      });
      if (phone !== null && current.length === 1 && current[0]!.chatId === phone) return false;
      if (phone === null && current.length === 0) return false;
      await tx.chatBinding.updateMany({
        where: { id: { in: current.map((b) => b.id) } },
        data: { active: false, disabledReason: phone ? 'phone number changed' : 'phone number removed' },
      });
      if (phone) {
        await upsertBinding(tx, this.councilId, {
          address: `${SAFIR}:${phone}`,
          platform: SAFIR,
          chatId: phone,
          role: 'committee',
          ownerId,
          createdBy: `${actor.platform}:${actor.userId}`,
        });
      }
      const from = current[0]?.chatId ?? null;
      await recordOwnerChange(tx, this.councilId, { ownerId, field: 'phone', from, to: phone }, actor, via);
      return true;
    });
  }
}
