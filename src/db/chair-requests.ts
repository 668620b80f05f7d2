// Requests to the chair over Prisma: asking and answering, each with its history event on the share in the same
// transaction; an approved extension moves the deadline through the item's log of changes, as /deadline does, and
// an accepted claim of «done» makes the share done with a status event, as /done does.
import { randomUUID } from 'node:crypto';
import { type Actor, ConflictError, type HistoryEntry } from '../core/ports.js';
import type { ChairRequestStore, ChairRequestView, NewRequest, RequestKind, RequestState } from '../core/requests.js';
import type { Prisma } from './client.js';
import { move } from './corrections.js';
import { eventRow, shareEventRow } from './item-state.js';
import { reopenAnswered } from './reopen-answers.js';
import { writeTransaction } from './write-transaction.js';

const INCLUDE = {
  assignment: {
    select: {
      resolutionId: true,
      ownerId: true,
      owner: { select: { name: true } },
      resolution: { select: { publicNumber: true } },
    },
  },
} as const;

type Row = Awaited<ReturnType<Prisma['chairRequest']['findFirstOrThrow']>> & {
  assignment: { resolutionId: number; ownerId: number; owner: { name: string }; resolution: { publicNumber: number } };
};

function view(r: Row): ChairRequestView {
  return {
    id: r.id,
    assignmentId: r.assignmentId,
    resolutionId: r.assignment.resolutionId,
    publicNumber: r.assignment.resolution.publicNumber,
    ownerId: r.assignment.ownerId,
    ownerName: r.assignment.owner.name,
    kind: r.kind as RequestKind,
    state: r.state as RequestState,
    dueDate: r.dueDate,
    deadlineText: r.deadlineText,
    previousDue: r.previousDue,
    reason: r.reason,
    actorName: r.actorName,
    chatAddress: r.chatAddress,
    createdAt: r.createdAt,
    decidedAt: r.decidedAt,
    deciderName: r.deciderName,
    answer: r.answer,
  };
}

export class PrismaChairRequests implements ChairRequestStore {
  constructor(private readonly prisma: Prisma) {}

  async forResolution(resolutionId: number, state?: RequestState): Promise<ChairRequestView[]> {
    const rows = await this.prisma.chairRequest.findMany({
      where: { assignment: { resolutionId }, ...(state ? { state } : {}) },
      include: INCLUDE,
      orderBy: { id: 'asc' },
    });
    return rows.map(view);
  }

  async all(): Promise<ChairRequestView[]> {
    const rows = await this.prisma.chairRequest.findMany({ include: INCLUDE, orderBy: { id: 'asc' } });
    return rows.map(view);
  }

  async ask(requests: NewRequest[], actor: Actor, chatAddress: string): Promise<number[]> {
    const now = new Date();
    const batch = randomUUID();
    return writeTransaction(this.prisma, async (tx) => {
      const created: number[] = [];
      const ids = requests.map((r) => r.assignmentId);
      const kinds = [...new Set(requests.map((r) => r.kind))];
      if (await tx.chairRequest.count({ where: { assignmentId: { in: ids }, state: 'pending', kind: { in: kinds } } }))
        throw new ConflictError('a request is pending for this share already');
      const shares = await tx.assignment.findMany({ where: { id: { in: ids } }, select: { id: true, status: true } });
      for (const r of requests) {
        const status = shares.find((s) => s.id === r.assignmentId)?.status ?? null;
        const claim = r.kind === 'acceptance';
        // A claim of «done» waits for the chair: the share says so, and its reminders pause.
        if (claim) await tx.assignment.update({ where: { id: r.assignmentId }, data: { claimedAt: now } });
        const row = await tx.chairRequest.create({
          data: {
            ...r,
            actorPlatform: actor.platform,
            actorId: actor.userId,
            actorName: actor.name,
            chatAddress,
            createdAt: now,
          },
          select: { id: true },
        });
        created.push(row.id);
        await tx.statusEvent.create({
          data: shareEventRow(
            { assignmentId: r.assignmentId, type: claim ? 'claim' : 'request', status, note: r.reason || null },
            { actor, chatAddress, batch, at: now },
          ),
        });
      }
      return created;
    });
  }

  async lastAsked(chatAddress: string, resolutionId?: number): Promise<ChairRequestView[]> {
    // One command's requests share their instant (one transaction's `now`) and their chat.
    const where = {
      chatAddress,
      state: { not: 'withdrawn' },
      ...(resolutionId === undefined ? {} : { assignment: { resolutionId } }),
    };
    const newest = await this.prisma.chairRequest.findFirst({
      where,
      orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      select: { createdAt: true },
    });
    if (!newest) return [];
    const rows = await this.prisma.chairRequest.findMany({
      where: { ...where, createdAt: newest.createdAt },
      include: INCLUDE,
      orderBy: { id: 'asc' },
    });
    return rows.map(view);
  }

