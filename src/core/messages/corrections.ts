// What /owner and /deadline (corrections from chat) and their /undo say. Reached through
// `MESSAGES[lang].fix` in i18n.ts.
import { toPersianDigits as fa } from '../text.js';

export const FIX_FA = {
  help: [
    '/owner ۷ نام — متولی مصوبه ۷ را عوض کنید؛ /owner ۷ + نام افزودن، /owner ۷ - نام حذف (گروه رئیس یا دبیر)',
    '/deadline ۷ ۱۴۰۵/۱۰/۰۱ — مهلت مصوبه ۷؛ یا «جلسه بعدی» یا none (گروه رئیس یا دبیر)',
  ],
  ownerUsage:
    'این‌طور بنویسید: /owner ۷ دبیرخانه (جایگزینی)، /owner ۷ + دبیرخانه (افزودن)، /owner ۷ - کمیته فاوا (حذف). چند نام را با «،» جدا کنید.',
  deadlineUsage: 'این‌طور بنویسید: /deadline ۷ ۱۴۰۵/۱۰/۰۱ — یا /deadline ۷ جلسه بعدی — یا /deadline ۷ none',
  unknownOwner: (name: string, known: string) =>
    `متولی «${name}» شناخته نشد و چیزی تغییر نکرد.${known ? ` متولیان: ${known}` : ''}`,
  notOwner: (n: number, name: string) => `${name} متولی مصوبه ${fa(n)} نیست؛ چیزی تغییر نکرد.`,
  alreadyOwner: (n: number, name: string) => `${name} همین حالا متولی مصوبه ${fa(n)} است؛ چیزی تغییر نکرد.`,
  badDate: (text: string) => `«${fa(text)}» تاریخ درستی نیست و چیزی تغییر نکرد. مثلاً: ۱۴۰۵/۱۰/۰۱، جلسه بعدی، یا none`,
  unchanged: (n: number) => `مصوبه ${fa(n)} همین حالا همین‌طور است؛ چیزی تغییر نکرد.`,
  ownersSet: (n: number, names: string) => `متولی مصوبه ${fa(n)}: ${names}`,
  deadlineSet: (n: number, due: string) => `مهلت مصوبه ${fa(n)}: ${due}`,
  noDeadline: 'بدون مهلت',
  undone: (n: number, what: string) => `برگردانده شد: مصوبه ${fa(n)} — ${what}`,
  undoHint: 'برای برگرداندن: /undo',
};

export type FixMessages = typeof FIX_FA;

export const FIX_EN: FixMessages = {
  help: [
    '/owner 7 name — replace item 7’s owners; /owner 7 + name adds, /owner 7 - name removes (chair’s chat or secretary)',
    '/deadline 7 1405/10/01 — item 7’s deadline; or next-meeting or none (chair’s chat or secretary)',
  ],
  ownerUsage:
    'Write: /owner 7 Secretariat (replace), /owner 7 + Secretariat (add), /owner 7 - IT committee (remove). Separate several names with commas.',
  deadlineUsage: 'Write: /deadline 7 1405/10/01 — or /deadline 7 next-meeting — or /deadline 7 none',
  unknownOwner: (name, known) => `No owner called “${name}”; nothing changed.${known ? ` Owners: ${known}` : ''}`,
  notOwner: (n, name) => `${name} is not an owner of item ${n}; nothing changed.`,
  alreadyOwner: (n, name) => `${name} already owns item ${n}; nothing changed.`,
  badDate: (text) => `“${text}” is not a date; nothing changed. E.g. 1405/10/01, next-meeting or none`,
  unchanged: (n) => `Item ${n} is already so; nothing changed.`,
  ownersSet: (n, names) => `Owners of item ${n}: ${names}`,
  deadlineSet: (n, due) => `Deadline of item ${n}: ${due}`,
  noDeadline: 'no deadline',
  undone: (n, what) => `Reverted: item ${n} — ${what}`,
  undoHint: 'To revert: /undo',
};
