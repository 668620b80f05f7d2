// Who must act: from an owner cell, or from the text (`توسط X`, `مقرر شد X … نمایند`, `X مکلف است`,
// `Owner: task`, `X to <verb>`). Owners are exact spans of the display text with titles dropped.
import { HONORIFIC_RE, NAME_STOPS, ORG_HEAD_RE, PAST_PASSIVE, PLURAL_HONORIFIC } from './lexicon.js';
import type { Txt } from './normalize.js';

/** Pairs joined by «و» inside one body's name («سازمان برنامه و بودجه»): never split there. */
const JOINED = new Set(
  `برنامه|بودجه آموزش|پرورش راه|شهرسازی مسکن|شهرسازی فرهنگ|ارشاد صنعت|معدن معدن|تجارت دستی|گردشگری کار|رفاه
  ورزش|جوانان نفت|گاز آب|فاضلاب آب|برق اقتصادی|دارایی تحقیقات|فناوری درمان|آموزش بهداشت|درمان ارتباطات|فناوری
  حمل|نقل فنی|حرفه ای|مالی مالی|اداری طبیعی|آبخیزداری علوم|تحقیقات اطلاعات|ارتباطات برنامه ریزی|بودجه ساخت|ساز
  پژوهش|فناوری آمار|اطلاعات تعاون|کار پارک ها|فضای سبز|نشر کشاورزی|منابع صنایع|معادن توسعه|عمران`
    .split(/\s+/)
    .filter(Boolean),
);

