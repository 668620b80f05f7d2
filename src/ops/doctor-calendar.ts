// peygir doctor's days-off check: reminders skip days off, and a year's days off are only estimated until the
// Calendar Centre publishes them and peygir carries them or the desk marks the year official. From two months
// before such a year begins (1 Bahman) until it is set right, doctor warns with what to do.
import type { Config } from '../config.js';
import { civilDate, formatJalali, fromJalali, toJalali } from '../core/calendar.js';
import { workCalendar } from '../core/schedule/workdays.js';
import type { Database } from '../db/client.js';
import { readOfficialYears } from '../db/sql/days-off.js';
import type { Check } from './check.js';

/** The Jalali month from which next year's days off should be official: Bahman, two months before Farvardin. */
const WARN_FROM_MONTH = 11;

export async function daysOffCheck(db: Database, config: Config, now: Date): Promise<Check> {
  const calendar = workCalendar(config);
  calendar.correct({ days: new Map(), officialYears: await readOfficialYears(db.sql, config.COUNCIL_NAME) });
  const today = toJalali(civilDate(now, config.COUNCIL_TIMEZONE));
  const years = today.jm >= WARN_FROM_MONTH ? [today.jy, today.jy + 1] : [today.jy];
  const estimated = years.filter((y) => !calendar.isOfficialYear(y));
  if (estimated.length === 0) return { name: 'days off', verdict: 'ok', detail: `${years.join(', ')}: official` };
  const y = estimated[0]!;
  const when = y === today.jy ? 'this year' : `from ${formatJalali(fromJalali(y, 1, 1)!, 'en')}`;
  return {
    name: 'days off',
    verdict: 'warn',
    detail: `the days off of ${y} (${when}) are only estimated: the law's fixed days and the religious holidays from the table of lunar month starts`,
    fix: `when the Calendar Centre publishes the official calendar of ${y}, correct the days that differ on the desk's days-off page (/desk/days-off) and mark ${y} official there`,
  };
}
