// New rows of an import in a few statements whatever their number, and the import event every new owner's
// history starts with.
import type { Actor } from '../core/ports.js';
import type { ParsedResolution } from '../minutes/types.js';
import { insertRows, type Provider } from './bulk-insert.js';
import type { Tx } from './client.js';

export type Audit = { actor: Actor; chatAddress: string };

export function fieldsOf(r: ParsedResolution) {
  return {
    text: r.text,
    kind: r.kind ?? null,
    deadlineText: r.deadline,
    dueDate: r.dueDate,
    dueAtNextMeeting: r.dueAtNextMeeting ?? false,
  };
}

export interface NewItem {
  row: number;
  publicNumber: number;
  fields: ReturnType<typeof fieldsOf>;
  ownerIds: number[];
}

/**
 * New items in a few statements whatever their number: the resolutions, their assignments, and the import
 * event each assignment's history starts with, each written with multi-row inserts. Returns the new items'
 * ids by row.
 */
export async function createItems(
  tx: Tx,
  provider: Provider,
  meeting: { councilId: number; id: number },
  items: NewItem[],
  audit: Audit,
  sourceName?: string,
): Promise<Map<number, number>> {
  if (items.length === 0) return new Map();
  const now = new Date();
  await insertRows(
    tx,
    provider,
    'Resolution',
    [
      'councilId',
      'meetingId',
      'row',
      'publicNumber',
      'text',
      'kind',
      'deadlineText',
      'dueDate',
      'dueAtNextMeeting',
      'createdAt',
      'updatedAt',
    ],
    items.map((i) => {
      const f = i.fields;
      return [
        meeting.councilId,
        meeting.id,
        i.row,
        i.publicNumber,
        f.text,
        f.kind,
        f.deadlineText,
        f.dueDate,
        f.dueAtNextMeeting,
        now,
        now,
      ];
    }),
  );
  // Read back by meeting, not by a list of ids: a list that long exceeds the databases' parameter limits.
  const rows = await tx.resolution.findMany({ where: { meetingId: meeting.id }, select: { id: true, row: true } });
  const idOf = new Map(rows.map((r) => [r.row, r.id]));
  const pairs = items.flatMap((i) => i.ownerIds.map((ownerId) => [idOf.get(i.row)!, ownerId, 'open', now, now]));
  if (pairs.length === 0) return idOf;
  const before = await tx.assignment.aggregate({ _max: { id: true } });
  await insertRows(tx, provider, 'Assignment', ['resolutionId', 'ownerId', 'status', 'createdAt', 'updatedAt'], pairs);
  const created = await tx.assignment.findMany({
    where: { id: { gt: before._max.id ?? 0 }, resolution: { meetingId: meeting.id } },
    select: { id: true },
    orderBy: { id: 'asc' },
  });
  const event = (id: number) => {
    const e = importEvent(id, audit, sourceName);
    return [e.assignmentId, e.type, e.toStatus, e.actorPlatform, e.actorId, e.actorName, e.chatAddress, e.note, now];
  };
  await insertRows(
    tx,
    provider,
    'StatusEvent',
    ['assignmentId', 'type', 'toStatus', 'actorPlatform', 'actorId', 'actorName', 'chatAddress', 'note', 'createdAt'],
    created.map((a) => event(a.id)),
  );
  return idOf;
}

function importEvent(assignmentId: number, audit: Audit, sourceName?: string) {
  return {
    assignmentId,
    type: 'import',
    toStatus: 'open',
    actorPlatform: audit.actor.platform,
    actorId: audit.actor.userId,
    actorName: audit.actor.name,
    chatAddress: audit.chatAddress,
    note: sourceName ?? null,
  };
}

export async function importEvents(
  tx: Tx,
  resolutionId: number,
  ownerIds: number[],
  audit: Audit,
  sourceName?: string,
) {
  if (ownerIds.length === 0) return;
  const rows = await tx.assignment.findMany({
    where: { resolutionId, ownerId: { in: ownerIds } },
    select: { id: true },
  });
  await tx.statusEvent.createMany({ data: rows.map((a) => importEvent(a.id, audit, sourceName)) });
}
