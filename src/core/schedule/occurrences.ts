// What is due: a pure function of the items, the chat bindings, the settings, the next meeting and the
// clock. Every occurrence has a deterministic key (kind, slot, owner, item, chat), so any number of engines
// computing it at any time agree, and the database's unique key decides who sends it.
import { addDays, civilDate, zonedInstant } from '../calendar.js';
import type { ResolutionView } from '../ports.js';
import { isClosed } from '../status.js';
import type { Platform } from '../types.js';
import { DAY_NAMES, type ScheduleSettings } from './settings.js';
import type { WorkCalendar } from './workdays.js';

export const KINDS = [
  'escalation',
  'overdue',
  'due-today',
  'due-soon',
  'weekly',
  'pre-meeting',
  'next-meeting',
  'notice',
] as const;
export type ReminderKind = (typeof KINDS)[number];

export interface ReminderBinding {
  id: number;
  address: string;
  platform: Platform;
  chatId: string;
  threadId: string;
  role: 'committee' | 'chair';
  ownerId: number | null;
  ownerName: string | null;
  /** The chat asked for the weekly digest only, without reminders for single items. */
  digestOnly?: boolean;
  /** The chat's own name (group title), when known: what people recognise in a report. */
  title?: string | null;
  /** When the chat was linked: nothing scheduled before it concerns this chat. */
  boundAt?: Date;
}

export interface Occurrence {
  key: string;
  kind: ReminderKind;
  /** The civil date it is sent on (council time zone). */
  slot: string;
  /** The instant it was scheduled for. */
  at: Date;
  bindingId: number;
  address: string;
  ownerId: number | null;
  resolutionId: number | null;
  publicNumber: number | null;
}

export interface DueInput {
  now: Date;
  /** The catch-up horizon: occurrences scheduled at or before it are never sent. */
  since: Date;
  timeZone: string;
  calendar: WorkCalendar;
  settingsFor(ownerId: number | null): ScheduleSettings;
  /** When a committee's /schedule last changed: a slot scheduled earlier only came into being then. */
  settingsChangedAt?(ownerId: number | null): Date | null;
  bindings: readonly ReminderBinding[];
  /** Open items with a date (or due at the next meeting), and their assignments. */
  resolutions: readonly ResolutionView[];
  nextMeetingAt: Date | null;
  /** The dates of the meetings on record (Gregorian civil dates), ascending. */
  meetingDates?: readonly string[];
  /**
   * Items with an open share nobody has acknowledged, given since the horizon or to an owner whose chat was linked
   * since: each such share's notice (ابلاغ) goes once to each of its owner's chats.
   */
  notices?: readonly ResolutionView[];
}

/**
 * The work day an item is really due on: its date, or the first meeting after the one that decided it (a
 * recorded meeting, else the council's next one), moved off days off. Once that meeting has been held and
 * recorded, a later next meeting does not move the deadline again: the item is overdue.
 */
export function effectiveDueDate(
  res: Pick<ResolutionView, 'dueDate' | 'dueAtNextMeeting' | 'meetingDate'>,
  nextMeeting: string | null,
  calendar: WorkCalendar,
  meetingDates: readonly string[] = [],
): string | null {
  if (!res.dueAtNextMeeting) return res.dueDate ? calendar.nextWorkDay(res.dueDate) : null;
  const after = (d: string | null | undefined): d is string => !!d && (!res.meetingDate || d > res.meetingDate);
  const [date] = [meetingDates.find(after), nextMeeting].filter(after).sort();
  return date ? calendar.nextWorkDay(date) : null;
}

/** The sweep's window (the civil days from the horizon to now) and the occurrences found in it so far. */
interface Window {
  input: DueInput;
  first: string;
  last: string;
  dates: string[];
  /** `now` minus the horizon, in milliseconds: how far back a catch-up reaches. */
  horizon: number;
  /** The instant of `time` on `slot` in the council's time zone (memoised: the sweep asks often). */
  instant(slot: string, time: string): Date;
  /** That instant when it falls inside the window, else null. */
  inWindow(slot: string, time: string): Date | null;
  add(o: Omit<Occurrence, 'key' | 'address'>, b: ReminderBinding): void;
  out: Occurrence[];
}

