// What peygir says about the messengers themselves rather than about resolutions: a chat it lost, and a
// permission the bot lacks there.
import { toPersianDigits } from '../text.js';

export const MESSENGER_FA = {
  chatRemoved: (where: string, owners: string, reason: string) =>
    `پیگیر دیگر به «${where}» دسترسی ندارد (${reason}). اتصال آن به ${owners} غیرفعال شد و یادآوری‌هایش متوقف است. ` +
    'برای ادامه، ربات را دوباره به گروه اضافه کنید و در آن بنویسید: /link نام کمیته',
  unnamedChat: (id: string) => `گفتگوی ${toPersianDigits(id)}`,
  removedBy: (name: string) => `ربات را ${name} از گروه حذف کرد`,
  blockedBy: (name: string) => `${name} ربات را مسدود کرد`,
  botNeedsAdmin:
    'پیگیر نمی‌تواند ببیند چه کسی مدیر این گروه است. مدیر گروه: در تنظیمات گروه، ربات را «مدیر» کنید (هیچ دسترسی دیگری لازم نیست) و دوباره همین دستور را بفرستید.',
};

export type MessengerMessages = typeof MESSENGER_FA;

export const MESSENGER_EN: MessengerMessages = {
  chatRemoved: (where, owners, reason) =>
    `peygir can no longer reach “${where}” (${reason}). Its link to ${owners} is disabled and its reminders are paused. ` +
    'To resume, add the bot to the chat again and write there: /link committee name',
  unnamedChat: (id) => `chat ${id}`,
  removedBy: (name) => `${name} removed the bot`,
  blockedBy: (name) => `${name} blocked the bot`,
  botNeedsAdmin:
    'peygir cannot see who administers this group. Group admin: make the bot an admin in the group settings (it needs no other right) and send the same command again.',
};
