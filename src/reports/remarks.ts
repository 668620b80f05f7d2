// What the follow-up report's «توضیحات و مستندات» column says of an item. Today that is what its history
// holds: each owner's last note (a blocked share's reason among them) and when the item was last reported on.
// Evidence an owner sends with `/done` (a letter number, a file's name) belongs here too: this is the one
// function the column reads, so evidence joins the notes in this one place.
import { formatJalaliDateTime } from '../core/calendar.js';
import type { Language } from '../core/types.js';
import type { ReportRow } from './data.js';

export const REMARK_LABELS = {
  lastUpdate: { fa: (at: string) => `آخرین گزارش: ${at}`, en: (at: string) => `Last reported: ${at}` },
};

/** The column's lines for one item, oldest concern first: the owners' notes, then the last report's time. */
export function remarks(row: ReportRow, lang: Language, timeZone: string): string[] {
  const shares = row.res.assignments.filter((a) => a.status !== 'cancelled' && a.lastNote);
  const several = row.res.assignments.length > 1;
  const lines = shares.map((a) => (several ? `${a.ownerName}: ${a.lastNote}` : a.lastNote!));
  // A note the history holds that no share keeps (a share since cancelled, say) is still the latest word.
  if (row.lastNote && !shares.some((a) => a.lastNote === row.lastNote)) lines.push(row.lastNote);
  if (row.lastUpdate) lines.push(REMARK_LABELS.lastUpdate[lang](formatJalaliDateTime(row.lastUpdate, timeZone, lang)));
  return lines;
}
