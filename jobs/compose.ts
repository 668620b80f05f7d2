// One chat's reminder message from its occurrences: what the sweep sends, and what the dry run reports, so
// the dry run cannot tell a different story from the bot.
import type { App } from '../src/app.js';
import type { ResolutionView } from '../src/core/ports.js';
import { reminderReply } from '../src/core/schedule/message.js';
import type { ReminderBinding, ReminderKind } from '../src/core/schedule/occurrences.js';
import type { ScheduleSettings } from '../src/core/schedule/settings.js';
import { isClosed } from '../src/core/status.js';
import type { Reply } from '../src/core/types.js';
import { loadItems } from '../src/db/reminder-candidates.js';

export interface ComposeContext {
  app: Pick<App, 'db' | 'store' | 'config' | 'outbox'>;
  /** Each committee's settings (its own, else the defaults). */
  settingsFor(ownerId: number | null): ScheduleSettings;
  nextMeetingAt: Date | null;
  /** The work day an item is due on, for its heading. */
  dueOn?(res: ResolutionView): string | null;
  /** Whether an instant fell in an outage, for the «sent late» note. */
  missed?(at: Date): boolean;
}

export interface Due {
  kind: string;
  ownerId: number | null;
  resolutionId: number | null;
  dueAt: Date;
}

/** The items whose notice went to this chat and that nobody there has acknowledged since, still open. */
async function unseenNotices(
  app: ComposeContext['app'],
  bindings: readonly ReminderBinding[],
): Promise<ResolutionView[]> {
  if (bindings.every((b) => b.role !== 'committee')) return [];
  const sent = await app.db.prisma.reminderOccurrence.findMany({
    where: { kind: 'notice', state: 'sent', bindingId: { in: bindings.map((b) => b.id) } },
    select: { resolutionId: true, ownerId: true },
  });
  if (sent.length === 0) return [];
  const items = await loadItems(
    app.db.sql,
    sent.map((s) => s.resolutionId).filter((id): id is number => id !== null),
  );
  return [...items.values()]
    .filter((r) =>
      r.assignments.some(
        (a) => !a.seenAt && !isClosed(a.status) && sent.some((s) => s.resolutionId === r.id && s.ownerId === a.ownerId),
      ),
    )
    .sort((a, b) => a.publicNumber - b.publicNumber);
}

/** The message for `bindings`' chat, or null when nothing is left to say; `allItems` feeds the chart. */
export async function composeReminder(
  ctx: ComposeContext,
  bindings: readonly ReminderBinding[],
  rows: readonly Due[],
  now: Date,
): Promise<{ reply: Reply | null; allItems?: ResolutionView[] }> {
  const { app } = ctx;
  const kinds = new Set(rows.map((r) => r.kind));
  const ownerIds = bindings.map((b) => b.ownerId).filter((id): id is number => id !== null);
  const openItems =
    kinds.has('weekly') && ownerIds.length > 0 ? await app.store.listResolutions({ ownerIds, openOnly: true }) : [];
  // The weekly list usually holds the other items already; load only the rest.
  const items = new Map(openItems.map((r) => [r.id, r]));
  const missing = rows.map((r) => r.resolutionId).filter((id): id is number => id !== null && !items.has(id));
  for (const [id, r] of await loadItems(app.db.sql, [...new Set(missing)])) items.set(id, r);
  const allItems = kinds.has('pre-meeting') ? await app.store.listResolutions() : undefined;
  const unseen = kinds.has('notice') ? [] : await unseenNotices(app, bindings);
  // While a request for more time awaits the chair, the reminder says so beside the deadline.
  const asked = await app.db.prisma.chairRequest.findMany({
    where: { state: 'pending', kind: 'extension', assignment: { resolutionId: { in: [...items.keys()] } } },
    select: { dueDate: true, assignment: { select: { resolutionId: true } } },
  });
  const pending = new Map(
    asked.filter((a) => a.dueDate !== null).map((a) => [a.assignment.resolutionId, a.dueDate!] as const),
  );
  const reply = reminderReply({
    occurrences: rows.map((r) => ({ ...r, kind: r.kind as ReminderKind, at: r.dueAt })),
    role: bindings[0]?.role ?? 'committee',
    ownerNames: bindings.map((b) => b.ownerName).filter((n): n is string => !!n),
    items,
    openItems,
    allItems,
    nextMeetingAt: ctx.nextMeetingAt,
    escalateAfterDays: (ownerId) => ctx.settingsFor(ownerId).escalateAfterDays,
    dueOn: ctx.dueOn,
    missed: ctx.missed,
    unseen,
    pending,
    now,
    timeZone: app.config.COUNCIL_TIMEZONE,
    // A reminder speaks to a whole chat: the outbox gives the council's language, as its notifier renders it.
    lang: app.outbox.languageFor(),
  });
  return { reply, allItems };
}
