// Turns the core's per-item outcomes into reply lines, shared by /done, /progress, /blocked and /note.
import type { Outcome } from '../src/core/followup.js';
import type { Messages } from '../src/core/i18n.js';
import { toLatinDigits } from '../src/core/text.js';
import type { Reply } from '../src/core/types.js';
import { refusal, textReply } from './context.js';

/** What the command did to each changed item: a status, a note, or a done item opened again. */
export type OutcomeMode = 'status' | 'note' | 'reopen';

/**
 * Lines for the outcomes. When nothing changed it is a refusal: only the sender needs to see it, and
 * adapters leave a pressed message as it was (`status-refused`).
 */
export function outcomeReply(t: Messages, outcomes: Outcome[], mode: OutcomeMode = 'status'): Reply {
  const lines = outcomeLines(t, outcomes, mode);
  return outcomes.some((o) => o.kind === 'changed')
    ? { ...textReply(...lines), kind: 'status-change' }
    : { ...refusal(...lines), kind: 'status-refused' };
}

export function outcomeLines(t: Messages, outcomes: Outcome[], mode: OutcomeMode = 'status'): string[] {
  const lines: string[] = [];
  for (const o of outcomes) {
    switch (o.kind) {
      case 'bad_number':
        lines.push(t.badNumber(t.num(toLatinDigits(o.token).slice(0, 20))));
        break;
      case 'not_found':
        lines.push(t.notFound(t.num(toLatinDigits(o.token))));
        break;
      case 'not_yours':
        lines.push(t.notYours(o.number));
        break;
      case 'already':
        lines.push(t.already(o.number, t.status[o.status]));
        break;
      case 'cannot':
        // Only a finished share refuses a move; the hint names the one thing that reopens it.
        lines.push(
          t.cannotMove(
            o.number,
            t.status[o.from],
            t.status[o.to],
            o.from === 'done' ? t.reopenHint(o.number) : t.cancelledHint,
          ),
        );
        break;
      case 'not_done':
        lines.push(t.reopenNotDone(o.number, t.status[o.status]));
        break;
      case 'changed': {
        const owners = o.owners.join(t.listSep);
        if (mode === 'note') {
          lines.push(t.noted(o.number, owners));
          break;
        }
        if (mode === 'reopen') {
          lines.push(t.reopened(o.number, owners));
          break;
        }
        const s = o.resolution.assignments.find((a) => o.owners.includes(a.ownerName))?.status ?? 'open';
        lines.push(
          o.percent !== undefined && s === 'in_progress'
            ? t.loop.progressWith(o.number, owners, o.percent)
            : t.changed(o.number, owners, t.status[s]),
        );
        if (o.progress.status === 'done') lines.push(t.resolutionDone(o.number));
        else if (s === 'done' && o.progress.pending > 0) lines.push(t.othersPending(o.progress.pending));
        break;
      }
    }
  }
  return lines;
}
