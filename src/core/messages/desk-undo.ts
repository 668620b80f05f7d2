// Rolling back a meeting's import at the desk: what would go, what blocks it, and the line the meeting's
// record and the audit trail keep. Reached through `MESSAGES[lang].deskUndo`.
import { toPersianDigits as p } from '../text.js';

export const DESK_UNDO_FA = {
  title: 'بازگرداندن ورود صورتجلسه',
  hint: 'جلسه و همه مصوبه‌هایی که با ورود صورتجلسه‌اش ثبت شد کنار می‌روند، تا وقتی کسی درباره آن‌ها گزارشی نداده و چیزی اصلاح نشده باشد. فهرست کامل آن‌ها در سابقه تغییرها می‌ماند.',
  ask: (meeting: string, n: number) =>
    `ورود صورتجلسه جلسه ${p(meeting)} با ${p(n)} مصوبه بازگردانده شود؟ این مصوبه‌ها کنار می‌روند:`,
  item: (n: number, text: string, owners: string) => `${p(n)}. ${text} — ${owners}`,
  numbersFreed: 'شماره‌های این مصوبه‌ها ممکن است به مصوبه‌های ورود بعدی داده شود.',
  yes: 'بله، بازگردانده شود',
  no: 'انصراف',
  blocked: 'این ورود را نمی‌توان بازگرداند:',
  reported: (n: number, owner: string) => `${owner} درباره مصوبه ${p(n)} گزارش داده است`,
  corrected: (n: number) => `مصوبه ${p(n)} پس از ورود اصلاح شده یا دستی افزوده شده است`,
  reimported: (k: number) =>
    `صورتجلسه این جلسه ${p(k)} بار وارد شده است؛ فقط نخستین ورود، پیش از ورود دوباره، بازگرداندنی است`,
  meetingEdited: 'مشخصات جلسه در میز دبیرخانه ساخته یا اصلاح شده است',
  notImported: 'این جلسه از صورتجلسه وارد نشده است',
  done: (meeting: string, n: number) => `ورود صورتجلسه جلسه ${p(meeting)} با ${p(n)} مصوبه بازگردانده شد.`,
  line: (when: string, who: string, meeting: string, n: number) =>
    `${when} — ${who}: ورود صورتجلسه جلسه ${p(meeting)} با ${p(n)} مصوبه بازگردانده شد`,
};

export type DeskUndoMessages = typeof DESK_UNDO_FA;

export const DESK_UNDO_EN: DeskUndoMessages = {
  title: 'Roll back the import',
  hint: 'The meeting and every resolution its minutes brought go, as long as nobody has reported on them and nothing was corrected. Their full list stays in the audit trail.',
  ask: (meeting, n) => `Roll back the import of meeting ${meeting} with its ${n} resolution(s)? These go:`,
  item: (n, text, owners) => `${n}. ${text} — ${owners}`,
  numbersFreed: 'Their numbers may be given to the resolutions of a later import.',
  yes: 'Yes, roll it back',
  no: 'Cancel',
  blocked: 'This import cannot be rolled back:',
  reported: (n, owner) => `${owner} has reported on resolution ${n}`,
  corrected: (n) => `resolution ${n} was corrected or added by hand since the import`,
  reimported: (k) =>
    `this meeting’s minutes were imported ${k} times; only a first import, before any re-import, can be rolled back`,
  meetingEdited: 'the meeting was created or corrected at the desk',
  notImported: 'this meeting did not come from minutes',
  done: (meeting, n) => `The import of meeting ${meeting} with ${n} resolution(s) was rolled back.`,
  line: (when, who, meeting, n) =>
    `${when} — ${who}: rolled back the import of meeting ${meeting} with ${n} resolution(s)`,
};
