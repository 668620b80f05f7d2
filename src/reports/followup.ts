// «گزارش پیگیری مصوبات»: the follow-up report as a Word document, ready to attach to the next meeting's
// agenda. Right to left in Persian (bidi paragraphs, a table laid out from the right), the letterhead, the
// council's name, the meetings it covers and its date in the page header, then one table row per item:
// ردیف · مصوبه · متولی · مهلت · وضعیت · درصد پیشرفت · توضیحات و مستندات. An item with several owners gives
// each owner a line of its own in the owner, status and progress columns; the other cells span them. Dates are
// Jalali and numbers Persian (Latin in English); the font is Vazirmatn, named, not embedded.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  ImageRun,
  Packer,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import { civilDate, formatJalali, formatJalaliDateTime } from '../core/calendar.js';
import { buildDigest } from '../core/digest.js';
import { MESSAGES } from '../core/i18n.js';
import { sharePercent } from '../core/percent.js';
import type { AssignmentView, Store } from '../core/ports.js';
import type { Attachment, Language } from '../core/types.js';
import { fileStamp, type ReportRow } from './data.js';
import { type LetterheadProblem, logLetterheadProblem, type ReportLog, readLetterheadImage } from './letterhead.js';
import { remarks } from './remarks.js';

export const FONT = 'Vazirmatn';
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const FOLLOWUP_LABELS = {
  title: { fa: 'گزارش پیگیری مصوبات', en: 'Follow-up of resolutions' },
  columns: {
    fa: ['ردیف', 'مصوبه', 'متولی', 'مهلت', 'وضعیت', 'درصد پیشرفت', 'توضیحات و مستندات'],
    en: ['No.', 'Resolution', 'Owner', 'Deadline', 'Status', 'Progress', 'Notes and evidence'],
  },
  /** The files' names: Persian where the name may be, and an ASCII one beside it. */
  fileName: { fa: 'گزارش-پیگیری-مصوبات', en: 'peygir-followup' },
  caption: {
    fa: 'گزارش پیگیری مصوبات (فایل Word، برای پیوست دستور جلسه)',
    en: 'Follow-up of resolutions (a Word file, to attach to the agenda)',
  },
  date: { fa: (d: string) => `تاریخ گزارش: ${d}`, en: (d: string) => `Date: ${d}` },
  nextMeeting: { fa: (d: string) => `برای جلسه آینده، ${d}`, en: (d: string) => `For the next meeting, ${d}` },
  meetings: { fa: (m: string) => `مصوبات ${m}`, en: (m: string) => `Resolutions of ${m}` },
  manyMeetings: {
    fa: (n: string, from: string, to: string) => `مصوبات ${n} جلسه، از ${from} تا ${to}`,
    en: (n: string, from: string, to: string) => `Resolutions of ${n} meetings, ${from} to ${to}`,
  },
  and: { fa: ' و ', en: ' and ' },
  noDeadline: { fa: 'بدون مهلت', en: 'no deadline' },
  extensions: { fa: (n: string) => `${n} بار تمدید`, en: (n: string) => `extended ${n}×` },
  noOwner: { fa: 'بی متولی', en: 'no owner' },
};

/** The configuration's letterhead, as read once per report. */
export interface LetterheadSettings {
  /** Lines of text, separated by «|». */
  text?: string;
  /**
   * A PNG or JPEG file (the configuration checked it at start-up; each report reads it again, and leaves it out
   * when it is gone or no longer an image).
   */
  image?: string;
}

export interface FollowupOptions {
  lang: Language;
  timeZone: string;
  today: string;
  councilName: string;
  /** What the report is narrowed to (a committee, a meeting, a range), in words. */
  scope?: readonly string[];
  nextMeetingAt?: Date | null;
  letterhead?: LetterheadSettings;
  /** Where a letterhead image left out is logged (a warning). */
  log?: ReportLog;
}

/** The report's bytes, and why the letterhead image was left out of it when it was. */
export interface FollowupDocx {
  data: Buffer;
  imageLeftOut: LetterheadProblem | null;
}

