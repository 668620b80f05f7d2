// The meeting header: session number, date, start/end time, chair, secretary, attendees and the next meeting.
// Labels may share a line («رئیس جلسه: … دبیر جلسه: …»), so each value runs to the next label.
import { zonedInstant } from '../core/calendar.js';
import { clockTime, type DayDate, type FoundDate, findDates, isoOf, toGregorian } from './dates.js';
import { isHtmlTable } from './html-table.js';
import { openingLines, opensBody, readIdentity } from './identity.js';
import { markOf } from './items.js';
import { isSignatureLine, MEETING_BODY } from './lexicon.js';
import { Txt } from './normalize.js';
import { ownersFromList } from './owners.js';
import { type Line, linesOf, type Section } from './sections.js';
import { STAMP } from './stamps.js';
import { emptyMeeting, type MeetingDoubt, type ParsedMeeting } from './types.js';

type Field = 'number' | 'date' | 'start' | 'end' | 'time' | 'chair' | 'secretary' | 'attendees' | 'next';

const LABELS: [Field, string][] = [
  ['next', '(?:زمان\\s+|تاریخ\\s+)?جلسه\\s+(?:بعد|بعدی|آتی|آینده)|next\\s+meeting'],
  [
    'number',
    'شماره\\s+(?:جلسه|صورت\\s*جلسه|نشست)|(?:صورت\\s*جلسه|جلسه|نشست)\\s+شماره|meeting\\s+(?:no\\.?|number|#)|session\\s+(?:no\\.?|number|#)',
  ],
  ['date', 'تاریخ\\s+(?:جلسه|برگزاری|تشکیل)|تاریخ|مورخ(?:ه)?|meeting\\s+date|date'],
  ['start', 'ساعت\\s+شروع|زمان\\s+شروع|شروع\\s+جلسه|start(?:\\s+time)?|started(?:\\s+at)?'],
  [
    'end',
    'ساعت\\s+(?:پایان|خاتمه|اتمام)|زمان\\s+(?:پایان|خاتمه)|(?:پایان|خاتمه)\\s+جلسه|end(?:\\s+time)?|ended(?:\\s+at)?|finish(?:ed)?',
  ],
  ['time', 'ساعت(?:\\s+(?:جلسه|برگزاری|تشکیل))?|زمان\\s+برگزاری|time'],
  [
    'chair',
    `(?:رئیس|رییس)\\s+${MEETING_BODY}|ریاست\\s+جلسه|رئیس|رییس|chair(?:person|man|woman)?|host|facilitator|moderator|bosun|chaired\\s+by`,
  ],
  [
    'secretary',
    `دبیر\\s+${MEETING_BODY}|منشی\\s+جلسه|دبیر|منشی|secretary|(?:note|minutes?)\\s*-?\\s*taker|scribe|minutes\\s+(?:taken\\s+)?by|recorder`,
  ],
  [
    'attendees',
    'حاضرین|حاضران|شرکت\\s*کنندگان|اعضای\\s+حاضر|attendees|present|participants|in\\s+attendance|attended\\s+by|attending',
  ],
];

/** Labels need a colon, or to open the line (`جلسه شماره 55`): a word inside a sentence is not a label. */
const LABEL_RE = new RegExp(
  `(?:^|(?<=[\\s|,;*]))(${LABELS.map(([, re]) => `(?:${re})`).join('|')})(?:\\s*:\\s*|(?=\\s+[\\d\\p{L}]))`,
  'giu',
);

function fieldOf(label: string): Field {
  return LABELS.find(([, re]) => new RegExp(`^(?:${re})$`, 'iu').test(label.trim()))![0];
}

interface Value {
  field: Field;
  /** «تاریخ:» or «Date:» alone, not «تاریخ جلسه:». */
  bare: boolean;
  start: number;
  end: number;
}

/**
 * Label/value pairs on one canonical line. A label without a colon counts only at the start of an opening
 * line (a time also before its number): mid-sentence, the opening sentence's reading decides (identity.ts),
 * and «جلسه شماره ۲۷» deep in the text names another meeting.
 */
