// What a correction or a re-import changes on one resolution: its text, its deadline and who owns it.
// Both keep the state before and after in the history, so a change can be shown, audited and undone.
import type { Actor, ResolutionView } from './ports.js';
import type { LogEntry } from './resolution-log.js';
import type { Status } from './types.js';

export interface ItemState {
  text: string;
  deadlineText: string | null;
  dueDate: string | null;
  dueAtNextMeeting: boolean;
  /** The owners currently on the item, each with their share's status. */
  owners: { ownerId: number; status: Status }[];
}

export type CorrectionType = 'owners' | 'deadline';

export interface CorrectionEntry {
  id: number;
  resolutionId: number;
  publicNumber: number;
  type: CorrectionType;
  before: ItemState;
  after: ItemState;
  createdAt: Date;
  /**
   * Where the item was changed again after this correction, from somewhere else (the desk, another chat, a
   * re-import): the newest such change's address, or null. Undoing would then undo someone else's work too.
   */
  changedLaterBy: string | null;
}

/** Writes corrections: each one compare-and-set on the item's state, with its history event. */
export interface CorrectionStore {
  /** Puts the item in `after` if it is still in `before`; throws ConflictError when it changed meanwhile. */
  correct(
    resolutionId: number,
    type: CorrectionType,
    before: ItemState,
    after: ItemState,
    actor: Actor,
    chatAddress: string,
  ): Promise<void>;
  /** The latest correction from this chat that has not been undone. */
  lastCorrection(chatAddress: string): Promise<CorrectionEntry | null>;
  /** Reverts a correction with a new event (nothing is deleted). */
  /** Reverts it; returns how many answered requests (an approved extension's) wait for the chair again. */
  undoCorrection(entry: CorrectionEntry, actor: Actor, chatAddress: string): Promise<number>;
  /** The item's whole log of changes to itself, oldest first. */
  log(resolutionId: number): Promise<LogEntry[]>;
}

export function stateOf(r: ResolutionView): ItemState {
  return {
    text: r.text,
    deadlineText: r.deadlineText,
    dueDate: r.dueDate,
    dueAtNextMeeting: r.dueAtNextMeeting,
    owners: r.assignments.map((a) => ({ ownerId: a.ownerId, status: a.status })),
  };
}

/** A stable form for comparing and storing states: owners in id order. */
export function canonical(s: ItemState): string {
  const owners = [...s.owners].sort((a, b) => a.ownerId - b.ownerId);
  return JSON.stringify({
    text: s.text,
    deadlineText: s.deadlineText,
    dueDate: s.dueDate,
    dueAtNextMeeting: s.dueAtNextMeeting,
    owners,
  });
}

export function sameState(a: ItemState, b: ItemState): boolean {
  return canonical(a) === canonical(b);
}
