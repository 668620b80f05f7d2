// Deadlines: the phrase as written (`ظرف مدت ۲ هفته`, `تا پایان خرداد ماه سال جاری`, `در جلسه بعدی`,
// `Jan 30, 2026`) and, where it can be worked out from the meeting date, the due date.
import { addDays, weekday } from '../core/calendar.js';
import {
  addMonths,
  EN_MONTH,
  FA_MONTH,
  faMonthNumber,
  findDates,
  jalaliMonthLength,
  jalaliYearOf,
  makeDate,
  toGregorian,
  withYear,
} from './dates.js';
import { ACTION_NOUNS, NAME_STOPS, PAST_PASSIVE } from './lexicon.js';
import { Txt } from './normalize.js';
import { COUNT, countValue } from './words.js';

export interface Deadline {
  phrase: Txt;
  dueDate: string | null;
  nextMeeting: boolean;
}

interface Hit {
  start: number;
  end: number;
  resolve: () => string | null;
  nextMeeting?: boolean;
}

const BODY = '(?:شورا|شورای\\s+\\S+|کمیته|کارگروه|هیئت|هیات|ستاد|کمیسیون)';
/** At once, with no day: «در اسرع وقت», «(تا) هرچه سریعتر» (its «تا» is the phrase's, as in «تا پایان آذر»). */
const ASAP =
  /در\s+اسرع\s+وقت|(?:(?<!\p{L})تا\s+)?(?:هر\s*)?چه\s+سریع\s*تر|به\s+فوریت|(?<!\p{L})ب(?:ه\s*)?صورت\s+(?:فوری|فوتی)|(?<!\p{L})در\s+(?:اولین|نخستین)\s+فرصت(?:\s+ممکن)?|(?<!\p{L})در\s+کوتاه\s*ترین\s+(?:زمان|مدت)(?:\s+ممکن)?|(?<!\p{L})(?:فورا|فوراً|سریعا|سریعاً)(?!\p{L})|(?<!\p{L})(?:به\s*طور|بطور)\s+فوری(?!\p{L})|(?<!\p{L})فوری(?=\s*(?:[.,;)]|$)|\s+(?:نسبت|اقدام|انجام|پیگیری|ارسال|بررسی|ارائه|رسیدگی|گزارش)(?!\p{L}))|as\s+soon\s+as\s+possible|\basap\b|immediately/giu;
/**
 * «به صورت مستمر», «به طور مداوم», «(مستمر)», «ongoing»: work that never falls due; kept, with no day, so the
 * preview shows it is meant to go on.
 */
const ONGOING =
  /(?<!\p{L})(?:ب(?:ه\s*)?صورت|به\s*طور|بطور)\s+(?:مستمر|مداوم|دائم|دائمی)(?!\p{L})|(?<!\p{L})(?:مستمرا|مستمراً)(?!\p{L})|\(\s*مستمر\s*\)|(?<=[-–:]\s*)مستمر\s*$|\bongoing\b/giu;
/** «تا (ظهر) فردا», «برای فردا»: the day after the meeting. */
const FA_TOMORROW = /(?<!\p{L})(?:تا|برای)\s+(?:(?:ظهر|صبح|عصر|پایان\s+وقت\s+اداری|پایان)\s+)?فردا(?!\p{L})/gu;
/** «طی/در هفته جاری», «تا پایان همین هفته», «طی ماه جاری»: the end of the meeting's own week or month. */
const THIS_PERIOD =
  /(?<!\p{L})(?:طی|در\s+طول|در|ظرف|تا\s+پایان)\s+(?:(همین)\s+(هفته|ماه)|(هفته|ماه)\s+جاری)(?!\p{L})/gu;
/** «تا دهه اول آذر»: the tenth, the twentieth or the last day of the month. */
const DECADE = new RegExp(
  `(?<!\\p{L})(?:تا|قبل\\s+از|پیش\\s+از)\\s+(?:پایان\\s+)?دهه\\s+(اول|دوم|سوم|آخر)\\s+(${FA_MONTH})(?:\\s*ماه)?`,
  'gu',
);
/** «در جلسه بعدی شورا», «تا نشست آتی», «در اولین جلسه شورا» (the first one after this): the next meeting. */
const NEXT = new RegExp(
  `(?<!\\p{L})(?:تا|در|قبل\\s+از|پیش\\s+از|برای)\\s+(?:اولین|نخستین)\\s+(?:جلسه|نشست)(?:\\s+(?:بعدی|آتی|آینده))?(?:\\s+${BODY}(?:\\s+مدیره)?(?!\\p{L}))?|(?<!\\p{L})(?:تا|در|قبل\\s+از|پیش\\s+از|برای)\\s*(?:جلسه|نشست)\\s+(?:(?:بعدی|بعد|آتی|آینده|فوق\\s*العاده)(?:\\s+${BODY}(?:\\s+مدیره)?(?!\\p{L}))?|${BODY}\\s+(?:بعدی|آتی|آینده))|(?<!\\p{L})(?:by|before|at|for|until)\\s+(?:the\\s+)?next\\s+(?:meeting|call|session|sync)`,
  'giu',
);
const NEXT_WEEK =
  /(?<!\p{L})(?:(?:by|before)\s+)?next\s+week(?!\p{L})|(?<!\p{L})(?:(?:تا|در|طی)\s+)?هفته\s+(?:آینده|بعد)(?!\p{L})/giu;
