// The desk's owners page: owners with aliases, bound chats and schedule; rename, add an alias, merge.
// Reached through `MESSAGES[lang].deskOwners`.
import { toPersianDigits as p } from '../text.js';

export const DESK_OWNERS_FA = {
  title: 'متولیان',
  name: 'نام',
  aliases: 'نام‌های دیگر',
  chats: 'گفتگوهای متصل',
  schedule: 'برنامه یادآوری',
  defaults: 'پیش‌فرض شورا',
  rename: 'تغییر نام',
  newName: 'نام تازه',
  addAlias: 'افزودن نام دیگر',
  alias: 'نام دیگر',
  merge: 'ادغام در متولی دیگر',
  mergeInto: 'این متولی ادغام شود در',
  mergeHint: 'مصوبه‌ها، سابقه، نام‌ها و گفتگوهای این متولی به متولی انتخاب‌شده منتقل می‌شود.',
  nameRequired: 'نام را بنویسید.',
  nameTaken: (name: string) => `نام «${name}» مال متولی دیگری است؛ اگر هر دو یکی‌اند، ادغامشان کنید.`,
  sameOwner: 'متولی دیگری را برای ادغام انتخاب کنید.',
  sharedItems: (items: string) =>
    `هر دو متولی مسئول مصوبه ${p(items)} هستند؛ ابتدا یکی را از آن مصوبه کنار بگذارید، سپس ادغام کنید.`,
  renamed: (when: string, who: string, from: string, to: string) =>
    `${when} — ${who}: نام از «${from}» به «${to}» تغییر کرد`,
  aliased: (when: string, who: string, alias: string) => `${when} — ${who}: نام دیگر «${alias}» افزوده شد`,
  mergedLine: (when: string, who: string, from: string, n: number) =>
    `${when} — ${who}: «${from}» با ${p(n)} سهم از مصوبه‌ها در این متولی ادغام شد`,
};

export type DeskOwnersMessages = typeof DESK_OWNERS_FA;

export const DESK_OWNERS_EN: DeskOwnersMessages = {
  title: 'Owners',
  name: 'Name',
  aliases: 'Other names',
  chats: 'Bound chats',
  schedule: 'Reminder schedule',
  defaults: 'council defaults',
  rename: 'Rename',
  newName: 'New name',
  addAlias: 'Add another name',
  alias: 'Other name',
  merge: 'Merge into another owner',
  mergeInto: 'Merge this owner into',
  mergeHint: 'This owner’s resolutions, history, names and chats move to the chosen owner.',
  nameRequired: 'Write the name.',
  nameTaken: (name) => `The name “${name}” belongs to another owner; if both are the same, merge them.`,
  sameOwner: 'Choose another owner to merge into.',
  sharedItems: (items) => `Both owners hold resolution ${items}; remove one of them from it first, then merge.`,
  renamed: (when, who, from, to) => `${when} — ${who}: renamed from “${from}” to “${to}”`,
  aliased: (when, who, alias) => `${when} — ${who}: other name “${alias}” added`,
  mergedLine: (when, who, from, n) => `${when} — ${who}: “${from}” merged into this owner with ${n} share(s)`,
};
