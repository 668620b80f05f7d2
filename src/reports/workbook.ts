// The Excel workbook a secretariat files with the minutes: all resolutions, a summary by committee, one
// sheet per meeting and one per committee. Sheets read right to left in Persian; every date is given as
// Jalali text and as a real date cell; widths, wrapping and header styling are set so nothing needs fixing.
import ExcelJS from 'exceljs';
import { formatJalali } from '../core/calendar.js';
import { daysLate } from '../core/format.js';
import { MESSAGES } from '../core/i18n.js';
import type { Language } from '../core/types.js';
import { COLUMNS, type Column, type RowContext } from './columns.js';
import { committeeCounts, narrowToOwners, type ReportRow } from './data.js';
import { SUMMARY_LABELS, sheetNames } from './sheets.js';

export interface WorkbookOptions {
  lang: Language;
  timeZone: string;
  today: string;
}

const FONT = { name: 'Tahoma', size: 10 };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF1F4E79' } };
const OVERDUE_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDE2E2' } };
const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  bottom: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  left: { style: 'thin', color: { argb: 'FFBFBFBF' } },
  right: { style: 'thin', color: { argb: 'FFBFBFBF' } },
};

function newSheet(wb: ExcelJS.Workbook, name: string, lang: Language, frozenRows: number): ExcelJS.Worksheet {
  return wb.addWorksheet(name, {
    views: [{ rightToLeft: lang === 'fa', state: 'frozen', ySplit: frozenRows }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
}

/** A styled header at `top`, one row per item under it, and a filter on the header. */
function writeTable(
  ws: ExcelJS.Worksheet,
  top: number,
  columns: { header: string; width: number; wrap?: boolean; numFmt?: string }[],
  rows: ExcelJS.CellValue[][],
  lang: Language,
) {
  const horizontal = lang === 'fa' ? 'right' : 'left';
  columns.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
  });
  const header = ws.getRow(top);
  header.values = columns.map((c) => c.header);
  header.height = 30;
  header.eachCell((cell) => {
    cell.font = { ...FONT, bold: true, color: { argb: 'FFFFFFFF' } };
    cell.fill = HEADER_FILL;
    cell.border = BORDER;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  });
  rows.forEach((values, r) => {
    const row = ws.getRow(top + 1 + r);
    row.values = values;
    columns.forEach((c, i) => {
      const cell = row.getCell(i + 1);
      cell.font = FONT;
      cell.border = BORDER;
      cell.alignment = { vertical: 'top', horizontal, wrapText: !!c.wrap, readingOrder: lang === 'fa' ? 'rtl' : 'ltr' };
      if (c.numFmt) cell.numFmt = c.numFmt;
    });
  });
  ws.autoFilter = {
    from: { row: top, column: 1 },
    to: { row: top + Math.max(rows.length, 1), column: columns.length },
  };
}

function writeRows(ws: ExcelJS.Worksheet, top: number, columns: Column[], rows: ReportRow[], ctx: RowContext) {
  const spec = columns.map((c) => ({
    header: c.header[ctx.lang],
    width: c.width,
    wrap: c.wrap,
    numFmt: c.key === 'dueDate' ? 'yyyy-mm-dd' : undefined,
  }));
  writeTable(
    ws,
    top,
    spec,
    rows.map((r) => columns.map((c) => c.value(r, ctx))),
    ctx.lang,
  );
  // Late items stand out without a conditional-format rule a secretary would have to understand.
  const late = columns.findIndex((c) => c.key === 'daysOverdue');
  rows.forEach((r, i) => {
    if (late >= 0 && r.daysOverdue > 0) ws.getRow(top + 1 + i).getCell(late + 1).fill = OVERDUE_FILL;
  });
}

const pick = (...keys: string[]) => keys.map((k) => COLUMNS.find((c) => c.key === k)!);

/** The report as .xlsx bytes. */
export async function buildWorkbook(rows: ReportRow[], opts: WorkbookOptions): Promise<Buffer> {
  const { lang, today } = opts;
  const t = MESSAGES[lang];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'peygir';
  wb.created = new Date(`${today}T00:00:00Z`);
  const names = sheetNames(lang);
  const list = rows.map((r) => r.res);

  writeRows(newSheet(wb, names.next(SUMMARY_LABELS.all[lang]), lang, 1), 1, COLUMNS, rows, opts);

  const counts = committeeCounts(list, today);
  const L = SUMMARY_LABELS;
  writeTable(
    newSheet(wb, names.next(L.summary[lang]), lang, 1),
    1,
    [
      { header: L.owner[lang], width: 34, wrap: true },
      ...[L.total, L.done, L.inProgress, L.open, L.blocked, L.overdue].map((h) => ({ header: h[lang], width: 12 })),
      { header: L.percent[lang], width: 12, numFmt: '0%' },
      { header: L.progress[lang], width: 14, numFmt: '0%' },
    ],
    counts.map((c) => [
      c.name,
      c.total,
      c.done,
      c.inProgress,
      c.open,
      c.blocked,
      c.overdue,
      c.done / c.total,
      c.percent === null ? null : c.percent / 100,
    ]),
    lang,
  );

  const byMeeting = pick('number', 'row', 'text', 'owners', 'ownerStatus', 'status', 'dueJalali', 'dueDate');
  byMeeting.push(...pick('daysOverdue', 'lastUpdate', 'lastNote', 'percent', 'seen'));
  const meetings = new Map<number, ReportRow[]>();
  for (const r of rows) meetings.set(r.res.meetingId, [...(meetings.get(r.res.meetingId) ?? []), r]);
  for (const group of meetings.values()) {
    const { meetingNumber, meetingDate } = group[0]!.res;
    // A meeting without a number is named by its Jalali date.
    const label = meetingNumber ? t.num(meetingNumber) : meetingDate ? formatJalali(meetingDate, lang) : '—';
    writeRows(newSheet(wb, names.next(t.meeting(label)), lang, 1), 1, byMeeting, group, opts);
  }

  const byCommittee = pick('number', 'meeting', 'text', 'status', 'dueJalali', 'dueDate', 'daysOverdue');
  byCommittee.push(...pick('lastUpdate', 'lastNote', 'percent', 'extensions'));
  for (const c of counts) {
    const ws = newSheet(wb, names.next(c.name), lang, 4);
    ws.getCell('A1').value = c.name;
    ws.getCell('A1').font = { ...FONT, size: 14, bold: true };
    const average = c.percent === null ? '' : ` · ${t.loop.averagePercent(c.percent)}`;
    ws.getCell('A2').value = t.statusOwnerLine(c.name, c.open, c.inProgress, c.blocked, c.overdue, c.done) + average;
    ws.getCell('A2').font = FONT;
    // The committee's own share of each item: its status, its lateness, its last word.
    const own = rows.flatMap((r) => {
      const [res] = narrowToOwners([r.res], [c.ownerId]);
      const a = res?.assignments[0];
      if (!res || !a || a.status === 'cancelled') return [];
      return [
        {
          res,
          status: a.status,
          daysOverdue: daysLate(res, today),
          lastUpdate: a.updatedAt,
          lastNote: a.lastNote,
          extensions: r.extensions,
          evidence: r.evidence,
        },
      ];
    });
    writeRows(ws, 4, byCommittee, own, opts);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
