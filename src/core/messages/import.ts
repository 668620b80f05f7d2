// What the minutes preview says about the meeting it matches, each row's changes, and the fields the parser
// is unsure of — in chat and on the command line. Reached through `MESSAGES[lang].imp` in i18n.ts.
import { toPersianDigits as fa } from '../text.js';

export const IMP_FA = {
  doubt: ' (؟)',
  doubtNote: 'موارد علامت‌دار «(؟)» را پیش از تأیید بررسی کنید؛ خواندن آن‌ها مطمئن نبود.',
  followUps: (n: number) =>
    `${fa(n)} بند گزارش پیگیری مصوبات قبل است و مصوبه تازه نیست؛ ذخیره نمی‌شود (وضعیت آن‌ها را در مصوبه‌های قبلی ثبت کنید):`,
  noNumber: 'این فایل شماره جلسه ندارد',
  noDate: 'تاریخ نامعلوم',
  /** The date as the minutes spell it, beside the date read, where the two are not written alike. */
  asWritten: (written: string) => ` (در متن: ${written})`,
  people: (chair: string, secretary: string) => `رئیس جلسه: ${chair} · دبیر: ${secretary}`,
  unknown: '؟',
  newMeeting: 'جلسه تازه‌ای ثبت می‌شود.',
  askDateDiffers: (n: string, stored: string, file: string) =>
    `جلسه ${fa(n)} با تاریخ ${stored} قبلاً ثبت شده، ولی تاریخ این فایل ${file} است. این فایل همان جلسه است یا جلسه‌ای تازه؟`,
  askNoNumber: (stored: string) =>
    `این فایل شماره جلسه ندارد و ممکن است همان ${stored} باشد که قبلاً ثبت شده است. آن را به‌روز کنم یا جلسه تازه ثبت کنم؟`,
  askDateUnknown: (n: string, stored: string) =>
    `جلسه ${fa(n)} (${stored}) قبلاً ثبت شده، ولی تاریخ یکی از این دو معلوم نیست. همان جلسه است یا جلسه‌ای تازه؟`,
  storedMeeting: (n: string | null, date: string) => (n ? `جلسه ${fa(n)} (${date})` : `جلسه ${date}`),
  updateButton: (n: string) => `✅ به‌روز کردن ${n}`,
  newButton: '🆕 ثبت جلسه تازه',
  removeMissingButton: '✅ تأیید و لغو ردیف‌های غایب',
  isNew: 'تازه',
  unchanged: 'بدون تغییر',
  moved: (from: number, to: number) => `از ردیف ${fa(from)} به ردیف ${fa(to)} می‌رود`,
  textApply: (from: string, to: string) => `متن از «${from}» به «${to}» تغییر می‌کند`,
  deadlineApply: (from: string, to: string) => `مهلت از «${from}» به «${to}» تغییر می‌کند`,
  wordingApply: (from: string, to: string) => `نوشته مهلت از «${from}» به «${to}» تغییر می‌کند`,
  ownersApply: (from: string, to: string) => `متولیان از «${from}» به «${to}» تغییر می‌کند`,
  // A field corrected since the last import that the file did not change: the correction stays.
  textKept: (stored: string, file: string) => `متن «${stored}»: اصلاح‌شده — حفظ شد (در فایل: «${file}»)`,
  deadlineKept: (stored: string, file: string) => `مهلت «${stored}»: اصلاح‌شده — حفظ شد (در فایل: «${file}»)`,
  ownersKept: (stored: string, file: string) => `متولیان «${stored}»: اصلاح‌شده — حفظ شد (در فایل: «${file}»)`,
  field: { text: 'متن', deadline: 'مهلت' },
  conflict: (field: string, stored: string, file: string) => `تعارض در ${field}: اصلاح‌شده «${stored}»، فایل «${file}»`,
  chosen: (stored: boolean): string => (stored ? ' — انتخاب: اصلاح‌شده بماند' : ' — انتخاب: طبق فایل'),
  undecided: ' — دبیر انتخاب کند',
  conflictsNote: (n: number) =>
    `${fa(n)} تعارض: این موارد را هم فایل و هم اصلاحی پس از ورود قبلی تغییر داده‌اند. پیش از تأیید برای هر کدام انتخاب کنید که اصلاح بماند یا مقدار فایل.`,
  keepButton: (n: number, field: string) => `[${fa(n)}] ${field}: اصلاح بماند`,
  fileButton: (n: number, field: string) => `[${fa(n)}] ${field}: طبق فایل`,
  keepAllButton: 'همه: اصلاح‌ها بمانند',
  fileAllButton: 'همه: طبق فایل',
  chooseAgainButton: '↺ انتخاب دوباره',
  noDeadline: 'بدون مهلت',
  nextMeeting: 'جلسه بعدی',
  noOwner: 'هیچ',
  kept: (name: string, status: string) => `${name} گزارش داده («${status}») و می‌ماند تا دبیر تصمیم بگیرد (/owner)`,
  row: (n: number) => `ردیف ${fa(n)}`,
  missing: (n: number, row: number) =>
    `مصوبه ${fa(n)} (ردیف ${fa(row)}) در این فایل نیست؛ نگه داشته می‌شود مگر دبیر لغوش کند.`,
  // The command line's questions and last line after the preview, in the preview's language.
  cliConfirm: 'این مصوبه‌ها ثبت شوند؟',
  cliSameMeeting: (stored: string) => `این فایل همان ${stored} است که قبلاً ثبت شده؟ (نه = ثبت جلسه تازه)`,
  cliKeepCorrection: (n: number, field: string, stored: string, file: string) =>
    `مصوبه ${fa(n)}، ${field}: اصلاح «${stored}» بماند؟ (نه = مقدار فایل «${file}»)`,
  cliDryRun: 'فقط پیش‌نمایش بود؛ چیزی ثبت نشد.',
  cliCancelled: 'لغو شد؛ چیزی ثبت نشد.',
};