/** An open item as one owner's share of it: when it is due, and when a snooze on the share ended. */
interface OwnedItem {
  res: ResolutionView;
  due: string;
  woke: Date | null;
}

export function dueOccurrences(input: DueInput): Occurrence[] {
  const w = openWindow(input);
  // Nothing goes out on a Friday or a holiday, not even the catch-up of earlier days: it waits for a work day.
  if (!w) return [];
  const chairs = input.bindings.filter((b) => b.role === 'chair');
  const committeeChats = new Map<number, ReminderBinding[]>();
  for (const b of input.bindings)
    if (b.role === 'committee' && b.ownerId !== null)
      committeeChats.set(b.ownerId, [...(committeeChats.get(b.ownerId) ?? []), b]);
  notices(w, committeeChats);
  const meetingDate = input.nextMeetingAt ? civilDate(input.nextMeetingAt, input.timeZone) : null;
  const byOwner = openItemsByOwner(input, meetingDate);
  for (const b of input.bindings) if (b.role === 'committee' && b.ownerId !== null) committeeReminders(w, b, byOwner);
  escalations(w, byOwner, chairs);
  if (meetingDate) meetingReminders(w, meetingDate, chairs);
  return w.out;
}

function openWindow(input: DueInput): Window | null {
  const { now, since, timeZone } = input;
  const first = civilDate(since, timeZone);
  const last = civilDate(now, timeZone);
  if (!input.calendar.isWorkDay(last)) return null;
  const dates: string[] = [];
  for (let d = first; d <= last; d = addDays(d, 1)) dates.push(d);
  const out: Occurrence[] = [];
  const instants = new Map<string, Date>();
  const instant = (slot: string, time: string) => {
    let at = instants.get(`${slot} ${time}`);
    if (!at) {
      at = zonedInstant(slot, time, timeZone);
      instants.set(`${slot} ${time}`, at);
    }
    return at;
  };
  const inWindow = (slot: string, time: string) => {
    if (slot < first || slot > last) return null;
    const at = instant(slot, time);
    return at > since && at <= now ? at : null;
  };
  // A record stamped after `now` (a dry run of a past instant) says nothing about that instant.
  const known = (t: Date | null | undefined): t is Date => !!t && t <= now;
  const add = (o: Omit<Occurrence, 'key' | 'address'>, b: ReminderBinding) => {
    // A chat hears of what fell due while it was linked, not of what the group missed before it joined.
    if (known(b.boundAt) && o.at < b.boundAt) return;
    // A slot that only exists since /schedule changed fell due at that change, so it is not «late» for it.
    const changed = input.settingsChangedAt?.(o.ownerId);
    if (known(changed) && o.at < changed) o = { ...o, at: changed };
    const item = o.resolutionId === null ? '' : `:r${o.resolutionId}`;
    const owner = o.ownerId === null ? '' : `:o${o.ownerId}`;
    out.push({ ...o, address: b.address, key: `${o.kind}:${o.slot}${owner}${item}:b${b.id}` });
  };
  return { input, first, last, dates, horizon: now.getTime() - since.getTime(), instant, inWindow, add, out };
}

/**
 * A share is made known when it is given, or when its owner's chat is linked after that: once per chat, keyed by
 * the day it became due, so a re-run of the sweep or another instance never sends it twice.
 */
