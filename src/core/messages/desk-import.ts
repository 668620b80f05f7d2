// The desk's import page: the upload form, the editable table of what the parser read, and its outcomes.
// Reached through `MESSAGES[lang].deskImport`; the preview's own words (doubts, changes) are `imp`'s.
import { toPersianDigits as p } from '../text.js';

export const DESK_IMPORT_FA = {
  title: 'ورود صورتجلسه',
  file: 'فایل صورتجلسه (.txt، .md یا .docx، تا ۱۰ مگابایت)',
  upload: 'خواندن فایل',
  noFile: 'فایلی انتخاب نشد؛ فایل صورتجلسه را انتخاب کنید.',
  badType: (name: string) => `«${name}» صورتجلسه خوانا نیست؛ فقط فایل‌های .txt، .md و .docx پذیرفته می‌شوند.`,
  tooBig: 'این فایل از ۱۰ مگابایت بزرگ‌تر است؛ چیزی ثبت نشد.',
  review: 'آنچه از صورتجلسه خوانده شد',
  reviewHint: 'پیش از تأیید، هر خانه را که درست خوانده نشده اصلاح کنید. خانه‌های علامت‌دار «(؟)» را حتماً بررسی کنید.',
  meeting: 'جلسه',
  number: 'شماره جلسه',
  date: 'تاریخ جلسه (شمسی)',
  chair: 'رئیس جلسه',
  secretary: 'دبیر جلسه',
  row: 'ردیف',
  publicNumber: 'شماره مصوبه',
  changes: 'تغییر',
  deadlineHint: 'تاریخ شمسی، «جلسه بعدی» یا خالی',
  warnings: 'هشدارهای خواندن',
  removeMissing: 'ردیف‌هایی را که در این فایل نیستند لغو کن',
  check: 'بررسی دوباره',
  unsure: 'نامطمئن',
  rowError: (row: number, why: string) => `ردیف ${p(row)}: ${why}`,
  conflict: (field: string) => `تعارض در ${field}: هم فایل و هم اصلاحی پس از ورود قبلی آن را تغییر داده‌اند`,
  keepChoice: (stored: string) => `اصلاح‌شده بماند: «${stored}»`,
  fileChoice: (file: string) => `طبق فایل: «${file}»`,
  chooseEach: (items: string) => `برای هر تعارض انتخاب کنید که اصلاح بماند یا مقدار فایل (${items})؛ چیزی ثبت نشد.`,
  done: (created: number, updated: number) =>
    `صورتجلسه ثبت شد: ${p(created)} مصوبه تازه، ${p(updated)} مصوبه به‌روز شد.`,
};

export type DeskImportMessages = typeof DESK_IMPORT_FA;

export const DESK_IMPORT_EN: DeskImportMessages = {
  title: 'Import minutes',
  file: 'Minutes file (.txt, .md or .docx, up to 10 MB)',
  upload: 'Read the file',
  noFile: 'No file was chosen; choose the minutes file.',
  badType: (name) => `“${name}” is not readable minutes; only .txt, .md and .docx files are accepted.`,
  tooBig: 'This file is larger than 10 MB; nothing was stored.',
  review: 'What the minutes say',
  reviewHint: 'Before confirming, correct any cell that was misread. Check the cells marked “(?)” in any case.',
  meeting: 'Meeting',
  number: 'Meeting number',
  date: 'Meeting date (Jalali)',
  chair: 'Chair',
  secretary: 'Secretary',
  row: 'Row',
  publicNumber: 'Resolution no.',
  changes: 'Change',
  deadlineHint: 'a Jalali date, “next meeting”, or empty',
  warnings: 'Reading warnings',
  removeMissing: 'Cancel the rows this file no longer has',
  check: 'Check again',
  unsure: 'unsure',
  rowError: (row, why) => `Row ${row}: ${why}`,
  conflict: (field) => `Conflict in the ${field}: both the file and a correction since the last import changed it`,
  keepChoice: (stored) => `Keep the correction: “${stored}”`,
  fileChoice: (file) => `Take the file: “${file}”`,
  chooseEach: (items) =>
    `Choose for each conflict whether the correction stays or the file’s value is taken (${items}); nothing was stored.`,
  done: (created, updated) => `Minutes imported: ${created} new, ${updated} updated.`,
};
