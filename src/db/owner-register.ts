// The council's register of owners as the minutes reader uses it: every owner with its other names, owners
// registered up front (`peygir owners add`), and spellings the secretary agreed to read as an owner's name.
// Each write is one transaction with its append-only RecordChange rows.
import type { LearnedSpelling, OwnerMemory } from '../core/owner-memory.js';
import type { Actor } from '../core/ports.js';
import { matchKey } from '../core/text.js';
import type { KnownOwner } from '../minutes/known-owners.js';
import type { Prisma, Tx } from './client.js';
import { recordOwnerChange } from './owner-edits.js';

// The reader's keys are loaded with the first write that needs them, not when the bot starts.
const keyOf = async () => (await import('../minutes/known-owners.js')).ownerKey;

export interface RegisteredOwner extends KnownOwner {
  id: number;
  aliases: string[];
}

/** Every owner of the council with its other names, oldest first. */
export async function readRegister(db: Prisma | Tx, councilId: number): Promise<RegisteredOwner[]> {
  const rows = await db.owner.findMany({
    where: { councilId },
    include: { aliases: { orderBy: { id: 'asc' } } },
    orderBy: { id: 'asc' },
  });
  return rows.map((o) => ({ id: o.id, name: o.name, aliases: o.aliases.map((a) => a.alias) }));
}

/** A name or other name that already reads as another owner: nothing was stored. */
export class SpellingTakenError extends Error {
  override name = 'SpellingTakenError';
  constructor(
    readonly spelling: string,
    readonly owner: string,
  ) {
    super(`"${spelling}" already names the owner "${owner}"`);
  }
}

export interface Registered {
  owner: string;
  created: boolean;
  /** Other names stored now (those the owner already had are left out). */
  added: string[];
}

export class OwnerRegister implements OwnerMemory {
  constructor(
    private readonly prisma: Prisma,
    private readonly councilId: number,
  ) {}

  known(): Promise<RegisteredOwner[]> {
    return readRegister(this.prisma, this.councilId);
  }

  /**
   * Registers an owner with other names, or gives a registered one more names. Refused, with nothing stored,
   * when the name or another name already reads as a different owner (the reader could not tell them apart).
   */
  async register(name: string, aliases: string[], actor: Actor, via: string): Promise<Registered> {
    const ownerKey = await keyOf();
    return this.prisma.$transaction(async (tx) => {
      const owners = await readRegister(tx, this.councilId);
      // Other names first: a spelling moved to another owner no longer reads as the owner named so.
      const holder = (spelling: string) =>
        owners.find((o) => o.aliases.some((n) => ownerKey(n) === ownerKey(spelling))) ??
        owners.find((o) => ownerKey(o.name) === ownerKey(spelling));
      let owner = holder(name);
      if (owner && matchKey(owner.name) !== matchKey(name)) throw new SpellingTakenError(name, owner.name);
      for (const a of aliases) {
        const h = holder(a);
        if (h && h.id !== owner?.id) throw new SpellingTakenError(a, h.name);
      }
      const created = !owner;
      if (!owner) {
        const row = await tx.owner.create({ data: { councilId: this.councilId, name } });
        owner = { id: row.id, name, aliases: [] };
        await recordOwnerChange(
          tx,
          this.councilId,
          { ownerId: row.id, field: 'created', from: null, to: name },
          actor,
          via,
        );
      }
      const added: string[] = [];
      for (const spelling of [name, ...aliases]) {
        const key = matchKey(spelling);
        const taken = await tx.ownerAlias.findUnique({ where: { councilId_key: { councilId: this.councilId, key } } });
        if (taken) continue;
        await tx.ownerAlias.create({ data: { councilId: this.councilId, ownerId: owner.id, key, alias: spelling } });
        if (spelling === name) continue;
        added.push(spelling);
        const change = { ownerId: owner.id, field: 'alias', from: null, to: spelling };
        await recordOwnerChange(tx, this.councilId, change, actor, via);
      }
      return { owner: owner.name, created, added };
    });
  }

  async isStray(ownerId: number): Promise<boolean> {
    const where = { ownerId, owner: { councilId: this.councilId } };
    const [shares, chats] = await Promise.all([
      this.prisma.assignment.count({ where: { ...where, removedAt: null, status: { not: 'cancelled' } } }),
      this.prisma.chatBinding.count({ where: { ...where, active: true } }),
    ]);
    return shares === 0 && chats === 0;
  }

  /**
   * From now on `spelling` reads as the owner: stored as its other name, and taken from any owner whose
   * names read the same (a misread owner keeps its row and history, recorded as having lost the name).
   */
  async learn(spelling: string, ownerId: number, actor: Actor, via: string): Promise<LearnedSpelling> {
    const ownerKey = await keyOf();
    return this.prisma.$transaction(async (tx) => {
      const target = await tx.owner.findFirst({ where: { id: ownerId, councilId: this.councilId } });
      if (!target) return { kind: 'no-owner' };
      const key = ownerKey(spelling);
      const rows = await tx.ownerAlias.findMany({ where: { councilId: this.councilId }, include: { owner: true } });
      const same = rows.filter((r) => ownerKey(r.alias) === key || r.key === matchKey(spelling));
      const elsewhere = same.filter((r) => r.ownerId !== ownerId);
      const exact = same.find((r) => r.key === matchKey(spelling));
      if (elsewhere.length === 0 && exact) return { kind: 'already', owner: target.name, spelling };
      const movedFrom: string[] = [];
      for (const r of elsewhere) {
        await tx.ownerAlias.update({ where: { id: r.id }, data: { ownerId } });
        const change = { ownerId: r.ownerId, field: 'alias-moved', from: r.alias, to: target.name };
        await recordOwnerChange(tx, this.councilId, change, actor, via);
        if (!movedFrom.includes(r.owner.name)) movedFrom.push(r.owner.name);
      }
      if (!exact) {
        const data = { councilId: this.councilId, ownerId, key: matchKey(spelling), alias: spelling };
        await tx.ownerAlias.create({ data });
      }
      const change = { ownerId, field: 'alias', from: null, to: spelling };
      await recordOwnerChange(tx, this.councilId, change, actor, via);
      return { kind: 'learned', owner: target.name, spelling, movedFrom };
    });
  }
}
