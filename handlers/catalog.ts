// The one list of chat commands, in menu order. /help, the Telegram menu, Slack's registration and
// slack-manifest.yaml read the names, aliases and summaries here; a command's code is in its own module,
// imported on its first use, so a bot that starts and idles never loads what it is not asked for.
import type { Command, CommandHandler } from './context.js';

export interface CatalogEntry extends Omit<Command, 'run'> {
  load: () => Promise<{ handler: CommandHandler }>;
}

export const CATALOG: readonly CatalogEntry[] = [
  { name: 'start', summary: { fa: 'معرفی پیگیر', en: 'what peygir does' }, load: () => import('./start.js') },
  {
    name: 'help',
    aliases: ['راهنما'],
    summary: { fa: 'راهنمای دستورها', en: 'list of commands' },
    load: () => import('./help.js'),
  },
  {
    name: 'link',
    summary: { fa: 'اتصال این گروه به یک کمیته', en: 'bind this chat to a committee' },
    load: () => import('./link.js'),
  },
  { name: 'unlink', summary: { fa: 'قطع اتصال این گروه', en: 'unbind this chat' }, load: () => import('./unlink.js') },
  {
    name: 'list',
    summary: { fa: 'کارهای باز این گروه', en: 'this chat’s open items' },
    load: () => import('./list.js'),
  },
  {
    name: 'done',
    summary: { fa: 'گزارش انجام شدن مصوبه', en: 'report an item done' },
    load: () => import('./done.js'),
  },
  {
    name: 'progress',
    summary: { fa: 'گزارش در حال انجام بودن مصوبه', en: 'report an item in progress' },
    load: () => import('./progress.js'),
  },
  {
    name: 'seen',
    aliases: ['رویت'],
    summary: { fa: 'اعلام رویت مصوبات ابلاغ‌شده', en: 'acknowledge the items made known to this chat' },
    load: () => import('./seen.js'),
  },
  {
    name: 'extend',
    aliases: ['تمدید'],
    summary: { fa: 'درخواست تمدید مهلت از رئیس جلسه', en: 'ask the chair for more time' },
    load: () => import('./extend.js'),
  },
  {
    name: 'approve',
    aliases: ['تأیید', 'تایید'],
    summary: { fa: 'تأیید درخواست یک مصوبه (رئیس جلسه)', en: 'approve a request about an item (the chair)' },
    load: () => import('./approve.js'),
  },
  {
    name: 'decline',
    aliases: ['رد'],
    summary: {
      fa: 'رد درخواست یک مصوبه، با دلیل (رئیس جلسه)',
      en: 'decline a request about an item, with the reason (the chair)',
    },
    load: () => import('./decline.js'),
  },
  {
    name: 'blocked',
    summary: { fa: 'گزارش مانع، با دلیل', en: 'report an item blocked, with the reason' },
    load: () => import('./blocked.js'),
  },
  {
    name: 'note',
    summary: { fa: 'افزودن یادداشت به مصوبه', en: 'add a note to an item' },
    load: () => import('./note.js'),
  },
  {
    name: 'reopen',
    summary: { fa: 'باز کردن دوباره مصوبه انجام‌شده، با دلیل', en: 'reopen a done item, with the reason' },
    load: () => import('./reopen.js'),
  },
  {
    name: 'undo',
    summary: {
      fa: 'برگرداندن آخرین تغییر این گروه، یا پس گرفتن درخواستی که هنوز پاسخ نگرفته',
      en: 'revert this chat’s last change, or take back a request not answered yet',
    },
    load: () => import('./undo.js'),
  },
  {
    name: 'status',
    summary: { fa: 'وضعیت کلی مصوبات یا سابقه یک مصوبه', en: 'overview, or one item’s history' },
    load: () => import('./status.js'),
  },
  {
    name: 'schedule',
    summary: { fa: 'تنظیمات یادآوری کمیته‌ها', en: 'committees’ reminder settings' },
    load: () => import('./schedule.js'),
  },
  {
    name: 'meeting',
    aliases: ['جلسه'],
    summary: { fa: 'زمان جلسه بعدی', en: 'the next meeting' },
    load: () => import('./meeting.js'),
  },
  {
    name: 'snooze',
    summary: { fa: 'خاموش کردن یادآوری یک مصوبه تا مدتی', en: 'silence an item’s reminders for a while' },
    load: () => import('./snooze.js'),
  },
  {
    name: 'report',
    summary: { fa: 'فایل اکسل و نمودار پیشرفت مصوبات', en: 'Excel workbook and progress chart' },
    load: () => import('./report.js'),
  },
  {
    name: 'owner',
    summary: { fa: 'اصلاح متولی یک مصوبه', en: 'correct an item’s owners' },
    load: () => import('./owner.js'),
  },
  {
    name: 'deadline',
    summary: { fa: 'اصلاح مهلت یک مصوبه', en: 'correct an item’s deadline' },
    load: () => import('./deadline.js'),
  },
];

/**
 * A catalog entry as a Command: its module is imported by the first run. A failed import is not kept, so the
 * next message tries again; the dispatcher, whose run this is called from, stays the error boundary.
 */
export function lazyCommand({ load, ...meta }: CatalogEntry): Command {
  let loaded: CommandHandler | undefined;
  return {
    ...meta,
    async run(ctx) {
      loaded ??= (await load()).handler;
      return loaded.run(ctx);
    },
  };
}

export const CORE_COMMANDS: Command[] = CATALOG.map(lazyCommand);