const HEDGE = /(?:possibly|perhaps|ideally|maybe|if\s+possible|ترجیحا|در\s+صورت\s+امکان)\s*,?\s*$/iu;
/** «تا مجمع عمومی سالیانه», «در مجمع فوق العاده ای»: the assembly where the work is to be laid before the members. */
const EVENT =
  /(?<!\p{L})(?:تا|در|قبل\s+از|پیش\s+از)\s+مجمع\s+(?:عمومی(?:\s+(?:عادی|فوق\s+العاده|سالیانه|سالانه|بعدی|آتی))?|فوق\s*العاده(?:\s*ای)?(?!\p{L}))/giu;
/**
 * «for the AMM deadline», «before the Q3 release cut-off»: a deadline named by the event it belongs to; also a
 * break before which the work is to be done («before the holiday break», «by the summer recess»).
 * Its date is written elsewhere, if at all; the phrase is kept so the secretary can set it.
 */
const NAMED_DEADLINE =
  /(?<![a-z])(?:for|by|before|ahead\s+of|in\s+time\s+for)\s+the\s+(?:[\w.&/-]+\s+){1,4}?(?:deadline|cut-?off)(?![a-z])|(?<![a-z])(?:by|before|ahead\s+of)\s+the\s+(?:[\w.&/-]+\s+){0,3}?(?:break|holidays|recess|vacation)(?![a-z])/giu;
/**
 * «before TPAC», «ahead of KubeCon 2025», «for tomorrow's publication»: a deadline named by an event (an
 * acronym or a capitalised name) or by tomorrow. Months and weekdays are dates, read elsewhere.
 */
const EN_EVENT =
  /(?<![a-z])(?:before|by|ahead\s+of|in\s+time\s+for)\s+(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Mon|Tue|Wed|Thu|Fri|Sat|Sun|EOD|EOW)[a-z]*\b)(?:the\s+)?[A-Z][A-Za-z]*[A-Z][\w-]*(?:\s+\d{1,4})?(?![\w-])|(?<![a-z])(?:for|by|before)\s+tomorrow(?:'s\s+[a-z]+)?(?![\w-])/gu;
const TOMORROW = /tomorrow/i;
const AGENT_BEFORE = /\b[a-z]+(?:ed|en|wn)\s+$/;
/**
 * «تعطیلی … تا شانزدهم فروردین ادامه دارد», «valid until 30 June»: how long a state lasts, nobody's deadline.
 */
const VALIDITY =
  /(?<!\p{L})(?:تعطیل|ادامه\s+(?:دارد|خواهد|یابد|می\s*یابد)|تمدید|معتبر|اعتبار\s+دارد|ممنوع|برقرار|valid|closed|remains?|extended)/iu;
const UNIT = '(روز|هفته|ماه|سال|ساعت|days?|weeks?|months?|years?|hours?|business\\s+days?|working\\s+days?)';
/** «… از تاریخ ابلاغ این مصوبه»: the period counts from the notice, which the minutes do not date. */
const FROM_NOTICE =
  '\\s+(?:پس\\s+)?از\\s+(?:تاریخ\\s+)?(?:ابلاغ|تصویب|دریافت|تشکیل)(?:\\s+(?:این|آن))?(?:\\s+(?:مصوبه|صورتجلسه|صورت\\s+جلسه|جلسه|نامه|تصمیم))?';
const DURATION = new RegExp(
  `(?<!\\p{L})(?:(?:حداکثر\\s+)?(?:ظرف|طی|در\\s+طی|در\\s+ظرف|در\\s+مدت|حداکثر|تا|مهلت)\\s+(?:مدت\\s+)?(?:حداکثر\\s+)?|within\\s+|in\\s+(?=\\S+\\s+(?:days?|weeks?|months?)))(${COUNT})\\s*${UNIT}(?:ه)?(?:\\s+(کاری))?(?:\\s+(?:آینده|آتی|دیگر))?(${FROM_NOTICE})?`,
  'giu',
);
const PERIOD_END = new RegExp(
  `(?<!\\p{L})(?:تا|قبل\\s+از|پیش\\s+از)\\s+(پایان|آخر|انتهای|اواخر|اواسط|اوایل|نیمه|ابتدای|اول)\\s+(${FA_MONTH}|سال|ماه|هفته)(?:\\s+(?:سال\\s+)?(جاری|آینده|بعد|امسال|\\d{4}|\\d{2}(?!\\d)))?|(?<=(?:by|before|until)\\s+(?:the\\s+)?)end\\s+of\\s+(?:the\\s+)?(${EN_MONTH}|month|week|year)(?:\\s+(\\d{4}))?`,
  'giu',
);
/**
 * «تا پایان سه ماهه سوم (سال جاری)», «تا پایان نیمه اول سال»: the last day of a quarter or half of the Jalali
 * year (Khordad, Shahrivar, Azar, Esfand).
 */
const PART_OF_YEAR_END =
  /(?<!\p{L})(?:تا|قبل\s+از|پیش\s+از)\s+(?:پایان|آخر|انتهای)\s+(?:(سه\s*ماهه|فصل)\s+(اول|دوم|سوم|چهارم)|(نیمه|شش\s*ماهه)\s+(اول|دوم))(?:\s+سال)?(?:\s+(?:سال\s+)?(جاری|آینده|بعد|امسال|\d{4}))?/gu;
const ORDINAL: Record<string, number> = { اول: 1, دوم: 2, سوم: 3, چهارم: 4 };
/**
 * «by end of Q3», «before the end of the second quarter 2026», «by the end of term»: the last day of a calendar
 * quarter; a school or university term has no fixed day, so it is kept with none (the preview asks).
 */
const EN_QUARTER_END =
  /(?<=(?<![a-z])(?:by|before|until)\s+(?:the\s+)?)end\s+of\s+(?:the\s+)?(?:Q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|(?:this\s+|the\s+|next\s+)?(term|semester|half-?term))(?:\s+(\d{4}))?(?![\w-])/giu;
const EN_ORDINAL: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  '1st': 1,
  '2nd': 2,
  '3rd': 3,
  '4th': 4,
};

