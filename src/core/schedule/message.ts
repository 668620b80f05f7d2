// One reminder message per chat: everything due for that chat at one sweep, each item once under its most
// urgent heading as of the day it is sent, and a note when it is late because the service was down.
import { civilDate, formatJalali, formatJalaliDateTime } from '../calendar.js';
import { exampleDate } from '../date-arg.js';
import { buildDigest, digestBlocks } from '../digest.js';
import { itemBlock, seenButton } from '../format.js';
import { MESSAGES } from '../i18n.js';
import type { ResolutionView } from '../ports.js';
import { isClosed } from '../status.js';
import type { Block, Language, Reply } from '../types.js';
import type { ReminderKind } from './occurrences.js';

/** Sends more than this late say so. */
export const LATE_AFTER_MS = 10 * 60_000;

export interface MessageOccurrence {
  kind: ReminderKind;
  at: Date;
  ownerId: number | null;
  resolutionId: number | null;
}

export interface MessageInput {
  occurrences: readonly MessageOccurrence[];
  role: 'committee' | 'chair';
  /** The committees bound to the chat (for the title). */
  ownerNames: readonly string[];
  /** Current views of the items the occurrences name. */
  items: ReadonlyMap<number, ResolutionView>;
  /** The chat's owners' open items, for the weekly digest. */
  openItems: readonly ResolutionView[];
  /** Every resolution, for the pre-meeting digest. */
  allItems?: readonly ResolutionView[];
  nextMeetingAt: Date | null;
  /** Each committee's own escalation point (its /schedule setting, else the council's default). */
  escalateAfterDays(ownerId: number | null): number;
  /** The work day an item is due on (a date moved off a day off, or its meeting's): what its heading follows. */
  dueOn?(res: ResolutionView): string | null;
  /** Whether an instant fell in a recorded outage (the service was not running): only then is a send «late». */
  missed?(at: Date): boolean;
  /** Items made known to this chat that nobody there has acknowledged yet: a reminder repeats their notice. */
  unseen?: readonly ResolutionView[];
  /** Items with a request for more time awaiting the chair, by resolution id: the date asked (ISO). */
  pending?: ReadonlyMap<number, string>;
  now: Date;
  timeZone: string;
  lang: Language;
}

/** Still to remind: the owner's share is open and not snoozed. */
function stillDue(res: ResolutionView, ownerId: number | null, now: Date): boolean {
  const a = res.assignments.find((x) => x.ownerId === ownerId);
  return !!a && !isClosed(a.status) && !(a.snoozedUntil && a.snoozedUntil > now);
}

/** A share given to the chat that is still open and that nobody there has acknowledged meanwhile. */
function stillUnseen(res: ResolutionView, occurrences: readonly MessageOccurrence[], now: Date): boolean {
  return occurrences.some((o) => {
    if (o.kind !== 'notice' || o.resolutionId !== res.id) return false;
    const a = res.assignments.find((x) => x.ownerId === o.ownerId);
    return !!a && !a.seenAt && stillDue({ ...res, assignments: [{ ...a, snoozedUntil: null }] }, o.ownerId, now);
  });
}