function notices(w: Window, committeeChats: ReadonlyMap<number, ReminderBinding[]>): void {
  const { since, now, timeZone } = w.input;
  for (const res of w.input.notices ?? []) {
    for (const a of res.assignments) {
      if (isClosed(a.status) || a.seenAt) continue;
      for (const b of committeeChats.get(a.ownerId) ?? []) {
        const at = b.boundAt && b.boundAt > a.createdAt ? b.boundAt : a.createdAt;
        if (at <= since || at > now) continue;
        const slot = civilDate(at, timeZone);
        const item = { ownerId: a.ownerId, resolutionId: res.id, publicNumber: res.publicNumber };
        w.add({ kind: 'notice', slot, at, bindingId: b.id, ...item }, b);
      }
    }
  }
}

/**
 * Items per owner, only the shares still to be done and not snoozed now. A share whose claim of «done» waits
 * for the chair is neither reminded nor escalated: the chair has it already.
 */
function openItemsByOwner(input: DueInput, meetingDate: string | null): Map<number, OwnedItem[]> {
  const byOwner = new Map<number, OwnedItem[]>();
  for (const res of input.resolutions) {
    const due = effectiveDueDate(res, meetingDate, input.calendar, input.meetingDates);
    if (!due) continue;
    for (const a of res.assignments) {
      if (isClosed(a.status) || a.claimedAt || (a.snoozedUntil && a.snoozedUntil > input.now)) continue;
      const list = byOwner.get(a.ownerId) ?? [];
      list.push({ res, due, woke: a.snoozedUntil });
      byOwner.set(a.ownerId, list);
    }
  }
  return byOwner;
}

/**
 * What a snooze held back is not sent the moment it ends (midnight, or a day off): it waits for the chat's next
 * send time on a work day, and is on time then. The catch-up horizon counts back from the snooze's end.
 * Returns that send time when it is now, else null.
 */
function resumeNow(w: Window, woke: Date | null, time: string): Date | null {
  if (!woke) return null;
  const { calendar, timeZone, since, now } = w.input;
  const day = calendar.nextWorkDay(civilDate(woke, timeZone));
  const resume = w.instant(day, time) >= woke ? w.instant(day, time) : w.instant(calendar.addWorkDays(day, 1), time);
  return resume > since && resume <= now ? resume : null;
}

/** When a slot's reminder is due now: in the window, or held back by the snooze and resumed now. */
function itemDue(w: Window, slot: string, time: string, woke: Date | null, resume: Date | null): Date | null {
  if (!woke || w.instant(slot, time) >= woke) return w.inWindow(slot, time);
  return resume && w.instant(slot, time).getTime() > woke.getTime() - w.horizon ? resume : null;
}

/** A committee chat's weekly digest, and its reminders about each item: due soon, due today, overdue. */
function committeeReminders(w: Window, b: ReminderBinding, byOwner: ReadonlyMap<number, OwnedItem[]>): void {
  const ownerId = b.ownerId!;
  const s = w.input.settingsFor(ownerId);
  if (!s.enabled) return;
  const { calendar, timeZone } = w.input;
  const base = { bindingId: b.id, ownerId };
  for (const slot of w.dates) {
    if (paused(s, slot)) continue;
    // The weekly digest's day moves to the next work day when it is off (Nowruz, a holiday Saturday).
    const at = weeklyNominal(slot, s.weeklyDay, calendar) ? w.inWindow(slot, s.weeklyTime) : null;
    if (at) w.add({ ...base, kind: 'weekly', slot, at, resolutionId: null, publicNumber: null }, b);
  }
  for (const { res, due, woke } of b.digestOnly ? [] : (byOwner.get(ownerId) ?? [])) {
    const item = { ...base, resolutionId: res.id, publicNumber: res.publicNumber };
    const slots: [ReminderKind, string][] = [['due-today', due]];
    if (s.dueSoonDays > 0) slots.push(['due-soon', calendar.addWorkDays(due, -s.dueSoonDays)]);
    const resume = resumeNow(w, woke, s.sendTime);
    const from = resume && woke ? min(w.first, civilDate(new Date(woke.getTime() - w.horizon), timeZone)) : w.first;
    for (let slot = from; slot <= w.last; slot = addDays(slot, 1)) {
      const late = calendar.workDaysBetween(due, slot);
      if (late > 0 && late % s.overdueEveryDays === 0 && calendar.isWorkDay(slot)) slots.push(['overdue', slot]);
    }
    for (const [kind, slot] of slots) {
      if (paused(s, slot)) continue;
      const at = itemDue(w, slot, s.sendTime, woke, resume);
      if (at) w.add({ ...item, kind, slot, at }, b);
    }
  }
}