/** The last day of the quarter an `EN_QUARTER_END` match names: its year's, or the meeting's (the next when past). */
function quarterEnd(m: RegExpMatchArray, base: string | null): string | null {
  const q = m[1] ? Number(m[1]) : m[2] ? EN_ORDINAL[m[2].toLowerCase()] : 0;
  if (!q) return null;
  let y = m[4] ? Number(m[4]) : base ? Number(base.slice(0, 4)) : 0;
  if (!y) return null;
  const end = (year: number) => `${year}-${String(3 * q).padStart(2, '0')}-${q === 1 || q === 4 ? 31 : 30}`;
  if (!m[4] && base && end(y) < base) y += 1;
  return end(y);
}

/**
 * «در جلسه روسای … در مورخ ۵ و ۶ تیر ماه ۹۸ طرح گردد»: a meeting or gathering held on a stated day is
 * when the item is due, the way «در جلسه بعدی» is. The greedy head makes the match start at the nearest
 * event word; up to eight words may name the event, none of them crossing a clause.
 */
const EVENT_AT =
  /^[\s\S]*((?<!\p{L})(?:تا|در|قبل\s+از|پیش\s+از|برای)\s+(?:جلسه|نشست|همایش|گردهمایی|اجلاس|مجمع|کنفرانس)(?:\s+[^\s.،,:؛!?()]+){0,8}?\s+(?:در\s+)?(?:مورخ|مورخه|تاریخ|روز)\s*(?:\S*شنبه\s+)?)$/u;
/** «مقرر گردید در (روز) (سه شنبه) (مورخ) …» right before a date: the day set for the work. */
const WORK_ON_DAY =
  /(?<!\p{L})(?:مقرر|قرار)\s*(?:شد|گردید)(?:\s+که)?\s+(در\s+(?:روز\s+)?(?:(?:یک|دو|سه|چهار|پنج)?\s*شنبه\s+|جمعه\s+)?(?:مورخ\s+|تاریخ\s+)?)$/u;
/**
 * «… که در جلسه مورخ ۵ تیر مطرح شد اجرا گردد»: the first verb after the date tells whether the event is
 * one to come (گردد، شود) or one being referred to (شد، گردید), which is no deadline.
 */
const PAST_VERB = new RegExp(
  `(?<!\\p{L})(?:${PAST_PASSIVE}|بود|بودند|نمود|نمودند|کرد|کردند|داشت|داشتند|گرفت|گرفتند|رسید|(?:شده|گردیده|بوده)\\s+است)(?!\\p{L})`,
  'u',
);
const COMING_VERB =
  /(?<!\p{L})(?:گردد|گردند|شود|شوند|گیرد|گیرند|نماید|نمایند|کند|کنند|باشد|باشند|یابد|یابند|رسد|برسد)(?!\p{L})/u;
/** «… در جلسه مورخ ۱۳/۱۰ حضور داشته باشند»: to attend the event is an appointment at its time, not a deadline. */
const ATTEND = /(?<!\p{L})(?:حضور|شرکت\s+(?:کنند|کند|نمایند|نماید|داشته)|حاضر|دعوت)(?!\p{L})/u;
// «تا مورخ …», «تا روز سه شنبه مورخ …», «تا شنبه ۱۴۰۳/۰۷/۰۷»: the date after the anchor, whatever the order of the
// words between them.
const FA_ANCHOR =
  /(?:تا|قبل\s+از|پیش\s+از|مهلت|سررسید|موعد)\s*:?\s*(?:(?:تاریخ|روز)\s+|مورخ(?:ه)?\s*|(?:(?:یک|دو|سه|چهار|پنج)\s*)?\S*شنبه\s+|جمعه\s+)*$/u;
