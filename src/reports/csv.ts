// The report as CSV: UTF-8 with a byte-order mark (without it Excel reads Persian as mojibake), CRLF line
// ends, and RFC 4180 quoting for commas, quotes and line breaks inside cells.
import { COLUMNS, type RowContext } from './columns.js';
import type { ReportRow } from './data.js';

const BOM = '\uFEFF';

function field(v: string | number | Date | null): string {
  if (v === null) return '';
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function buildCsv(rows: ReportRow[], ctx: RowContext): Buffer {
  const lines = [
    COLUMNS.map((c) => field(c.header[ctx.lang])),
    ...rows.map((r) => COLUMNS.map((c) => field(c.value(r, ctx)))),
  ].map((cells) => cells.join(','));
  return Buffer.from(`${BOM}${lines.join('\r\n')}\r\n`, 'utf8');
}