function values(c: string, opening: boolean): Value[] {
  const found = [...c.matchAll(LABEL_RE)].filter(
    (m) =>
      m[0].includes(':') ||
      (opening &&
        /^(?:number|date|time)$/.test(fieldOf(m[1]!)) &&
        (m.index <= 2 || (fieldOf(m[1]!) === 'time' && /^\s*\d/.test(c.slice(m.index + m[0].length))))),
  );
  return found.map((m, i) => ({
    field: fieldOf(m[1]!),
    bare: /^(?:تاریخ|date)$/i.test(m[1]!.trim()),
    start: m.index + m[0].length,
    end: found[i + 1]?.index ?? c.length,
  }));
}

const TIME =
  /(?<![\d/])(\d{1,2})(?:[:.](\d{2})|\/(\d{2}))?(?![\d/])(?:\s*(am|pm|a\.m\.?|p\.m\.?|صبح|عصر|بعد\s*از\s*ظهر|بعدازظهر)(?![a-z]))?/giu;

/** Times in a labelled value; a bare hour (`ساعت: ۱۰ الی ۱۲`) counts only right after the label. */
function times(s: string): string[] {
  const out: string[] = [];
  for (const m of s.matchAll(TIME)) {
    if (!m[2] && !m[3] && !m[4] && !/^\s*(?:از\s+)?$|(?:الی|تا|to|-)\s*$/i.test(s.slice(0, m.index))) continue;
    let h = Number(m[1]);
    if (m[4] && /p\.?m|عصر|ظهر/i.test(m[4]) && h < 12) h += 12;
    if (m[4] && /^a\.?m/i.test(m[4]) && h === 12) h = 0;
    const t = clockTime(String(h), m[2] ?? m[3]);
    if (t) out.push(t);
  }
  return out;
}

const ATTENDANCE =
  /حاضرین|حاضران|شرکت\s*کنندگان|اعضای\s+حاضر|attendees|attendance|^present$|participants|attended\s+by|^attending$/i;
const BULLET = /^(?:[-*•+]\s*)?(?:\[[ xX]?\]\s*)?/;

export interface HeaderResult {
  meeting: ParsedMeeting;
  date: DayDate | null;
}