export type ImpMessages = typeof IMP_FA;

export const IMP_EN: ImpMessages = {
  doubt: ' (?)',
  doubtNote: 'Check the fields marked “(?)” before confirming: the parser was unsure of them.',
  followUps: (n: number) =>
    `${n} ${n === 1 ? 'entry follows' : 'entries follow'} up earlier resolutions (old business), not new ones; not stored (record their status on the earlier items):`,
  noNumber: 'This file has no meeting number',
  noDate: 'unknown date',
  asWritten: (written) => ` (written: ${written})`,
  people: (chair, secretary) => `Chair: ${chair} · Secretary: ${secretary}`,
  unknown: '?',
  newMeeting: 'A new meeting will be stored.',
  askDateDiffers: (n, stored, file) =>
    `Meeting ${n} of ${stored} is already stored, but this file is dated ${file}. Is it the same meeting or a new one?`,
  askNoNumber: (stored) =>
    `This file has no meeting number and may be ${stored}, stored before. Update that meeting or store a new one?`,
  askDateUnknown: (n, stored) =>
    `Meeting ${n} (${stored}) is already stored, but one of the two dates is unknown. Same meeting or a new one?`,
  storedMeeting: (n, date) => (n ? `meeting ${n} (${date})` : `the meeting of ${date}`),
  updateButton: (n) => `✅ Update ${n}`,
  newButton: '🆕 Store a new meeting',
  removeMissingButton: '✅ Confirm and cancel the missing rows',
  isNew: 'new',
  unchanged: 'unchanged',
  moved: (from, to) => `moves from row ${from} to row ${to}`,
  textApply: (from, to) => `text changes from “${from}” to “${to}”`,
  deadlineApply: (from, to) => `deadline changes from “${from}” to “${to}”`,
  wordingApply: (from, to) => `the deadline’s wording changes from “${from}” to “${to}”`,
  ownersApply: (from, to) => `owners change from “${from}” to “${to}”`,
  textKept: (stored, file) => `text “${stored}”: corrected — kept (the file: “${file}”)`,
  deadlineKept: (stored, file) => `deadline “${stored}”: corrected — kept (the file: “${file}”)`,
  ownersKept: (stored, file) => `owners “${stored}”: corrected — kept (the file: “${file}”)`,
  field: { text: 'text', deadline: 'deadline' },
  conflict: (field, stored, file) => `conflict in the ${field}: corrected “${stored}”, the file “${file}”`,
  chosen: (stored) => (stored ? ' — chosen: keep the correction' : ' — chosen: take the file'),
  undecided: ' — the secretary decides',
  conflictsNote: (n) =>
    `${n} conflict(s): both the file and a correction made since the last import changed these. Before confirming, choose for each whether the correction stays or the file’s value is taken.`,
  keepButton: (n, field) => `[${n}] ${field}: keep the correction`,
  fileButton: (n, field) => `[${n}] ${field}: take the file`,
  keepAllButton: 'All: keep the corrections',
  fileAllButton: 'All: take the file',
  chooseAgainButton: '↺ Choose again',
  noDeadline: 'no deadline',
  nextMeeting: 'the next meeting',
  noOwner: 'none',
  kept: (name, status) => `${name} has reported (“${status}”) and stays until the secretary decides (/owner)`,
  row: (n) => `row ${n}`,
  missing: (n, row) => `Item ${n} (row ${row}) is not in this file; it is kept unless the secretary cancels it.`,
  cliConfirm: 'Import these resolutions?',
  cliSameMeeting: (stored) => `Is this file ${stored}, stored before? (no = store a new meeting)`,
  cliKeepCorrection: (n, field, stored, file) =>
    `Item ${n}, ${field}: keep the correction “${stored}”? (no = take the file’s “${file}”)`,
  cliDryRun: 'Dry run: nothing was stored.',
  cliCancelled: 'Cancelled: nothing was stored.',
};
