// The report as CSV: UTF-8 with a byte-order mark (without it Excel reads Persian as mojibake), CRLF line
// ends, and RFC 4180 quoting for commas, quotes and line breaks inside cells. A text cell that a spreadsheet
// would run as a formula (one starting with = + - @, a tab or a carriage return) gets a leading apostrophe,
// so a resolution text typed as `=HYPERLINK(…)` opens as the text it is.
import { COLUMNS, type RowContext } from './columns.js';
import type { ReportRow } from './data.js';

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvField(v: string | number | Date | null): string {
  if (v === null) return '';
  let s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  // Numbers and dates are written by us; only text can carry a formula.
  if (typeof v === 'string' && FORMULA_START.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function buildCsv(rows: ReportRow[], ctx: RowContext): Buffer {
  const lines = [
    COLUMNS.map((c) => csvField(c.header[ctx.lang])),
    ...rows.map((r) => COLUMNS.map((c) => csvField(c.value(r, ctx)))),
  ].map((cells) => cells.join(','));
  return Buffer.from(`${BOM}${lines.join('\r\n')}\r\n`, 'utf8');
}