const TOKEN = /[^\s,.;:()"!?/\\[\]{}]+/gu;

interface Span {
  start: number;
  end: number;
}

/** Drops titles at the start and «محترم» at the end; null when nothing is left. */
export function cleanName(t: Txt): Txt | null {
  let s = t.trim(' ,.;:-*"\'()');
  const h = HONORIFIC_RE.exec(s.c);
  if (h) s = s.slice(h[0].length).trim();
  s = s.trim(' ,.;:-*"\'()');
  const tail = /\s+محترم$/.exec(s.c);
  if (tail) s = s.slice(0, tail.index);
  return s.c.replace(/[\s\-.]/g, '') ? s : null;
}

const startsOwner = (c: string) => HONORIFIC_RE.test(c) || ORG_HEAD_RE.test(c);

/**
 * Reads a list of names starting at `from`: each name runs until a stop word, and «و» separates names
 * only when the next word opens a new name (a title, a body, or any word after «آقایان»).
 */
function readNames(c: string, from: number, maxTokens = 6): Span[] {
  const re = new RegExp(TOKEN.source, 'gu');
  re.lastIndex = from;
  const plural = PLURAL_HONORIFIC.test(c.slice(from));
  const names: Span[] = [];
  let cur: Span | null = null;
  let count = 0;
  let prevWord = '';
  let pos = from;
  let person = false;
  for (let m = re.exec(c); m; m = re.exec(c)) {
    const gap = c.slice(pos, m.index);
    if (/[^\s]/.test(gap)) {
      // «شهردار محترم، مشاوران عمرانی و مسئول واحد …»: a comma goes on to the next name only when one opens there.
      if (!cur || !/^\s*,\s*$/.test(gap) || !(plural || startsOwner(c.slice(m.index)))) break;
      names.push(cur);
      cur = null;
      count = 0;
      person = false;
    }
    const word = m[0];
    pos = m.index + word.length;
    if (word === 'و' && !cur) break;
    if (word === 'و' && cur) {
      const after = c.slice(m.index + 1).trimStart();
      const nextWord = /^\S+/.exec(after)?.[0] ?? '';
      if (JOINED.has(`${prevWord}|${nextWord}`)) {
        cur.end = m.index + 1;
        continue;
      }
      if (!(plural || startsOwner(after))) break;
      names.push(cur);
      cur = null;
      count = 0;
      person = false;
      continue;
    }
    if (word === 'را' && cur && count >= 2) {
      // «کمیته فنی طرح را بررسی کند»: the word before «را» is the object, not part of the name.
      cur.end = c.lastIndexOf(prevWord, m.index) - 1;
      while (cur.end > cur.start && /\s/.test(c[cur.end - 1]!)) cur.end--;
    }
    if (NAME_STOPS.has(word) || count >= maxTokens) break;
    // «آقای میروکیلی شهردار یزد»: after a person's title and name, a role word starts their post, not the name.
    if (cur && person && count >= 1 && ORG_HEAD_RE.test(c.slice(m.index))) break;
    if (!cur) {
      cur = { start: m.index, end: m.index + word.length };
      person = HONORIFIC_RE.test(c.slice(m.index));
    } else cur.end = m.index + word.length;
    // «شهردار محترم طرح را …»: the courtesy word closes the name unless another body's name follows.
    if (word === 'محترم' && count >= 1 && !startsOwner(c.slice(m.index + word.length).replace(/^\s*,?\s*/, ''))) break;
    if (!HONORIFIC_RE.test(word)) count++;
    prevWord = word;
  }
  if (cur) names.push(cur);
  return names;
}

function toOwners(text: Txt, spans: Span[]): Txt[] {
  const out: Txt[] = [];
  for (const s of spans) {
    const name = cleanName(text.slice(s.start, s.end));
    if (name && !out.some((o) => o.c === name.c)) out.push(name);
  }
  return out;
}

/** Splits an owner cell or label value: `کمیته فاوا/ کمیته تامین داده`, `Alice, Bob and Carol`. */
export function ownersFromList(cell: Txt): Txt[] {
  const out: Txt[] = [];
  for (const part of cell.split(/\s*(?:[/,;|&+]|\band\b|\s-\s)\s*/gi)) {
    const spans = readNames(part.c, 0, 12);
    const covered = spans.length > 0 && spans[spans.length - 1]!.end >= part.c.trimEnd().length - 1;
    for (const name of covered ? toOwners(part, spans) : [cleanName(part)].filter((n): n is Txt => !!n)) {
      if (!out.some((o) => o.c === name.c)) out.push(name);
    }
  }
  return out;
}

const EN_NAME = "[A-Z][\\w.'-]*(?:\\s+[A-Z][\\w.'-]*){0,3}";
/** «Leonard, Santiago, and Sam»: names joined by slashes, commas (Oxford comma too) and «and». */
const EN_NAMES = `${EN_NAME}(?:(?:\\s*[/,&]\\s*(?:and\\s+)?|\\s+and\\s+)${EN_NAME})*`;
const EN_PREFIX = new RegExp(`^(@?${EN_NAMES})\\s*:\\s+(?=\\S)`);
const EN_TO = new RegExp(`^(@?${EN_NAMES})\\s+(?:to|will|should|shall|must|needs?\\s+to|is\\s+to|are\\s+to)\\s+[a-z]`);
const FA_PREFIX = /^([^:]{2,60}?)\s*:\s+(?=\S)/;

/** `Owner: task` → the owners and the task; null when the text does not open with an owner. */
export function ownerPrefix(text: Txt, isLabel: (s: string) => boolean): { owners: Txt[]; rest: Txt } | null {
  const en = EN_PREFIX.exec(text.c);
  const fa = en ? null : FA_PREFIX.exec(text.c);
  const head = en?.[1] ?? (fa && startsOwner(fa[1]!) && fa[1]!.split(/\s+/).length <= 6 ? fa[1] : null);
  if (!head || isLabel(head)) return null;
  const owners = ownersFromList(text.slice(0, head.length));
  const cut = (en ?? fa)![0].length;
  return owners.length ? { owners, rest: text.slice(cut).trim() } : null;
}

const EN_DASH = new RegExp(`^(@?${EN_NAMES})\\s+-\\s+(?=\\S)`);

/** «Group - Pre-read: the wireframe» in an action list: the name before a spaced dash does the task. */
export function ownerBeforeDash(text: Txt, isLabel: (s: string) => boolean): Txt[] {
  const m = EN_DASH.exec(text.c);
  return m && !isLabel(m[1]!) ? ownersFromList(text.slice(0, m[1]!.length)) : [];
}

const CLAUSE_END = /[.;!?\n](?!\d)/g;
const DECIDED = /^(?:مقرر|مصوب)\s*(?:شد|گردید|می\s*گردد|میگردد|گردیده)?\s*(?:که\s+|,\s*)?/;
/** Verbs that give their subject work to do; «می باشد» only describes, so it names no agent. */
const ACTIVE_VERB =
  /(?:نماید|نمایند|کند|کنند|دهد|دهند|بپردازد|بپردازند|آورد|آورند|رساند|رسانند|گذارد|گذارند|بگیرد|گیرند|دارد|دارند|(?<!می\s*)باشد|(?<!می\s*)باشند)(?!\p{L})/u;
const OBLIGED =
  /\s(?:مکلف|موظف|مامور|مأمور)\s+(?:است|هستند|شد|شدند|گردید|گردیدند|میباشد|میباشند|می\s+باشد|می\s+باشند|اند|به|تا|گردیده)/g;
const LABELLED =
  /(?:متولی|مسئول\s*(?:اجرا|پیگیری)?|owners?|assignee|responsible|assigned\s+to)\s*[:=]\s*([^;()\n]+?)(?=\s*(?:[;().\n]|,?\s*(?:due|deadline|مهلت|زمان|سررسید|بازه)|$))/i;
const AFTER = /(?:(?:بر|به)\s+عهده|با\s+مسئولیت|به\s+مسئولیت|از)\s+(?=\S)/g;
const REQUESTED = /^[^.;]{0,80}?(?:درخواست|خواسته)\s+(?:شد|گردید|میشود|می\s+شود)/;
const BY = /(?<!\p{L})(?:توسط|by)\s+(?=\S)/gu;
/** «از طریق/از سوی/زیر نظر X»: an agent only when a title or a body opens X («از طریق سامانه» is a means). */
const THROUGH = /(?<!\p{L})(?:از\s*طریق|از\s+سوی|زیر\s*نظر)\s*(?=\S)/gu;
const NOT_A_NAME =
  /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun|eod|eow|end|next|the)/i;

