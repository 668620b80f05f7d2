// The import table's cells: what the parser read, shown as the secretary can edit it, and the edits applied
// back onto the parsed minutes. A cell the secretary left as shown keeps what the parser read (its exact
// deadline phrase included); a changed cell replaces it and is no longer in doubt.
import { formatJalali, toJalali } from '../core/calendar.js';
import type { Messages } from '../core/i18n.js';
import { overLimit, SHORT_LIMIT, TEXT_LIMIT } from '../core/limits.js';
import { toLatinDigits } from '../core/text.js';
import type { Language } from '../core/types.js';
import type { ParsedMinutes, ParsedResolution } from '../minutes/types.js';
import { deskDate } from './form.js';

export type Cells = Record<string, string>;

const MEETING_FIELDS = ['number', 'date', 'chair', 'secretary'] as const;
const ROW_FIELDS = ['text', 'owners', 'due'] as const;
const pad = (n: number) => String(n).padStart(2, '0');

function dueCell(t: Messages, lang: Language, r: ParsedResolution): string {
  if (r.dueDate) return formatJalali(r.dueDate, lang);
  if (r.dueAtNextMeeting) return t.desk.deadlineNext;
  return r.deadline ?? '';
}

/** Every cell as the table shows it: `number`, `date`, `chair`, `secretary`, and `text.i`, `owners.i`, `due.i`. */
export function cellsOf(parsed: ParsedMinutes, t: Messages, lang: Language): Cells {
  const m = parsed.meeting;
  const cells: Cells = {
    number: m.number ? t.num(m.number) : '',
    date: m.gregorianDate ? formatJalali(m.gregorianDate, lang) : '',
    chair: m.chair ?? '',
    secretary: m.secretary ?? '',
  };
  for (const [i, r] of parsed.resolutions.entries()) {
    cells[`text.${i}`] = r.text;
    cells[`owners.${i}`] = r.owners.join(t.listSep);
    cells[`due.${i}`] = dueCell(t, lang, r);
  }
  return cells;
}

/** The posted cells of this table (missing ones as shown), trimmed, never cut; nothing else. */
export function postedCells(shown: Cells, body: Record<string, unknown>): Cells {
  const out: Cells = {};
  for (const k of Object.keys(shown)) {
    const v = body[k];
    out[k] = typeof v === 'string' ? v.trim() : shown[k]!;
  }
  return out;
}

/** How long a changed cell may be: the texts and owner lists as any text, the rest as a short field. */
const limitOf = (key: string) => (key.startsWith('text.') || key.startsWith('owners.') ? TEXT_LIMIT : SHORT_LIMIT);

const NEXT_MEETING = /^(جلسه[\s\u200c]*(ی[\s\u200c]*)?بعد(ی)?|next[\s-]*meeting)$/i;

function without<T>(doubts: T[] | undefined, field: T): { doubts?: T[] } {
  const left = doubts?.filter((d) => d !== field) ?? [];
  return left.length ? { doubts: left } : {};
}

/** The minutes with the secretary's edits, or the messages saying which cells cannot be taken. */
export function applyCells(
  parsed: ParsedMinutes,
  shown: Cells,
  typed: Cells,
  t: Messages,
): { parsed: ParsedMinutes; errors: string[] } {
  const errors: string[] = [];
  // What the parser read stays as it was, however long the minutes wrote it; what was typed keeps the limit.
  const tooLong = (k: string) => {
    const length = overLimit(typed[k]!, limitOf(k));
    return length === null ? null : t.tooLong(limitOf(k), length);
  };
  const changed = (k: string) => typed[k] !== undefined && typed[k] !== shown[k];
  let meeting = { ...parsed.meeting };
  for (const f of MEETING_FIELDS) {
    if (!changed(f)) continue;
    const v = typed[f]!;
    const long = tooLong(f);
    if (long) {
      errors.push(long);
      continue;
    }
    meeting = { ...meeting, ...without(meeting.doubts, f) };
    if (f === 'number') meeting.number = v ? toLatinDigits(v) : null;
    else if (f === 'chair' || f === 'secretary') meeting[f] = v || null;
    else if (!v) Object.assign(meeting, { date: null, calendar: null, gregorianDate: null });
    else {
      const read = deskDate(t, v);
      if ('error' in read) errors.push(read.error);
      else {
        const g = read.date;
        const j = toJalali(g);
        Object.assign(meeting, { date: `${j.jy}-${pad(j.jm)}-${pad(j.jd)}`, calendar: 'jalali', gregorianDate: g });
      }
    }
  }
  const resolutions = parsed.resolutions.map((r, i) => {
    let out: ParsedResolution = { ...r };
    for (const f of ROW_FIELDS) {
      const k = `${f}.${i}`;
      if (!changed(k)) continue;
      const v = typed[k]!;
      const long = tooLong(k);
      if (long) {
        errors.push(t.deskImport.rowError(r.number, long));
        continue;
      }
      const field = f === 'due' ? 'deadline' : f;
      out = { ...out, ...without(out.doubts, field) };
      if (f === 'text') {
        if (v) out.text = v;
        else errors.push(t.deskImport.rowError(r.number, t.desk.textRequired));
      } else if (f === 'owners') {
        out.owners = [
          ...new Set(
            v
              .split(/[,،]/)
              .map((s) => s.trim())
              .filter(Boolean),
          ),
        ];
      } else if (!v) Object.assign(out, { deadline: null, dueDate: null, dueAtNextMeeting: false });
      else if (NEXT_MEETING.test(v)) Object.assign(out, { deadline: v, dueDate: null, dueAtNextMeeting: true });
      else {
        const read = deskDate(t, v);
        if ('date' in read) Object.assign(out, { deadline: v, dueDate: read.date, dueAtNextMeeting: false });
        else errors.push(t.deskImport.rowError(r.number, read.error));
      }
    }
    return out;
  });
  return { parsed: { ...parsed, meeting, resolutions }, errors };
}
