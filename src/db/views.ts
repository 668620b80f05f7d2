// Database rows → the core's views: chat bindings and history entries.
import type { ChatBindingInfo } from '../core/auth.js';
import type { ChatSnapshot, HistoryEntry } from '../core/ports.js';
import type { Status } from '../core/types.js';

type BindingRow = {
  id: number;
  address: string;
  role: string;
  ownerId: number | null;
  active: boolean;
  owner: { name: string } | null;
};

export function toBindingInfo(b: BindingRow): ChatBindingInfo {
  return {
    id: b.id,
    address: b.address,
    role: b.role === 'chair' ? 'chair' : 'committee',
    ownerId: b.ownerId,
    ownerName: b.owner?.name ?? null,
    active: b.active,
  };
}

type EventRow = {
  id: number;
  assignmentId: number;
  type: string;
  fromStatus: string | null;
  toStatus: string | null;
  note: string | null;
  percent: number | null;
  actorName: string | null;
  actorId: string;
  chatTitle: string | null;
  chatBindings: string | null;
  actorPlatform: string;
  chatAddress: string;
  batch: string | null;
  undoOfId: number | null;
  createdAt: Date;
  assignment: { owner: { name: string }; resolution: { publicNumber: number } };
};

export const eventInclude = {
  assignment: { select: { owner: { select: { name: true } }, resolution: { select: { publicNumber: true } } } },
};

export function toHistory(e: EventRow): HistoryEntry {
  return {
    id: e.id,
    assignmentId: e.assignmentId,
    ownerName: e.assignment.owner.name,
    publicNumber: e.assignment.resolution.publicNumber,
    type: e.type as HistoryEntry['type'],
    fromStatus: e.fromStatus as Status | null,
    toStatus: e.toStatus as Status | null,
    note: e.note,
    percent: e.percent,
    actorName: e.actorName,
    actorId: e.actorId,
    actorPlatform: e.actorPlatform,
    chatAddress: e.chatAddress,
    chat:
      e.chatBindings === null && e.chatTitle === null
        ? null
        : { title: e.chatTitle, bindings: readBindings(e.chatBindings) },
    batch: e.batch,
    undoOfId: e.undoOfId,
    createdAt: e.createdAt,
  };
}

/** The bindings kept with an event; an unreadable value reads as none rather than failing the history. */
function readBindings(json: string | null): ChatSnapshot['bindings'] {
  try {
    const v = JSON.parse(json ?? '[]');
    return Array.isArray(v) ? v.filter((b) => b && (b.role === 'committee' || b.role === 'chair')) : [];
  } catch {
    return [];
  }
}
