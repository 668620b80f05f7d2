// Rolling back a meeting's import as a whole: the meeting, its resolutions, their owners' shares and the
// import's own events go, in one transaction, while nobody has acted on them yet: no status reported from a
// chat or the desk, no correction of an item, no resolution added by hand, the meeting neither re-imported nor
// corrected at the desk. Otherwise nothing changes and the plan names what blocks it. The record keeps the
// whole meeting row and every item as it was (number, text, owners, deadline), with who rolled it back, so
// nothing is deleted silently. Owners the import created stay: they may be named again by the next import.
import type { Actor } from '../core/ports.js';
import type { Prisma, Tx } from './client.js';
import { writeTransaction } from './write-transaction.js';

export type UndoBlock =
  | { kind: 'reported'; publicNumber: number; owner: string }
  | { kind: 'corrected'; publicNumber: number }
  | { kind: 'reimported'; imports: number }
  | { kind: 'meeting-edited' }
  | { kind: 'not-imported' };

export interface UndoPlan {
  meetingId: number;
  number: string | null;
  items: { publicNumber: number; text: string; owners: string[]; dueDate: string | null }[];
  blocks: UndoBlock[];
}

export class ImportUndoBlocked extends Error {
  constructor(readonly plan: UndoPlan) {
    super(`import of meeting ${plan.meetingId} cannot be undone`);
    this.name = 'ImportUndoBlocked';
  }
}

export class ImportUndo {
  constructor(
    private readonly prisma: Prisma,
    private readonly councilId: number,
  ) {}

  async plan(meetingId: number, db: Prisma | Tx = this.prisma): Promise<UndoPlan | null> {
    const m = await db.meeting.findFirst({
      where: { id: meetingId, councilId: this.councilId },
      include: {
        _count: { select: { imports: true } },
        resolutions: {
          orderBy: { row: 'asc' },
          include: { assignments: { include: { owner: { select: { name: true } } }, orderBy: { id: 'asc' } } },
        },
      },
    });
    if (!m) return null;
    const ids = m.resolutions.map((r) => r.id);
    const [reports, corrections, edits] = await Promise.all([
      db.statusEvent.findMany({
        where: { assignment: { resolutionId: { in: ids } }, type: { not: 'import' } },
        select: { assignment: { select: { resolutionId: true, owner: { select: { name: true } } } } },
        orderBy: { id: 'asc' },
      }),
      db.resolutionEvent.findMany({
        where: { resolutionId: { in: ids }, type: { not: 'import' } },
        select: { resolutionId: true },
        orderBy: { id: 'asc' },
      }),
      db.recordChange.count({ where: { councilId: this.councilId, subject: 'meeting', subjectId: m.id } }),
    ]);
    const number = new Map(m.resolutions.map((r) => [r.id, r.publicNumber]));
    const blocks: UndoBlock[] = [];
    if (m._count.imports === 0) blocks.push({ kind: 'not-imported' });
    if (m._count.imports > 1) blocks.push({ kind: 'reimported', imports: m._count.imports });
    if (edits > 0) blocks.push({ kind: 'meeting-edited' });
    const seen = new Set<string>();
    for (const e of reports) {
      const key = `${e.assignment.resolutionId} ${e.assignment.owner.name}`;
      if (seen.has(key)) continue;
      seen.add(key);
      blocks.push({
        kind: 'reported',
        publicNumber: number.get(e.assignment.resolutionId)!,
        owner: e.assignment.owner.name,
      });
    }
    for (const id of new Set(corrections.map((e) => e.resolutionId)))
      blocks.push({ kind: 'corrected', publicNumber: number.get(id)! });
    return {
      meetingId: m.id,
      number: m.number,
      items: m.resolutions.map((r) => ({
        publicNumber: r.publicNumber,
        text: r.text,
        owners: r.assignments.map((a) => a.owner.name),
        dueDate: r.dueDate,
      })),
      blocks,
    };
  }

  /** Rolls the import back, or throws ImportUndoBlocked with what blocks it (read again inside the transaction). */
  async undo(meetingId: number, actor: Actor, via: string): Promise<UndoPlan> {
    return writeTransaction(this.prisma, async (tx) => {
      const plan = await this.plan(meetingId, tx);
      if (!plan) throw new Error(`meeting ${meetingId} is gone`);
      if (plan.blocks.length > 0) throw new ImportUndoBlocked(plan);
      const m = await tx.meeting.findUniqueOrThrow({ where: { id: meetingId } });
      const resolutions = { meetingId };
      await tx.statusEvent.deleteMany({ where: { assignment: { resolution: resolutions } } });
      await tx.assignment.deleteMany({ where: { resolution: resolutions } });
      await tx.resolutionEvent.deleteMany({ where: { resolution: resolutions } });
      await tx.resolution.deleteMany({ where: resolutions });
      await tx.meetingImport.deleteMany({ where: { meetingId } });
      await tx.meeting.delete({ where: { id: meetingId } });
      const { sourceText: _text, ...row } = m;
      await tx.recordChange.create({
        data: {
          councilId: this.councilId,
          subject: 'meeting',
          subjectId: meetingId,
          field: 'import-undone',
          fromValue: JSON.stringify({ ...row, items: plan.items }),
          toValue: null,
          actorPlatform: actor.platform,
          actorId: actor.userId,
          actorName: actor.name,
          chatAddress: via,
        },
      });
      return plan;
    });
  }
}
