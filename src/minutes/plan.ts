// What an import of minutes would do and what it did: the plan the preview shows (chat, desk and command line
// alike), the secretary's answers, and the port through which the chat import reaches the database. Shapes
// only, so the reader's preview and the handlers depend on them without depending on the database.
import type { Actor } from '../core/ports.js';
import type { Deadline, FieldMerge, Side } from '../core/reimport.js';
import type { Status } from '../core/types.js';
import type { KnownOwner } from './known-owners.js';
import type { ParsedMinutes } from './types.js';

export interface PlannedOwner {
  written: string;
  /** The known owner it joins, or null when a new owner will be created. */
  existing: string | null;
  existingId: number | null;
  how: 'exact' | 'alias' | 'new';
  /** No active chat is bound to the owner (a new one never has one): its items are reminded to nobody. */
  unreached: boolean;
}

/** The stored meeting a file may be a re-import of, when number and date do not both agree. */
export interface MeetingQuestion {
  reason: 'date-differs' | 'no-number' | 'date-unknown';
  meeting: { id: number; number: string | null; gregorianDate: string | null };
}

export interface ImportPlan {
  /** The key a new meeting is stored under. */
  meetingKey: string;
  /** The stored meeting the import updates, or null for a new one. */
  meetingId: number | null;
  isUpdate: boolean;
  question: MeetingQuestion | null;
  owners: PlannedOwner[];
  /** One per resolution of the file, in its order (a row written twice: the same plan for both). */
  items: ItemPlan[];
  /** Fields both the file and a correction changed since the last import: each needs the secretary's choice. */
  conflicts: Conflict[];
  /** Stored rows of the meeting that this file does not have: kept unless the secretary removes them. */
  missing: { row: number; publicNumber: number; resolutionId: number; text: string; newRow: number | null }[];
  warnings: string[];
}

export type MeetingChoice = 'update' | 'new';

export interface ItemPlan {
  /** The row in the file. */
  row: number;
  publicNumber: number;
  isNew: boolean;
  /** Owners as written in the file. */
  owners: string[];
  resolutionId: number | null;
  /** The item's row before, when the file has it under another row number. */
  movedFrom: number | null;
  text: FieldMerge<string> | null;
  deadline: FieldMerge<Deadline> | null;
  /** The deadline's words changed in the file, not its date: the new words are taken. */
  wording: { from: string | null; to: string | null } | null;
  /** The owners carrying the item now and after the file's owner changes, when it makes any. */
  ownersChange: { from: string[]; to: string[] } | null;
  /** Owners the file adds (as written), removes, or would remove but keeps (they already reported). */
  added: string[];
  removed: string[];
  removedIds: number[];
  kept: { name: string; status: Status }[];
  /** The owners were corrected since the last import in ways the file did not touch: they stay so. */
  ownersKept: { stored: string[]; file: string[] } | null;
}

/** A field both the file and a correction changed since the last import: the secretary chooses. */
export type Conflict = { key: string; publicNumber: number; choice: Side | null } & (
  | { field: 'text'; stored: string; file: string }
  | { field: 'deadline'; stored: Deadline; file: Deadline }
);

/** The secretary's answers: per conflict key, and for all conflicts not answered one by one. */
export interface Decisions {
  choices?: Record<string, Side>;
  all?: Side;
}

export interface ImportOptions {
  /** The answer when the file's meeting matches a stored one only in part (see `ImportPlan.question`). */
  meeting?: MeetingChoice;
  /** Cancel the stored rows this file no longer has, instead of keeping them. */
  removeMissing?: boolean;
  /** Where the import was made, for the history: the desk's address; `<platform>:import` when not said. */
  via?: string;
  /** The secretary's answers to the conflicts (`ImportPlan.conflicts`): the correction or the file. */
  decisions?: Decisions;
}

export interface ImportCounts {
  created: number;
  updated: number;
}

/** What the chat import needs from the database: the plan a preview shows, and the import itself. */
export interface MinutesStore {
  /** The council's owners and their other names, for the reader to recognise. */
  known(): Promise<KnownOwner[]>;
  plan(parsed: ParsedMinutes, text: string, choice?: MeetingChoice, decisions?: Decisions): Promise<ImportPlan>;
  /**
   * All or nothing; throws MeetingQuestionError when a like meeting was stored since the preview, and
   * UndecidedConflictsError when a conflict has no answer (one may have arisen since the preview).
   */
  apply(
    parsed: ParsedMinutes,
    source: { text: string; name: string },
    actor: Actor,
    opts: ImportOptions,
  ): Promise<ImportCounts>;
}
