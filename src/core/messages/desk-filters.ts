// The register's saved filters: kept under a name for the whole council, applied as a link, deleted after a page
// that asks. Reached through `MESSAGES[lang].deskFilters`.

export const DESK_FILTERS_FA = {
  title: 'فیلترهای ذخیره‌شده',
  none: 'هنوز فیلتری ذخیره نشده است.',
  manage: 'مدیریت فیلترها',
  saveAs: 'ذخیره همین فیلترها با نام',
  save: 'ذخیره فیلتر',
  hint: 'فیلترها برای همه دبیرخانه نگه داشته می‌شوند؛ هر نام یک پیوند به دفتر مصوبات با همان فیلترهاست.',
  name: 'نام',
  selects: 'چه چیزی را نشان می‌دهد',
  made: 'ساخته',
  madeBy: (who: string, when: string) => `${who}، ${when}`,
  delete: 'حذف',
  deleteTitle: (name: string) => `حذف فیلتر «${name}»`,
  deleteAsk: (name: string) =>
    `فیلتر «${name}» برای همه حذف شود؟ مصوبه‌ها تغییری نمی‌کنند؛ ساختن و حذفش در سابقه تغییرها می‌ماند.`,
  deleteConfirm: 'بله، حذف شود',
  cancel: 'انصراف',
  saved: (name: string) => `فیلتر «${name}» ذخیره شد.`,
  deleted: (name: string) => `فیلتر «${name}» حذف شد.`,
  needName: 'برای فیلتر نامی بنویسید.',
  nameTaken: (name: string) => `فیلتری به نام «${name}» هست؛ نام دیگری بنویسید یا آن را اول حذف کنید.`,
  nothingToSave: 'فیلتری انتخاب نشده است؛ اول فیلترها را انتخاب و «نمایش» را بزنید.',
  badFilters: 'این فیلترها خوانده نشد؛ پیش از ذخیره درستشان کنید.',
  gone: 'این فیلتر دیگر نیست؛ شاید کسی همین حالا حذفش کرده باشد.',
  apply: (name: string) => `نمایش «${name}»`,
  // The audit trail's lines and subject
  link: (name: string) => `فیلتر «${name}»`,
  createdLine: (who: string, when: string, what: string) => `${when} — ${who} فیلتر را ذخیره کرد: ${what}`,
  deletedLine: (who: string, when: string, what: string) => `${when} — ${who} فیلتر را حذف کرد: ${what}`,
};

export type DeskFiltersMessages = typeof DESK_FILTERS_FA;

export const DESK_FILTERS_EN: DeskFiltersMessages = {
  title: 'Saved filters',
  none: 'No filter has been saved yet.',
  manage: 'Manage filters',
  saveAs: 'Save these filters as',
  save: 'Save filter',
  hint: 'Filters are kept for the whole secretariat; each name is a link to the register with those filters.',
  name: 'Name',
  selects: 'What it shows',
  made: 'Made',
  madeBy: (who, when) => `${who}, ${when}`,
  delete: 'Delete',
  deleteTitle: (name) => `Delete the filter “${name}”`,
  deleteAsk: (name) =>
    `Delete the filter “${name}” for everyone? No resolution changes; its making and deletion stay in the audit trail.`,
  deleteConfirm: 'Yes, delete it',
  cancel: 'Cancel',
  saved: (name) => `The filter “${name}” was saved.`,
  deleted: (name) => `The filter “${name}” was deleted.`,
  needName: 'Type a name for the filter.',
  nameTaken: (name) => `A filter is named “${name}” already; type another name, or delete that one first.`,
  nothingToSave: 'No filter is chosen; choose the filters and press Show first.',
  badFilters: 'These filters could not be read; correct them before saving.',
  gone: 'This filter is no longer there; someone may have just deleted it.',
  apply: (name) => `Show “${name}”`,
  link: (name) => `Filter “${name}”`,
  createdLine: (who, when, what) => `${when} — ${who} saved the filter: ${what}`,
  deletedLine: (who, when, what) => `${when} — ${who} deleted the filter: ${what}`,
};
