// Which meeting the minutes record: its number, term, date, start time and chair as the title or the opening
// sentence states them («بیست و ششمین جلسه … مورخ ۹۸/۱۰/۲۳ از ساعت ۱۳», «اهم مصوبات جلسه شماره ۱۹»,
// «The 26th meeting of …»). Only the opening counts: a later «جلسه شماره ۲۷ … برگزار خواهد شد» is another
// meeting, and so is any mention in a sentence about the next one.
import { type DayDate, findDates } from './dates.js';
import { markOf } from './items.js';
import { DECIDED_VERB, HONORIFIC_RE, NAME_STOPS, NEWS_LEAD, ORG_HEAD_RE, POST_HEAD_RE } from './lexicon.js';
import { EN_ORDINAL, enOrdinalValue, FA_ORDINAL, faOrdinalValue } from './ordinals.js';
import { firstName } from './owners.js';
import { type Line, linesOf, type Section } from './sections.js';
import { STAMP } from './stamps.js';

export interface Identity {
  number: string | null;
  term: string | null;
  date: DayDate | null;
  /**
   * A day and month after a date word with no year («در تاریخ ۲۰ مرداد ماه با حضور … جلسه‌ای … برگزار شد»): the
   * meeting's day as written, though not a date the register can hold.
   */
  yearless: DayDate | null;
  /** The text after the meeting's mention up to the end of its sentence: where its time is written. */
  rest: string | null;
  chair: string | null;
  secretary: string | null;
}

const MAX_OPENING = 8;
/** A decision or a numbered item ends the opening: what follows is the minutes' body. */
const BODY_START = new RegExp(`^(?:مقرر|مصوب\\s|تصویب(?!\\s*نامه)|decided|agreed|resolved)|${DECIDED_VERB}`, 'iu');

/** Whether a line holds a decision: the minutes' body has begun. */
export function opensBody(c: string): boolean {
  return BODY_START.test(c.replace(/^[-*•●○◦▪■·+]\s*/, ''));
}

/** The first lines of the minutes, up to and including the first one holding a decision. */
export function openingLines(sections: Section[]): Line[] {
  const out: Line[] = [];
  let lede = false;
  for (const s of sections) {
    if (s.kind === 'decision' || s.kind === 'action') return out;
    for (const line of linesOf(s)) {
      if (!line.body.c) continue;
      if (lede && !NEWS_LEAD.test(line.body.c)) return out;
      lede = false;
      if (out.length >= MAX_OPENING || markOf(line.body.c)?.kind === 'num') return out;
      out.push(line);
      if (!opensBody(line.body.c)) continue;
      // A news page's headline that tells a decision («مصوب شد …») stands over the report's first sentence
      // («به گزارش …»), which tells of the meeting: the opening goes on to that sentence.
      if (out.length === 1) lede = true;
      else return out;
    }
  }
  return out;
}

