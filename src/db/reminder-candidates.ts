// Loads what the due computation needs, with queries whose cost follows the due set rather than the number
// of items: dated items only up to the last date a due-soon reminder could concern (Resolution.dueDate
// index), "next meeting" items only when that meeting is near (dueAtNextMeeting index), and item lists for
// digests only at send time. All hand-written (sql/candidates.ts): the sweep runs every minute.
import { civilDate } from '../core/calendar.js';
import type { ResolutionView } from '../core/ports.js';
import type { ReminderBinding } from '../core/schedule/occurrences.js';
import { mergeSettings, parseOverrides, type ScheduleSettings } from '../core/schedule/settings.js';
import type { WorkCalendar } from '../core/schedule/workdays.js';
import { SAFIR } from './owner-phones.js';
import {
  readDatedItems,
  readItemsById,
  readMeetingDates,
  readMeetingItems,
  readNextMeetingAt,
  readNoticeItems,
  readReminderBindings,
  readSchedules,
} from './sql/candidates.js';
import type { SqlConnection } from './sql/connection.js';

export interface Candidates {
  bindings: ReminderBinding[];
  resolutions: ResolutionView[];
  nextMeetingAt: Date | null;
  /** The dates of the meetings on record, ascending: an item due «at the next meeting» is due at the first after its own. */
  meetingDates: string[];
  settingsFor(ownerId: number | null): ScheduleSettings;
  settingsChangedAt(ownerId: number | null): Date | null;
  /** Items whose shares are still to be made known (empty unless asked for with `noticesSince`). */
  notices: ResolutionView[];
}

/**
 * An owner's phone number (a Safir binding) is its way in only while no chat of the owner is linked: with one,
 * the owner hears it there and not twice. (Without Safir configured the engine has no sender for it at all.)
 */
export function withoutSpareSafir(bindings: ReminderBinding[]): ReminderBinding[] {
  const chatted = new Set(
    bindings.filter((b) => b.platform !== SAFIR && b.role === 'committee' && b.ownerId !== null).map((b) => b.ownerId),
  );
  return bindings.filter((b) => b.platform !== SAFIR || !chatted.has(b.ownerId));
}

export async function loadSettings(
  sql: SqlConnection,
  defaults: ScheduleSettings,
  ownerIds: number[],
): Promise<Pick<Candidates, 'settingsFor' | 'settingsChangedAt'>> {
  const rows = await readSchedules(sql, ownerIds);
  const byOwner = new Map(rows.map((r) => [r.ownerId, mergeSettings(defaults, parseOverrides(r.settings))]));
  const changed = new Map(rows.map((r) => [r.ownerId, r.updatedAt]));
  return {
    settingsFor: (ownerId) => (ownerId === null ? defaults : (byOwner.get(ownerId) ?? defaults)),
    settingsChangedAt: (ownerId) => (ownerId === null ? null : (changed.get(ownerId) ?? null)),
  };
}

export async function loadCandidates(
  sql: SqlConnection,
  councilId: number,
  opts: {
    now: Date;
    timeZone: string;
    calendar: WorkCalendar;
    defaults: ScheduleSettings;
    /** The horizon notices are looked for since; none are when it is absent (NOTICE_ON_IMPORT off). */
    noticesSince?: Date;
  },
): Promise<Candidates> {
  const bindings = withoutSpareSafir(await readReminderBindings(sql, councilId));
  const ownerIds = [...new Set(bindings.map((b) => b.ownerId).filter((id): id is number => id !== null))];
  const { settingsFor, settingsChangedAt } = await loadSettings(sql, opts.defaults, ownerIds);
  const nextMeetingAt = await readNextMeetingAt(sql, councilId);
  // A due date after this cannot have a due-soon reminder yet (n work days after today).
  const maxSoon = Math.max(opts.defaults.dueSoonDays, ...ownerIds.map((id) => settingsFor(id).dueSoonDays));
  const upper = opts.calendar.addWorkDays(civilDate(opts.now, opts.timeZone), maxSoon + 1);
  const dated = await readDatedItems(sql, councilId, upper);
  const meeting = nextMeetingAt ? civilDate(nextMeetingAt, opts.timeZone) : null;
  const meetingDates = await readMeetingDates(sql, councilId);
  // Items due at a meeting already held are overdue; they are few (each meeting's «next meeting» list).
  const atMeeting =
    (meeting && meeting <= upper) || meetingDates.length > 1 ? await readMeetingItems(sql, councilId) : [];
  const since = opts.noticesSince;
  const linked = since
    ? [...new Set(bindings.filter((b) => b.boundAt && b.boundAt > since && b.ownerId !== null).map((b) => b.ownerId!))]
    : [];
  const notices = since ? await readNoticeItems(sql, councilId, since, linked) : [];
  return {
    bindings,
    notices,
    resolutions: [...dated, ...atMeeting],
    nextMeetingAt,
    meetingDates,
    settingsFor,
    settingsChangedAt,
  };
}

/** Current views of the items a message names. */
export async function loadItems(sql: SqlConnection, ids: readonly number[]): Promise<Map<number, ResolutionView>> {
  const views = await readItemsById(sql, [...new Set(ids)]);
  return new Map(views.map((r) => [r.id, r]));
}