const RANGE_ANCHOR = /(?<![\p{L}])(?:از|بین|میان|between|from)\s+(?:تاریخ\s+)?$/iu;
const EN_ANCHOR =
  /(?:by|before|due(?:\s+(?:by|on|date))?|deadline|no\s+later\s+than|until)\s*:?\s*(?:[a-z]+day,?\s+)?$/i;

/**
 * «by Friday», «before next Monday», «تا (روز) دوشنبه (آینده)»: the first such day after the meeting; «next» or
 * «آینده» when it falls in the meeting's own week moves it to the week after. With a date after it, the date
 * is the deadline («تا شنبه مورخ …», «by Friday 7 June»), read elsewhere.
 */
const WEEKDAY =
  /(?<![a-z])(?:by|before|until|no\s+later\s+than|due(?:\s+(?:by|on))?)\s+(?:(?<next>next|this)\s+)?(?<en>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![a-z])(?!,?\s*(?:\d|the\s+\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))|(?<!\p{L})(?:تا|قبل\s+از|پیش\s+از)\s+(?:روز\s+)?(?<fa>یک\s*شنبه|دو\s*شنبه|سه\s*شنبه|چهار\s*شنبه|پنج\s*شنبه|شنبه|جمعه)(?:\s+(?<after>(?:هفته\s+)?(?:آینده|بعد)))?(?!\p{L})(?!\s*(?:مورخ|\d|[\u06F0-\u06F9]))/giu;

function weekdayNumber(name: string): number {
  const n = name.toLowerCase().replace(/\s+/g, '');
  const en = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'].indexOf(n);
  if (en >= 0) return en;
  return ['یکشنبه', 'دوشنبه', 'سهشنبه', 'چهارشنبه', 'پنجشنبه', 'جمعه', 'شنبه'].indexOf(n);
}

/** The first `day` after `base`; a week later when «next» names a day of the meeting's own week. */
function weekdayAfter(base: string, day: number, next: boolean, persian: boolean): string {
  const date = nextWeekday(base, day);
  // The week starts on Saturday in Iran, on Monday in English minutes.
  const order = persian ? [6, 0, 1, 2, 3, 4, 5] : [1, 2, 3, 4, 5, 6, 0];
  const sameWeek = order.indexOf(day) > order.indexOf(weekday(base));
  return next && sameWeek ? addDays(date, 7) : date;
}

/** Where meeting dates come from: the Gregorian meeting date and whether the document is Persian. */
export interface DeadlineContext {
  meetingDate: string | null;
  persian: boolean;
  /** An English text that writes its dates day first (`writesDayFirst`). */
  dayFirst?: boolean;
}

/**
 * «تا قبل از شروع مسابقات», «پیش از آغاز فصل برداشت», «قبل از بازگشایی مدارس»: before an event the minutes do
 * not date. Kept as written with no due day; the event is a word or two, ending before a verb, a task's noun or a
 * preposition. The end of a period («قبل از پایان آذر») is read as a period.
 */
const BEFORE_EVENT =
  /(?<!\p{L})(?:تا\s+)?(?:قبل|پیش)\s+از\s+(?:شروع|آغاز|برگزاری|بازگشایی|فرا\s*رسیدن)((?:\s+[^\s.,;:()]+){1,2})/gu;
function eventEnd(m: RegExpMatchArray): number {
  const words = m[1]!.split(/\s+/).filter(Boolean);
  let end = m.index! + m[0].length - m[1]!.length;
  let pos = end;
  for (const w of words) {
    const at = m.input!.indexOf(w, pos);
    // «… بازگشایی مدارس سرویس ها را …»: a plural noun after the event is where the object starts.
    const plural = /^\s+(?:ها|های)(?!\p{L})/u.test(m.input!.slice(at + w.length));
    if (NAME_STOPS.has(w) || ACTION_NOUNS.has(w) || (plural && end > m.index! + m[0].length - m[1]!.length)) break;
    end = at + w.length;
    pos = end;
  }
  return end;
}

