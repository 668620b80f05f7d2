// Sentences only the messenger adapter says (life-cycle reports to the chair). Kept beside the adapter so
// the shared message catalogue stays about commands.
import { toPersianDigits } from '../../core/text.js';
import type { Language } from '../../core/types.js';

export const LIFECYCLE_MESSAGES: Record<
  Language,
  {
    removed: (where: string, owners: string, reason: string) => string;
    unnamedChat: (id: string) => string;
    removedBy: (name: string) => string;
    blockedBy: (name: string) => string;
  }
> = {
  fa: {
    removed: (where, owners, reason) =>
      `پیگیر دیگر به «${where}» دسترسی ندارد (${reason}). اتصال آن به ${owners} غیرفعال شد و یادآوری‌هایش متوقف است. ` +
      'برای ادامه، ربات را دوباره به گروه اضافه کنید و در آن بنویسید: /link نام کمیته',
    unnamedChat: (id) => `گفتگوی ${toPersianDigits(id)}`,
    removedBy: (name) => `ربات را ${name} از گروه حذف کرد`,
    blockedBy: (name) => `${name} ربات را مسدود کرد`,
  },
  en: {
    removed: (where, owners, reason) =>
      `peygir can no longer reach “${where}” (${reason}). Its link to ${owners} is disabled and its reminders are paused. ` +
      'To resume, add the bot to the chat again and write there: /link committee name',
    unnamedChat: (id) => `chat ${id}`,
    removedBy: (name) => `${name} removed the bot`,
    blockedBy: (name) => `${name} blocked the bot`,
  },
};