/** Owners named in a resolution's text, strongest evidence first; empty for passive items. */
export function ownersFromText(text: Txt, isLabel: (s: string) => boolean): Txt[] {
  const c = text.c;
  const spans: Span[] = [];
  const labelled = LABELLED.exec(c);
  if (labelled) {
    const start = labelled.index + labelled[0].length - labelled[1]!.length;
    return ownersFromList(text.slice(start, start + labelled[1]!.length));
  }
  for (const m of c.matchAll(OBLIGED)) {
    const clauseStart = Math.max(lastClauseStart(c, m.index), 0);
    const clause = c.slice(clauseStart, m.index);
    const lead = DECIDED.exec(clause)?.[0].length ?? 0;
    const from = clauseStart + lead + (/^\s*/.exec(clause.slice(lead))?.[0].length ?? 0);
    if (startsOwner(c.slice(from)) || clause.slice(lead).split(/\s+/).length <= 5) spans.push(...readNames(c, from));
  }
  for (const m of c.matchAll(AFTER)) {
    const from = m.index + m[0].length;
    if (m[0].startsWith('از') && !REQUESTED.test(c.slice(from))) continue;
    spans.push(...readNames(c, from));
  }
  let sentenceStart = 0;
  for (const end of [...c.matchAll(CLAUSE_END)].map((m) => m.index).concat(c.length)) {
    for (const at of agentSlots(c, sentenceStart, end)) {
      const from = at + (DECIDED.exec(c.slice(at))?.[0].length ?? 0);
      if (startsOwner(c.slice(from)) && ACTIVE_VERB.test(c.slice(from, end))) spans.push(...readNames(c, from));
      else if (ANAPHOR.test(c.slice(from, end)) && ACTIVE_VERB.test(c.slice(from, end))) {
        spans.push(...antecedent(c, sentenceStart, from));
      }
    }
    sentenceStart = end + 1;
  }
  if (spans.length) return toOwners(text, spans);
  const to = EN_TO.exec(c);
  if (to && !isLabel(to[1]!)) return ownersFromList(text.slice(0, to[1]!.length));
  for (const m of c.matchAll(THROUGH)) {
    const from = m.index + m[0].length;
    if (startsOwner(c.slice(from)) && ACTIVE_VERB.test(ownClause(c, from).text)) spans.push(...readNames(c, from));
  }
  for (const m of c.matchAll(BY)) {
    const from = m.index + m[0].length;
    if (m[0].startsWith('by') && (!/^[A-Z@]/.test(c.slice(from)) || NOT_A_NAME.test(c.slice(from)))) continue;
    // «گزارش کار توسط آقای X ارائه شد» reports what was done: nothing is left for X to do.
    if (!m[0].startsWith('by') && ownClause(c, from).past) continue;
    spans.push(...(m[0].startsWith('by') ? enNames(c, from) : readNames(c, from)));
  }
  return toOwners(text, spans);
}

