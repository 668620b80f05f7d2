// Quiet without leaving: digest-only chats, muted @-mentions and paused committees (`/schedule`).
// Spread into `fa` / `en` in i18n.ts.
import { formatJalali } from '../calendar.js';

export const QUIET_FA = {
  digestOn: (owners: string) =>
    `از این پس اینجا برای ${owners} فقط خلاصه هفتگی فرستاده می‌شود، نه یادآوری تک‌تک مصوبات. برای برگرداندن: /schedule all`,
  digestOff: (owners: string) => `از این پس اینجا برای ${owners} یادآوری تک‌تک مصوبات هم فرستاده می‌شود.`,
  mutedOn: (name: string) => `${name}، پیگیر دیگر شما را با @ صدا نمی‌زند. برای برگرداندن: /schedule unmute`,
  mutedOff: (name: string) => `${name}، پیگیر دوباره در صورت نیاز شما را با @ صدا می‌زند.`,
  datePast: (date: string) => `تاریخ ${formatJalali(date, 'fa')} گذشته است؛ تاریخی از امروز به بعد بنویسید.`,
  digestOnlyLine: (chats: string) => `فقط خلاصه هفتگی: ${chats}`,
  mutedLine: (names: string) => `بدون @: ${names}`,
  quietUsage: (ex: string) =>
    `در گروه کمیته: /schedule digest (فقط خلاصه هفتگی) یا /schedule all؛ برای خودتان: /schedule mute یا /schedule unmute؛ رئیس جلسه: /schedule کمیته فاوا pause ${ex} یا resume`,
};

export const QUIET_EN: typeof QUIET_FA = {
  digestOn: (owners) =>
    `From now on this chat gets only the weekly digest for ${owners}, no reminders about single items. To undo: /schedule all`,
  digestOff: (owners) => `From now on this chat gets reminders about single items for ${owners} again.`,
  mutedOn: (name) => `${name}, peygir will no longer @-mention you. To undo: /schedule unmute`,
  mutedOff: (name) => `${name}, peygir may @-mention you again when needed.`,
  datePast: (date) => `${formatJalali(date, 'en')} has passed; write a date from today on.`,
  digestOnlyLine: (chats) => `Weekly digest only: ${chats}`,
  mutedLine: (names) => `No @-mentions: ${names}`,
  quietUsage: (ex) =>
    `In a committee chat: /schedule digest (weekly digest only) or /schedule all; for yourself: /schedule mute or /schedule unmute; the chair: /schedule IT committee pause ${ex} or resume`,
};
