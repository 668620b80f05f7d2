// The columns of a report row, shared by the workbook and the CSV so both say the same thing.
import { formatJalali, formatJalaliDateTime } from '../core/calendar.js';
import { shareState } from '../core/format.js';
import { MESSAGES } from '../core/i18n.js';
import { averagePercent } from '../core/percent.js';
import type { Language } from '../core/types.js';
import type { ReportRow } from './data.js';

export type CellValue = string | number | Date | null;

export interface Column {
  key: string;
  header: { fa: string; en: string };
  /** Width in characters, so long Persian text wraps instead of running off. */
  width: number;
  wrap?: boolean;
  value(row: ReportRow, ctx: RowContext): CellValue;
}

export interface RowContext {
  lang: Language;
  timeZone: string;
}

/** A civil date as an Excel date cell: midnight UTC, which Excel shows as that day. */
export function dateCell(date: string | null): Date | null {
  return date ? new Date(`${date}T00:00:00Z`) : null;
}

const list = (lang: Language) => (lang === 'fa' ? '، ' : ', ');

export const COLUMNS: Column[] = [
  { key: 'meeting', header: { fa: 'جلسه', en: 'Meeting' }, width: 8, value: (r) => r.res.meetingNumber },
  { key: 'number', header: { fa: 'شماره', en: 'No.' }, width: 8, value: (r) => r.res.publicNumber },
  { key: 'row', header: { fa: 'ردیف', en: 'Row' }, width: 7, value: (r) => r.res.row },
  { key: 'text', header: { fa: 'متن مصوبه', en: 'Resolution' }, width: 60, wrap: true, value: (r) => r.res.text },
  {
    key: 'owners',
    header: { fa: 'متولیان', en: 'Owners' },
    width: 28,
    wrap: true,
    value: (r, c) => r.res.assignments.map((a) => a.ownerName).join(list(c.lang)),
  },
  {
    key: 'ownerStatus',
    header: { fa: 'وضعیت هر متولی', en: 'Status per owner' },
    width: 36,
    wrap: true,
    value: (r, c) => r.res.assignments.map((a) => `${a.ownerName}: ${shareState(a, c.lang)}`).join('\n'),
  },
  {
    key: 'status',
    header: { fa: 'وضعیت', en: 'Status' },
    width: 14,
    value: (r, c) => MESSAGES[c.lang].status[r.status],
  },
  {
    key: 'dueJalali',
    header: { fa: 'مهلت (شمسی)', en: 'Due (Jalali)' },
    width: 14,
    value: (r, c) =>
      r.res.dueAtNextMeeting
        ? MESSAGES[c.lang].nextMeetingWord
        : r.res.dueDate
          ? formatJalali(r.res.dueDate, c.lang)
          : r.res.deadlineText,
  },
  { key: 'dueDate', header: { fa: 'مهلت (میلادی)', en: 'Due date' }, width: 13, value: (r) => dateCell(r.res.dueDate) },
  {
    key: 'daysOverdue',
    header: { fa: 'روز تأخیر', en: 'Days overdue' },
    width: 10,
    value: (r) => (r.daysOverdue > 0 ? r.daysOverdue : null),
  },
  {
    key: 'lastUpdate',
    header: { fa: 'آخرین به‌روزرسانی', en: 'Last update' },
    width: 18,
    value: (r, c) => (r.lastUpdate ? formatJalaliDateTime(r.lastUpdate, c.timeZone, c.lang) : null),
  },
  {
    key: 'lastNote',
    header: { fa: 'آخرین یادداشت', en: 'Last note' },
    width: 40,
    wrap: true,
    value: (r) => r.lastNote,
  },
  {
    key: 'percent',
    header: { fa: 'درصد پیشرفت', en: 'Progress %' },
    width: 11,
    value: (r) => averagePercent(r.res.assignments),
  },
  {
    key: 'extensions',
    header: { fa: 'تعداد تمدید', en: 'Extensions' },
    width: 10,
    value: (r) => r.extensions,
  },
  {
    key: 'evidence',
    header: { fa: 'توضیحات و مستندات', en: 'Notes and evidence' },
    width: 40,
    wrap: true,
    value: (r) => (r.evidence.length > 0 ? r.evidence.join('\n') : null),
  },
  {
    key: 'seen',
    header: { fa: 'رویت ابلاغ', en: 'Acknowledged' },
    width: 30,
    wrap: true,
    value: (r, c) =>
      r.res.assignments
        .filter((a) => a.status !== 'cancelled')
        .map((a) => {
          const t = MESSAGES[c.lang].loop;
          return a.seenAt
            ? t.seenLine(a.ownerName, a.seenBy ?? '', formatJalaliDateTime(a.seenAt, c.timeZone, c.lang))
            : t.unseenLine(a.ownerName);
        })
        .join('\n'),
  },
];