  async withdraw(ids: number[], actor: Actor, chatAddress: string): Promise<void> {
    const now = new Date();
    const batch = randomUUID();
    await writeTransaction(this.prisma, async (tx) => {
      // Answered as withdrawn by whoever took it back, from where: the row stays, as every answer's does.
      const { count } = await tx.chairRequest.updateMany({
        where: { id: { in: ids }, state: 'pending' },
        data: {
          state: 'withdrawn',
          decidedAt: now,
          deciderName: actor.name,
          deciderChat: chatAddress,
          answerBatch: batch,
        },
      });
      if (count !== ids.length) throw new ConflictError('a request was answered meanwhile');
      const rows = await tx.chairRequest.findMany({
        where: { id: { in: ids } },
        select: { kind: true, assignmentId: true, assignment: { select: { status: true } } },
      });
      for (const r of rows) {
        const claim = r.kind === 'acceptance';
        // A claim only marked its share as awaiting the chair: the share is as it was before it.
        if (claim) await tx.assignment.update({ where: { id: r.assignmentId }, data: { claimedAt: null } });
        await tx.statusEvent.create({
          data: shareEventRow(
            {
              assignmentId: r.assignmentId,
              type: claim ? 'claim-withdrawn' : 'request-withdrawn',
              status: r.assignment.status,
            },
            { actor, chatAddress, batch, at: now },
          ),
        });
      }
    });
  }

  async decide(
    ids: number[],
    decision: 'approved' | 'declined',
    answer: string | null,
    actor: Actor,
    chatAddress: string,
    change?: Parameters<ChairRequestStore['decide']>[5],
  ): Promise<void> {
    const now = new Date();
    const batch = randomUUID();
    await writeTransaction(this.prisma, async (tx) => {
      const { count } = await tx.chairRequest.updateMany({
        where: { id: { in: ids }, state: 'pending' },
        data: {
          state: decision,
          decidedAt: now,
          deciderName: actor.name,
          deciderChat: chatAddress,
          answer,
          answerBatch: batch,
        },
      });
      if (count !== ids.length) throw new ConflictError('a request was answered meanwhile');
      const rows = await tx.chairRequest.findMany({
        where: { id: { in: ids } },
        select: {
          id: true,
          kind: true,
          reason: true,
          assignmentId: true,
          assignment: { select: { status: true, resolutionId: true } },
        },
      });
      // The deadline first: the move checks the item is as it was read, before an accepted claim changes a share.
      if (change) {
        const resolutionId = rows[0]!.assignment.resolutionId;
        await move(tx, resolutionId, change.before, change.after);
        const logged = await tx.resolutionEvent.create({
          data: eventRow({
            resolutionId,
            type: change.type,
            before: change.before,
            after: change.after,
            actor,
            chatAddress,
            reason: answer,
          }),
        });
        await tx.chairRequest.updateMany({
          where: { id: { in: rows.filter((r) => r.kind === 'extension').map((r) => r.id) } },
          data: { logEventId: logged.id },
        });
      }
      for (const r of rows) {
        const { status } = r.assignment;
        if (r.kind !== 'acceptance') {
          await tx.statusEvent.create({
            data: shareEventRow(
              { assignmentId: r.assignmentId, type: decision, status, note: answer },
              { actor, chatAddress, batch, at: now },
            ),
          });
          continue;
        }
        if (decision === 'declined' || status === 'done') {
          // Sent back (or done meanwhile by the council): the wait ends, the status stays.
          await tx.assignment.update({ where: { id: r.assignmentId }, data: { claimedAt: null } });
          if (decision === 'declined')
            await tx.statusEvent.create({
              data: shareEventRow(
                { assignmentId: r.assignmentId, type: 'returned', status, note: answer },
                { actor, chatAddress, batch, at: now },
              ),
            });
          continue;
        }
        // Accepted: the share is done, by the chair's word, with the claim's evidence as its note.
        const { count: moved } = await tx.assignment.updateMany({
          where: { id: r.assignmentId, status },
          data: { status: 'done', claimedAt: null, lastNote: r.reason || undefined, updatedAt: now },
        });
        if (moved !== 1) throw new ConflictError(`assignment ${r.assignmentId} changed meanwhile`);
        await tx.statusEvent.create({
          data: {
            ...shareEventRow(
              { assignmentId: r.assignmentId, type: 'status', status, note: r.reason || null },
              { actor, chatAddress, batch, at: now },
            ),
            toStatus: 'done',
          },
        });
      }
    });
  }

  async undoAccepted(events: HistoryEntry[], actor: Actor, chatAddress: string): Promise<void> {
    const now = new Date();
    const batch = randomUUID();
    await writeTransaction(this.prisma, async (tx) => {
      for (const e of events) {
        const { count } = await tx.assignment.updateMany({
          where: { id: e.assignmentId, status: e.toStatus! },
          data: { status: e.fromStatus!, updatedAt: now },
        });
        if (count !== 1) throw new ConflictError(`assignment ${e.assignmentId} changed meanwhile`);
        await tx.statusEvent.create({
          data: {
            ...shareEventRow(
              { assignmentId: e.assignmentId, type: 'undo', status: e.toStatus },
              { actor, chatAddress, batch, at: now },
            ),
            toStatus: e.fromStatus,
            undoOfId: e.id,
          },
        });
      }
      await reopenAnswered(tx, { answerBatch: events[0]!.batch! }, { actor, chatAddress, at: now, batch });
    });
  }

  async answeredBy(ref: { batch: string } | { logEventId: number }): Promise<ChairRequestView[]> {
    const rows = await this.prisma.chairRequest.findMany({
      where: { ...('batch' in ref ? { answerBatch: ref.batch } : { logEventId: ref.logEventId }), state: 'approved' },
      include: INCLUDE,
      orderBy: { id: 'asc' },
    });
    return rows.map(view);
  }
}
