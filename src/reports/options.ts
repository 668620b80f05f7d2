// The narrowing words shared by /status and /report: `جلسه ۵۵` / `meeting 55`, a Jalali range
// `۱۴۰۱/۰۷/۰۱-۱۴۰۱/۰۹/۳۰`, and whatever is left is a committee name.
import { readDateArg } from '../core/date-arg.js';
import { toLatinDigits } from '../core/text.js';

export interface ReportOptions {
  meeting?: string;
  committee?: string;
  /** Gregorian civil dates; the range covers the meetings held in it. */
  from?: string;
  to?: string;
  /** A date was written but does not exist (e.g. ۱۴۰۱/۱۳/۰۱). */
  badDate?: string;
}

const DATE = /\d{2,4}[/.-]\d{1,2}[/.-]\d{1,2}/g;
const MEETING = /(?:^|\s)(?:جلسه|meeting)\s*(?:شماره\s*|no\.?\s*|#)?([^\s/]{1,20})(?=\s|$)/i;
/** Words around a range that carry no name: «از … تا …», `from … to …`, a dash. */
const FILLER = new Set(['از', 'تا', 'from', 'to', '-', '–', '—']);

export function parseReportOptions(args: string): ReportOptions {
  const out: ReportOptions = {};
  let rest = toLatinDigits(args.trim());
  const dates = [...rest.matchAll(DATE)];
  const first = dates[0];
  const last = dates.length > 1 ? dates[1] : first;
  if (first && last) {
    const from = readDateArg(first[0]);
    const to = readDateArg(last[0]);
    if (!from || 'invalid' in from) return { badDate: first[0] };
    if (!to || 'invalid' in to) return { badDate: last[0] };
    [out.from, out.to] = from.date <= to.date ? [from.date, to.date] : [to.date, from.date];
    rest = `${rest.slice(0, first.index)} ${rest.slice((last.index ?? 0) + last[0].length)}`;
  }
  const m = MEETING.exec(rest);
  if (m?.[1]) {
    out.meeting = m[1];
    rest = rest.replace(m[0], ' ');
  }
  const committee = rest
    .split(/\s+/)
    .filter((w) => w && !FILLER.has(w.toLowerCase()))
    .join(' ');
  if (committee) out.committee = committee;
  return out;
}
