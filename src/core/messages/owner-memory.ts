// The council's memory of its owners: owners marked known or new in every preview, items that remind no one,
// and the question whether a replaced spelling should name the chosen owner from now on (chat and desk).
// Reached through `MESSAGES[lang].memory` in i18n.ts.
import { toPersianDigits as fa } from '../text.js';

export const MEMORY_FA = {
  known: 'شناخته',
  fresh: 'تازه',
  marked: (name: string, mark: string) => `${name} (${mark})`,
  noOwner: (items: number[]) =>
    items.length === 1
      ? `مصوبه ${fa(items[0]!)} متولی ندارد و به کسی یادآوری نمی‌شود؛ پس از ورود آن را به کمیته‌ای بسپارید.`
      : `مصوبه‌های ${items.map(fa).join('، ')} متولی ندارند و به کسی یادآوری نمی‌شود؛ پس از ورود آن‌ها را به کمیته‌ای بسپارید.`,
  offer: (spelling: string, owner: string) => `نام «${spelling}» از این پس «${owner}» خوانده شود؟`,
  yes: '✅ بله',
  no: '✖ نه',
  learned: (spelling: string, owner: string) => `از این پس «${spelling}» در صورتجلسه‌ها «${owner}» خوانده می‌شود.`,
  already: (spelling: string, owner: string) => `«${spelling}» همین حالا هم «${owner}» خوانده می‌شود.`,
  declined: (spelling: string) => `باشد؛ «${spelling}» به خاطر سپرده نشد.`,
  noSuchOwner: 'این متولی دیگر در فهرست نیست؛ چیزی ثبت نشد.',
  learnTitle: 'نام‌هایی که اصلاح کردید',
  learnHint: 'هر کدام را که می‌خواهید در صورتجلسه‌های بعدی همین‌طور خوانده شود، علامت بزنید.',
  learnSave: 'به خاطر بسپار',
  nothingChosen: 'چیزی علامت نخورده بود؛ نامی به خاطر سپرده نشد.',
  createdLine: (when: string, who: string, name: string) => `${when} — ${who}: «${name}» ثبت شد`,
  movedLine: (when: string, who: string, spelling: string, owner: string) =>
    `${when} — ${who}: «${spelling}» از این پس «${owner}» خوانده می‌شود`,
};

export type MemoryMessages = typeof MEMORY_FA;

export const MEMORY_EN: MemoryMessages = {
  known: 'known',
  fresh: 'new',
  marked: (name, mark) => `${name} (${mark})`,
  noOwner: (items) =>
    items.length === 1
      ? `Item ${items[0]} has no owner and reminds no one; assign it after import.`
      : `Items ${items.join(', ')} have no owner and remind no one; assign them after import.`,
  offer: (spelling, owner) => `Read “${spelling}” as “${owner}” from now on?`,
  yes: '✅ Yes',
  no: '✖ No',
  learned: (spelling, owner) => `From now on “${spelling}” in minutes reads as “${owner}”.`,
  already: (spelling, owner) => `“${spelling}” already reads as “${owner}”.`,
  declined: (spelling) => `All right; “${spelling}” was not remembered.`,
  noSuchOwner: 'That owner is no longer registered; nothing was stored.',
  learnTitle: 'Names you corrected',
  learnHint: 'Tick each one the next minutes should read the same way.',
  learnSave: 'Remember',
  nothingChosen: 'Nothing was ticked; no name was remembered.',
  createdLine: (when, who, name) => `${when} — ${who}: “${name}” registered`,
  movedLine: (when, who, spelling, owner) => `${when} — ${who}: “${spelling}” now reads as “${owner}”`,
};