export function readHeader(sections: Section[], persian: boolean, fileName?: string, dayFirst = false): HeaderResult {
  const m: ParsedMeeting = emptyMeeting();
  let date: DayDate | null = null;
  /** A bare «تاریخ:» may be a letterhead's (شماره … تاریخ … پیوست): the meeting's own mention outranks it. */
  let bareDate: DayDate | null = null;
  const headerSections = sections.filter((s) => s.kind !== 'decision' && s.kind !== 'action');
  const opening = openingLines(sections);
  const id = readIdentity(opening, persian, dayFirst);
  for (const section of headerSections) {
    for (const line of section.lines) {
      if (STAMP.test(line.body.c)) continue;
      const body = line.body.trim().remove(/\*\*|__/g);
      const bare = body.slice(BULLET.exec(body.c)![0].length);
      // «Minutes: J. Saleh»: who took the minutes, where the value is a person's name and nothing else.
      const by = MINUTES_BY.exec(bare.c);
      if (by && !NOT_A_PERSON.test(by[1]!))
        m.secretary ??= bare.slice(by.index + by[0].length - by[1]!.length).trim().d;
      // «• Mr. John Smith (Chairperson)» in a list of those present, with no label over it.
      if (NAME_AND_ROLE.test(bare.c)) rolesInBrackets(bare.d, m);
      for (const v of values(bare.c, opening.includes(line))) {
        const value = bare.slice(v.start, v.end).trim(' ,;|-');
        if (v.field === 'number') m.number ??= /\d+/.exec(value.c)?.[0] ?? null;
        if (v.field === 'date') {
          const found = findDates(value.c, persian, dayFirst)[0]?.date ?? null;
          if (v.bare) bareDate ??= found;
          else date ??= found;
        }
        if (v.field === 'start') m.startTime ??= times(value.c)[0] ?? null;
        if (v.field === 'end') m.endTime ??= times(value.c)[0] ?? null;
        if (v.field === 'time') {
          const [a, b] = times(value.c);
          m.startTime ??= a ?? null;
          m.endTime ??= b ?? null;
        }
        if (v.field === 'chair') m.chair ??= personName(value.d, value);
        if (v.field === 'secretary') m.secretary ??= personName(value.d, value);
        if (v.field === 'attendees') {
          rolesInBrackets(value.d, m);
          rolesBesideDash(value.d, m);
          m.attendees!.push(...ownersFromList(value.remove(/\s*\([^()]*\)?/g)).map((o) => o.d));
        }
        if (v.field === 'next') m.nextMeeting ??= instantIn(value.c, persian, dayFirst);
      }
    }
  }
  // The signature lines under the resolutions name the secretary and the chair where the header did not.
  for (const section of sections.filter((s) => !headerSections.includes(s))) {
    for (const line of section.lines) {
      if (!isSignatureLine(line.body.c)) continue;
      for (const v of values(line.body.c, false)) {
        const value = line.body.slice(v.start, v.end).trim(' ,;|-');
        if (v.field === 'chair') m.chair ??= personName(value.d, value);
        if (v.field === 'secretary') m.secretary ??= personName(value.d, value);
      }
    }
  }
  const doubts = new Set<MeetingDoubt>();
  m.number ??= id.number;
  if (id.term) m.term = id.term;
  date ??= id.date ?? bareDate;
  if (id.rest && !m.startTime) {
    // «… از ساعت ۱۳ الی ۱۶ در محل سازمان برگزار …»: the time beside the meeting's mention.
    const at = /ساعت|\bat\b|\bfrom\b/i.exec(id.rest);
    const [start, end] = at ? times(id.rest.slice(at.index + at[0].length)) : [];
    m.startTime = start ?? null;
    m.endTime ??= end ?? null;
  }
  const all = sections.flatMap(linesOf);
  if (!m.startTime || !m.endTime) {
    const told = timesTold(all);
    m.startTime ??= told.start;
    m.endTime ??= told.end;
  }
  m.chair ??= presiding(all);
  m.secretary ??= recorder(all);
  if (!m.chair && id.chair) {
    m.chair = id.chair;
    doubts.add('chair');
  }
  if (!m.secretary && id.secretary) {
    m.secretary = id.secretary;
    doubts.add('secretary');
  }
  const yearless = date && !date.y ? date : id.yearless;
  if (!date?.y) {
    // A date not labelled and not beside the meeting's mention is a guess worth checking.
    date =
      firstDate(headerSections, persian, dayFirst) ??
      (fileName ? (findDates(fileName, persian, dayFirst)[0]?.date ?? null) : null);
    doubts.add('date');
  }
  if (!m.number) doubts.add('number');
  if (!m.startTime && date?.y) m.startTime = timeBesideDate(opening, date);
  if (date?.y) {
    m.date = isoOf(date);
    m.calendar = date.calendar;
    m.gregorianDate = toGregorian(date);
  }
  const written = writtenAs(
    date?.y ? date : yearless,
    [...opening, ...headerSections.flatMap(linesOf)],
    titleBlock(all),
  );
  if (written) m.date_as_written = written;
  const weekday = weekdayOf(opening);
  if (weekday) {
    m.weekday = weekday.written;
    // «سه شنبه ۱۲/۴/۹۷» on a day that was not a Tuesday: one of the two is misread or miswritten.
    if (m.gregorianDate && new Date(`${m.gregorianDate}T12:00:00Z`).getUTCDay() !== weekday.day) doubts.add('date');
  }
  m.calendar ??= persian ? 'jalali' : 'gregorian';
  m.nextMeeting ??= nextMeeting(sections, persian, dayFirst);
  for (const s of sections) {
    if (!ATTENDANCE.test(s.label)) continue;
    m.attendees!.push(...attendeesOf(s));
    for (const line of s.lines) rolesInBrackets(line.body.d, m);
    const roles = rolesInTable(s);
    m.chair ??= roles.chair;
    m.secretary ??= roles.secretary;
  }
  m.attendees = [...new Set(m.attendees)];
  if (!m.attendees!.length) delete m.attendees;
  if (doubts.size) m.doubts = [...doubts];
  return { meeting: m, date: date?.y ? date : null };
}

const sameDay = (a: DayDate, b: DayDate) => a.calendar === b.calendar && a.y === b.y && a.m === b.m && a.d === b.d;