/** The message, or null when nothing is left to say (everything done or snoozed meanwhile). */
export function reminderReply(input: MessageInput): Reply | null {
  const t = MESSAGES[input.lang];
  const today = civilDate(input.now, input.timeZone);
  const committee = input.role === 'committee';
  const sections: Record<ReminderKind, ResolutionView[]> = {
    escalation: [],
    overdue: [],
    'due-today': [],
    'due-soon': [],
    weekly: [],
    'pre-meeting': [],
    'next-meeting': [],
    notice: [],
  };
  const seen = new Set<number>();
  const order: ReminderKind[] = ['escalation', 'overdue', 'due-today', 'due-soon'];
  const kinds = new Set(input.occurrences.map((o) => o.kind));
  const daysOf = new Map<number, number>();
  // An item's heading says where it stands today, whenever its reminder was scheduled: one due yesterday
  // and sent after a snooze or a catch-up is overdue, not «due today».
  const headingOf = (kind: ReminderKind, res: ResolutionView): ReminderKind => {
    const due = kind === 'escalation' ? null : (input.dueOn?.(res) ?? null);
    if (!due) return kind;
    return due < today ? 'overdue' : due === today ? 'due-today' : 'due-soon';
  };
  for (const kind of order) {
    for (const o of input.occurrences) {
      const res = o.resolutionId !== null ? input.items.get(o.resolutionId) : undefined;
      if (!res || !order.includes(o.kind) || headingOf(o.kind, res) !== kind) continue;
      if (seen.has(res.id) || !stillDue(res, o.ownerId, input.now)) continue;
      seen.add(res.id);
      sections[kind].push(res);
      if (kind === 'escalation') daysOf.set(res.id, input.escalateAfterDays(o.ownerId));
    }
  }
  if (kinds.has('weekly')) {
    for (const res of input.openItems) {
      if (seen.has(res.id)) continue;
      seen.add(res.id);
      sections.weekly.push(res);
    }
  }
  const blocks: Block[] = [];
  const items: number[] = [];
  // The notice first: the items given to the chat, and the one button that acknowledges them all.
  const noticed = input.occurrences
    .filter((o) => o.kind === 'notice' && o.resolutionId !== null)
    .map((o) => input.items.get(o.resolutionId!))
    .filter((r): r is ResolutionView => !!r && stillUnseen(r, input.occurrences, input.now));
  const noticedAll = [...new Map(noticed.map((r) => [r.id, r])).values()].sort(
    (a, b) => a.publicNumber - b.publicNumber,
  );
  // An item also due today is listed under that heading; its notice is acknowledged all the same.
  const notice = noticedAll.filter((r) => !seen.has(r.id));
  const again = kinds.has('notice') ? [] : (input.unseen ?? []);
  if (notice.length > 0 && [...kinds].some((k) => k !== 'notice'))
    blocks.push({ type: 'heading', text: t.remind.heading.notice });
  for (const res of notice) {
    blocks.push(itemBlock(res, input.lang, { today, pendingDue: input.pending?.get(res.id) ?? null }));
    items.push(res.publicNumber);
  }
  if (again.length > 0) {
    blocks.push({ type: 'heading', text: t.loop.noticeAgain });
    for (const res of again) blocks.push({ type: 'item', number: res.publicNumber, text: res.text });
  }
  const toSee = [...noticedAll, ...again].map((r) => r.publicNumber);
  if (toSee.length > 0) blocks.push({ type: 'text', text: t.loop.noticeAsk });
  for (const kind of [...order, 'weekly'] as const) {
    const list = sections[kind].sort((a, b) => a.publicNumber - b.publicNumber);
    // Escalations are headed by each committee's own number of days: one heading per distinct number.
    const groups =
      kind === 'escalation'
        ? [...new Set(list.map((r) => daysOf.get(r.id)!))]
            .sort((a, b) => a - b)
            .map((d) => [t.remind.escalation(t.num(d)), list.filter((r) => daysOf.get(r.id) === d)] as const)
        : [[t.remind.heading[kind], list] as const];
    for (const [heading, group] of groups) {
      if (group.length === 0) continue;
      blocks.push({ type: 'heading', text: heading });
      for (const res of group) {
        blocks.push(
          itemBlock(res, input.lang, { today, buttons: committee, pendingDue: input.pending?.get(res.id) ?? null }),
        );
        items.push(res.publicNumber);
      }
    }
  }
  if (kinds.has('pre-meeting') && input.allItems && input.allItems.length > 0) {
    const when = input.nextMeetingAt ? formatJalali(civilDate(input.nextMeetingAt, input.timeZone), input.lang) : '';
    blocks.push(...digestBlocks(buildDigest([...input.allItems], today), input.lang, t.remind.preMeeting(when)));
  }
  if (kinds.has('next-meeting') && input.nextMeetingAt && input.nextMeetingAt <= input.now) {
    const held = formatJalali(civilDate(input.nextMeetingAt, input.timeZone), input.lang);
    blocks.push({ type: 'text', text: t.remind.askNextMeeting(held, exampleDate(today, input.lang)) });
  }
  if (blocks.length === 0) return null;
  const owners = input.ownerNames.join(t.listSep);
  const onlyNotice = [...kinds].every((k) => k === 'notice');
  const title = !committee ? t.remind.chairTitle : onlyNotice ? t.remind.noticeTitle(owners) : t.remind.title(owners);
  const head: Block[] = [{ type: 'heading', text: title }];
  // Late is what the service missed while it was down, never what a snooze, a retry or a slow platform held back.
  const missed = input.occurrences.filter((o) => input.missed?.(o.at)).map((o) => o.at.getTime());
  const earliest = Math.min(...missed);
  if (missed.length > 0 && input.now.getTime() - earliest > LATE_AFTER_MS) {
    head.push({
      type: 'text',
      text: t.remind.late(formatJalaliDateTime(new Date(earliest), input.timeZone, input.lang)),
    });
  }
  for (const n of toSee) if (!items.includes(n)) items.push(n);
  return {
    blocks: [...head, ...blocks],
    items,
    kind: onlyNotice ? 'notice' : 'reminder',
    ...(toSee.length > 0 ? { buttons: [seenButton(toSee, input.lang)] } : {}),
  };
}
