// Corrections from chat over Prisma: compare-and-set on the item's state, one history event each, and
// their undo as a new event. The same log holds re-imports and the desk's edits; it is read back here.
import { randomUUID } from 'node:crypto';
import {
  type CorrectionEntry,
  type CorrectionStore,
  type CorrectionType,
  type ItemState,
  sameState,
} from '../core/item-state.js';
import { type Actor, ConflictError } from '../core/ports.js';
import type { LogEntry, LoggedState, LogType } from '../core/resolution-log.js';
import type { Prisma, Tx } from './client.js';
import { eventRow, readItemState, writeItemState } from './item-state.js';
import { reopenAnswered } from './reopen-answers.js';
import { writeTransaction } from './write-transaction.js';

export async function move(tx: Tx, resolutionId: number, expected: ItemState, to: ItemState): Promise<void> {
  const now = await readItemState(tx, resolutionId);
  if (!sameState(now, expected)) throw new ConflictError(`resolution ${resolutionId} changed meanwhile`);
  await writeItemState(tx, resolutionId, now, to, new Date());
}

export class PrismaCorrections implements CorrectionStore {
  constructor(private readonly prisma: Prisma) {}

  async correct(
    resolutionId: number,
    type: CorrectionType,
    before: ItemState,
    after: ItemState,
    actor: Actor,
    chatAddress: string,
  ): Promise<void> {
    await writeTransaction(this.prisma, async (tx) => {
      await move(tx, resolutionId, before, after);
      await tx.resolutionEvent.create({ data: eventRow({ resolutionId, type, before, after, actor, chatAddress }) });
    });
  }

  async lastCorrection(chatAddress: string): Promise<CorrectionEntry | null> {
    const recent = await this.prisma.resolutionEvent.findMany({
      where: { chatAddress, type: { in: ['owners', 'deadline', 'undo'] } },
      orderBy: { id: 'desc' },
      take: 100,
      include: { resolution: { select: { publicNumber: true } } },
    });
    const undone = new Set(recent.map((e) => e.undoOfId).filter((id) => id !== null));
    const last = recent.find((e) => e.type !== 'undo' && !undone.has(e.id));
    if (!last) return null;
    // Time first, not id: rows copied from the desk's older log got ids after the events they followed. Within
    // one millisecond the id says which came later.
    const later = await this.prisma.resolutionEvent.findFirst({
      where: {
        resolutionId: last.resolutionId,
        chatAddress: { not: chatAddress },
        OR: [{ createdAt: { gt: last.createdAt } }, { createdAt: last.createdAt, id: { gt: last.id } }],
      },
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      select: { chatAddress: true },
    });
    return {
      id: last.id,
      resolutionId: last.resolutionId,
      publicNumber: last.resolution.publicNumber,
      type: last.type as CorrectionType,
      before: JSON.parse(last.before) as ItemState,
      after: JSON.parse(last.after) as ItemState,
      createdAt: last.createdAt,
      changedLaterBy: later?.chatAddress ?? null,
    };
  }

  async undoCorrection(entry: CorrectionEntry, actor: Actor, chatAddress: string): Promise<number> {
    return writeTransaction(this.prisma, async (tx) => {
      await move(tx, entry.resolutionId, entry.after, entry.before);
      // A deadline moved by the chair's approval: with the deadline back, the request waits for an answer again.
      const reopened = await reopenAnswered(
        tx,
        { logEventId: entry.id },
        { actor, chatAddress, at: new Date(), batch: randomUUID() },
      );
      await tx.resolutionEvent.create({
        data: eventRow({
          resolutionId: entry.resolutionId,
          type: 'undo',
          before: entry.after,
          after: entry.before,
          actor,
          chatAddress,
          undoOfId: entry.id,
        }),
      });
      return reopened.length;
    });
  }

  async log(resolutionId: number): Promise<LogEntry[]> {
    const rows = await this.prisma.resolutionEvent.findMany({
      where: { resolutionId },
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    });
    return rows.map((r) => ({
      ...r,
      type: r.type as LogType,
      before: JSON.parse(r.before) as LoggedState,
      after: JSON.parse(r.after) as LoggedState,
    }));
  }
}
