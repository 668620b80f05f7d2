// Dates and times typed as a command's arguments, read one way for every command. A word shaped like a date
// or a time that names no real day or minute (۱۴۰۵/۱۲/۳۱, 25:00) is an invalid value, to be said back to the
// user with the value; any other word is simply not a date, and the command's usage answers it.
import { addDays, formatJalali, parseUserDate, weekday } from './calendar.js';
import { parseTime } from './schedule/settings.js';
import { toLatinDigits } from './text.js';
import type { Language } from './types.js';

const DATE_SHAPE = /^\d{2,4}[/\-.]\d{1,2}[/\-.]\d{1,2}$/;
const TIME_SHAPE = /^\d{1,2}[:٫]\d{1,2}$/;

export type DateArg = { date: string } | { invalid: string } | null;
export type TimeArg = { time: string } | { invalid: string } | null;

/** A Gregorian civil date, an invalid date as typed, or null when the word is not shaped like a date. */
export function readDateArg(word: string | undefined): DateArg {
  if (!word || !DATE_SHAPE.test(toLatinDigits(word.trim()))) return null;
  const date = parseUserDate(word);
  return date ? { date } : { invalid: word.trim() };
}

/** `HH:MM`, an invalid time as typed, or null when the word is not shaped like a time. */
export function readTimeArg(word: string | undefined): TimeArg {
  if (!word || !TIME_SHAPE.test(toLatinDigits(word.trim()))) return null;
  const time = parseTime(word);
  return time ? { time } : { invalid: word.trim() };
}

/** The first word shaped like a date or a time that is not a real one, as typed. */
export function invalidDateOrTime(words: readonly string[]): { date: string } | { time: string } | null {
  for (const w of words) {
    const d = readDateArg(w);
    if (d && 'invalid' in d) return { date: d.invalid };
    const t = readTimeArg(w);
    if (t && 'invalid' in t) return { time: t.invalid };
  }
  return null;
}

/**
 * The date usage examples show: a week from today (the Saturday after, when that is a Friday), so an example
 * typed as shown is accepted, whatever day it is.
 */
export function exampleDate(today: string, lang: Language): string {
  const inAWeek = addDays(today, 7);
  return formatJalali(weekday(inAWeek) === 5 ? addDays(inAWeek, 1) : inAWeek, lang);
}
