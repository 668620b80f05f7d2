// Loads what the due computation needs, with queries whose cost follows the due set rather than the number
// of items: dated items only up to the last date a due-soon reminder could concern (Resolution.dueDate
// index), "next meeting" items only when that meeting is near (dueAtNextMeeting index), and item lists for
// digests only at send time.
import { civilDate } from '../core/calendar.js';
import type { ResolutionView } from '../core/ports.js';
import type { ReminderBinding } from '../core/schedule/occurrences.js';
import { mergeSettings, parseOverrides, type ScheduleSettings } from '../core/schedule/settings.js';
import type { WorkCalendar } from '../core/schedule/workdays.js';
import type { Platform } from '../core/types.js';
import { readInChunks } from './chunks.js';
import type { Prisma } from './client.js';
import { type ResolutionRow, resolutionInclude, toResolutionView } from './views.js';

const OPEN = ['open', 'in_progress', 'blocked'];

export interface Candidates {
  bindings: ReminderBinding[];
  resolutions: ResolutionView[];
  nextMeetingAt: Date | null;
  /** The dates of the meetings on record, ascending: an item due «at the next meeting» is due at the first after its own. */
  meetingDates: string[];
  settingsFor(ownerId: number | null): ScheduleSettings;
  settingsChangedAt(ownerId: number | null): Date | null;
}

export async function loadBindings(prisma: Prisma, councilId: number): Promise<ReminderBinding[]> {
  const rows = await prisma.chatBinding.findMany({
    where: { councilId, active: true },
    include: { owner: { select: { name: true } } },
    orderBy: { id: 'asc' },
  });
  return rows.map((b) => ({
    id: b.id,
    address: b.address,
    platform: b.platform as Platform,
    chatId: b.chatId,
    threadId: b.threadId,
    role: b.role === 'chair' ? 'chair' : 'committee',
    ownerId: b.ownerId,
    ownerName: b.owner?.name ?? null,
    digestOnly: b.digestOnly,
    title: b.title,
    boundAt: b.createdAt,
  }));
}

export async function loadSettings(
  prisma: Prisma,
  defaults: ScheduleSettings,
  ownerIds: number[],
): Promise<Pick<Candidates, 'settingsFor' | 'settingsChangedAt'>> {
  const rows = await prisma.reminderSchedule.findMany({ where: { ownerId: { in: ownerIds } } });
  const byOwner = new Map(rows.map((r) => [r.ownerId, mergeSettings(defaults, parseOverrides(r.settings))]));
  const changed = new Map(rows.map((r) => [r.ownerId, r.updatedAt]));
  return {
    settingsFor: (ownerId) => (ownerId === null ? defaults : (byOwner.get(ownerId) ?? defaults)),
    settingsChangedAt: (ownerId) => (ownerId === null ? null : (changed.get(ownerId) ?? null)),
  };
}

export async function loadCandidates(
  prisma: Prisma,
  councilId: number,
  opts: { now: Date; timeZone: string; calendar: WorkCalendar; defaults: ScheduleSettings },
): Promise<Candidates> {
  const bindings = await loadBindings(prisma, councilId);
  const ownerIds = [...new Set(bindings.map((b) => b.ownerId).filter((id): id is number => id !== null))];
  const { settingsFor, settingsChangedAt } = await loadSettings(prisma, opts.defaults, ownerIds);
  const council = await prisma.council.findUniqueOrThrow({ where: { id: councilId } });
  // A due date after this cannot have a due-soon reminder yet (n work days after today).
  const maxSoon = Math.max(opts.defaults.dueSoonDays, ...ownerIds.map((id) => settingsFor(id).dueSoonDays));
  const upper = opts.calendar.addWorkDays(civilDate(opts.now, opts.timeZone), maxSoon + 1);
  const open = { some: { status: { in: OPEN } } };
  const dated = await withOwners(
    prisma,
    await prisma.resolution.findMany({
      // Only the dueDate range, so the planner uses the dueDate index: with councilId SQLite picks the
      // (councilId, publicNumber) index, with dueAtNextMeeting its index; either scans every item. Items due at
      // the next meeting have no dueDate, so the range leaves them out anyway.
      where: { dueDate: { lte: upper }, assignments: open },
      select: { id: true },
    }),
  );
  const meeting = council.nextMeetingAt ? civilDate(council.nextMeetingAt, opts.timeZone) : null;
  const held = await prisma.meeting.findMany({
    where: { councilId, gregorianDate: { not: null } },
    select: { gregorianDate: true },
    orderBy: { gregorianDate: 'asc' },
  });
  const meetingDates = [...new Set(held.map((m) => m.gregorianDate!))];
  // Items due at a meeting already held are overdue; they are few (each meeting's «next meeting» list).
  const atMeeting =
    (meeting && meeting <= upper) || meetingDates.length > 1
      ? await withOwners(
          prisma,
          await prisma.resolution.findMany({
            where: { dueAtNextMeeting: true, assignments: open },
            select: { id: true },
          }),
        )
      : [];
  return {
    bindings,
    resolutions: [...dated, ...atMeeting]
      .filter((r) => r.councilId === councilId)
      .map((r) => toResolutionView(r as ResolutionRow)),
    nextMeetingAt: council.nextMeetingAt,
    meetingDates,
    settingsFor,
    settingsChangedAt,
  };
}

/**
 * The items with their meeting and owners. Found ids first, then read in chunks: Prisma's include sends one IN
 * list of every id, which a council with more due items than the parameter limit would exceed.
 */
function withOwners(prisma: Prisma, found: readonly { id: number }[]) {
  return readInChunks(
    found.map((r) => r.id),
    (ids) => prisma.resolution.findMany({ where: { id: { in: ids } }, include: resolutionInclude }),
  );
}

/** Current views of the items a message names. */
export async function loadItems(prisma: Prisma, ids: readonly number[]): Promise<Map<number, ResolutionView>> {
  const rows = await withOwners(
    prisma,
    [...new Set(ids)].map((id) => ({ id })),
  );
  return new Map(rows.map((r) => [r.id, toResolutionView(r as ResolutionRow)]));
}
