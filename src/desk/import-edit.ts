// The import table's cells: what the parser read, shown as the secretary can edit it, and the edits applied
// back onto the parsed minutes. A cell the secretary left as shown keeps what the parser read (its exact
// deadline phrase included); a changed cell replaces it and is no longer in doubt. A row ticked «leave out» (a
// heading or a remark the parser took for a resolution) is dropped from what is stored, and a row typed under
// the table (one the parser missed) is added after the others: nothing is stored until Confirm.
import { formatJalali, toJalali } from '../core/calendar.js';
import type { Messages } from '../core/i18n.js';
import { overLimit, SHORT_LIMIT, TEXT_LIMIT } from '../core/limits.js';
import { splitNames } from '../core/owners.js';
import { toLatinDigits } from '../core/text.js';
import type { Language } from '../core/types.js';
import type { ParsedMinutes, ParsedResolution } from '../minutes/types.js';
import { deskDate } from './form.js';

export type Cells = Record<string, string>;

const MEETING_FIELDS = ['number', 'date', 'chair', 'secretary'] as const;
const ROW_FIELDS = ['text', 'owners', 'due'] as const;
/** The cells of the row typed under the table, and of each row's «leave out» box. */
const NEW_ROW = ROW_FIELDS.map((f) => `${f}.new`);
const leaveKey = (i: number) => `leave.${i}`;
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
    cells[leaveKey(i)] = '';
  }
  for (const k of NEW_ROW) cells[k] = '';
  return cells;
}

/** The posted cells of this table (missing ones as shown), trimmed, never cut; nothing else. */
export function postedCells(shown: Cells, body: Record<string, unknown>): Cells {
  const out: Cells = {};
  for (const k of Object.keys(shown)) {
    const v = body[k];
    // A box left unticked is not posted at all: it says «keep the row».
    out[k] = typeof v === 'string' ? v.trim() : k.startsWith('leave.') ? '' : shown[k]!;
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
): { parsed: ParsedMinutes; errors: string[]; kept: number[] } {
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
      } else if (f === 'owners') out.owners = ownerList(v);
      else {
        const due = dueOf(v, t);
        if ('error' in due) errors.push(t.deskImport.rowError(r.number, due.error));
        else Object.assign(out, due);
      }
    }
    return out;
  });
  // The rows kept, by their place in the table as shown; then the one typed under it.
  const kept = resolutions.flatMap((_, i) => (typed[leaveKey(i)] === '1' ? [] : [i]));
  const rows = kept.map((i) => resolutions[i]!);
  const added = addedRow(parsed, typed, t, tooLong, errors);
  if (added) rows.push(added);
  if (rows.length === 0) errors.push(t.deskImport.nothingLeft);
  return { parsed: { ...parsed, meeting, resolutions: rows }, errors, kept };
}

/** «کمیته فاوا، دبیرخانه»: the owners a cell names, each once. */
const ownerList = (v: string): string[] => [...new Set(splitNames(v))];

type Due = Pick<ParsedResolution, 'deadline' | 'dueDate' | 'dueAtNextMeeting'>;

/** A deadline cell: empty for none, «جلسه بعدی» for the next meeting, else a Jalali date. */
function dueOf(v: string, t: Messages): Due | { error: string } {
  if (!v) return { deadline: null, dueDate: null, dueAtNextMeeting: false };
  if (NEXT_MEETING.test(v)) return { deadline: v, dueDate: null, dueAtNextMeeting: true };
  const read = deskDate(t, v);
  return 'date' in read ? { deadline: v, dueDate: read.date, dueAtNextMeeting: false } : { error: read.error };
}

/**
 * The row typed under the table, numbered after the last row, or null when nothing was typed there. Owners or a
 * deadline without a text are refused: a resolution is its text.
 */
function addedRow(
  parsed: ParsedMinutes,
  typed: Cells,
  t: Messages,
  tooLong: (k: string) => string | null,
  errors: string[],
): ParsedResolution | null {
  const [text, owners, due] = NEW_ROW.map((k) => typed[k] ?? '') as [string, string, string];
  if (!text && !owners && !due) return null;
  const number = Math.max(0, ...parsed.resolutions.map((r) => r.number)) + 1;
  const before = errors.length;
  for (const k of NEW_ROW) {
    const long = typed[k] ? tooLong(k) : null;
    if (long) errors.push(t.deskImport.rowError(number, long));
  }
  if (!text) errors.push(t.deskImport.rowError(number, t.desk.textRequired));
  const read = dueOf(due, t);
  if ('error' in read) errors.push(t.deskImport.rowError(number, read.error));
  if (errors.length > before || 'error' in read) return null;
  return { number, text, owners: ownerList(owners), ...read };
}