// A4 landscape, 1.5 cm margins: 26.7 cm of text, in twentieths of a point.
const CM = 567;
const PAGE = { width: Math.round(29.7 * CM), height: Math.round(21 * CM), margin: Math.round(1.5 * CM) };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
/** Each column's share of the width, in the order of FOLLOWUP_LABELS.columns. */
const SHARES = [5, 33, 14, 10, 11, 8, 19];
const WIDTHS = SHARES.map((s) => Math.floor((TEXT_WIDTH * s) / 100));
const HEADER_FILL = '1F4E79';
const LATE_FILL = 'FDE2E2';
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };
const BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};

interface Ctx {
  lang: Language;
  rtl: boolean;
}

function para(ctx: Ctx, text: string, opts: { bold?: boolean; size?: number; center?: boolean; color?: string } = {}) {
  // Spacing, font and direction of runs come from the document's defaults: a report of a thousand items writes
  // tens of thousands of paragraphs, and each property repeated on each of them costs time to pack.
  const plain = !opts.bold && !opts.size && !opts.color;
  return new Paragraph({
    bidirectional: ctx.rtl,
    // Left unset otherwise: a bidi paragraph starts on the right by itself, and older Words misread «start».
    ...(opts.center ? { alignment: AlignmentType.CENTER } : {}),
    children: [
      plain
        ? new TextRun(text)
        : new TextRun({
            text,
            bold: opts.bold,
            boldComplexScript: opts.bold,
            size: opts.size,
            sizeComplexScript: opts.size,
            color: opts.color,
          }),
    ],
  });
}

/**
 * Text as Word can hold it: XML 1.0 has no place for most control characters (a vertical tab from a pasted
 * minutes file would make the whole document unreadable), and a line break within a note starts a paragraph.
 */
const XML_INVALID =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const wordLines = (lines: readonly string[]) => lines.flatMap((l) => l.replace(XML_INVALID, ' ').split(/\r\n|\r|\n/));

function cell(ctx: Ctx, lines: readonly string[], opts: { rows?: number; fill?: string } = {}) {
  return new TableCell({
    ...(opts.rows && opts.rows > 1 ? { rowSpan: opts.rows } : {}),
    ...(opts.fill ? { shading: { type: ShadingType.CLEAR, fill: opts.fill, color: 'auto' } } : {}),
    // A cell holds at least one paragraph; each line is a paragraph of its own, as a secretary would type it.
    children: wordLines(lines.length > 0 ? lines : ['']).map((l) => para(ctx, l)),
  });
}

/** The deadline as the chair reads it: a Jalali date, the next meeting or the words of the minutes. */
function deadlineLines(row: ReportRow, ctx: Ctx): string[] {
  const t = MESSAGES[ctx.lang];
  const L = FOLLOWUP_LABELS;
  const { res } = row;
  const due = res.dueAtNextMeeting
    ? t.nextMeetingWord
    : res.dueDate
      ? formatJalali(res.dueDate, ctx.lang)
      : (res.deadlineText ?? L.noDeadline[ctx.lang]);
  const lines = [due];
  if (row.daysOverdue > 0) lines.push(t.daysOverdue(row.daysOverdue));
  if (row.extensions > 0) lines.push(L.extensions[ctx.lang](t.num(row.extensions)));
  return lines;
}

function percentText(a: AssignmentView, ctx: Ctx): string {
  const p = sharePercent(a);
  return p === null ? '—' : MESSAGES[ctx.lang].loop.percent(p);
}