/** A clause's end: its sentence's (as CLAUSE_END), or a past verb, after which what was named already acted. */
const CLAUSE_OR_PAST = new RegExp(`${CLAUSE_END.source}|(?<!\\p{L})(?<past>${PAST_PASSIVE})(?!\\p{L})`, 'u');

/**
 * The clause an agent phrase opens at `from`, and whether a past verb closes it («… از سوی اعضا داده شد و
 * مقرر شد …» names who already acted, not who must).
 */
function ownClause(c: string, from: number): { text: string; past: boolean } {
  const rest = c.slice(from);
  const end = CLAUSE_OR_PAST.exec(rest);
  if (!end) return { text: rest, past: false };
  return { text: rest.slice(0, end.index), past: end.groups?.past !== undefined };
}

/**
 * Where a clause's subject may stand: the sentence start, right after «مقرر شد/گردید» wherever it is
 * («درخصوص … مقرر گردید شهرداری … نماید»), after a comma, and after «در ضمن»/«همچنین».
 */
function agentSlots(c: string, start: number, end: number): number[] {
  const slots = [start];
  for (const m of c.slice(start, end).matchAll(SLOT)) slots.push(start + m.index + m[0].length);
  return slots.map((at) => at + (/^\s*/.exec(c.slice(at))?.[0].length ?? 0));
}
const SLOT = /(?<!\p{L})(?:مقرر\s*(?:شد|گردید|میگردد|می\s+گردد)(?:\s+که)?|در\s+ضمن|ضمنا|همچنین)(?!\p{L})|,/gu;

/** «مقرر گردید نامبرده … ارسال نماید»: the person named before, by the name after their title. */
const ANAPHOR = /^(?:نامبرده|مشارالیه|مشار\s+الیه|ایشان)(?!\p{L})/u;
function antecedent(c: string, start: number, before: number): Span[] {
  const head = c.slice(start, before);
  const titles = [...head.matchAll(/(?<!\p{L})(?=(?:آقای|خانم|جناب|سرکار|دکتر|مهندس)(?!\p{L}))/gu)];
  const last = titles[titles.length - 1];
  return last ? readNames(c, start + last.index).slice(0, 1) : [];
}

function enNames(c: string, from: number): Span[] {
  const m = new RegExp(`^@?${EN_NAMES}`).exec(c.slice(from));
  return m ? [{ start: from, end: from + m[0].length }] : [];
}

function lastClauseStart(c: string, before: number): number {
  let start = 0;
  for (const m of c.slice(0, before).matchAll(/[.;,!?\n](?!\d)/g)) start = m.index + 1;
  return start;
}
