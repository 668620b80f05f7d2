// What /schedule, /meeting and /snooze need from storage, in domain terms.
import type { Actor } from '../ports.js';
import type { ScheduleSettings } from './settings.js';
import type { WorkCalendar } from './workdays.js';

export interface ReminderAdmin {
  /** The council's defaults (from configuration). */
  readonly defaults: ScheduleSettings;
  /** The work calendar with the secretariat's corrections as stored now: ask it anew for each reply. */
  calendar(): Promise<WorkCalendar>;
  /** Owners with their own settings: ownerId → the effective settings. */
  overrides(): Promise<Map<number, ScheduleSettings>>;
  /**
   * Merges a change into the owner's stored overrides; returns the effective settings. With `by`, a change
   * that alters anything is recorded in the owner's history (who, from where, before and after) in the same
   * transaction.
   */
  update(ownerId: number, change: Partial<ScheduleSettings>, by?: ScheduleChangeBy): Promise<ScheduleSettings>;
  /** Silences reminders of these assignments until the instant. */
  snooze(assignmentIds: readonly number[], until: Date): Promise<void>;
  /** A chat's choice of the weekly digest only; returns the committees it applies to. */
  setDigestOnly(address: string, on: boolean): Promise<string[]>;
  /** A person's choice not to be @-mentioned. */
  setMutedMentions(person: { platform: string; userId: string }, on: boolean): Promise<void>;
  mentionsMuted(person: { platform: string; userId: string }): Promise<boolean>;
  /** What is quiet now, for /schedule: digest-only chats and people who muted mentions. */
  quiet(): Promise<{ digestOnly: { owner: string; title: string | null }[]; muted: string[] }>;
}

/** Who changed a schedule and where: a chat's address, or the desk. */
export interface ScheduleChangeBy {
  actor: Actor;
  via: string;
}
