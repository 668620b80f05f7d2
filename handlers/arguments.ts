// The one reading of dates and times typed after a command: a word shaped like one that is not a real day or
// minute is refused with the value itself, before a command reads its arguments any further.
import { invalidDateOrTime } from '../src/core/date-arg.js';
import type { Reply } from '../src/core/types.js';
import { type CommandContext, refusal } from './context.js';

/** «تاریخ نامعتبر: ۱۴۰۵/۱۲/۳۱» for the first impossible date or time among the words, else null. */
export function invalidWhen(ctx: CommandContext, words: readonly (string | undefined)[]): Reply | null {
  const bad = invalidDateOrTime(words.filter((w): w is string => !!w));
  if (!bad) return null;
  return refusal('date' in bad ? ctx.t.invalidDate(bad.date) : ctx.t.invalidTime(bad.time));
}
