// The follow-up loop's words: progress percentages, the notice of new items and its «seen». Spread into `fa` /
// `en` in i18n.ts under `loop`.
import { toPersianDigits as fa } from '../text.js';

export const LOOP_FA = {
  /** A percentage as shown in chat, on the desk and in the workbook. */
  percent: (p: number) => `${fa(p)}٪`,
  badPercent: (typed: string) =>
    `«${fa(typed)}» درصد پیشرفت درستی نیست: عددی از ۰ تا ۱۰۰ بنویسید، مثلاً /progress ۳ ۶۰٪ — چیزی تغییر نکرد.`,
  progressWith: (n: number, owner: string, p: number) => `مصوبه ${fa(n)} برای ${owner}: در حال انجام، ${fa(p)}٪.`,
  averagePercent: (p: number) => `میانگین پیشرفت ${fa(p)}٪`,
  historyPercent: (p: number) => `پیشرفت ${fa(p)}٪`,
  /** The notice of new items (ابلاغ) sent to an owner's chat. */
  noticeHeading: 'ابلاغ مصوبات',
  noticeAsk: 'لطفاً با دکمه «رویت شد» یا /seen و شماره‌ها دریافت را اعلام کنید.',
  noticeAgain: 'این مصوبات ابلاغ شده و هنوز رویت نشده است:',
  seenButton: '👁 رویت شد',
  needSeenNumber: 'شماره مصوبه‌ها را بنویسید، مثلاً /seen ۳ ۵',
  seen: (n: number, owners: string) => `رویت مصوبه ${fa(n)} برای ${owners} ثبت شد.`,
  alreadySeen: (n: number, when: string, who: string) => `مصوبه ${fa(n)} پیش‌تر رویت شده است (${who}، ${when}).`,
  historySeen: (when: string, who: string, owner: string) => `${when} — ${who} (${owner}): رویت شد`,
  seenLine: (owner: string, who: string, when: string) => `${owner}: رویت شد — ${who}، ${when}`,
  unseenLine: (owner: string) => `${owner}: هنوز رویت نشده`,
  seenTitle: 'رویت ابلاغ',
  progressColumn: 'درصد پیشرفت',
  seenBy: (who: string, when: string) => `${who}، ${when}`,
  notSeen: 'هنوز رویت نشده',
  unseenOwners: (names: string) => `رویت‌نشده: ${names}`,
};

export const LOOP_EN: typeof LOOP_FA = {
  percent: (p) => `${p}%`,
  badPercent: (typed) =>
    `“${typed}” is not a progress percentage: write a number from 0 to 100, e.g. /progress 3 60% — nothing changed.`,
  progressWith: (n, owner, p) => `Item ${n} for ${owner}: in progress, ${p}%.`,
  averagePercent: (p) => `average progress ${p}%`,
  historyPercent: (p) => `progress ${p}%`,
  noticeHeading: 'Items assigned to you',
  noticeAsk: 'Please acknowledge with the “Seen” button or /seen and the numbers.',
  noticeAgain: 'These items were assigned and not yet acknowledged:',
  seenButton: '👁 Seen',
  needSeenNumber: 'Write the item numbers, e.g. /seen 3 5',
  seen: (n, owners) => `Item ${n} acknowledged for ${owners}.`,
  alreadySeen: (n, when, who) => `Item ${n} was acknowledged already (${who}, ${when}).`,
  historySeen: (when, who, owner) => `${when} — ${who} (${owner}): seen`,
  seenLine: (owner, who, when) => `${owner}: seen — ${who}, ${when}`,
  unseenLine: (owner) => `${owner}: not seen yet`,
  seenTitle: 'Acknowledged',
  progressColumn: 'Progress',
  seenBy: (who, when) => `${who}, ${when}`,
  notSeen: 'not yet',
  unseenOwners: (names) => `Not seen: ${names}`,
};