/** One item: a row per owner, the item's own cells spanning them all. */
function itemRows(row: ReportRow, ctx: Ctx, timeZone: string): TableRow[] {
  const t = MESSAGES[ctx.lang];
  const { res } = row;
  const shares = res.assignments;
  const span = Math.max(shares.length, 1);
  const meeting = [
    res.meetingNumber ? t.meeting(t.num(res.meetingNumber)) : null,
    res.meetingDate ? formatJalali(res.meetingDate, ctx.lang) : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const share = (a: AssignmentView | undefined) =>
    a
      ? [cell(ctx, [a.ownerName]), cell(ctx, [t.status[a.status]]), cell(ctx, [percentText(a, ctx)])]
      : [cell(ctx, [FOLLOWUP_LABELS.noOwner[ctx.lang]]), cell(ctx, [t.status[row.status]]), cell(ctx, [])];
  const [own, status, percent] = share(shares[0]);
  const first = new TableRow({
    cantSplit: true,
    children: [
      cell(ctx, [t.num(res.publicNumber)], { rows: span }),
      cell(ctx, meeting ? [res.text, meeting] : [res.text], { rows: span }),
      own!,
      cell(ctx, deadlineLines(row, ctx), { rows: span, fill: row.daysOverdue > 0 ? LATE_FILL : undefined }),
      status!,
      percent!,
      cell(ctx, remarks(row, ctx.lang, timeZone), { rows: span }),
    ],
  });
  return [first, ...shares.slice(1).map((a) => new TableRow({ cantSplit: true, children: share(a) }))];
}

function table(rows: ReportRow[], ctx: Ctx, timeZone: string): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: FOLLOWUP_LABELS.columns[ctx.lang].map(
      (h) =>
        new TableCell({
          verticalAlign: VerticalAlignTable.CENTER,
          shading: { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' },
          children: [para(ctx, h, { bold: true, center: true, color: 'FFFFFF' })],
        }),
    ),
  });
  return new Table({
    visuallyRightToLeft: ctx.rtl,
    layout: TableLayoutType.FIXED,
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: WIDTHS,
    borders: BORDERS,
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    rows: [header, ...rows.flatMap((r) => itemRows(r, ctx, timeZone))],
  });
}

/** «جلسه ۵۵ (۱۴۰۱/۰۷/۲۵) و جلسه ۵۶ (…)», or their count and span when there are many. */
function meetingsLine(rows: ReportRow[], ctx: Ctx): string | null {
  const t = MESSAGES[ctx.lang];
  const L = FOLLOWUP_LABELS;
  const seen = new Map<number, { number: string | null; date: string | null }>();
  for (const { res } of rows) seen.set(res.meetingId, { number: res.meetingNumber, date: res.meetingDate });
  const meetings = [...seen.values()].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  if (meetings.length === 0) return null;
  const date = (d: string | null) => (d ? formatJalali(d, ctx.lang) : '—');
  if (meetings.length > 3) {
    const dated = meetings.filter((m) => m.date);
    if (dated.length > 0) {
      return L.manyMeetings[ctx.lang](t.num(meetings.length), date(dated[0]!.date), date(dated.at(-1)!.date));
    }
  }
  const named = meetings.map((m) => {
    const name = m.number ? t.meeting(t.num(m.number)) : t.meeting(date(m.date));
    return m.number && m.date ? `${name} (${date(m.date)})` : name;
  });
  return L.meetings[ctx.lang](named.join(L.and[ctx.lang]));
}

/** The letterhead image across the page's width at most, in pixels at 96 to the inch; or why it cannot be. */
async function letterheadImage(path: string): Promise<ImageRun | LetterheadProblem> {
  const read = await readLetterheadImage(path);
  if ('problem' in read) return read.problem;
  const { data, info } = read.image;
  const maxWidth = Math.floor((TEXT_WIDTH / 1440) * 96);
  const maxHeight = 120;
  const scale = Math.min(1, maxWidth / info.width, maxHeight / info.height);
  return new ImageRun({
    type: info.type,
    data,
    transformation: { width: Math.round(info.width * scale), height: Math.round(info.height * scale) },
    altText: { name: 'letterhead', description: 'letterhead', title: 'letterhead' },
  });
}

async function pageHeader(
  rows: ReportRow[],
  opts: FollowupOptions,
  ctx: Ctx,
): Promise<{ header: Header; imageLeftOut: LetterheadProblem | null }> {
  const L = FOLLOWUP_LABELS;
  const { lang } = opts;
  const children: Paragraph[] = [];
  let imageLeftOut: LetterheadProblem | null = null;
  if (opts.letterhead?.image) {
    const image = await letterheadImage(opts.letterhead.image);
    if (image instanceof ImageRun) {
      children.push(new Paragraph({ bidirectional: ctx.rtl, alignment: AlignmentType.CENTER, children: [image] }));
    } else {
      // The rest of the letterhead (its lines, the council) heads the page as it would without an image.
      imageLeftOut = image;
      logLetterheadProblem(opts.log, image);
    }
  }
  const lines = (opts.letterhead?.text ?? '')
    .split('|')
    .map((l) => l.trim())
    .filter(Boolean);
  for (const l of lines) children.push(para(ctx, l, { bold: true, center: true }));
  if (!lines.includes(opts.councilName))
    children.push(para(ctx, opts.councilName, { bold: true, center: true, size: 26 }));
  const meetings = meetingsLine(rows, ctx);
  if (meetings) children.push(para(ctx, meetings, { center: true }));
  const next = opts.nextMeetingAt;
  // A meeting already held is not the one this report prepares for.
  if (next && civilDate(next, opts.timeZone) >= opts.today) {
    children.push(para(ctx, L.nextMeeting[lang](formatJalaliDateTime(next, opts.timeZone, lang)), { center: true }));
  }
  children.push(para(ctx, L.date[lang](formatJalali(opts.today, lang)), { center: true }));
  return { header: new Header({ children }), imageLeftOut };
}