/** Where a line writes `date`, read either way round (day first or not: the header chose one), in order. */
function spelledOn(c: string, date: DayDate): FoundDate[] {
  const out: FoundDate[] = [];
  for (const dayFirst of [false, true]) {
    for (const f of findDates(c, date.calendar === 'jalali', dayFirst)) {
      if (sameDay(f.date, date) && !out.some((o) => o.start === f.start)) out.push(f);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * How the minutes spell the meeting's date: the first spelling of that same day at the top of the minutes (the
 * title, the opening, the labelled fields), cut from the text as written, Persian digits and all, with the
 * brackets it stands in. A title block that spells it twice (a page's front matter «description: April 29,
 * 2024» over the title «# (29/4/24) Meeting Minutes») gives both, in order; a date repeated further down is the
 * same spelling for the purpose.
 */
function writtenAs(date: DayDate | null, lines: Line[], title: Line[]): string | null {
  if (!date) return null;
  const spellingsIn = (line: Line): string[] => {
    const c = line.body.c;
    if (STAMP.test(c)) return [];
    return spelledOn(c, date).map((f) => {
      const bracketed = c[f.start - 1] === '(' && c[f.end] === ')';
      return line.body.slice(f.start - (bracketed ? 1 : 0), f.end + (bracketed ? 1 : 0)).d.trim();
    });
  };
  const inTitle = [...new Set(title.flatMap(spellingsIn))];
  if (inTitle.length) return inTitle.join(' / ');
  for (const line of lines) {
    const [first] = spellingsIn(line);
    if (first) return first;
  }
  return null;
}

/** Lines at the top that a title may come after: a page's front matter, a letterhead. */
const TITLE_WITHIN = 8;

/**
 * The title block of minutes written with Markdown titles: the lines above the first `#` title near the top, and
 * that title; none where the minutes have no such title.
 */
function titleBlock(all: Line[]): Line[] {
  const top = all.filter((l) => l.body.c.trim()).slice(0, TITLE_WITHIN);
  const title = top.findIndex((l) => /^#{1,6}\s/.test(l.body.c));
  return title < 0 ? [] : top.slice(0, title + 1);
}

/** A clock time after «at», as the sentences below write it. */
const AT_TIME = String.raw`\bat\s+(?=\d)`;
/**
 * «The Chair called the meeting to order at 7:00 PM», «Meeting opened at 19:05», «The meeting convened at 6 pm»:
 * when the meeting began, told in a sentence.
 */
const STARTED = new RegExp(
  String.raw`\b(?:called\s+(?:the\s+meeting\s+|the\s+session\s+|this\s+meeting\s+)?to\s+order|(?:meeting|session)\s+(?:was\s+)?(?:opened|began|started|commenced|convened)|opened\s+the\s+meeting)\b[^.\n]{0,60}?${AT_TIME}`,
  'i',
);
/**
 * «The meeting adjourned at 8:45 pm», «… the meeting was closed at 9.10pm», «The Chair closed the meeting at …»,
 * «جلسه ساعت ۲۱ پایان یافت», «… در ساعت ۱۲ به پایان رسید», «… درساعت20 خاتمه یافت» with the words fused: when it
 * ended; not «Submissions closed at 5 pm».
 */
const ENDED = new RegExp(
  String.raw`\b(?:(?:meeting|session)\s+(?:was\s+)?(?:adjourned|closed|ended|concluded|finished)|adjourned|(?:closed|ended)\s+the\s+(?:meeting|session))\b[^.\n]{0,40}?${AT_TIME}|ساعت\s*(?=\d[\d:.]*\s*(?:\S+\s+)?(?:به\s+)?(?:پایان|خاتمه|اتمام)\s*(?:یافت|رسید|پذیرفت))`,
  'iu',
);

/** A person's name as English minutes write it: one to three capitalised words or initials. */
const EN_NAME = String.raw`(?:[A-Z]\.\s*)*[A-Z][a-z'-]+(?:\s+(?:[A-Z]\.\s*)*[A-Z][a-z'-]+){0,2}`;
const EN_PERSON = `(${EN_NAME})`;
/** The post of whoever presides, before the name: «Chair Dana Reyes», «Mayor Lopez». */
const PRESIDING_POST = String.raw`(?:(?:the\s+)?(?:(?:Vice|Deputy|Acting|Interim)[\s-]+)?(?:Chair(?:person|man|woman)?|President|Mayor|Presiding\s+Officer)\s+)`;
/**
 * «The meeting was called to order by Chair Dana Reyes at 6:02 p.m.», «Chairperson Lee called the meeting to
 * order»: who called the meeting to order presides over it.
 */
const CALLED_BY = [
  new RegExp(
    String.raw`[Cc]alled\s+(?:the\s+meeting\s+)?to\s+order\s+(?:at\s+[\d:.]+\s*(?:[ap]\.?m\.?)?\s+)?by\s+${PRESIDING_POST}?(?:(?:Mr|Mrs|Ms|Dr|Cllr|Councillor)\.?\s+)?${EN_PERSON}`,
  ),
  new RegExp(String.raw`\b${PRESIDING_POST}${EN_PERSON}\s+called\s+the\s+meeting\s+to\s+order`),
];

/**
 * «Respectfully submitted, Jane Doe, Recording Secretary» (the name on the same line or the next), «Minutes
 * recorded by Jane Doe»: who wrote the minutes up, where English minutes sign them so.
 */
const SUBMITTED = /^\s*(?:Respectfully\s+submitted|Minutes\s+(?:taken|recorded|prepared)\s+by)\s*[,:]?\s*(?:by\s+)?/i;
const NAME_ALONE = new RegExp(String.raw`^(?:(?:Mr|Mrs|Ms|Dr|Cllr)\.?\s+)?${EN_PERSON}\s*(?:[,(-]|$)`);

function recorder(all: Line[]): string | null {
  const lines = all.filter((l) => l.body.c.trim());
  for (let i = 0; i < lines.length; i++) {
    const c = lines[i]!.body.c.replace(/^[-*•+]\s*/, '');
    const s = SUBMITTED.exec(c);
    if (!s) continue;
    const rest = c.slice(s[0].length).trim();
    const name = NAME_ALONE.exec(rest || (lines[i + 1]?.body.c.trim() ?? ''));
    if (name && !NOT_A_PERSON.test(name[1]!)) return name[1]!;
  }
  return null;
}

/** Who called the meeting to order, where the minutes say so. */
function presiding(all: Line[]): string | null {
  for (const line of all) {
    for (const re of CALLED_BY) {
      const found = re.exec(line.body.c);
      if (found) return found[1]!;
    }
  }
  return null;
}

/** When the minutes tell in a sentence that the meeting began and ended, anywhere in them. */
function timesTold(all: Line[]): { start: string | null; end: string | null } {
  let start: string | null = null;
  let end: string | null = null;
  for (const line of all) {
    const c = line.body.c;
    // Not «… adjourned at 8 pm on 5 May»: the time opens what follows the words.
    const s: RegExpExecArray | null = start ? null : STARTED.exec(c);
    if (s) start = times(c.slice(s.index + s[0].length))[0] ?? null;
    const e: RegExpExecArray | null = end ? null : ENDED.exec(c);
    if (e) end = times(c.slice(e.index + e[0].length))[0] ?? null;
    if (start && end) break;
  }
  return { start, end };
}

const TELLS_MEETING = /\b(?:meeting|held|session|convened)\b|(?<!\p{L})(?:جلسه|نشست|برگزار|تشکیل)/iu;

/**
 * «Thursday 10th January 2019 7.30 pm - Held at St Julian’s Church»: a clock time right after the meeting's date
 * in the opening, written as a time (with am/pm or minutes), is when it began.
 */
function timeBesideDate(opening: Line[], date: DayDate): string | null {
  for (const line of opening) {
    const c = line.body.c;
    // A news page's «۰۹ فروردین ۱۳۹۹ ۲۱:۱۳» is when it was published: the line must tell of the meeting.
    if (!TELLS_MEETING.test(c)) continue;
    for (const f of spelledOn(c, date)) {
      const after =
        /^\s*(?:,|-|at|from)?\s*(\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.?|p\.m\.?)|\d{1,2}:\d{2})(?![\d/])/i.exec(
          c.slice(f.end),
        );
      if (after) return times(after[1]!)[0] ?? null;
    }
  }
  return null;
}

/** «Minutes: J. Saleh», «Minutes: Dana Kim»: initials or two or three capitalised words, the line's whole value. */
const MINUTES_BY = new RegExp(
  String.raw`^(?:Minutes|MINUTES|minutes)\s*:\s*((?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?${EN_NAME})\s*$`,
);
/** «Minutes: Draft Version», «Minutes: Board Meeting»: what the minutes are, not who took them. */
const NOT_A_PERSON =
  /\b(?:draft|final|approved|unapproved|adopted|version|meeting|board|committee|council|session|notes|summary|attached|pending|circulated|accepted|none|tbd|n\/a)\b/i;
const ROLE_BRACKET = /\(([^()]+)\)/gu;
/** A line that is one name (six words at most) and its role in brackets, nothing else: `Mr. John Smith (Chairperson)`. */
const NAME_AND_ROLE = /^(?:[^\s()\d:]+\s+){0,5}[^\s()\d:]+\s*\([^()]{2,40}\)\s*[,.;]?\s*$/u;

/**
 * «خانم نوری (دبیر شورا)», «Cllrs Fay Moon (Chairman), Gill Stewart (Vice Chairman)», «K. Guest / Emma Money
 * (Clerk)»: a meeting's role in brackets names its secretary or chair, the name right before the bracket; a
 * deputy's («Vice Chairman», «نایب رئیس») and another body's head («رئیس مرکز آمار») name no one.
 */
function rolesInBrackets(d: string, m: ParsedMeeting): void {
  // Each bracket, then its name back to the comma, semicolon or bracket before it: one pass over the line, where a
  // pattern for the name and the bracket together would try every start of a long line with none.
  let from = 0;
  for (const r of d.matchAll(ROLE_BRACKET)) {
    let start = r.index!;
    while (start > from && !'،,;()'.includes(d[start - 1]!)) start--;
    const before = d.slice(start, r.index);
    from = r.index! + r[0].length;
    const role = r[1]!.trim();
    if (!before.trim()) continue;
    const chair = MEETING_CHAIR.test(role);
    if (!chair && !MEETING_SECRETARY.test(role)) continue;
    const name = ownersFromList(Txt.of(before)).at(-1)?.d ?? null;
    if (chair) m.chair ??= name;
    else m.secretary ??= name;
  }
}
/**
 * «Present: Cllr G. Hale – Chairman, Cllrs A. Moss, B. Reid and the Clerk – Tom Ash»: a meeting's role beside a name
 * across a spaced dash, after it or before it, names the chair or the secretary; a deputy's names no one.
 */
function rolesBesideDash(d: string, m: ParsedMeeting): void {
  for (const part of d.split(/\s*[,;]\s*|\s+and\s+/)) {
    const dash = /^(.+?)\s+[–—-]\s+(.+)$/.exec(part.trim());
    if (!dash) continue;
    const [left, right] = [dash[1]!.trim(), dash[2]!.trim()];
    const role = (r: string) => r.replace(/^the\s+/i, '');
    const named = (x: string) => ownersFromList(Txt.of(x)).at(-1)?.d ?? null;
    if (MEETING_CHAIR.test(role(right))) m.chair ??= named(left);
    else if (MEETING_SECRETARY.test(role(right))) m.secretary ??= named(left);
    else if (MEETING_CHAIR.test(role(left))) m.chair ??= named(right);
    else if (MEETING_SECRETARY.test(role(left))) m.secretary ??= named(right);
  }
}
const OF_MEETING = `(?:\\s+${MEETING_BODY})`;
/** «دبیر شورا», «منشی جلسه», «secretary»: the meeting's secretary, not «دبیر کل …» of another body. */
const MEETING_SECRETARY = new RegExp(`^(?:(?:دبیر|منشی)${OF_MEETING}?|secretary|clerk|minute\\s*-?\\s*taker)$`, 'iu');
/** «رئیس شورا», «chair»: not «رئیس مرکز آمار», the head of another body. */
const MEETING_CHAIR = new RegExp(`^(?:(?:رئیس|رییس)${OF_MEETING}|chair(?:person|man|woman)?)$`, 'iu');

function personName(_d: string, value: Parameters<typeof ownersFromList>[0]): string | null {
  // «دبیر شورا: علی محمدی        فرماندار: …»: a wide gap or a tab starts the next column of a signature line.
  const cut = value.remove(/\s*[([].*$|\s+-\s+.*$|(?: {3,}|\t).*$/g);
  return ownersFromList(cut)[0]?.d ?? null;
}

/** What a page's clock puts beside its date: a time, separators, nothing else. */
const CLOCK_ONLY = /^\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*[-–|,،]?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*$/;

/** A title like `# Rez TSC Meeting Notes - 2022-11-17`: the first date near the top of the minutes. */
function firstDate(sections: Section[], persian: boolean, dayFirst: boolean): DayDate | null {
  const lines = sections.flatMap(linesOf).slice(0, 15);
  // On a page that stamps its publication, a date alone on a line beside it is the page's clock too.
  const page = lines.some((l) => STAMP.test(l.body.c));
  for (const line of lines) {
    // A date in a resolution («… در جلسه مورخ ۱۳/۱۰/۱۴۰۲ حضور داشته باشند») is the resolution's: the guess
    // looks only above the first item or decision.
    if (markOf(line.body.c)?.kind === 'num' || opensBody(line.body.c)) break;
    if (STAMP.test(line.body.c)) continue;
    // «۰۹ فروردین ۱۳۹۹ ۲۱:۱۳», «10:57 - 8 Mehr 1392»: a date with the clock beside it and nothing else, too.
    const c = line.body.c;
    const found = findDates(c, persian, dayFirst);
    if (page && found.some((f) => CLOCK_ONLY.test(c.slice(0, f.start) + c.slice(f.end)))) continue;
    const d = found.find((f) => f.date.y);
    if (d) return d.date;
  }
  return null;
}

/** «زمان جلسه بعد: …» / «Next meeting: …» → the instant, in Tehran time for Jalali minutes. */
function nextMeeting(sections: Section[], persian: boolean, dayFirst: boolean): string | null {
  for (const s of sections) {
    if (!/زمان\s+جلسه|جلسه\s+(?:بعد|آتی|آینده)|next\s+meeting/i.test(s.label)) continue;
    const instant = instantIn(s.lines.map((l) => l.body.c).join(' '), persian, dayFirst);
    if (instant) return instant;
  }
  return null;
}

/** A date and optional time in canonical text as a UTC instant (Tehran wall clock for Persian minutes). */
function instantIn(text: string, persian: boolean, dayFirst: boolean): string | null {
  const found = findDates(text, persian, dayFirst).find((f) => f.date.y);
  const day = found && toGregorian(found.date);
  if (!found || !day) return null;
  const rest = text.slice(found.end).replace(/^\s*(?:,|ساعت|at|از)?\s*/i, '');
  const time = times(rest)[0] ?? '00:00';
  const zone = found.date.calendar === 'jalali' || persian ? 'Asia/Tehran' : 'UTC';
  return zonedInstant(day, time, zone).toISOString();
}

/** Names in an attendance section: bullets, lines or table cells, titles dropped, checkbox-unticked skipped. */
/** Sunday first, as `Date.getUTCDay` counts; Persian names without their inner space. */
const WEEKDAYS: Record<string, number> = {
  یکشنبه: 0,
  دوشنبه: 1,
  سهشنبه: 2,
  چهارشنبه: 3,
  پنجشنبه: 4,
  جمعه: 5,
  شنبه: 6,
  sunday: 0,
  monday: 1,
  tuesday: 2,
  wednesday: 3,
  thursday: 4,
  friday: 5,
  saturday: 6,
};
const WEEKDAY =
  /(?<!\p{L})(روز\s*(?:جلسه\s*:?\s*)?)?((?:یک|دو|سه|چهار|پنج)?[\s\u200c]*شنبه|جمعه)(?!\p{L})|\b(Sun|Mon|Tues|Wednes|Thurs|Fri|Satur)day\b/giu;
const DATE_NEXT = /^\s*,?\s*(?:مورخ|مورخه|the\s+)?\s*[\d\u06F0-\u06F9]|^\s*,?\s*[A-Z][a-z]+\.?\s+\d/u;

/**
 * «در روز دوشنبه مورخ …», «روز جلسه: سه شنبه», «چهارشنبه ۱۹ اردیبهشت», «Tuesday, June 4, 2024»: the meeting's
 * day of the week, where «روز» or a date right after it says so («شنبه آینده» is a deadline, not the day).
 */
function weekdayOf(lines: Line[]): { written: string; day: number } | null {
  for (const line of lines) {
    for (const m of line.body.c.matchAll(WEEKDAY)) {
      const word = m[2] ?? m[0];
      if (!m[1] && !DATE_NEXT.test(line.body.c.slice(m.index + m[0].length))) continue;
      const day = WEEKDAYS[word.replace(/[\s\u200c]+/g, '').toLowerCase()];
      if (day !== undefined) return { written: word.replace(/[\s\u200c]+/g, ' '), day };
    }
  }
  return null;
}

const NAME_HEAD = /name|نام/i;
const ROLE_HEAD = /role|position|title|سمت|نقش/i;
const SECRETARY_ROLE = /\bsecretary\b|دبیر(?!\s*خانه)/i;
const CHAIR_ROLE = /\bchair(?:man|woman|person)?\b|(?<!\p{L})(?:رئیس|رییس)(?!\p{L})/iu;
const DEPUTY = /vice|deputy|co-?chair|assistant|نایب|معاون/i;

/**
 * An attendance table with a role column («سمت», «Role»), in Markdown pipes or in HTML on one line: the one person
 * whose role names the secretary (or the chair) is the meeting's. Two co-chairs name no one; a deputy is not the post.
 */
function rolesInTable(section: Section): { chair: string | null; secretary: string | null } {
  const rows = section.lines
    .map((l) => l.body.c.trim())
    .filter((c) => c.startsWith('|'))
    .map((c) =>
      c
        .replace(/^\||\|$/g, '')
        .split('|')
        .map((cell) => cell.replace(/[*_]/g, '').trim()),
    )
    .filter((cells) => !cells.every((cell) => /^:?-*:?$/.test(cell)))
    .concat(section.lines.filter(isHtmlTable).flatMap((l) => htmlRows(l.body.c)));
  const head = rows[0] ?? [];
  const role = head.findIndex((h) => ROLE_HEAD.test(h));
  const names = head.flatMap((h, i) => (NAME_HEAD.test(h) && i !== role ? [i] : []));
  const holder = (post: RegExp) => {
    if (role < 0 || names.length === 0) return null;
    const found = rows.slice(1).filter((r) => post.test(r[role] ?? '') && !DEPUTY.test(r[role] ?? ''));
    const name =
      found.length === 1
        ? names
            .map((i) => found[0]![i] ?? '')
            .join(' ')
            .trim()
        : '';
    return name || null;
  };
  return { chair: holder(CHAIR_ROLE), secretary: holder(SECRETARY_ROLE) };
}

/** The rows of an HTML table written on one line (wiki exports), each as its cells' plain text. */
function htmlRows(c: string): string[][] {
  // Split, not matched up to each closing tag: a table with its closing tags left out is read in one pass.
  return c
    .split(/<tr\b[^>]*>/i)
    .slice(1)
    .map((row) =>
      row
        .split(/<\/tr>/i)[0]!
        .split(/<t[hd]\b[^>]*>/i)
        .slice(1)
        .map((cell) =>
          cell
            .split(/<\/t[hd]>/i)[0]!
            .replace(/<[^>]*>/g, '')
            .trim(),
        ),
    );
}

function attendeesOf(section: Section): string[] {
  const out: string[] = [];
  for (const line of section.lines) {
    if (/^\s*(?:[-*]\s*)?\[ \]/.test(line.body.c)) continue;
    const body = line.body.remove(/^\s*(?:[-*•+]\s*)?(?:\[[xX]\]\s*)?/g);
    for (const cell of body.split(/\t/g)) {
      if (/^(?:اعضا|اعضاء|زمان|نام|سمت|امضا)$|\d|:/.test(cell.c.trim()) || !cell.c.trim()) continue;
      out.push(...ownersFromList(cell.remove(/\s+-\s+.*$|\s*\(.*$/g)).map((o) => o.d));
    }
  }
  return out;
}
