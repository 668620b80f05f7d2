// How resolutions look in any chat: one item block with owners, status, due date and buttons.
import { daysBetween, formatJalali } from './calendar.js';
import { MESSAGES } from './i18n.js';
import type { AssignmentView, ResolutionView } from './ports.js';
import { isOverdue, resolutionProgress } from './status.js';
import type { Block, Button, Language, Status } from './types.js';

/**
 * A share's status as a word, with the progress reported while it is in progress («در حال انجام ۶۰٪»), or «منتظر
 * تأیید» while its claim of «done» waits for the chair.
 */
export function shareState(a: Pick<AssignmentView, 'status' | 'percent' | 'claimedAt'>, lang: Language): string {
  const t = MESSAGES[lang];
  // A claim of «done» waiting for the chair says so, whatever the share's status was before it.
  if (a.claimedAt) return t.acc.awaiting;
  return a.status === 'in_progress' && a.percent !== null
    ? `${t.status.in_progress} ${t.loop.percent(a.percent)}`
    : t.status[a.status];
}

export function statusButtons(number: number, lang: Language): Button[] {
  const b = MESSAGES[lang].buttons;
  const value = String(number);
  return [
    { label: b.done, action: 'done', value },
    { label: b.progress, action: 'progress', value },
    { label: b.blocked, action: 'blocked', value },
    { label: b.snooze, action: 'snooze', value },
  ];
}

/** Telegram's callback data holds 64 bytes: a longer list of numbers is read back from the message it sits on. */
const SEEN_VALUE_LIMIT = 56;

/** «رویت شد» under a notice: the numbers it acknowledges, or empty for «every item of this message». */
export function seenButton(numbers: readonly number[], lang: Language): Button {
  const value = numbers.join(',');
  return {
    label: MESSAGES[lang].loop.seenButton,
    action: 'seen',
    value: value.length <= SEEN_VALUE_LIMIT ? value : '',
  };
}

/** Days a resolution is late (0 when not overdue); `status` is its progress when the caller has it already. */
export function daysLate(
  res: Pick<ResolutionView, 'dueDate'> & {
    assignments: readonly Pick<ResolutionView['assignments'][number], 'status'>[];
  },
  today: string,
  status: Status = resolutionProgress(res.assignments.map((a) => a.status)).status,
): number {
  return res.dueDate && isOverdue(res.dueDate, status, today) ? daysBetween(res.dueDate, today) : 0;
}

export interface ItemOptions {
  today: string;
  /** Show buttons (lists and reminders in committee chats). */
  buttons?: boolean;
  /** Show only these owners' statuses first (the chat's own). */
  highlightOwnerIds?: number[];
  /** A request for more time awaits the chair: the date asked (ISO), said after the deadline. */
  pendingDue?: string | null;
}

export function itemBlock(res: ResolutionView, lang: Language, opts: ItemOptions): Block {
  const t = MESSAGES[lang];
  const p = resolutionProgress(res.assignments.map((a) => a.status));
  const owners =
    res.assignments.length === 0
      ? t.noOwner
      : t.owners(
          res.assignments.map((a) => `${a.ownerName} (${shareState(a, lang)})`).join(lang === 'fa' ? '، ' : ', '),
        );
  const parts = [owners];
  if (res.dueAtNextMeeting) parts.push(t.dueNextMeeting);
  else if (res.dueDate) parts.push(t.dueOn(formatJalali(res.dueDate, lang)));
  if (opts.pendingDue) parts.push(t.ext.pendingLine(formatJalali(opts.pendingDue, lang)));
  const late = daysLate(res, opts.today);
  if (late > 0) parts.push(`${t.overdue}: ${t.daysOverdue(late)}`);
  if (res.assignments.length > 1) parts.push(t.progress(p.done, p.total - p.cancelled));
  return {
    type: 'item',
    number: res.publicNumber,
    text: res.text,
    meta: parts.join(' · '),
    ...(opts.buttons ? { buttons: statusButtons(res.publicNumber, lang) } : {}),
  };
}