function hits(c: string, ctx: DeadlineContext): Hit[] {
  const out: Hit[] = [];
  const base = ctx.meetingDate;
  for (const m of c.matchAll(ASAP)) out.push({ start: m.index, end: m.index + m[0].length, resolve: () => null });
  for (const m of c.matchAll(BEFORE_EVENT)) {
    const end = eventEnd(m);
    // «قبل از شروع بحث گزارش ارائه شد»: what was done before an event of the meeting itself.
    if (end > m.index + m[0].length - m[1]!.length && !isPast(clauseAfter(c, end)))
      out.push({ start: m.index, end, resolve: () => null });
  }
  for (const m of c.matchAll(ONGOING)) {
    // «(مستمر)»: the word, not its brackets.
    const inner = /مستمر/.exec(m[0]);
    const start = m[0].startsWith('(') && inner ? m.index + inner.index : m.index;
    out.push({
      start,
      end: m[0].startsWith('(') && inner ? start + inner[0].length : m.index + m[0].trimEnd().length,
      resolve: () => null,
    });
  }
  for (const m of c.matchAll(NEXT)) {
    out.push({ start: m.index, end: m.index + m[0].length, resolve: () => null, nextMeeting: true });
  }
  for (const m of c.matchAll(EVENT)) out.push({ start: m.index, end: m.index + m[0].length, resolve: () => null });
  for (const m of c.matchAll(NAMED_DEADLINE)) {
    out.push({ start: m.index, end: m.index + m[0].length, resolve: () => null });
  }
  for (const m of c.matchAll(EN_EVENT)) {
    // «… a process that will be refined by TSC»: after a participle, «by» names who does it, not when.
    if (/^by\b/i.test(m[0]) && AGENT_BEFORE.test(c.slice(Math.max(0, m.index - 30), m.index))) continue;
    const tomorrow = TOMORROW.test(m[0]);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      resolve: () => (tomorrow && base ? addDays(base, 1) : null),
    });
  }
  for (const m of c.matchAll(NEXT_WEEK)) {
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      resolve: () => (base ? after(base, 1, 'week', false) : null),
    });
  }
  for (const m of c.matchAll(FA_TOMORROW)) {
    out.push({ start: m.index, end: m.index + m[0].length, resolve: () => (base ? addDays(base, 1) : null) });
  }
  for (const m of c.matchAll(THIS_PERIOD)) {
    const week = (m[2] ?? m[3]) === 'هفته';
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      resolve: () => (!base ? null : week ? weekEnd(base, ctx.persian) : monthEnd(base, ctx.persian)),
    });
  }
  for (const m of c.matchAll(DECADE)) {
    out.push({ start: m.index, end: m.index + m[0].length, resolve: () => decadeEnd(m, base) });
  }
  for (const m of c.matchAll(WEEKDAY)) {
    const day = weekdayNumber(m.groups!.en ?? m.groups!.fa!);
    const next = !!(m.groups!.next ?? m.groups!.after);
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      resolve: () => (base ? weekdayAfter(base, day, next, ctx.persian) : null),
    });
  }
  for (const m of c.matchAll(DURATION)) {
    // «possibly within a day»: a hope, not a deadline.
    if (HEDGE.test(c.slice(Math.max(0, m.index - 20), m.index))) continue;
    const n = countValue(m[1]!);
    const unit = m[2]!.toLowerCase();
    const working = !!m[3] || /business|working/.test(unit);
    // Counted from a notice the minutes do not date: the secretary sets the day (the preview asks).
    const fromNotice = !!m[4];
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      resolve: () => (base && n && !fromNotice ? after(base, n, unit, working) : null),
    });
  }
  for (const m of c.matchAll(PERIOD_END)) {
    out.push({ start: m.index, end: m.index + m[0].length, resolve: () => periodEnd(m, base, ctx.persian) });
  }
  for (const m of c.matchAll(EN_QUARTER_END)) {
    out.push({ start: m.index, end: m.index + m[0].length, resolve: () => quarterEnd(m, base) });
  }
  for (const m of c.matchAll(PART_OF_YEAR_END)) {
    out.push({ start: m.index, end: m.index + m[0].length, resolve: () => partOfYearEnd(m, base) });
  }
  for (const f of findDates(c, ctx.persian, ctx.dayFirst)) {
    const anchored =
      anchorBefore(c, f.start) ??
      (f.range ? (rangeAnchorBefore(c, f.start) ?? anchorBefore(c, f.range.lastStart)) : null);
    if (anchored !== null) {
      if (VALIDITY.test(clauseOf(c, f.start)) || doneByThen(c, anchored, f.end)) continue;
      out.push({ start: anchored, end: f.end, resolve: () => dateOf(withYear(f.date, base)) });
      continue;
    }
    // «مقرر شد در روز شنبه ۱۵ مهر … انجام شود»: the day the decision sets for the work, right after it.
    const onDay = ctx.persian ? WORK_ON_DAY.exec(c.slice(Math.max(0, f.start - 60), f.start)) : null;
    if (onDay && !isPast(clauseAfter(c, f.end))) {
      out.push({ start: f.start - onDay[1]!.length, end: f.end, resolve: () => dateOf(withYear(f.date, base)) });
      continue;
    }
    const event = ctx.persian ? EVENT_AT.exec(c.slice(Math.max(0, f.start - 120), f.start)) : null;
    const tail = event ? clauseAfter(c, f.end) : '';
    if (!event || isPast(tail) || ATTEND.test(tail)) continue;
    const due = dateOf(withYear(f.date, base));
    // Held before the meeting that wrote it down: a meeting being reported on, not one to report to.
    if (due && base && due < base) continue;
    out.push({ start: f.start - event[1]!.length, end: f.end, resolve: () => due });
  }
  return out;
}

/**
 * Where «از», «بین», «between», «from» … open a range just before `at`: with its end they set a period, whose
 * last day is the deadline («between June 30 and July 2», «از ۳۰ خرداد تا ۲ تیر»). A single date after them is
 * no deadline, so only ranges ask.
 */
function rangeAnchorBefore(c: string, at: number): number | null {
  const m = RANGE_ANCHOR.exec(c.slice(Math.max(0, at - 20), at));
  return m ? at - m[0].length : null;
}

