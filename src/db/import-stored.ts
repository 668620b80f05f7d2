// The rows a re-import compares with: each stored item of the meeting, its owners' shares (those not taken
// off it), and whether each owner has reported anything (then the file cannot take the owner off without the
// secretary).
import type { Status } from '../core/types.js';
import type { Db } from './import-plan.js';

export interface StoredItem {
  id: number;
  row: number;
  publicNumber: number;
  text: string;
  deadlineText: string | null;
  dueDate: string | null;
  dueAtNextMeeting: boolean;
  /** Shares not taken off the item; a cancelled one no longer carries it (see `carrying`). */
  owners: { ownerId: number; name: string; status: Status; reported: boolean }[];
}

/** The owners who carry the item: a cancelled share (the desk takes an owner off that way) does not. */
export const carrying = (s: StoredItem) => s.owners.filter((o) => o.status !== 'cancelled');

export async function storedItems(db: Db, meetingId: number): Promise<StoredItem[]> {
  const rows = await db.resolution.findMany({
    where: { meetingId },
    orderBy: { row: 'asc' },
    include: {
      assignments: {
        where: { removedAt: null },
        orderBy: { id: 'asc' },
        include: {
          owner: { select: { name: true } },
          _count: { select: { events: { where: { type: { in: ['status', 'note'] } } } } },
        },
      },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    row: r.row,
    publicNumber: r.publicNumber,
    text: r.text,
    deadlineText: r.deadlineText,
    dueDate: r.dueDate,
    dueAtNextMeeting: r.dueAtNextMeeting,
    owners: r.assignments.map((a) => ({
      ownerId: a.ownerId,
      name: a.owner.name,
      status: a.status as Status,
      reported: a.status !== 'open' || a._count.events > 0,
    })),
  }));
}
