// Backups taken before the desk's edits joined the one log of changes to a resolution still hold a
// ResolutionChange table. Restoring one moves those rows into ResolutionEvent exactly as the migration that
// dropped the table does (prisma/migrations/*_one_resolution_log), so an old backup loses nothing.
import type { BackupArchive, Row } from './backup.js';

const LEGACY = 'ResolutionChange';

function deadline(v: unknown) {
  return { dueDate: v === 'next-meeting' ? null : (v ?? null), dueAtNextMeeting: v === 'next-meeting' };
}

/** One field's value before or after, in the log's JSON shape (as the migration writes it). */
function side(field: unknown, value: unknown, after: boolean): string {
  switch (field) {
    case 'created':
      return after ? JSON.stringify({ text: value ?? null }) : '{}';
    case 'text':
      return JSON.stringify({ text: value ?? null });
    case 'deadline':
      return JSON.stringify(deadline(value));
    case 'owners':
      return JSON.stringify({ ownerNames: value ?? null });
    default:
      return JSON.stringify({ value: value ?? null });
  }
}

/** Returns the archive with any ResolutionChange rows turned into ResolutionEvent rows after the ones it has. */
export function upgradeArchive(archive: BackupArchive): BackupArchive {
  const legacy = archive.tables[LEGACY];
  if (!legacy) return archive;
  const { [LEGACY]: _, ...tables } = archive.tables;
  const { [LEGACY]: legacyDates, ...dates } = archive.dates ?? {};
  const events = tables.ResolutionEvent ?? [];
  let id = events.reduce((max, r) => Math.max(max, r.id as number), 0);
  const byTime = [...legacy].sort(
    (a, b) => String(a.createdAt).localeCompare(String(b.createdAt)) || (a.id as number) - (b.id as number),
  );
  const copied: Row[] = byTime.map((r) => ({
    id: ++id,
    resolutionId: r.resolutionId,
    type: r.field === 'created' ? 'added' : r.field,
    before: side(r.field, r.fromValue, false),
    after: side(r.field, r.toValue, true),
    reason: r.reason ?? null,
    actorPlatform: r.actorPlatform,
    actorId: r.actorId,
    actorName: r.actorName ?? null,
    chatAddress: r.chatAddress,
    undoOfId: null,
    createdAt: r.createdAt,
  }));
  const eventDates = new Set([...(dates.ResolutionEvent ?? []), ...(legacyDates ?? [])]);
  return {
    ...archive,
    tables: { ...tables, ResolutionEvent: [...events, ...copied] },
    dates: { ...dates, ...(eventDates.size > 0 ? { ResolutionEvent: [...eventDates].sort() } : {}) },
  };
}
