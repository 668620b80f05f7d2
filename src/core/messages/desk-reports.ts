// The desk's reports page: the register's filters in words, their totals, and the /report files for them.
// Reached through `MESSAGES[lang].deskReports`.
import { toPersianDigits as p } from '../text.js';

export const DESK_REPORTS_FA = {
  title: 'گزارش مصوبات',
  link: 'گزارش و فایل‌ها',
  scope: 'محدوده',
  everything: 'همه مصوبات، بی فیلتر',
  ownerScope: (name: string) => `متولی: ${name} (فقط سهم همین متولی شمرده می‌شود)`,
  statusScope: (status: string) => `وضعیت: ${status}`,
  meetingScope: (n: string) => `جلسه ${p(n)}`,
  fromScope: (d: string) => `جلسه‌های از ${d}`,
  toScope: (d: string) => `جلسه‌های تا ${d}`,
  textScope: (q: string) => `متن شامل «${q}»`,
  downloads: 'دریافت',
  workbook: 'فایل اکسل (.xlsx)',
  csv: 'جدول CSV (.csv)',
  chart: 'نمودار پیشرفت (.png)',
  followup: 'گزارش پیگیری مصوبات (.docx)',
  hint: 'همان فایل‌هایی که فرمان /report در گفتگو می‌فرستد، برای مصوبه‌های همین فیلترها.',
  back: 'بازگشت به دفتر با همین فیلترها',
  nothing: 'مصوبه‌ای با این فیلترها نیست؛ فایلی برای دریافت ساخته نمی‌شود.',
  fileWorkbook: 'گزارش-مصوبات',
  fileChart: 'نمودار-پیشرفت',
  fileFollowup: 'گزارش-پیگیری-مصوبات',
  letterheadLeftOut: (why: string) =>
    `گزارش پیگیری بدون تصویر سربرگ ساخته می‌شود: فایل تصویر سربرگ ${why}. لطفاً به مسئول فنی خبر دهید.`,
};

export type DeskReportsMessages = typeof DESK_REPORTS_FA;

export const DESK_REPORTS_EN: DeskReportsMessages = {
  title: 'Resolutions report',
  link: 'Report and files',
  scope: 'Scope',
  everything: 'All resolutions, no filter',
  ownerScope: (name) => `Owner: ${name} (only this owner’s share is counted)`,
  statusScope: (status) => `Status: ${status}`,
  meetingScope: (n) => `Meeting ${n}`,
  fromScope: (d) => `meetings from ${d}`,
  toScope: (d) => `meetings up to ${d}`,
  textScope: (q) => `text containing “${q}”`,
  downloads: 'Download',
  workbook: 'Excel workbook (.xlsx)',
  csv: 'CSV table (.csv)',
  chart: 'Progress chart (.png)',
  followup: 'Follow-up of resolutions (.docx)',
  hint: 'The same files /report sends in chat, for the resolutions these filters select.',
  back: 'Back to the register with these filters',
  nothing: 'No resolution matches these filters; there is nothing to download.',
  fileWorkbook: 'peygir-report',
  fileChart: 'peygir-chart',
  fileFollowup: 'peygir-followup',
  letterheadLeftOut: (why) =>
    `The follow-up report is made without its letterhead image: the file ${why}. Please tell whoever runs peygir.`,
};