/** Where «تا», «مهلت», «by», «due» … written just before `at` starts, or null when nothing anchors a date there. */
function anchorBefore(c: string, at: number): number | null {
  const before = c.slice(Math.max(0, at - 30), at);
  const fa = FA_ANCHOR.exec(before);
  if (fa) return at - fa[0].length;
  return EN_ANCHOR.test(before) ? at : null;
}

function isPast(clause: string): boolean {
  const past = PAST_VERB.exec(clause);
  const coming = COMING_VERB.exec(clause);
  return !!past && (!coming || past.index < coming.index);
}

/**
 * «اعضایی که تا تاریخ … ثبت نام کرده باشند …»: a date inside a «که» clause whose verb is done by then (the perfect
 * subjunctive) says whom the decision is about, not when work is due. «… تا تاریخ … ارسال شده باشد» on its own is a
 * deadline.
 */
function doneByThen(c: string, anchor: number, end: number): boolean {
  return (
    /(?<!\p{L})که\s+(?:\S+\s+){0,3}$/u.test(c.slice(Math.max(0, anchor - 60), anchor)) &&
    /^\s*(?:\S+\s+){0,5}?\S+ه\s+(?:باشد|باشند)(?!\p{L})/u.test(c.slice(end, end + 80))
  );
}

/**
 * How far a clause is read either side of a date: its verb is near it. Bounded, so an item of many dates and no
 * full stop is not read again to its end for each of them.
 */
const CLAUSE_REACH = 400;

/** The sentence around `at`, within CLAUSE_REACH of it. */
function clauseOf(c: string, at: number): string {
  const from = Math.max(0, at - CLAUSE_REACH);
  const head = c.slice(from, at);
  const start = Math.max(head.lastIndexOf('.'), head.lastIndexOf(';')) + 1;
  return head.slice(start) + clauseAfter(c, at);
}

/** The rest of the clause after `at`, up to its full stop (or CLAUSE_REACH on). */
function clauseAfter(c: string, at: number): string {
  const rest = c.slice(at, at + CLAUSE_REACH);
  const stop = rest.search(/[.؛!?]/);
  return stop < 0 ? rest : rest.slice(0, stop);
}

function dateOf(d: ReturnType<typeof withYear>): string | null {
  return d ? toGregorian(d) : null;
}

function after(base: string, n: number, unit: string, working: boolean): string {
  // «ظرف ۴۸ ساعت»: the day those hours end on, counted from the meeting's day.
  if (/^(?:ساعت|hour)/.test(unit)) return addDays(base, Math.ceil(n / 24));
  if (/^(?:روز|day)/.test(unit)) {
    if (!working) return addDays(base, n);
    let date = base;
    for (let left = n; left > 0; ) {
      date = addDays(date, 1);
      if (weekday(date) !== 5 && weekday(date) !== 4) left--;
    }
    return date;
  }
  if (/^(?:هفته|week)/.test(unit)) return addDays(base, 7 * n);
  if (/^(?:ماه|month)/.test(unit)) return addMonths(base, n);
  return addMonths(base, 12 * n);
}

/** The last day of the meeting's month: the Jalali month in Persian minutes, the Gregorian one in English. */
function monthEnd(base: string, persian: boolean): string | null {
  if (!persian) return addDays(addMonths(`${base.slice(0, 7)}-01`, 1), -1);
  const jy = jalaliYearOf(base);
  const jm = jalaliMonthOf(base);
  const date = makeDate('jalali', jy, jm, jalaliMonthLength(jy, jm));
  return date ? toGregorian(date) : null;
}

/** «تا دهه اول آذر» → 10 Azar; «دهه سوم/آخر» → the month's last day; in the meeting's year, or the next. */
function decadeEnd(m: RegExpMatchArray, base: string | null): string | null {
  let jy = base ? jalaliYearOf(base) : 0;
  const jm = faMonthNumber(m[2]!);
  if (!jy || !jm) return null;
  const day = (y: number) => (m[1] === 'اول' ? 10 : m[1] === 'دوم' ? 20 : jalaliMonthLength(y, jm));
  let date = makeDate('jalali', jy, jm, day(jy));
  let g = date && toGregorian(date);
  if (g && base && g < base) {
    jy += 1;
    date = makeDate('jalali', jy, jm, day(jy));
    g = date && toGregorian(date);
  }
  return g ?? null;
}

