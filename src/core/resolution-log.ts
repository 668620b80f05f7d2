// The one log of changes to a resolution itself: re-imports, corrections from chat and their /undo, and the
// desk's edits all keep the item before and after. Here a log entry is read back as what changed, so the
// desk page and /status N say it the same way.
import { formatJalali } from './calendar.js';
import type { Messages } from './i18n.js';
import type { ItemState } from './item-state.js';
import type { Language, Status } from './types.js';

export type LogType = 'import' | 'added' | 'text' | 'owners' | 'deadline' | 'undo';

/** History written at the desk names it as its chat. */
export const DESK_ADDRESS = 'desk';

/**
 * A state as the log kept it. New entries keep the whole item; entries copied from the desk's older log keep
 * only the part that changed, and owners by name (`ownerNames`, as the desk showed them then).
 */
export type LoggedState = Partial<ItemState> & { ownerNames?: string | null };

export interface LogEntry {
  id: number;
  resolutionId: number;
  type: LogType;
  before: LoggedState;
  after: LoggedState;
  reason: string | null;
  actorPlatform: string;
  actorId: string;
  actorName: string | null;
  chatAddress: string;
  undoOfId: number | null;
  createdAt: Date;
}

/** A deadline as one value: a Gregorian date, the next meeting, or none. */
export type DeadlineValue = { kind: 'date'; date: string } | { kind: 'next-meeting' } | { kind: 'none' };

export type LogChange =
  | { field: 'added'; text: string }
  | { field: 'text'; from: string; to: string }
  | { field: 'deadline'; from: DeadlineValue; to: DeadlineValue }
  | { field: 'owners'; from: string[]; to: string[] };

function deadlineOf(s: LoggedState): DeadlineValue | undefined {
  if (s.dueDate === undefined && s.dueAtNextMeeting === undefined) return undefined;
  if (s.dueAtNextMeeting) return { kind: 'next-meeting' };
  return s.dueDate ? { kind: 'date', date: s.dueDate } : { kind: 'none' };
}

const sameDeadline = (a: DeadlineValue, b: DeadlineValue) => JSON.stringify(a) === JSON.stringify(b);

/** The owners still carrying the item (a cancelled share is not), by name. */
function ownersOf(s: LoggedState, names: (ownerId: number) => string): string[] | undefined {
  if (s.owners) {
    return s.owners.filter((o) => (o.status as Status) !== 'cancelled').map((o) => names(o.ownerId));
  }
  if (s.ownerNames !== undefined) return s.ownerNames ? s.ownerNames.split('، ') : [];
  return undefined;
}

/** What an entry changed, field by field, in the order a reader expects: text, deadline, owners. */
export function logChanges(e: Pick<LogEntry, 'type' | 'before' | 'after'>, names: (id: number) => string): LogChange[] {
  if (e.type === 'added') return [{ field: 'added', text: e.after.text ?? '' }];
  const out: LogChange[] = [];
  const { before: b, after: a } = e;
  if (b.text !== undefined && a.text !== undefined && b.text !== a.text)
    out.push({ field: 'text', from: b.text, to: a.text });
  const [fromDue, toDue] = [deadlineOf(b), deadlineOf(a)];
  if (fromDue && toDue && !sameDeadline(fromDue, toDue)) out.push({ field: 'deadline', from: fromDue, to: toDue });
  const [fromOwners, toOwners] = [ownersOf(b, names), ownersOf(a, names)];
  if (fromOwners && toOwners && [...fromOwners].sort().join('\n') !== [...toOwners].sort().join('\n')) {
    // The owners who stay keep their place; those added follow, as a reader of "from … to …" expects.
    const to = [...fromOwners.filter((n) => toOwners.includes(n)), ...toOwners.filter((n) => !fromOwners.includes(n))];
    out.push({ field: 'owners', from: fromOwners, to });
  }
  return out;
}

/** How values read in a sentence: none and the next meeting as the page or chat says them. */
export interface LogWords {
  none: string;
  nextMeeting: string;
  listSep: string;
}

function deadlineWords(d: DeadlineValue, lang: Language, w: LogWords): string {
  if (d.kind === 'date') return formatJalali(d.date, lang);
  return d.kind === 'next-meeting' ? w.nextMeeting : w.none;
}

/** One change as a phrase ("deadline changed from … to …"). */
export function changePhrase(t: Messages, lang: Language, c: LogChange, w: LogWords): string {
  const list = (names: string[]) => (names.length > 0 ? names.join(w.listSep) : w.none);
  switch (c.field) {
    case 'added':
      return t.fix.logAdded;
    case 'text':
      return t.fix.logText;
    case 'deadline':
      return t.fix.logDeadline(deadlineWords(c.from, lang, w), deadlineWords(c.to, lang, w));
    case 'owners':
      return t.fix.logOwners(list(c.from), list(c.to));
  }
}

/** What an entry did, as one phrase: its changes, said as a re-import or an undo when it was one. */
export function entryPhrase(t: Messages, lang: Language, e: LogEntry, changes: LogChange[], w: LogWords): string {
  const what = changes.map((c) => changePhrase(t, lang, c, w)).join(t.fix.logJoin) || t.fix.logUnchanged;
  const said = e.type === 'import' ? t.fix.logImport(what) : e.type === 'undo' ? t.fix.logUndo(what) : what;
  return e.reason ? `${said}${t.fix.logJoin}${t.fix.logReason(e.reason)}` : said;
}
