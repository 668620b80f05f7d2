// Whether a meeting date looks like a slip: already past, a Friday, or a holiday. The chair can still set it
// (a meeting on a holiday happens), but only after seeing why it looks wrong.

import { civilDate, weekday } from '../calendar.js';
import { toLatinDigits } from '../text.js';
import type { WorkCalendar } from './workdays.js';

export type MeetingDoubt = 'past' | 'friday' | 'holiday';

/** Words that confirm a doubtful date when written after it (`/meeting 1401/08/13 08:30 تأیید`). */
const CONFIRM = /^(تایید|تأیید|confirm|yes|بله)$/i;

export function isConfirmWord(word: string | undefined): boolean {
  return !!word && CONFIRM.test(toLatinDigits(word).trim());
}

/** What is odd about a meeting at `at` (the civil `date` in the council's zone), or null when nothing is. */
export function meetingDoubt(
  date: string,
  at: Date,
  now: Date,
  calendar: WorkCalendar,
  timeZone: string,
): MeetingDoubt | null {
  if (at <= now || date < civilDate(now, timeZone)) return 'past';
  if (weekday(date) === 5) return 'friday';
  if (calendar.isHoliday(date)) return 'holiday';
  return null;
}
