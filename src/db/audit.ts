// The council's audit trail: every change, newest first, from the three append-only logs there are: status
// events (per owner's share, from chats and the desk), the log of changes to items themselves (text, owners,
// deadline, re-imports) and the record of changes to meetings, owners, the calendar and the next meeting.
// Each log is read under the same filters and the three are merged by time; a page reads at most
// offset + size rows of each, so the first pages stay cheap however long the trail grows.
import type { HistoryEntry } from '../core/ports.js';
import type { LogEntry, LoggedState, LogType } from '../core/resolution-log.js';
import type { Prisma } from './client.js';
import type { RecordChangeEntry } from './record-changes.js';
import { eventInclude, toHistory } from './views.js';

export interface AuditFilter {
  ownerId?: number;
  /** A resolution's public number. */
  item?: number;
  /** Part of the actor's name, or their id. */
  person?: string;
  source?: 'desk' | 'chat';
  /** Instants, from inclusive, to exclusive. */
  from?: Date;
  to?: Date;
}

export type AuditEntry =
  | { kind: 'status'; at: Date; id: number; event: HistoryEntry }
  | { kind: 'item'; at: Date; id: number; publicNumber: number; entry: LogEntry }
  | { kind: 'record'; at: Date; id: number; subject: string; subjectId: number; change: RecordChangeEntry };

const DESK = 'desk';

function common(f: AuditFilter) {
  const and: Record<string, unknown>[] = [];
  if (f.person) and.push({ OR: [{ actorName: { contains: f.person } }, { actorId: f.person }] });
  if (f.source === 'desk') and.push({ chatAddress: DESK });
  if (f.source === 'chat') and.push({ chatAddress: { not: DESK } });
  if (f.from || f.to) and.push({ createdAt: { ...(f.from ? { gte: f.from } : {}), ...(f.to ? { lt: f.to } : {}) } });
  return and;
}

export class AuditTrail {
  constructor(
    private readonly prisma: Prisma,
    private readonly councilId: number,
  ) {}

  private statusWhere(f: AuditFilter) {
    return {
      AND: [
        {
          assignment: {
            resolution: { councilId: this.councilId, ...(f.item !== undefined ? { publicNumber: f.item } : {}) },
            ...(f.ownerId !== undefined ? { ownerId: f.ownerId } : {}),
          },
        },
        ...common(f),
      ],
    };
  }

  private itemWhere(f: AuditFilter) {
    return {
      AND: [
        {
          resolution: {
            councilId: this.councilId,
            ...(f.item !== undefined ? { publicNumber: f.item } : {}),
            ...(f.ownerId !== undefined ? { assignments: { some: { ownerId: f.ownerId } } } : {}),
          },
        },
        ...common(f),
      ],
    };
  }

  /** Changes to meetings, owners and the calendar concern no item: an item filter leaves them out. */
  private recordWhere(f: AuditFilter) {
    if (f.item !== undefined) return null;
    return {
      AND: [
        { councilId: this.councilId },
        ...(f.ownerId !== undefined ? [{ subject: 'owner', subjectId: f.ownerId }] : []),
        ...common(f),
      ],
    };
  }

  async count(f: AuditFilter): Promise<number> {
    const records = this.recordWhere(f);
    const [a, b, c] = await Promise.all([
      this.prisma.statusEvent.count({ where: this.statusWhere(f) }),
      this.prisma.resolutionEvent.count({ where: this.itemWhere(f) }),
      records ? this.prisma.recordChange.count({ where: records }) : 0,
    ]);
    return a + b + c;
  }

  /** Entries newest first, `skip` of them passed over; every entry when `take` is undefined. */
  async entries(f: AuditFilter, skip = 0, take?: number): Promise<AuditEntry[]> {
    const upTo = take === undefined ? undefined : skip + take;
    const order = [{ createdAt: 'desc' as const }, { id: 'desc' as const }];
    const records = this.recordWhere(f);
    const [events, log, changes] = await Promise.all([
      this.prisma.statusEvent.findMany({
        where: this.statusWhere(f),
        orderBy: order,
        take: upTo,
        include: eventInclude,
      }),
      this.prisma.resolutionEvent.findMany({
        where: this.itemWhere(f),
        orderBy: order,
        take: upTo,
        include: { resolution: { select: { publicNumber: true } } },
      }),
      records ? this.prisma.recordChange.findMany({ where: records, orderBy: order, take: upTo }) : [],
    ]);
    const all: AuditEntry[] = [
      ...events.map((e) => ({ kind: 'status' as const, at: e.createdAt, id: e.id, event: toHistory(e) })),
      ...log.map((r) => ({
        kind: 'item' as const,
        at: r.createdAt,
        id: r.id,
        publicNumber: r.resolution.publicNumber,
        entry: {
          ...r,
          type: r.type as LogType,
          before: JSON.parse(r.before) as LoggedState,
          after: JSON.parse(r.after) as LoggedState,
        },
      })),
      ...changes.map((c) => ({
        kind: 'record' as const,
        at: c.createdAt,
        id: c.id,
        subject: c.subject,
        subjectId: c.subjectId,
        change: c,
      })),
    ];
    // Newest first across the three logs; within one instant, the later row first.
    all.sort((a, b) => b.at.getTime() - a.at.getTime() || b.id - a.id);
    return all.slice(skip, upTo);
  }
}