const MEETING = '(?:جلسه|نشست|اجلاس|اجلاسیه)';
const MENTIONS: { re: RegExp; value: (m: RegExpExecArray) => number | null }[] = [
  {
    re: new RegExp(`(${FA_ORDINAL})\\s+(?:صورت\\s*)?${MEETING}(?!\\p{L})`, 'gu'),
    value: (m) => faOrdinalValue(m[1]!),
  },
  // «جلسه سیصد و هفتم ۲۷/۰۲/۹۴ شورای …»: the ordinal after the word.
  { re: new RegExp(`(?<!\\p{L})${MEETING}\\s+(${FA_ORDINAL})`, 'gu'), value: (m) => faOrdinalValue(m[1]!) },
  {
    re: new RegExp(`(?<!\\p{L})(?:صورت\\s*)?${MEETING}\\s+(?:شماره|ش\\.)\\s*:?\\s*(\\d{1,5})(?!\\d)`, 'gu'),
    value: (m) => Number(m[1]),
  },
  // «در جلسه ۴۵۹ مورخ ۷۸/۱۲/۲۴»: a number right before the meeting's date is its number.
  {
    re: new RegExp(`(?<!\\p{L})${MEETING}\\s+(\\d{1,5})\\s+(?=(?:مورخ|مورخه|به\\s+تاریخ|تاریخ)(?!\\p{L}))`, 'gu'),
    value: (m) => Number(m[1]),
  },
  // «جلسه ۴۵ شورا مورخ …», «نشست ۱۲ کمیته فنی»: a number right before the body the meeting is of.
  {
    re: new RegExp(
      `(?<!\\p{L})${MEETING}\\s+(\\d{1,5})\\s+(?=(?:شورا|شورای|کمیته|کمیسیون|کارگروه|هیئت|هیات|ستاد|مجمع|انجمن|کانون)(?!\\p{L}))`,
      'gu',
    ),
    value: (m) => Number(m[1]),
  },
  {
    re: new RegExp(`(${EN_ORDINAL})\\s+(?:[A-Za-z]+\\s+){0,3}?(?:meeting|session)\\b`, 'gi'),
    value: (m) => enOrdinalValue(m[1]!),
  },
  { re: /\b(?:meeting|session)\s+(?:no\.?|number|#)\s*:?\s*(\d{1,5})\b/gi, value: (m) => Number(m[1]) },
  // «Steering Committee — Meeting 14»: a bare number after the word, not a time («Meeting 10:30», «at 9 am»).
  {
    re: /\b(?:meeting|session)\s+(\d{1,5})\b(?![:.]\d)(?!\s*(?:am|pm|a\.m|p\.m|o'clock|hrs?|h)\b)/gi,
    value: (m) => Number(m[1]),
  },
];
const TERM = new RegExp(
  `^\\s*(${FA_ORDINAL})\\s+(?:دوره|دور)(?!\\p{L})|^\\s*(?:of\\s+the\\s+)?(${EN_ORDINAL})\\s+term\\b`,
  'iu',
);
/**
 * «اولین جلسه شورا در سال ۱۴۰۳», fused «درسال ۹۹», «the third meeting this year»: a count within the year, not the
 * number.
 */
const YEARLY =
  /^(?:\s+[^\s.,]+){0,8}?\s+(?:در\s*)?(?:سال\s+(?:جاری|\d{2,4})|امسال)(?!\p{L})|^(?:\s+\S+){0,6}?\s+(?:this|of\s+the)\s+year\b/iu;
/**
 * «پیرو جلسه شماره ۴۰», «به استناد مصوبه جلسه شماره ۷۳۶ شورای عالی …»: the mention right after these words is an
 * earlier or later meeting, or another body's.
 */
const FOLLOWING =
  /(?<!\p{L})(?:(?:پیرو|طبق|مطابق|وفق|به\s+استناد|به\s+موجب|مستند\s+به|بر\s*اساس|در\s+اجرای)(?:\s+(?:مصوبه|مصوبات|تصمیم|تصمیمات|صورت\s*جلسه|بند\s+\S+))*|following|after|before|since|previous|last|next|pursuant\s+to(?:\s+the\s+(?:decision|resolution)s?\s+of)?)\s*$/iu;
/** A clause about another meeting: the next one, one to be held, one held before. */
const OTHER_MEETING =
  /(?<!\p{L})(?:بعد|بعدی|آتی|آینده|خواهد|قبل|قبلی|گذشته|پیشین)(?!\p{L})|\b(?:next|upcoming|previous|last|will\s+be)\b/iu;
const SENTENCE_END = /[.!?](?=\s|$)|:\s*$/;

function sentenceAround(c: string, start: number, end: number): { before: string; after: string } {
  const head = c.slice(0, start);
  const cut = Math.max(head.lastIndexOf('. '), head.lastIndexOf('! '), head.lastIndexOf('? '));
  const tail = c.slice(end);
  const stop = SENTENCE_END.exec(tail);
  return { before: head.slice(cut + 1), after: stop ? tail.slice(0, stop.index) : tail };
}

const DATED = /(?<!\p{L})(?:مورخ|مورخه|تاریخ|dated|held\s+on)\s*/giu;

/**
 * «صورتجلسه کمیته فنی مورخ ۱۴۰۲/۰۱/۰۱» without a number: the first date after a date word, in its own sentence;
 * and a day there with no year before it, where its sentence tells of the meeting held. One pass for both.
 */
function datedIn(c: string, persian: boolean, dayFirst: boolean): { date: DayDate | null; yearless: DayDate | null } {
  let date: DayDate | null = null;
  let yearless: DayDate | null = null;
  for (const m of c.matchAll(DATED)) {
    const { before, after } = sentenceAround(c, m.index, m.index + m[0].length);
    if (OTHER_MEETING.test(before) || OTHER_MEETING.test(after)) continue;
    const found = findDates(after, persian, dayFirst)[0];
    if (!found || found.start > 2) continue;
    // A day with no year counts only before the first dated one.
    if (found.date.y) {
      date = found.date;
      break;
    }
    if (HELD.test(before + after)) yearless ??= found.date;
  }
  return { date, yearless };
}

/** A sentence telling of a meeting held: «جلسه‌ای … برگزار شد», «… تشکیل گردید», «a meeting was held». */
const HELD = /(?:جلسه|نشست)[\s\S]*(?:برگزار|تشکیل)|\bmeeting\b[\s\S]*\b(?:held|convened)\b/iu;

const CHAIRED = /(?<!\p{L})(?:به|با)\s+(?:ریاست|مدیریت)\s+(?=\S)|\bchaired\s+by\s+/giu;
/** «… و دبیری مدیرکل …», «با دبیری خانم نوری»: who kept the minutes, beside the chair in the opening sentence. */
const SECRETARIED = /(?<!\p{L})(?:(?:به|با|و)\s+)+دبیری\s+(?=\S)/gu;
/** Where the chair's or the secretary's value ends: a stop, a bracket, a dash, or the other post's mention. */
const VALUE_END = /[,،.;(]|\s-\s|\s+(?:و\s+)?(?:(?:به|با)\s+)?(?:دبیری|ریاست)(?!\p{L})/u;

/**
 * «به ریاست دکتر البرزی», «با ریاست معاون استاندار و دبیری مدیرکل …»: a titled person or a post one person
 * holds — the person, not their post, when both are written; not a body («آقای X به ریاست شورا انتخاب شد»).
 */
function postOrPerson(line: Line, from: number, persian: boolean): string | null {
  const rest = line.body.c.slice(from);
  if (persian && !HONORIFIC_RE.test(rest) && !POST_HEAD_RE.test(rest)) {
    const named = nameBeforePost(rest);
    return named ? line.body.slice(from, from + named).trim().d : null;
  }
  const cut = VALUE_END.exec(rest);
  return firstName(line.body.slice(from, from + (cut ? cut.index : rest.length)))?.d ?? null;
}

/**
 * «به ریاست کاظمی معاون عمرانی فرماندار», «به ریاست رحیمی فرماندار»: a name written bare, one to three plain
 * words, and the post it holds right after it; the length of the name, or 0. Not a body («به ریاست شورا …»).
 */
function nameBeforePost(rest: string): number {
  const words = /^(?:[^\s,،.;:()]+\s+){1,4}/u.exec(rest)?.[0].split(/\s+/).filter(Boolean) ?? [];
  let at = 0;
  for (let i = 0; i < Math.min(words.length, 3); i++) {
    const w = words[i]!;
    if (NAME_STOPS.has(w) || ORG_HEAD_RE.test(w) || !/^\p{L}+$/u.test(w)) return 0;
    at = rest.indexOf(w, at) + w.length;
    if (POST_HEAD_RE.test(rest.slice(at).trimStart())) return at;
  }
  return 0;
}

export function readIdentity(lines: Line[], persian: boolean, dayFirst = false): Identity {
  const id: Identity = {
    number: null,
    term: null,
    date: null,
    yearless: null,
    rest: null,
    chair: null,
    secretary: null,
  };
  /** A date after a date word («تاریخ: …», «مورخ …») anywhere in the opening: the mention's own date outranks it. */
  let dated: DayDate | null = null;
  for (const line of lines) {
    const c = line.body.c;
    for (const { re, value } of MENTIONS) {
      for (const m of c.matchAll(re)) {
        const { before, after } = sentenceAround(c, m.index, m.index + m[0].length);
        if (FOLLOWING.test(before) || OTHER_MEETING.test(after.split(',')[0]!)) continue;
        if (re === MENTIONS[0]!.re && YEARLY.test(after)) continue;
        const n = String(value(m) ?? '');
        if (!n || (id.number && id.number !== n)) continue;
        id.number = n;
        const term = TERM.exec(after);
        if (term) id.term ??= String(faOrdinalValue(term[1] ?? '') ?? enOrdinalValue(term[2] ?? '') ?? '') || null;
        // A title repeats the number without a date; the opening sentence that follows gives both.
        const date = id.date ? null : findDates(after, persian, dayFirst).find((f) => f.date.y);
        if (date) {
          id.date = date.date;
          id.rest = after;
        }
      }
    }
    if (!STAMP.test(c)) {
      const found = datedIn(c, persian, dayFirst);
      dated ??= found.date;
      id.yearless ??= found.yearless;
    }
    // «به ریاست دکتر البرزی فرماندار شهرستان برگزار شد»: the person, not their post or the verb after it.
    for (const m of c.matchAll(CHAIRED)) id.chair ??= postOrPerson(line, m.index + m[0].length, persian);
    for (const m of c.matchAll(SECRETARIED)) id.secretary ??= postOrPerson(line, m.index + m[0].length, true);
  }
  id.date ??= dated;
  return id;
}
