// The desk's home page (each committee's open, overdue and blocked items, the next meeting and what falls due
// before it, the latest changes) and the council's audit trail page with its CSV. Reached through
// `MESSAGES[lang].deskHome` and `MESSAGES[lang].deskAudit`.
import { toPersianDigits as p } from '../text.js';

export const DESK_HOME_FA = {
  title: 'پیشخوان',
  committees: 'متولیان',
  owner: 'متولی',
  open: 'باز',
  overdue: 'معوق',
  blocked: 'دارای مانع',
  council: 'همه شورا',
  noOwners: 'هنوز مصوبه بازی به متولی‌ای سپرده نشده است.',
  nextMeeting: 'جلسه بعدی',
  nextAt: (when: string) => `جلسه بعدی: ${when}`,
  nextNone: 'زمان جلسه بعدی تعیین نشده است.',
  setNext: 'تعیین جلسه بعدی',
  dueBefore: (n: number) => `${p(n)} مصوبه باز تا آن روز یا برای «جلسه بعدی» مهلت دارد`,
  recent: 'آخرین تغییرها',
  noRecent: 'هنوز تغییری ثبت نشده است.',
  allChanges: 'همه تغییرها',
  countOf: (what: string, n: number, owner: string) => `${what} ${owner}: ${p(n)}`,
  // Register filters the home page links to
  openOnly: 'فقط باز (انجام‌نشده)',
  dueBy: 'مهلت تا',
  dueByScope: (d: string) => `مهلت تا ${d} یا «جلسه بعدی»`,
  skip: 'رفتن به محتوای صفحه',
};

export type DeskHomeMessages = typeof DESK_HOME_FA;

export const DESK_HOME_EN: DeskHomeMessages = {
  title: 'Home',
  committees: 'Owners',
  owner: 'Owner',
  open: 'Open',
  overdue: 'Overdue',
  blocked: 'Blocked',
  council: 'Whole council',
  noOwners: 'No open resolution has an owner yet.',
  nextMeeting: 'Next meeting',
  nextAt: (when) => `Next meeting: ${when}`,
  nextNone: 'The next meeting has not been set.',
  setNext: 'Set the next meeting',
  dueBefore: (n) => `${n} open resolution(s) due by that day or at “the next meeting”`,
  recent: 'Latest changes',
  noRecent: 'Nothing has changed yet.',
  allChanges: 'All changes',
  countOf: (what, n, owner) => `${what} ${owner}: ${n}`,
  openOnly: 'Open only (not done)',
  dueBy: 'Due by',
  dueByScope: (d) => `due by ${d} or at “the next meeting”`,
  skip: 'Skip to the content',
};

export const DESK_AUDIT_FA = {
  title: 'سابقه تغییرها',
  hint: 'هر تغییر در شورا، از هر گفتگو یا از میز دبیرخانه: وضعیت‌ها، متن و متولی و مهلت مصوبه‌ها، جلسه‌ها، متولیان و تعطیلات. تازه‌ترین در بالا.',
  owner: 'متولی',
  item: 'شماره مصوبه',
  person: 'چه کسی',
  source: 'از کجا',
  anySource: 'همه',
  desk: 'میز دبیرخانه',
  chat: 'گفتگوها',
  from: 'از تاریخ',
  to: 'تا تاریخ',
  apply: 'نمایش',
  clear: 'پاک کردن فیلترها',
  csv: 'دریافت CSV همین فهرست',
  count: (n: number) => `${p(n)} تغییر`,
  none: 'تغییری با این فیلترها پیدا نشد.',
  badItem: (typed: string) => `«${typed}» شماره مصوبه نیست؛ یک عدد بنویسید، مثلاً ۱۲.`,
  itemLink: (n: number) => `مصوبه ${p(n)}`,
  ownerLink: (name: string) => `متولی ${name}`,
  meetingLink: 'جلسه',
  calendarLink: (y: number) => `تعطیلات ${p(y)}`,
  councilLink: 'جلسه بعدی',
  columns: { when: 'زمان', who: 'چه کسی', source: 'از کجا', subject: 'درباره', what: 'چه تغییری' },
};

export type DeskAuditMessages = typeof DESK_AUDIT_FA;

export const DESK_AUDIT_EN: DeskAuditMessages = {
  title: 'Audit trail',
  hint: 'Every change in the council, from any chat or the desk: statuses, resolutions’ text, owners and deadlines, meetings, owners and days off. Newest first.',
  owner: 'Owner',
  item: 'Resolution number',
  person: 'Who',
  source: 'From',
  anySource: 'Anywhere',
  desk: 'The desk',
  chat: 'Chats',
  from: 'From date',
  to: 'To date',
  apply: 'Show',
  clear: 'Clear filters',
  csv: 'Download this list as CSV',
  count: (n) => `${n} change(s)`,
  none: 'No change matches these filters.',
  badItem: (typed) => `“${typed}” is not a resolution number; type a number, such as 12.`,
  itemLink: (n) => `Resolution ${n}`,
  ownerLink: (name) => `Owner ${name}`,
  meetingLink: 'Meeting',
  calendarLink: (y) => `Days off ${y}`,
  councilLink: 'Next meeting',
  columns: { when: 'When', who: 'Who', source: 'From', subject: 'About', what: 'What changed' },
};