/** `تا پایان خرداد ماه سال جاری` → the last day of Khordad in the meeting's Jalali year. */
function periodEnd(m: RegExpMatchArray, base: string | null, persian: boolean): string | null {
  if (m[4]) return englishEnd(m[4].toLowerCase(), m[5], base);
  const which = m[1]!;
  const what = m[2]!;
  const yearWord = m[3];
  const day = (len: number) =>
    /اواسط|نیمه/.test(which) ? 15 : /اوایل/.test(which) ? 10 : /ابتدای|اول/.test(which) ? 1 : len;
  // «تا پایان هفته آینده»: the week after the meeting's.
  if (what === 'هفته') return base ? addDays(weekEnd(base, persian), /آینده|بعد/.test(yearWord ?? '') ? 7 : 0) : null;
  if (!persian && what === 'سال') return englishEnd('year', yearWord, base);
  let jy = jalaliYearNamed(base, yearWord);
  if (!jy) return null;
  let jm = what === 'سال' ? 12 : what === 'ماه' ? jalaliMonthOf(base) : faMonthNumber(what);
  if (!jm) return null;
  let date = makeDate('jalali', jy, jm, day(jalaliMonthLength(jy, jm)));
  let g = date && toGregorian(date);
  if (g && base && !yearWord && g < base && what !== 'ماه') {
    jy += 1;
    jm = Math.min(jm, 12);
    date = makeDate('jalali', jy, jm, day(jalaliMonthLength(jy, jm)));
    g = date && toGregorian(date);
  }
  return g ?? null;
}

/** The Jalali year a period's year word names («۱۴۰۵», «آینده»), else the meeting's; 0 when neither is known. */
function jalaliYearNamed(base: string | null, yearWord: string | undefined): number {
  const jy = base ? jalaliYearOf(base) : 0;
  if (yearWord && /^\d+$/.test(yearWord)) return makeDate('jalali', Number(yearWord), 1, 1)?.y ?? 0;
  if (yearWord && /آینده|بعد/.test(yearWord)) return jy ? jy + 1 : 0;
  return jy;
}

/** The last day of the quarter or half a `PART_OF_YEAR_END` match names, in the meeting's Jalali year. */
function partOfYearEnd(m: RegExpMatchArray, base: string | null): string | null {
  const month = m[1] ? 3 * ORDINAL[m[2]!]! : 6 * ORDINAL[m[4]!]!;
  const jy = jalaliYearNamed(base, m[5]);
  if (!jy) return null;
  const date = makeDate('jalali', jy, month, jalaliMonthLength(jy, month));
  return date ? toGregorian(date) : null;
}

function jalaliMonthOf(base: string | null): number {
  if (!base) return 0;
  const [gy, gm, gd] = base.split('-').map(Number) as [number, number, number];
  for (let jm = 1; jm <= 12; jm++) {
    const jy = jalaliYearOf(base);
    const end = toGregorian({ calendar: 'jalali', y: jy, m: jm, d: jalaliMonthLength(jy, jm) });
    if (end && end >= `${gy}-${String(gm).padStart(2, '0')}-${String(gd).padStart(2, '0')}`) return jm;
  }
  return 12;
}

function englishEnd(what: string, year: string | undefined, base: string | null): string | null {
  const y = year ? Number(year) : base ? Number(base.slice(0, 4)) : 0;
  if (what === 'week') return base ? weekEnd(base, false) : null;
  if (what === 'year') return y ? `${y}-12-31` : null;
  if (what === 'month') return base ? addDays(addMonths(`${base.slice(0, 7)}-01`, 1), -1) : null;
  const month = findDates(`1 ${what} ${y || 2000}`, false)[0]?.date.m;
  if (!month || !y) return null;
  return addDays(addMonths(`${y}-${String(month).padStart(2, '0')}-01`, 1), -1);
}

/**
 * «تا پایان هفته (جاری)»: the last working day of the week the meeting is in — Wednesday in Iran's
 * Saturday–Wednesday week, Friday in a Monday–Friday one; after it, that day of the week to come.
 */
function weekEnd(base: string, persian: boolean): string {
  const last = persian ? 3 : 5;
  const order = persian ? [6, 0, 1, 2, 3, 4, 5] : [1, 2, 3, 4, 5, 6, 0];
  const from = order.indexOf(weekday(base));
  const to = order.indexOf(last);
  return from <= to ? addDays(base, to - from) : nextWeekday(base, last);
}

function nextWeekday(base: string, day: number): string {
  let d = addDays(base, 1);
  while (weekday(d) !== day) d = addDays(d, 1);
  return d;
}

/** How much of the text after a clause's start is read for a deadline phrase opening it. */
const DEADLINE_WINDOW = 320;

/**
 * Where a deadline phrase that opens `c` at `at` ends («تا پایان هفته آینده» in «مقرر شد تا پایان هفته آینده
 * آقای X …»), or null when none opens there.
 */
export function deadlineEndAt(c: string, at: number): number | null {
  // «مقرر شد حداکثر تا ۱۵ آذر آقای X …»: «حداکثر» (at the latest) opens the deadline too.
  const lead = /^\s*(?:(?:حداکثر|حداکثرا|نهایتا|نهایتاً)\s+)?/u.exec(c.slice(at))![0].length;
  // Only a phrase opening here counts, and deadline phrases are short: the rules read the next few hundred
  // characters, not the rest of the item, which a long unpunctuated item would have them read once per clause.
  // A phrase running close to that cut is read again over the whole rest.
  const from = at + lead;
  const opening = (rest: string) => hits(rest, { meetingDate: null, persian: true }).filter((h) => h.start === 0);
  let found = opening(c.slice(from, from + DEADLINE_WINDOW));
  if (found.some((h) => h.end > DEADLINE_WINDOW - 64)) found = opening(c.slice(from));
  if (!found.length) return null;
  return at + lead + Math.max(...found.map((h) => h.end));
}

