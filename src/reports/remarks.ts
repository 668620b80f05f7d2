// What the follow-up report's «توضیحات و مستندات» column says of an item: each owner's last note (a blocked
// share's reason among them), the evidence owners gave with «done» (a letter number, a file's name), and when the
// item was last reported on. This is the one function the column reads.
import { formatJalaliDateTime } from '../core/calendar.js';
import type { Language } from '../core/types.js';
import type { ReportRow } from './data.js';

export const REMARK_LABELS = {
  lastUpdate: { fa: (at: string) => `آخرین گزارش: ${at}`, en: (at: string) => `Last reported: ${at}` },
};

/** The column's lines for one item: the owners' notes, the evidence, then the last report's time. */
export function remarks(row: ReportRow, lang: Language, timeZone: string): string[] {
  const shares = row.res.assignments.filter((a) => a.status !== 'cancelled' && a.lastNote);
  const several = row.res.assignments.length > 1;
  const lines = shares.map((a) => (several ? `${a.ownerName}: ${a.lastNote}` : a.lastNote!));
  // A note the history holds that no share keeps (a share since cancelled, say) is still the latest word.
  if (row.lastNote && !shares.some((a) => a.lastNote === row.lastNote)) lines.push(row.lastNote);
  for (const e of row.evidence) if (!lines.includes(e)) lines.push(e);
  if (row.lastUpdate) lines.push(REMARK_LABELS.lastUpdate[lang](formatJalaliDateTime(row.lastUpdate, timeZone, lang)));
  return lines;
}
