// Sheet names Excel accepts (31 characters, none of []:*?/\, unique) and the summary sheet's words.
import { toPersianDigits } from '../core/text.js';
import type { Language } from '../core/types.js';

export const SUMMARY_LABELS = {
  all: { fa: 'همه مصوبات', en: 'All resolutions' },
  summary: { fa: 'خلاصه متولیان', en: 'Summary by owner' },
  owner: { fa: 'متولی', en: 'Owner' },
  total: { fa: 'کل', en: 'Total' },
  done: { fa: 'انجام شده', en: 'Done' },
  inProgress: { fa: 'در حال انجام', en: 'In progress' },
  open: { fa: 'باز', en: 'Open' },
  overdue: { fa: 'معوق', en: 'Overdue' },
  blocked: { fa: 'مانع دارد', en: 'Blocked' },
  percent: { fa: 'درصد انجام', en: 'Done %' },
  progress: { fa: 'میانگین درصد پیشرفت', en: 'Average progress' },
} satisfies Record<string, Record<Language, string>>;

export function sheetNames(lang: Language) {
  const used = new Set<string>();
  return {
    next(wanted: string): string {
      const base =
        wanted
          .replace(/[[\]:*?/\\]/g, ' ')
          .replace(/\s+/g, ' ')
          .trim()
          .slice(0, 31) || 'Sheet';
      let name = base;
      for (let i = 2; used.has(name.toLowerCase()); i++) {
        const suffix = ` (${lang === 'fa' ? toPersianDigits(i) : i})`;
        name = base.slice(0, 31 - suffix.length) + suffix;
      }
      used.add(name.toLowerCase());
      return name;
    },
  };
}
