// Status rules for one owner's share of a resolution, and for the resolution as a whole.
import type { Status } from './types.js';

/** Changes a member may report. Undo and the chair may also return an item to `open`. */
const ALLOWED: Record<Status, readonly Status[]> = {
  open: ['in_progress', 'done', 'blocked', 'cancelled'],
  in_progress: ['done', 'blocked', 'cancelled', 'open'],
  blocked: ['in_progress', 'done', 'cancelled', 'open'],
  // Finished states change only through /undo (an audited reverse event) or the chair reopening.
  done: ['open'],
  cancelled: ['open'],
};

export function canTransition(from: Status, to: Status): boolean {
  return ALLOWED[from].includes(to);
}

export function isClosed(status: Status): boolean {
  return status === 'done' || status === 'cancelled';
}

export interface Progress {
  total: number;
  done: number;
  cancelled: number;
  /** Owners still to report done (not done, not cancelled). */
  pending: number;
  status: Status;
}

/**
 * A resolution is done when every owner that is not cancelled has reported done; blocked when any owner is
 * blocked; in progress when some work is reported; cancelled when every owner is cancelled.
 */
export function resolutionProgress(statuses: readonly Status[]): Progress {
  // One pass: this runs for every item of every list, page and digest.
  const total = statuses.length;
  let done = 0;
  let cancelled = 0;
  let blocked = 0;
  let started = 0;
  for (const s of statuses) {
    if (s === 'done') done++;
    else if (s === 'cancelled') cancelled++;
    else if (s === 'blocked') blocked++;
    else if (s === 'in_progress') started++;
  }
  const pending = total - done - cancelled;
  let status: Status;
  if (total === 0) status = 'open';
  else if (cancelled === total) status = 'cancelled';
  else if (pending === 0) status = 'done';
  else if (blocked > 0) status = 'blocked';
  else if (done > 0 || started > 0) status = 'in_progress';
  else status = 'open';
  return { total, done, cancelled, pending, status };
}

/** Overdue: a due date before today and not finished. */
export function isOverdue(dueDate: string | null, status: Status, today: string): boolean {
  return !!dueDate && dueDate < today && !isClosed(status);
}