/** Escalations go to the chair's chats once per item and owner, even when the committee silenced its own. */
function escalations(w: Window, byOwner: ReadonlyMap<number, OwnedItem[]>, chairs: readonly ReminderBinding[]): void {
  const { calendar } = w.input;
  for (const [ownerId, items] of byOwner) {
    const s = w.input.settingsFor(ownerId);
    if (s.escalateAfterDays === 0 || chairs.length === 0) continue;
    for (const { res, due, woke } of items) {
      const slot = calendar.addWorkDays(due, s.escalateAfterDays);
      // An item already past its escalation point before the horizon (imported late, or a long outage) still
      // reaches the chair, once: at today's send time, under the key of its own slot.
      const overdue = slot < w.first && calendar.isWorkDay(w.last);
      const sendDay = overdue ? w.last : slot;
      // The chair who paused a committee hears nothing about it either until the pause ends.
      if (paused(s, sendDay)) continue;
      const at = itemDue(w, sendDay, s.sendTime, woke, resumeNow(w, woke, s.sendTime));
      if (!at) continue;
      const item = { ownerId, resolutionId: res.id, publicNumber: res.publicNumber };
      for (const c of chairs) w.add({ kind: 'escalation', slot, at, bindingId: c.id, ...item }, c);
    }
  }
}

/**
 * The chair's chats hear of the next meeting: its digest the set number of work days before; and once it has
 * been held with no later one set, a question for the next one's date, once (the key names the first work day
 * after the meeting), so «next meeting» deadlines have a date again.
 */
function meetingReminders(w: Window, meetingDate: string, chairs: readonly ReminderBinding[]): void {
  const { calendar, nextMeetingAt } = w.input;
  const s = w.input.settingsFor(null);
  const none = { ownerId: null, resolutionId: null, publicNumber: null };
  const pre = s.preMeetingDays > 0 ? calendar.addWorkDays(meetingDate, -s.preMeetingDays) : meetingDate;
  const preAt = w.inWindow(pre, s.sendTime);
  if (preAt && nextMeetingAt && preAt < nextMeetingAt)
    for (const c of chairs) w.add({ kind: 'pre-meeting', slot: pre, at: preAt, bindingId: c.id, ...none }, c);
  const after = calendar.addWorkDays(meetingDate, 1);
  const afterAt = w.inWindow(after, s.sendTime);
  if (afterAt)
    for (const c of chairs) w.add({ kind: 'next-meeting', slot: after, at: afterAt, bindingId: c.id, ...none }, c);
}

const min = (a: string, b: string) => (a < b ? a : b);

/** The chair paused this committee's reminders through a date that `slot` has not passed. */
function paused(s: ScheduleSettings, slot: string): boolean {
  return s.pausedUntil !== null && slot <= s.pausedUntil;
}

/** Whether `slot` is where the weekly digest lands: the configured weekday, or the first work day after it. */
function weeklyNominal(slot: string, day: ScheduleSettings['weeklyDay'], calendar: WorkCalendar): boolean {
  if (!calendar.isWorkDay(slot)) return false;
  const target = DAY_NAMES.indexOf(day);
  for (let back = 0; back < 7; back++) {
    const d = addDays(slot, -back);
    if (back > 0 && calendar.isWorkDay(d)) return false;
    if (new Date(`${d}T00:00:00Z`).getUTCDay() === target) return true;
  }
  return false;
}
