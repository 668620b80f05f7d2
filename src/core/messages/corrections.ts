// What /owner and /deadline (corrections from chat) and their /undo say. Reached through
// `MESSAGES[lang].fix` in i18n.ts.
import { toPersianDigits as fa } from '../text.js';

export const FIX_FA = {
  help: (ex: string) => [
    '/owner ۷ نام — متولی مصوبه ۷ را عوض کنید؛ /owner ۷ + نام افزودن، /owner ۷ - نام حذف (گروه رئیس یا دبیر)',
    `/deadline ۷ ${ex} — مهلت مصوبه ۷؛ یا «جلسه بعدی» یا none (گروه رئیس یا دبیر)`,
  ],
  ownerUsage:
    'این‌طور بنویسید: /owner ۷ دبیرخانه (جایگزینی)، /owner ۷ + دبیرخانه (افزودن)، /owner ۷ - کمیته فاوا (حذف). چند نام را با «،» جدا کنید.',
  deadlineUsage: (ex: string) => `این‌طور بنویسید: /deadline ۷ ${ex} — یا /deadline ۷ جلسه بعدی — یا /deadline ۷ none`,
  unknownOwner: (name: string, known: string) =>
    `متولی «${name}» شناخته نشد و چیزی تغییر نکرد.${known ? ` متولیان: ${known}` : ''}`,
  notOwner: (n: number, name: string) => `${name} متولی مصوبه ${fa(n)} نیست؛ چیزی تغییر نکرد.`,
  alreadyOwner: (n: number, name: string) => `${name} همین حالا متولی مصوبه ${fa(n)} است؛ چیزی تغییر نکرد.`,
  badDate: (text: string, ex: string) =>
    `«${fa(text)}» تاریخ درستی نیست و چیزی تغییر نکرد. مثلاً: ${ex}، جلسه بعدی، یا none`,
  unchanged: (n: number) => `مصوبه ${fa(n)} همین حالا همین‌طور است؛ چیزی تغییر نکرد.`,
  ownersSet: (n: number, names: string) => `متولی مصوبه ${fa(n)}: ${names}`,
  deadlineSet: (n: number, due: string) => `مهلت مصوبه ${fa(n)}: ${due}`,
  noDeadline: 'بدون مهلت',
  undone: (n: number, what: string) => `برگردانده شد: مصوبه ${fa(n)} — ${what}`,
  undoHint: 'برای برگرداندن: /undo',
  undoAfterDesk: (n: number) =>
    `مصوبه ${fa(n)} پس از آخرین اصلاح این گروه در میز دبیرخانه تغییر کرده است؛ /undo آن را برنمی‌گرداند تا کار دبیرخانه از دست نرود. اگر لازم است، همان‌جا یا با /owner و /deadline اصلاح کنید.`,
  undoAfterOther: (n: number) =>
    `مصوبه ${fa(n)} پس از آخرین اصلاح این گروه از جای دیگری تغییر کرده است؛ /undo آن را برنمی‌گرداند. اگر لازم است، با /owner و /deadline اصلاح کنید.`,
  // The one log of changes to an item itself, as /status N and the desk's page show it.
  correctionsTitle: (n: number) => `اصلاحات مصوبه ${fa(n)}`,
  logLine: (when: string, who: string, what: string) => `${when} — ${who}: ${what}`,
  logAdded: 'مصوبه به دست ثبت شد',
  logText: 'متن مصوبه تغییر کرد',
  logDeadline: (from: string, to: string) => `مهلت از «${from}» به «${to}» تغییر کرد`,
  logOwners: (from: string, to: string) => `متولیان از «${from}» به «${to}» تغییر کرد`,
  logImport: (what: string) => `با ورود دوباره صورتجلسه: ${what}`,
  logUndo: (what: string) => `برگرداندن اصلاح: ${what}`,
  logUnchanged: 'نوشته مهلت به‌روز شد',
  logReason: (reason: string) => `دلیل: ${reason}`,
  logJoin: '؛ ',
};

export type FixMessages = typeof FIX_FA;

export const FIX_EN: FixMessages = {
  help: (ex) => [
    '/owner 7 name — replace item 7’s owners; /owner 7 + name adds, /owner 7 - name removes (chair’s chat or secretary)',
    `/deadline 7 ${ex} — item 7’s deadline; or next-meeting or none (chair’s chat or secretary)`,
  ],
  ownerUsage:
    'Write: /owner 7 Secretariat (replace), /owner 7 + Secretariat (add), /owner 7 - IT committee (remove). Separate several names with commas.',
  deadlineUsage: (ex) => `Write: /deadline 7 ${ex} — or /deadline 7 next-meeting — or /deadline 7 none`,
  unknownOwner: (name, known) => `No owner called “${name}”; nothing changed.${known ? ` Owners: ${known}` : ''}`,
  notOwner: (n, name) => `${name} is not an owner of item ${n}; nothing changed.`,
  alreadyOwner: (n, name) => `${name} already owns item ${n}; nothing changed.`,
  badDate: (text, ex) => `“${text}” is not a date; nothing changed. E.g. ${ex}, next-meeting or none`,
  unchanged: (n) => `Item ${n} is already so; nothing changed.`,
  ownersSet: (n, names) => `Owners of item ${n}: ${names}`,
  deadlineSet: (n, due) => `Deadline of item ${n}: ${due}`,
  noDeadline: 'no deadline',
  undone: (n, what) => `Reverted: item ${n} — ${what}`,
  undoHint: 'To revert: /undo',
  undoAfterDesk: (n) =>
    `Item ${n} was changed at the desk after this chat’s last correction; /undo does not revert it, so the secretariat’s work is kept. If needed, correct it there or with /owner and /deadline.`,
  undoAfterOther: (n) =>
    `Item ${n} was changed elsewhere after this chat’s last correction; /undo does not revert it. If needed, correct it with /owner and /deadline.`,
  correctionsTitle: (n) => `Corrections to resolution ${n}`,
  logLine: (when, who, what) => `${when} — ${who}: ${what}`,
  logAdded: 'resolution added by hand',
  logText: 'the text was changed',
  logDeadline: (from, to) => `deadline changed from “${from}” to “${to}”`,
  logOwners: (from, to) => `owners changed from “${from}” to “${to}”`,
  logImport: (what) => `minutes imported again: ${what}`,
  logUndo: (what) => `correction reverted: ${what}`,
  logUnchanged: 'the deadline’s wording was updated',
  logReason: (reason) => `reason: ${reason}`,
  logJoin: '; ',
};
