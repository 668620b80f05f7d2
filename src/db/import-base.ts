// The base of a re-import's three-way merge: each item as the last import that read it confirmed it. Each
// import keeps what it read (MeetingImport); for an item no kept import holds — a meeting imported before
// imports were kept — the base is worked out from the item's history: the item as it was before the first
// correction after its last import. An item added by hand was never read from a file: it has no base.
import type { Deadline, Version } from '../core/reimport.js';
import type { LoggedState } from '../core/resolution-log.js';
import type { Tx } from './client.js';
import type { Db } from './import-plan.js';
import type { StoredItem } from './import-stored.js';

/** One row as an import read it, with the resolution it became. */
export interface ReadRow {
  row: number;
  resolutionId: number;
  text: string;
  deadlineText: string | null;
  dueDate: string | null;
  dueAtNextMeeting: boolean;
  /** Owners as the file wrote them. */
  owners: string[];
}

/** An owner's id by a name as written (its aliases included), or null when no owner is known by it. */
export type Resolve = (name: string) => number | null;

const deadlineOf = (r: Deadline): Deadline => ({
  deadlineText: r.deadlineText,
  dueDate: r.dueDate,
  dueAtNextMeeting: r.dueAtNextMeeting,
});

const ids = (names: string[], resolve: Resolve) => [
  ...new Set(names.map(resolve).filter((id): id is number => id !== null)),
];

/** The base of each stored item of the meeting, by resolution id; null where there is none. */
export async function readBases(
  db: Db,
  meetingId: number,
  items: StoredItem[],
  resolve: Resolve,
): Promise<Map<number, Version | null>> {
  const bases = new Map<number, Version | null>();
  const wanted = new Set(items.map((i) => i.id));
  // Newest first, each read only while some item has no base yet: usually the last import holds them all.
  const imports = await db.meetingImport.findMany({
    where: { meetingId },
    orderBy: { id: 'desc' },
    select: { id: true },
  });
  for (const { id } of imports) {
    if (bases.size === wanted.size) break;
    const { items: read } = await db.meetingImport.findUniqueOrThrow({ where: { id }, select: { items: true } });
    for (const r of JSON.parse(read) as ReadRow[]) {
      if (!wanted.has(r.resolutionId) || bases.has(r.resolutionId)) continue;
      bases.set(r.resolutionId, { text: r.text, deadline: deadlineOf(r), owners: ids(r.owners, resolve) });
    }
  }
  const rest = items.filter((i) => !bases.has(i.id));
  if (rest.length === 0) return bases;
  const events = await db.resolutionEvent.findMany({
    where: { resolution: { meetingId } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { resolutionId: true, type: true, before: true },
  });
  const byItem = new Map<number, typeof events>();
  for (const e of events) {
    const list = byItem.get(e.resolutionId);
    if (list) list.push(e);
    else byItem.set(e.resolutionId, [e]);
  }
  for (const item of rest) bases.set(item.id, fromHistory(item, byItem.get(item.id) ?? [], resolve));
  return bases;
}

/**
 * The item before the first correction after its last import, field by field; a field no correction touched
 * is as stored now (its owners: every share not taken off, cancelled ones too, since no correction did it).
 * Entries copied from the desk's older log hold only the part they changed, owners by name.
 */
export function fromHistory(
  item: StoredItem,
  events: { type: string; before: string }[],
  resolve: Resolve,
): Version | null {
  if (events.some((e) => e.type === 'added')) return null;
  const last = events.map((e) => e.type).lastIndexOf('import');
  let text: string | undefined;
  let deadline: Deadline | undefined;
  let owners: number[] | undefined;
  for (const e of events.slice(last + 1)) {
    const b = JSON.parse(e.before) as LoggedState;
    text ??= b.text;
    if (deadline === undefined && (b.dueDate !== undefined || b.dueAtNextMeeting !== undefined))
      deadline = {
        deadlineText: b.deadlineText !== undefined ? b.deadlineText : item.deadlineText,
        dueDate: b.dueDate ?? null,
        dueAtNextMeeting: b.dueAtNextMeeting ?? false,
      };
    if (owners === undefined && b.owners)
      owners = b.owners.filter((o) => o.status !== 'cancelled').map((o) => o.ownerId);
    else if (owners === undefined && b.ownerNames !== undefined) owners = ids(b.ownerNames?.split('، ') ?? [], resolve);
  }
  return {
    text: text ?? item.text,
    deadline: deadline ?? deadlineOf(item),
    owners: owners ?? item.owners.map((o) => o.ownerId),
  };
}

/** Keeps what this import read: the base the next re-import of the meeting compares with. */
export async function keepRead(
  tx: Tx,
  meetingId: number,
  rows: ReadRow[],
  audit: { actor: { platform: string; userId: string; name?: string | null } },
  sourceName: string | undefined,
): Promise<void> {
  await tx.meetingImport.create({
    data: {
      meetingId,
      items: JSON.stringify(rows),
      sourceName: sourceName ?? null,
      actorPlatform: audit.actor.platform,
      actorId: audit.actor.userId,
      actorName: audit.actor.name ?? null,
    },
  });
}