/**
 * «… - مهلت: پایان آبان», «(زمان اجرا: دو هفته)», «Due: 1 May»: a deadline field written inside the item, read
 * as its deadline column would be.
 */
const DUE_FIELD =
  /(?<!\p{L})(?:مهلت(?:\s+(?:اجرا|انجام))?|زمان\s+(?:اجرا|انجام)|سررسید|موعد(?:\s+(?:اجرا|انجام))?|deadline|due(?:\s+date)?|target\s+date)\s*[:=]\s*([^;()[\]\n]+?)(?=\s*(?:[;()[\]\n]|\.(?:\s|$)|\s[-–]\s|[,،]\s*\S+(?:\s+\S+)?\s*:|$))/iu;

/** The first deadline written in a resolution's text, or null. */
export function deadlineInText(text: Txt, ctx: DeadlineContext): Deadline | null {
  const field = DUE_FIELD.exec(text.c);
  if (field?.[1]?.trim()) {
    const start = field.index + field[0].length - field[1].length;
    const cell = deadlineFromCell(text.slice(start, start + field[1].length), ctx);
    if (cell) return cell;
  }
  const found = hits(text.c, ctx).sort((a, b) => a.start - b.start || b.end - a.end)[0];
  if (!found) return null;
  return {
    phrase: text.slice(found.start, found.end).trim(),
    dueDate: found.resolve(),
    nextMeeting: !!found.nextMeeting,
  };
}

/**
 * «پرداخت مطالبات – پایان مهر», «ارسال صورتجلسه - یک هفته», «Send the draft – 5 May»: the last part of an item,
 * after a spaced dash, when it is a deadline and nothing more; read as a deadline column's cell.
 */
export function deadlineAfterDash(text: Txt, ctx: DeadlineContext): Deadline | null {
  const dash = /\s[-–—]\s+(?=\S)/gu;
  let last: RegExpExecArray | null = null;
  for (let m = dash.exec(text.c); m; m = dash.exec(text.c)) last = m;
  if (!last) return null;
  return partDeadline(text.slice(last.index + last[0].length).trim(' .'), ctx);
}

/**
 * «Collect the reports (April 1)», «Book the hall (next meeting)»: a bracket closing an English item that holds a
 * date or a period and nothing more. A bracket of names or an acronym («(TSC)») is not one.
 */
export function deadlineInBracket(text: Txt, ctx: DeadlineContext): Deadline | null {
  const m = /\(([^()]{2,40})\)\s*[.;]?\s*$/.exec(text.c);
  if (
    !m ||
    !/\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|next|end|asap|week|month)/i.test(
      m[1]!,
    )
  )
    return null;
  const start = m.index + 1;
  return partDeadline(text.slice(start, start + m[1]!.length).trim(' .'), ctx);
}

/** A part of an item set apart (after a dash, in a bracket) that is a deadline and nothing more. */
function partDeadline(part: Txt, ctx: DeadlineContext): Deadline | null {
  if (!part.c || part.c.split(/\s+/).length > 6) return null;
  const whole = (phrase: Txt) => phrase.c.replace(/\s+/g, '').length >= part.c.replace(/\s+/g, '').length - 2;
  const inner = deadlineInText(part, ctx);
  if (inner) return whole(inner.phrase) ? { ...inner, phrase: part } : null;
  const bare = findDates(part.c, ctx.persian, ctx.dayFirst)[0];
  if (bare) return bare.start === 0 && bare.end >= part.c.length - 1 ? deadlineFromCell(part, ctx) : null;
  for (const anchor of ['تا', 'by']) {
    const implied = deadlineInText(new Txt(`${anchor} ${part.d}`, `${anchor} ${part.c}`), ctx);
    if (implied && whole(implied.phrase.slice(anchor.length + 1))) return { ...implied, phrase: part };
  }
  return null;
}

/** A deadline column's cell: `-`, empty or «ندارد» mean none; a bare date counts without «تا». */
export function deadlineFromCell(cell: Txt, ctx: DeadlineContext): Deadline | null {
  const t = cell.trim(' -.*');
  if (!t.c || /^(?:ندارد|n\/?a|none|tbd|-+)$/i.test(t.c)) return null;
  const phrase = cell.trim();
  const inner = deadlineInText(t, ctx);
  if (inner) return { ...inner, phrase };
  const bare = findDates(t.c, ctx.persian, ctx.dayFirst)[0];
  if (bare) return { phrase, dueDate: dateOf(withYear(bare.date, ctx.meetingDate)), nextMeeting: false };
  // A column headed «مهلت» holds `پایان شهریور` without the «تا» a sentence would need; «Due» holds `next
  // meeting`, `end of June` without their «by».
  const implied =
    deadlineInText(new Txt(`تا ${t.d}`, `تا ${t.c}`), ctx) ?? deadlineInText(new Txt(`by ${t.d}`, `by ${t.c}`), ctx);
  return { phrase, dueDate: implied?.dueDate ?? null, nextMeeting: !!implied?.nextMeeting };
}