/**
 * The report as .docx bytes. A letterhead image that cannot be used (removed or replaced since start-up) is left
 * out and logged, and the result says why, for the note the secretariat is shown where it asked for the report.
 */
export async function buildFollowupDocx(rows: ReportRow[], opts: FollowupOptions): Promise<FollowupDocx> {
  const { lang } = opts;
  const ctx: Ctx = { lang, rtl: lang === 'fa' };
  const t = MESSAGES[lang];
  const L = FOLLOWUP_LABELS;
  const digest = buildDigest(
    rows.map((r) => r.res),
    opts.today,
  );
  const intro = [
    para(ctx, L.title[lang], { bold: true, size: 32, center: true }),
    ...wordLines(opts.scope ?? []).map((s) => para(ctx, s, { center: true })),
    para(ctx, t.statusTotals(digest.total, digest.done, digest.open, digest.overdue), { center: true }),
    para(ctx, ''),
  ];
  const { header, imageLeftOut } = await pageHeader(rows, opts, ctx);
  const doc = new Document({
    creator: 'peygir',
    title: L.title[lang],
    styles: {
      default: {
        document: {
          run: {
            font: { ascii: FONT, hAnsi: FONT, cs: FONT, eastAsia: FONT },
            size: 20,
            sizeComplexScript: 20,
            rightToLeft: ctx.rtl,
            language: { value: lang === 'fa' ? 'fa-IR' : 'en-US', bidirectional: 'fa-IR' },
          },
          paragraph: { spacing: { before: 20, after: 20 } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            // docx takes a landscape page's size as the portrait sheet's and turns it.
            size: { width: PAGE.height, height: PAGE.width, orientation: PageOrientation.LANDSCAPE },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin },
          },
        },
        headers: { default: header },
        children: [...intro, table(rows, ctx, opts.timeZone)],
      },
    ],
  });
  return { data: await Packer.toBuffer(doc), imageLeftOut };
}

export interface FollowupScope {
  lang: Language;
  timeZone: string;
  today: string;
  /** What the report is narrowed to, in words (none for the whole council). */
  labels: readonly string[];
  letterhead?: LetterheadSettings;
  log?: ReportLog;
}

/** The report as a file, and why its letterhead image was left out when it was. */
export interface FollowupFile {
  file: Attachment;
  imageLeftOut: LetterheadProblem | null;
}

/**
 * The report as a file for a chat, the pre-meeting digest or the command line, named by its date and scope
 * like the workbook (`peygir-followup-1401-09-10-کمیته-فاوا.docx`); the council's name and next meeting are
 * read from the store as they are now.
 */
export async function followupAttachment(
  store: Pick<Store, 'getCouncil'>,
  rows: ReportRow[],
  scope: FollowupScope,
): Promise<FollowupFile> {
  const council = await store.getCouncil();
  const { data, imageLeftOut } = await buildFollowupDocx(rows, {
    ...scope,
    scope: scope.labels,
    councilName: council.name,
    nextMeetingAt: council.nextMeetingAt,
  });
  return {
    file: {
      name: `${FOLLOWUP_LABELS.fileName.en}-${fileStamp(scope.today, scope.labels)}.docx`,
      mime: DOCX_MIME,
      data,
      caption: FOLLOWUP_LABELS.caption[scope.lang],
    },
    imageLeftOut,
  };
}

/** The note the secretariat reads where it asked for a report whose letterhead image was left out. */
export function letterheadNote(problem: LetterheadProblem, lang: Language): string {
  const t = MESSAGES[lang];
  return t.letterheadLeftOut(t.letterheadFault[problem.fault]);
}
