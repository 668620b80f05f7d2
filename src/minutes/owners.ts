// Who must act: from an owner cell, or from the text (`توسط X`, `مقرر شد X … نمایند`, `X مکلف است`,
// `Owner: task`, `X to <verb>`). Owners are exact spans of the display text with titles dropped.

import { deadlineEndAt } from './deadlines.js';
import {
  ACTION_NOUNS,
  BOUND_HEAD_RE,
  DECIDED_VERB,
  EN_HANDLE_OFFERS,
  EN_NOUN_TO,
  EN_SPEAKER_WILL,
  EN_STATE,
  EN_THE_ROLE,
  EN_TOPIC,
  FIELD_BODY_RE,
  HONORIFIC_RE,
  LISTLIKE_RE,
  NAME_STOPS,
  ORG_HEAD_RE,
  OWNER_LABEL,
  PAST_PASSIVE,
  PLURAL_HONORIFIC,
  POST_HEAD_RE,
} from './lexicon.js';
import type { Txt } from './normalize.js';

/** Pairs joined by «و» inside one body's name («سازمان برنامه و بودجه»): never split there. */
const JOINED = new Set(
  `برنامه|بودجه آموزش|پرورش راه|شهرسازی مسکن|شهرسازی فرهنگ|ارشاد صنعت|معدن معدن|تجارت دستی|گردشگری کار|رفاه
  ورزش|جوانان نفت|گاز آب|فاضلاب آب|برق اقتصادی|دارایی تحقیقات|فناوری درمان|آموزش بهداشت|درمان ارتباطات|فناوری
  حمل|نقل فنی|حرفه ای|مالی مالی|اداری طبیعی|آبخیزداری علوم|تحقیقات اطلاعات|ارتباطات برنامه ریزی|بودجه ساخت|ساز
  پژوهش|فناوری آمار|اطلاعات تعاون|کار پارک ها|فضای سبز|نشر کشاورزی|منابع صنایع|معادن توسعه|عمران
  صدا|سیما صدا|سیمای اولیا|مربیان اولیاء|مربیان`
    .split(/\s+/)
    .filter(Boolean),
);

const TOKEN = /[^\s,.;:()"!?/\\[\]{}]+/gu;

interface Span {
  start: number;
  end: number;
}

const EN_HANDLE_OFFERS_RE = new RegExp(`^${EN_HANDLE_OFFERS}`);

/** A seat on a US-style board or commission written before a member's surname («Member Okafor», «Vice Chair Ruiz»). */
const EN_SEAT =
  /^(?:(?:Board|Committee|Commission|Council)\s+Member|Council(?:member|man|woman)|Member|Commissioner|Supervisor|Trustee|Alder(?:man|woman|person)|Select(?:man|woman|person)|(?:Vice\s+)?Chair(?:man|woman|person)?)\s+(?=[A-Z][a-z'-]+(?:\s+[A-Z][a-z'-]+)?$)/;

/** Drops titles at the start and «محترم» at the end; null when nothing is left. */
export function cleanName(t: Txt): Txt | null {
  let s = t.trim(' ,.;:-*"\'()');
  const h = HONORIFIC_RE.exec(s.c);
  if (h) s = s.slice(h[0].length).trim();
  // «Member Okafor», «Commissioner Lee», «Chair Ortiz»: the seat a member holds on the body, before the surname
  // the minutes call them by.
  const seat = EN_SEAT.exec(s.c);
  if (seat) s = s.slice(seat[0].length);
  s = s.trim(' ,.;:-*"\'()');
  // «The Finance Committee will …»: the article is not part of the name («the Treasurer» is «Treasurer»).
  const article = /^[Tt]he\s+(?=[A-Z])/.exec(s.c);
  if (article) s = s.slice(article[0].length);
  const tail = /\s+محترم$/.exec(s.c);
  if (tail) s = s.slice(0, tail.index);
  return s.c.replace(/[\s\-.]/g, '') ? s : null;
}

/**
 * «کلیه اعضای کانون», «تمامی مدیران», «هر یک از دستگاههای اجرایی»: a group named whole or one by one. «کلیه»
 * stays in the name (it says who, all of them); «هر یک از» does not.
 */
const ALL_OF = /^(?:کلیه|کلیۀ|تمامی|تمام|همه|سایر)\s+(?=\S)/u;
const EACH_OF = /^(?:هر\s*(?:یک|کدام)|یکی|برخی)\s+از\s+(?=\S)/u;

const startsOwner = (c: string) => {
  const rest = c.slice((ALL_OF.exec(c) ?? EACH_OF.exec(c))?.[0].length ?? 0);
  return HONORIFIC_RE.test(rest) || ORG_HEAD_RE.test(rest);
};

/** A group named with the indefinite «ی» («کارگروهی», «تیمی»): one yet to be formed or chosen, no one yet. */
const INDEFINITE_GROUP = /^(?:کمیته|کارگروه|کمیسیون|گروه|هیئت|هیات|تیم|ستاد)ی$/u;
/**
 * Plural heads that distribute over a list of names after them, also after the people who head them
 * («رؤسای ادارات برق، گاز و آبفا»); not «دستگاه های اجرایی، شهرداری …», a list whose first name is the group.
 */
const DISTRIBUTIVE =
  /^(?:(?:رؤسای|روسای|رییسان|مسئولین|مسئولان|مدیران|نمایندگان)\s+)?(?:ادارات|دستگاه\s*های(?!\s+اجرایی\s*,)(?:\s+اجرایی)?|سازمان\s*های|نهاد\s*های|ارگان\s*های)\s+(?=\S)/u;
/** The verb of a compound verb, right after its noun. */
const LIGHT_VERB =
  /^\s+(?:می\s*)?(?:شود|شوند|گردد|گردند|شد|شدند|گردید|گردیدند|نماید|نمایند|نمود|نمودند|کند|کنند|کرد|کردند|گیرد|گیرند|گرفت|یابد|یابند)(?!\p{L})/u;
/** Where a body is, closing its name: «… و برنامه ریزی استان», «… و صنایع دستی شهرستان». */
const PLACE = /^(?:استان|شهرستان|کشور)$/u;
/** A word that may stand inside a body's name. */
const isNameWord = (w: string) => !!w && !NAME_STOPS.has(w) && !ACTION_NOUNS.has(w) && /^\p{L}/u.test(w);

/** How many names the rules have read: the tests hold it to grow with the text, not with its square. */
export const nameReads = { count: 0 };

function readNames(c: string, at: number, maxTokens = 6): Span[] {
  const names = readNameList(c, at, maxTokens);
  nameReads.count += names.length;
  return names;
}

/**
 * Reads a list of names starting at `from`: each name runs until a stop word, and «و» separates names
 * only when the next word opens a new name (a title, a body, or any word after «آقایان»).
 */
function readNameList(c: string, at: number, maxTokens: number): Span[] {
  let from = at;
  const each = EACH_OF.exec(c.slice(from));
  if (each) from += each[0].length;
  const re = new RegExp(TOKEN.source, 'gu');
  // «ادارات بهزیستی، ثبت احوال و آموزش و پرورش»: a plural head before a list distributes over its names.
  const head = DISTRIBUTIVE.exec(c.slice(from));
  const spread = !!head && /^[^.;]{1,40}?,/.test(c.slice(from + head[0].length));
  if (spread) from += head![0].length;
  re.lastIndex = from;
  const plural = spread || PLURAL_HONORIFIC.test(c.slice(from));
  const names: Span[] = [];
  let cur: Span | null = null;
  let count = 0;
  let prevWord = '';
  let pos = from;
  let person = false;
  /** Where a head that needs its complement ends («کمیته|تامین داده»), until that complement is read. */
  let headEnd = -1;
  /** The name opened with such a head: «و» may join two words of it («وزارت فرهنگ و آموزش عالی»). */
  let bound = false;
  /** Words read since «و» joined two parts of one name: after the first, only adjectives («… و آموزش عالی»). */
  let afterJoin = -1;
  const inside = insideListlike(c);
  /** Where «کلیه» before a name stands: the name starts there. */
  let all = -1;
  /** Where the head the current name opens with ends. */
  let headWordsEnd = -1;
  /** The name read so far is whole: keep it, and read the next from nothing. */
  const closeName = () => {
    if (cur) names.push(cur);
    cur = null;
    count = 0;
    person = false;
    headEnd = -1;
    bound = false;
    afterJoin = -1;
  };
  /** The last word read was inside an official name with a comma, which is whole. */
  let inOfficial = false;
  for (let m = re.exec(c); m; m = re.exec(c)) {
    const gap = c.slice(pos, m.index);
    if (inside(m.index)) {
      // «وزیر علوم، تحقیقات و فناوری»: the comma and «و» of one official name.
      if (cur && m[0] !== 'و') cur.end = m.index + m[0].length;
      pos = m.index + m[0].length;
      inOfficial = !!cur;
      if (cur) continue;
    }
    // «وزارت تعاون، کار و رفاه اجتماعی دستورالعمل … را»: such a name ends where it ends, but for its place.
    if (inOfficial && cur && /^\s*$/.test(gap) && !PLACE.test(m[0]) && !/^(?:و|یا)$/.test(m[0])) break;
    inOfficial = false;
    // «فرمانداران شهرستان ها»: the places a plural body is of close its name («… شهرستان ها آمار را …»).
    if (cur && /^(?:ها|های)$/.test(m[0]) && /(?:^|\s)(?:استان|شهرستان)\s*$/u.test(c.slice(cur.start, m.index))) {
      cur.end = m.index + m[0].length;
      const next = nextToken(c, cur.end);
      // «… شهرستان های مختلف استان»: «های», the ezafe written, goes on to the word it joins.
      const ezafe = m[0] === 'های' && !!next && !NAME_STOPS.has(next) && !ACTION_NOUNS.has(next);
      if (!(next === 'تابعه' || ezafe || (/ی$/u.test(next) && !NAME_STOPS.has(next)))) break;
      pos = cur.end;
      continue;
    }
    if (/[^\s]/.test(gap)) {
      // «شهردار محترم، مشاوران عمرانی و مسئول واحد …»: a comma goes on to the next name only when one opens there.
      if (!cur || !/^\s*,\s*$/.test(gap) || !(plural || startsOwner(c.slice(m.index)))) break;
      closeName();
    }
    const word = m[0];
    pos = m.index + word.length;
    // «اداره تعاون واتاق بازرگانی», «هیئت امنا وهیئت مدیره»: «و» written fused to the next body still splits the two.
    // So does one fused to a title: «خانم شکری ومهندس افشار» names two people.
    if (
      cur &&
      word.length > 3 &&
      word.startsWith('و') &&
      (ORG_HEAD_RE.test(c.slice(m.index + 1)) || HONORIFIC_RE.test(c.slice(m.index + 1)))
    ) {
      closeName();
      re.lastIndex = m.index + 1;
      pos = m.index + 1;
      continue;
    }
    if (word === 'و' && !cur) break;
    // «دهیاری به همراه بسیج روستا … اقدام نماید»: the body along with which it acts acts too (unlike
    // «با همکاری», who helps).
    const along = cur && word === 'به' ? /^\s+همراه\s+/u.exec(c.slice(pos)) : null;
    if (along && startsOwner(c.slice(pos + along[0].length))) {
      closeName();
      re.lastIndex = pos + along[0].length;
      pos = re.lastIndex;
      continue;
    }
    // «شهرداری یا فرمانداری …»: either of them may act, and both are reminded.
    if (word === 'یا' && cur && startsOwner(c.slice(m.index + 2).trimStart())) {
      closeName();
      continue;
    }
    if (!cur && all < 0 && ALL_OF.test(c.slice(m.index)) && startsOwner(c.slice(m.index))) {
      all = m.index;
      continue;
    }
    if (word === 'و' && cur) {
      // «شهرداری و نیز فرمانداری»: «نیز» after «و» only stresses the next name.
      const stressed = /^\s*(?:نیز|همچنین|همینطور)\s+/u.exec(c.slice(m.index + 1));
      const also = stressed && startsOwner(c.slice(m.index + 1 + stressed[0].length)) ? stressed : null;
      if (also) {
        re.lastIndex = m.index + 1 + also[0].length;
        pos = re.lastIndex;
      }
      const after = c.slice(m.index + 1 + (also?.[0].length ?? 0)).trimStart();
      // «آموزش و پرورش، بهداشت …»: the word after «و», without the comma that may close it.
      const nextWord = /^[^\s,.;:()]+/.exec(after)?.[0] ?? '';
      const joins =
        JOINED.has(`${prevWord}|${nextWord}`) ||
        (bound &&
          !plural &&
          count >= 2 &&
          !startsOwner(after) &&
          (isNameWord(nextWord) || /^\S+\s+ریزی(?!\p{L})/u.test(after)));
      if (joins) {
        cur.end = m.index + 1;
        // «راهداری و حمل و نقل جاده ای»: a fixed pair after a join is one word of it.
        if (!JOINED.has(`${prevWord}|${nextWord}`)) afterJoin = 0;
        else if (afterJoin > 0) afterJoin--;
        continue;
      }
      if (!(plural || startsOwner(after))) break;
      closeName();
      continue;
    }
    // «فناوری اطلاعات», «روابط عمومی»: every word of a head of several words is the name's.
    if (cur && m.index < headWordsEnd) {
      cur.end = m.index + word.length;
      prevWord = word;
      count++;
      continue;
    }
    const ownObject = word === 'خود' && /^\s+را(?!\p{L})/u.test(c.slice(m.index + word.length));
    if ((word === 'را' || ownObject) && cur && count >= 2) {
      // «کمیته فنی طرح را بررسی کند», «شهرداری نماینده خود را …»: the word before «را» or «خود» is the object,
      // not part of the name.
      cur.end = c.lastIndexOf(prevWord, m.index) - 1;
      while (cur.end > cur.start && /\s/.test(c[cur.end - 1]!)) cur.end--;
    }
    // «دبیر جلسه», «رئیس جلسه»: the meeting a post belongs to completes it.
    // «کلیه اعضا جلسه», its ezafe unwritten: the members of the meeting.
    const ofMeeting =
      word === 'جلسه' && cur !== null && ((headEnd >= 0 && m.index >= headEnd) || /^اعضاء?$/u.test(prevWord));
    // «سازمان نظام مهندسی معدن و صنایع معدنی استان»: the place a long name is of still closes it.
    if (cur && count >= maxTokens && PLACE.test(word) && !/^\s*ها/u.test(c.slice(pos))) {
      cur.end = pos;
      break;
    }
    if ((NAME_STOPS.has(word) && !ofMeeting) || count >= maxTokens) break;
    // «توسط کارگروهی متشکل از …», «گروهی از کارشناسان»: a group with the indefinite «ی» fused is no one yet; after
    // a name («از طرف دانشکده هیئتی … اعزام شوند») it is what that body sends or forms, and the name ends before it.
    if (INDEFINITE_GROUP.test(word)) break;
    // «کمیته فنی متشکل از …»: what a body is made of follows its name.
    if (word === 'متشکل') break;
    // «کمیته ای متشکل از …», «جلسه ای»: a head with the indefinite «ای» is a body yet to be formed, no one yet.
    if (
      cur &&
      count === 1 &&
      word === 'ای' &&
      ORG_HEAD_RE.exec(c.slice(cur.start))?.[0].length === cur.end - cur.start
    ) {
      cur = null;
      break;
    }
    // «جاده ای»: the adjective's ending written apart belongs to the word before it.
    if (cur && /^(?:ای|ایی)$/.test(word)) {
      cur.end = m.index + word.length;
      continue;
    }
    const adjective = () => /ی$/.test(word) || /^\s+(?:ای|ایی)(?!\p{L})/u.test(c.slice(m.index + word.length));
    if (afterJoin >= 0 && afterJoin++ >= 1 && !adjective() && !PLACE.test(word)) break;
    const complement = cur !== null && headEnd >= 0 && m.index >= headEnd && !HONORIFIC_RE.test(word);
    // «واحد فناوری اطلاعات»: a field of several words as a head's complement is read whole.
    const field = complement ? FIELD_BODY_RE.exec(c.slice(m.index)) : null;
    if (field) headWordsEnd = m.index + field[0].length;
    if (complement) headEnd = -1;
    // «برنامه ریزی», «… و برنامه ریزی»: the field of a body, not its task; «کمیسیون تعیین تکلیف …» one noun.
    else if (
      ACTION_NOUNS.has(word) &&
      !/^\s+ریزی(?!\p{L})/u.test(c.slice(m.index + word.length)) &&
      !(word === 'تکلیف' && prevWord === 'تعیین')
    ) {
      // «دانشگاه تهران تفاهم نامه را …»: «نامه» closes a noun with the word before it, which is no part of the name.
      if (word === 'نامه' && cur && count >= 2 && NAMEH_COMPOUND.test(prevWord)) {
        cur.end = c.lastIndexOf(prevWord, m.index) - 1;
        while (cur.end > cur.start && /\s/.test(c[cur.end - 1]!)) cur.end--;
      }
      break;
    }
    // «آقای صادقی نقشه های اصلاحی را …», «شهرداری نقشه ها را …»: a plural noun after a name is where the object
    // starts; a body's name holds one only as a head's complement («سازمان پارک ها») or as a head itself.
    if (
      cur &&
      count >= 1 &&
      !complement &&
      !ORG_HEAD_RE.test(c.slice(m.index)) &&
      !/^(?:استان|شهرستان)$/u.test(word) &&
      /^\s+(?:ها|های|هایی)(?!\p{L})/u.test(c.slice(m.index + word.length))
    )
      break;
    // «آقای میروکیلی شهردار یزد»: after a person's title and name, a role word starts their post, not the name.
    if (cur && person && count >= 1 && ORG_HEAD_RE.test(c.slice(m.index))) break;
    // «فرمانداری نماینده معرفی کند»: a post after a body whole on its own, with a task and its verb right after,
    // is the object; after a head that needs its complement it is that complement («ریاست محترم سازمان …»).
    if (cur && count >= 1 && !bound && BOUND_HEAD_RE.test(c.slice(m.index))) {
      const next = nextToken(c, pos);
      const rest = c.slice(pos).replace(/^\s*\S+/, '');
      if (ACTION_NOUNS.has(next) && LIGHT_VERB.test(rest)) break;
    }
    // «… یک نفر را معرفی نمایند»: a count of people after a name is its object.
    if (cur && count >= 1 && /^(?:نفر|تن)$/.test(nextToken(c, pos))) break;
    // «هر یک از اعضا یک طرح … ارائه دهند»: a number after a name counts its object, unless the word before it
    // takes one («شهرداری منطقه دو», «کمیسیون ماده ۵»).
    if (cur && count >= 1 && COUNT_WORD.test(word) && !NUMBERED.test(prevWord)) break;
    // «معاونت فنی مسئول تهیه گزارش …»: «مسئول» and a task after a name says what the body answers for.
    if (cur && count >= 1 && /^مسئول(?:ین|ان)?$/.test(word) && ACTION_NOUNS.has(nextToken(c, pos))) break;
    // «… توسط ریاست شورا مدیریت شود»: the noun of a compound verb belongs to the verb.
    if (cur && count >= 1 && LIGHT_VERB.test(c.slice(m.index + word.length))) break;
    if (!cur) {
      cur = { start: all >= 0 ? all : m.index, end: m.index + word.length };
      all = -1;
      person = HONORIFIC_RE.test(c.slice(m.index));
      const head = BOUND_HEAD_RE.exec(c.slice(m.index));
      headEnd = head ? m.index + head[0].length : -1;
      headWordsEnd = m.index + (ORG_HEAD_RE.exec(c.slice(m.index))?.[0].length ?? 0);
      bound = !!head;
    } else cur.end = m.index + word.length;
    // «شهردار محترم طرح را …»: the courtesy word closes the name unless another body's name follows.
    if (
      word === 'محترم' &&
      count >= 1 &&
      !startsOwner(c.slice(m.index + word.length).replace(/^\s*(?:,|و(?!\p{L}))?\s*/u, ''))
    )
      break;
    if (!HONORIFIC_RE.test(word)) count++;
    prevWord = word;
  }
  if (cur) names.push(cur);
  return names;
}

/** The word after `at`, without the punctuation around it. */
function nextToken(c: string, at: number): string {
  return /^\s*([^\s,.;:()]*)/.exec(c.slice(at))![1]!;
}

/** The first name read at the start of a value («دکتر البرزی فرماندار شهرستان» → «البرزی»). */
export function firstName(value: Txt): Txt | null {
  const span = readNames(value.c, 0, 6)[0];
  return span ? cleanName(value.slice(span.start, span.end)) : null;
}

/**
 * «جناب آقای رضایی، مدیرکل دفتر فنی، گزارش … ارائه خواهند داد»: a post set between commas right after a titled
 * person is that person's post, not a second owner.
 */
function isApposition(c: string, prev: Span | undefined, s: Span): boolean {
  return (
    !!prev &&
    HONORIFIC_RE.test(c.slice(prev.start)) &&
    /^\s*,\s*$/.test(c.slice(prev.end, s.start)) &&
    POST_HEAD_RE.test(c.slice(s.start)) &&
    /^\s*,/.test(c.slice(s.end))
  );
}

function toOwners(text: Txt, spans: Span[]): Txt[] {
  const out: Txt[] = [];
  const seen = new Set<string>();
  // Rules find names in their own order, and several rules (or one rule from several places) may find the same
  // name: the owners are listed once each, as the text names them. Linear after the sort, so that a long list of
  // bodies, which rules may read from each of its commas, stays cheap.
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  // The last span that starts before this one (the last of the run before the spans starting where it does).
  let prev: Span | undefined;
  let last: Span | undefined;
  for (const s of sorted) {
    if (last && last.start < s.start) prev = last;
    last = s;
    if (isApposition(text.c, prev, s)) continue;
    const name = cleanName(text.slice(s.start, s.end));
    if (name && !seen.has(name.c)) {
      seen.add(name.c);
      out.push(name);
    }
  }
  return out;
}

/** «TBD», «unassigned», «?» in an owner cell: no one yet, which the preview shows as reaching nobody. */
const EN_NO_ONE = /^(?:tbd|tbc|tba|tbd\/tbc|n\/?a|none|nobody|no\s+one|unassigned|not\s+assigned|open|vacant|\?+)$/i;
/** «We will drop …», «They to confirm …»: a pronoun names no one the bot could remind. */
const EN_PRONOUN = /^(?:we|i|you|they|he|she|it|this|that|these|those|there|someone|somebody|anyone)$/i;

/** Splits an owner cell or label value: `کمیته فاوا/ کمیته تامین داده`, `Alice, Bob and Carol`. */
export function ownersFromList(value: Txt): Txt[] {
  const out: Txt[] = [];
  // «شهرداری با همکاری اداره برق»: who helps does not act. «دبیرخانه (آقای رضایی)»: a bracket says who within it
  // or what the name is («Sarah (Comms)»), not another owner; «(or Sam)» is one.
  const partner = /\s+با\s+(?:همکاری|مشارکت|هماهنگی)(?!\p{L})/u.exec(value.c);
  const cell = (partner ? value.slice(0, partner.index) : value).remove(/\s*\((?!\s*or\b)[^()]*\)/gi);
  for (const part of cell.split(/\s*(?:[/,;|&+]|\band\b|\s-\s|\(\s*or\b|\))\s*|\s+(?=@)/gi)) {
    if (EN_NO_ONE.test(part.c.trim()) || EN_PRONOUN.test(part.c.trim())) continue;
    const spans = readNames(part.c, 0, 12);
    const covered = spans.length > 0 && spans[spans.length - 1]!.end >= part.c.trimEnd().length - 1;
    for (const name of covered ? toOwners(part, spans) : [cleanName(part)].filter((n): n is Txt => !!n)) {
      if (!out.some((o) => o.c === name.c)) out.push(name);
    }
  }
  return out;
}

/** Words for a group of people, written in lower case after a capitalised word («Working group», «All members»). */
const EN_GROUP_WORD =
  '(?:members|group|team|sub-?committee|committee|chairs|organi[sz]ers|editors|staff|board|officers|maintainers|reviewers|volunteers|governors|councillors|councilors|trustees|directors|committers|leads|coordinators|contributors)\\b';
const EN_GROUP = new RegExp(`^(?:[A-Z][\\w'-]*\\s+){0,2}${EN_GROUP_WORD}`);
/** A capitalised name of up to four words, a group («Working group»), or a chat handle («@jdoe»). */
const EN_NAME = `(?:@[\\w.-]+|[a-z][A-Z][A-Za-z]?\\b|${"[A-Z][\\w.'-]*(?:\\s+[A-Z][\\w.'-]*){0,3}"}(?:\\s+(?:(?!volunteers\\s+to\\b)|(?<=\\bAll\\s+))${EN_GROUP_WORD})?|${EN_GROUP_WORD})`;
/** «Leonard, Santiago, and Sam»: names joined by slashes, commas (Oxford comma too) and «and». */
const EN_NAMES = `${EN_NAME}(?:(?:\\s*[/,&+]\\s*(?:and\\s+)?|\\s+and\\s+|\\s+(?=@))${EN_NAME}|\\s+\\(or\\s+${EN_NAME}\\))*`;
/** «Sam: …», «Alice (@alice): …»: who acts before a colon, their handle in brackets beside the name. */
const EN_PREFIX = new RegExp(`^(@?${EN_NAMES})(?:\\s*\\(@[\\w.-]+\\))?\\s*:\\s+(?=\\S)`);
/** What a person is to do: «X to …», «X will …», «X & Y still have to …», «X volunteered to …». */
const EN_DUTY =
  '(?:(?:still|also|then)\\s+)?(?:to|will|should|shall|must|needs?\\s+to|ha(?:s|ve)\\s+to|is\\s+to|are\\s+to|is\\s+going\\s+to|(?:(?:has|have)\\s+)?(?:agreed|volunteered|offered)\\s+to|(?:agrees|volunteers|offers)\\s+to|(?:offered|volunteered)\\s+(?:[a-z]+\\s+){0,2}?(?:help|support|assistance)|(?:took|takes|ha(?:s|ve)(?:\\s+taken)?)\\s+(?:an?|the)\\s+action\\s+to)';
// «Venue to be confirmed», «Date to be decided»: a thing in the passive, not someone's task.
/** A post named in lower case after «the» («The clerk was directed to …»): a person, unlike «the report». */
const EN_POST = `[Tt]he\\s+(?:(?:(?:city|county|executive|deputy|assistant|town|parish|district|general|finance|project|programme|program)\\s+)?(?:clerk|secretary|treasurer|chair(?:man|woman|person)?|president|director|manager|secretariat|mayor|attorney|engineer|administrator|coordinator|superintendent|auditor|staff)\\b|(?:[a-z]+\\s+){0,2}?(?:working\\s+group|sub-?committee|committee|task\\s+force|team|board|panel|office)\\b)`;
/** «To assist in ensuring meetings are quorate, Governors to consider …»: a purpose set before who acts. */
export const EN_PURPOSE = 'To\\s+[a-z][^,.;:]{0,80},\\s+';
/** «Council agreed to plant two trees»: the body of the meeting deciding, not someone taking a task. */
const EN_BODY_AGREED =
  '(?:[Tt]he\\s+)?(?:[Cc]ouncil|[Cc]ommittee|[Bb]oard|[Gg]overnors|[Tt]rustees|[Mm]embers|[Dd]irectors|[Mm]eeting|[Gg]roup)\\s+(?:(?:also|then|further|unanimously)\\s+)?(?:(?:has|have)\\s+)?agreed\\s+to\\b';
// «Agreed: Mark and Lisa to organise …», «Decision: the Treasurer will open …»: the label says what the line is;
// the task follows it. «Sarah (Comms) to draft …»: a role or a team in brackets after the name is not its part.
const EN_TO = new RegExp(
  `^(?:(?:Agreed|Decision|Decided|Resolved|Resolution|AGREED|DECISION|DECIDED|RESOLVED)\\s*:\\s*|(?:ACTION|Action|AI)\\s+(?:on|for)\\s+|${EN_TOPIC}|${EN_PURPOSE})?(?!(?:[Tt]he\\s+)?${EN_NOUN_TO})(?!${EN_BODY_AGREED})(?:the\\s+(?=[A-Z]))?((?:@?${EN_NAMES}|${EN_POST})(?:\\s+and\\s+(?:@?${EN_NAMES}|${EN_POST}))?)(?:\\s+\\((?![^()]*\\d)[^()]{1,30}\\))?\\s+${EN_DUTY}\\s+(?!${EN_STATE})[a-z]`,
  'd',
);
/**
 * «Sam presented the figures and will circulate them», «Farid would rather vote and will be sending the
 * ballot»: a named subject, a first verb, then «and will …» — the second verb is the task. Not a state after it
 * («… and will be away»).
 */
const EN_AND_WILL = new RegExp(
  `^(?:${EN_TOPIC})?(@?${EN_NAMES})\\s+(?:(?:would|will|has|have|had|is|was)\\s+)?[a-z]+\\b[^.;:!?]{0,100}?\\s+and\\s+(?:will|would|is\\s+going\\s+to)\\s+(?!${EN_STATE})(?!(?:be|have|not|like|need)\\b(?!\\s+[a-z]+ing\\b))[a-z]`,
  'd',
);
/** «He presented … and will …»: a pronoun opening the sentence names no one. */
const EN_PRONOUN_START = /^(?:he|she|they|we|it|i|you)\b/i;
/** «The Clerk would action.»: an officer of the body, the task told in reported speech. */
export const EN_POST_WOULD =
  '((?:[Tt]he\\s+)?(?:(?:Parish|Town|Deputy|Assistant|Executive)\\s+)?(?:Clerk|Secretary|Treasurer|Chair(?:man|woman|person)?|RFO))\\s+would\\s+(?!be\\b|have\\b|not\\b|like\\b|need\\b|prefer\\b)[a-z]';

const EN_WOULD = new RegExp(`^${EN_POST_WOULD}`, 'd');
/** «Secretary, Mia Holt, volunteered to …», «The Treasurer, Steve M., will …»: a post, then its holder between commas. */
export const EN_APPOSED_TASK =
  "^(?:[Tt]he\\s+)?(?:(?:Vice|Deputy|Assistant|Corresponding|Recording|Membership)\\s+)?(?:President|Secretary|Treasurer|Chair(?:man|woman|person)?|Clerk|Director)\\s*,\\s+([A-Z][\\w.'-]*(?:\\s+[A-Z][\\w.'-]*){0,2}),\\s+(?:will|(?:(?:has|have)\\s+)?(?:volunteered|agreed|offered)\\s+to)\\s+(?!be\\b)[a-z]";
const EN_APPOSED = new RegExp(EN_APPOSED_TASK, 'd');
/** «Ricky confirmed he will provide …», «Ana said that she would write …»: a person taking a task in reported speech. */
const EN_SAID_WILL = new RegExp(
  `^(?:${EN_TOPIC})?(@?${EN_NAMES}|${EN_POST})\\s+(?:confirmed|said|agreed|undertook|promised|indicated|stated)\\s+(?:that\\s+)?(?:he|she|they)(?:\\s+(?:will|would)|['’](?:ll|d))\\s+(?!${EN_STATE})(?!(?:be|have|not|like|need)\\b)[a-z]`,
  'd',
);
/**
 * «X was directed to …», «The board asked the Director to …», «We will ask the Building Committee to …», «any
 * further changes be delegated to the Town Clerk in consultation with …»: who is told to act.
 */
const EN_TOLD = new RegExp(
  `^(${EN_POST}|@?${EN_NAMES})\\s+(?:was|were|is|are)\\s+(?:directed|asked|instructed|requested|authori[sz]ed|tasked|charged|assigned)\\s+to\\s+[a-z]|\\b(?:asked|directed|instructed|requested|tasked|authori[sz]ed|approved|(?:will|to)\\s+ask|(?:is|are)\\s+asking)\\s+(${EN_POST}|(?:the\\s+)?@?${EN_NAMES})\\s+to\\s+[a-z]|\\b(?:be|is|are)\\s+delegated\\s+to\\s+(${EN_POST}|(?:the\\s+)?@?${EN_NAMES})(?=\\s*(?:[,;.]|$|\\s+(?:in\\s+consultation|with|for|to)\\b))`,
  'd',
);
const OWNER_LABEL_ALONE = new RegExp(`^(?:${OWNER_LABEL})$`, 'iu');
/**
 * «RESOLVED: That the Town Clerk be instructed to advertise …»: council minutes print the resolution's «that»
 * after the label, at the start of the text.
 * «It was agreed that the Treasurer would open …», «Resolved that the Town Manager be authorized to sign …»,
 * «Council requested that the Planning Department report back …»: the subject of the clause a decision opens
 * has the work. Not a state («… would be maintainers»), and not a thing («that the report be received»).
 */
const EN_THAT = new RegExp(
  `(?:\\b(?:[Aa]greed|[Rr]esolved|[Dd]ecided|[Rr]equested|[Dd]irected|[Oo]rdered|[Ii]nstructed|AGREED|RESOLVED|DECIDED)\\s+that|^(?:That|THAT))\\s+((?:${EN_POST}|(?:the\\s+)?@?${EN_NAMES})(?:\\s+and\\s+(?:${EN_POST}|(?:the\\s+)?@?${EN_NAMES}))?)\\s+(?:(?:would|will|shall|should|must)\\s+(?!be\\b|have\\b|remain\\b|continue\\s+to\\s+be\\b)[a-z]|(?:be|is|are)\\s+(?:hereby\\s+)?(?:authori[sz]ed|directed|asked|instructed|requested|tasked|charged|empowered)\\s+to\\s+[a-z]|(?!(?:be|is|are|was|were|has|have|had|remain|remains|would|will|shall|should|must|may|might|can|could|notes?|noted|receives?|received|accepts?|accepted|adopts?|adopted|approves?|approved|endorses?|endorsed|agrees?|agreed|supports?|supported|welcomes?|welcomed|thanks?|thanked)\\b)[a-z]+\\s+[a-z\\d£$])`,
  'd',
);
/**
 * Posts a heading may also name («Chair:», «Secretary:»): in «the Secretary will circulate …» a person, and with a
 * word before it («Membership Secretary to …», «Vice Chair») still that person — unless the word says what the line
 * is («Agenda Secretary»).
 */
const EN_PERSON_LABEL =
  /^(?:the\s+)?(?:(?!(?:action|decision|note|notes|agenda|minutes)\b)[a-z]+\s+)?(?:chair(?:man|woman|person)?|secretary|host|clerk|treasurer)$/i;
const FA_PREFIX = /^([^:]{2,60}?)\s*:\s+(?=\S)/;
/**
 * «معاون استاندار گفت: شهرداری ها مکلف هستند …», «وی ادامه داد: …», «فرماندار تصریح کرد که …»: who spoke and
 * the verb of saying, before the colon or «که», are not who acts; the words said name that.
 */
const SPEECH_LEAD =
  /^[^:.؟?!\n]{2,120}?(?<!\p{L})(?:گفت|افزود|ادامه\s*داد|اظهار\s*(?:داشت|کرد|نمود)|تصریح\s*(?:کرد|نمود)|بیان\s*(?:کرد|داشت|نمود)|خاطر\s*نشان\s*(?:کرد|ساخت|نمود)|عنوان\s*(?:کرد|نمود)|یادآور\s*شد|تا[کك]ید\s*(?:کرد|نمود)|تأ[کك]ید\s*(?:کرد|نمود))\s*(?::\s*|\s+که\s+)/u;
const HANDED_PREFIX = /^(?:assigned\s+to|(?:واگذار|محول|سپرده)\s+(?:شده\s+)?به)\s+([^:]{2,60}?)\s*:\s+(?=\S)/diu;

/** `Owner: task` → the owners and the task; null when the text does not open with an owner. */
export function ownerPrefix(text: Txt, isLabel: (s: string) => boolean): { owners: Txt[]; rest: Txt } | null {
  // «Assigned to Bob: …», «واگذار به دبیرخانه: …»: the line opens by saying whose the task is.
  const handed = HANDED_PREFIX.exec(text.c);
  if (handed) {
    const [start, end] = handed.indices![1]!;
    const owners = namesAlone(text.slice(start, end));
    if (owners.length) return { owners, rest: text.slice(handed[0].length).trim() };
  }
  const en = EN_PREFIX.exec(text.c);
  // «Budget: Sam will send the figures», «Release SR3: Dan to remind …»: a topic before a named person's task, not
  // who acts; the person after it is, and the topic stays in the text.
  const after = en ? EN_TO.exec(text.c.slice(en[0].length))?.indices?.[1] : undefined;
  if (en && after) {
    const [a, b] = [en[0].length + after[0], en[0].length + after[1]];
    const who = text.c.slice(a, b);
    const owners = isLabel(who) && !/^(?:all|everyone|everybody)$/i.test(who) ? [] : ownersFromList(text.slice(a, b));
    return owners.length ? { owners, rest: text } : null;
  }
  if (en && EN_TO.test(text.c.slice(en[0].length))) return null;
  // «Grants Panel: The two awards were approved.»: a label over what was settled in the
  // passive names the subject, not who acts.
  if (en && EN_SETTLED.test(text.c.slice(en[0].length))) return null;
  const fa = en ? null : FA_PREFIX.exec(text.c);
  const head =
    en?.[1] ??
    (fa && startsOwner(fa[1]!) && fa[1]!.split(/\s+/).length <= 6 && !SPEECH_LEAD.test(fa[0]) ? fa[1] : null);
  // «مسئول اجرا: …», «Owner: …»: the label names who acts after it, it is no one itself.
  if (head && OWNER_LABEL_ALONE.test(head.trim())) return null;
  // «All members:», «Working group:»: a group is who acts, though «all» alone would be a label.
  if (!head || (isLabel(head) && !EN_GROUP.test(head))) return null;
  const owners = ownersFromList(text.slice(0, head.length));
  const cut = (en ?? fa)![0].length;
  return owners.length ? { owners, rest: text.slice(cut).trim() } : null;
}

const EN_SETTLED =
  /^(?:the|this|these|all|a|an)\s+[^.:;]{0,100}?\b(?:was|were|has\s+been|have\s+been)\s+(?:unanimously\s+)?(?:approved|adopted|ratified|endorsed|accepted|carried|passed|received|noted)\b/i;

const EN_DASH = new RegExp(`^(@?${EN_NAMES})\\s+-\\s+(?=\\S)`);

/** «Update the page — Sam», «… — @alice, due 2024-06-01»: a name alone after the last dash, a due date after it. */
const EN_DASH_TAIL = new RegExp(
  `\\s[-–—]\\s+(?:owners?:?\\s+)?(@?${EN_NAMES})\\s*(?:[,;]\\s*(?:due|by|eta|deadline|target)\\b[^,;()]{0,40})?\\.?$`,
);

/** «معاونت فنی - بازدید از پروژه - ۱۵ آبان»: a body or a titled person, a few words, before a spaced dash. */
const FA_DASH = /^([^-–—:.]{2,60}?)\s+[-–—]\s+(?=\S)/u;

/**
 * «Group - Pre-read: the wireframe», «دبیرخانه – ارسال صورتجلسه» in an action list: the name before a spaced
 * dash does the task.
 */
export function ownerBeforeDash(text: Txt, isLabel: (s: string) => boolean): Txt[] {
  const m = EN_DASH.exec(text.c);
  // «Secretary - renew the insurance»: a post a heading may also name is a person here too.
  if (m) return !isLabel(m[1]!) || EN_PERSON_LABEL.test(m[1]!) ? ownersFromList(text.slice(0, m[1]!.length)) : [];
  // «Update the wiki page — Sam», «… - owner: Sam»: a name alone after the last dash.
  const tail = EN_DASH_TAIL.exec(text.c);
  if (tail && !isLabel(tail[1]!) && !NOT_A_NAME.test(tail[1]!) && /[a-z]/.test(text.c.slice(0, tail.index))) {
    const at = tail.index + tail[0].lastIndexOf(tail[1]!);
    return ownersFromList(text.slice(at, at + tail[1]!.length));
  }
  const fa = FA_DASH.exec(text.c);
  if (!fa || !startsOwner(fa[1]!) || fa[1]!.split(/\s+/).length > 6) return [];
  // The whole part before the dash must be names, or it is a sentence that happens to open with a body.
  const names = readNames(fa[1]!, 0, 12);
  return names.length && names[names.length - 1]!.end >= fa[1]!.trimEnd().length
    ? ownersFromList(text.slice(0, fa[1]!.length))
    : [];
}

const CLAUSE_END = /[.;!?\n](?!\d)/g;
/** The words «نامه» makes one noun with, written apart: «تفاهم نامه», «آیین نامه», «شیوه نامه» … */
const NAMEH_COMPOUND = /^(?:تفاهم|آیین|آئین|شیوه|بخش|اساس|موافقت|توافق|دعوت|معرفی|ضمانت|بیمه|گواهی|اجازه|پایان)$/u;
const COUNT_WORD = /^(?:یک|دو|سه|چهار|پنج|شش|هفت|هشت|نه|ده|\d+)$/u;
/** Words a number completes inside a name. */
const NUMBERED = /^(?:منطقه|ناحیه|ماده|بند|شماره|فاز|قطعه|تبصره|واحد|شعبه|بخش|کارگاه|ساختمان|پایگاه|مرکز|حوزه)$/u;
/** «… ایجاد گردد و …»: «و» after a finite verb, where a new clause begins. */
const NEXT_CLAUSE = /(?<=(?<!\p{L})(?:شود|شوند|گردد|گردند|نماید|نمایند|کند|کنند)\s+)و(?=\s)/gu;
/** «مقرر شد», «قرار گردید» wherever they stand in a sentence. */
const DECIDED_G = new RegExp(DECIDED_VERB, 'gu');
/** «مقرر شد (که)», «قرار شد», «مصوب گردید»: the words before the subject the decision gives work to. */
const DECIDED =
  /^(?:(?:مقرر|مصوب)\s*(?:(?:شده|گردیده)(?:\s+است)?|شد|گردید|می\s*گردد|میگردد)?|قرار\s*(?:شد|گردید)(?!\p{L}))\s*(?:که\s+|,\s*)?/u;
/**
 * Verbs that give their subject work to do, also in the future («… ارسال خواهد کرد», not «… خواهد شد») and
 * the honorific «فرمایند»; «می باشد» only describes, so it names no agent, and «یافتن» after a noun says what
 * becomes of the subject («… به دانشکده جدید انتقال می یابد», «… افزایش یابد»), except «دست یابد», reaching it.
 */
const ACTIVE_VERB =
  /(?<!\p{L})خواهن?د\s+(?!شد|گردید|بود)\p{L}+|(?:فرماید|فرمایند|نماید|نمایند|کند|کنند|دهد|دهند|بپردازد|بپردازند|آورد|آورند|رساند|رسانند|گذارد|گذارند|بگیرد|گیرند|دارد|دارند|(?<=(?<!\p{L})دست\s*)(?:یابد|یابند)|سازد|سازند|(?<!می\s*)باشد|(?<!می\s*)باشند)(?!\p{L})/u;
/** Any finite verb, active or passive, Persian or English: an item without one is a task named by its noun. */
const FINITE_VERB =
  /(?<!\p{L})(?:شود|شوند|گردد|گردند|شد|شدند|گردید|گردیدند|نماید|نمایند|نمود|نمودند|کند|کنند|کرد|کردند|است|هستند|باشد|باشند|دارد|دارند|داشت|یابد|یابند|گیرد|گیرند|گرفت|دهد|دهند|داد|دادند|آورد|آورند|رسد|رسید|will|shall|must|should|is|are|was|were|has|have)(?!\p{L})/iu;
/**
 * «… به شهرداری ابلاغ شود», «… به کمیته فنی (جهت بررسی) ارجاع شد»: the body a decision is served on or a
 * matter is referred to, for it to act on.
 */
const SERVED =
  /^\s*(?:(?:جهت|برای)\s+(?:اجرا|اقدام|بررسی|پیگیری|رسیدگی)(?:\s+و\s+(?:اجرا|اقدام|بررسی|پیگیری|رسیدگی))?\s+)?(?:ابلاغ\s+(?:شود|گردد|می\s*شود|می\s*گردد)|ارجاع\s+(?:شود|گردد|شد|گردید|می\s*شود|می\s*گردد))(?!\p{L})/u;
const TO = /(?<!\p{L})به\s+(?=\S)/gu;
/**
 * «به شهرداری ابلاغ شد تا … اقدام نماید», «به دبیرخانه اجازه داده شد که … منتشر کند», «موضوع به شهرداری منعکس
 * گردد تا … اقدام نماید»: a body told, tasked or allowed to do what the clause after «تا/که» says; «نتیجه به
 * شهرداری اعلام شد» gives it nothing to do.
 */
const TOLD_TO =
  /^\s*(?:(?:ابلاغ|تکلیف|(?:ماموریت|مأموریت|اجازه|اختیار|دستور|اختیارات\s+لازم)\s+داده)\s+(?:شد|گردید)\s+(?:(?:که|تا)\s)?|(?:منعکس|ارسال|اعلام|ابلاغ)\s+(?:شود|گردد|شد|گردید)\s+(?:که|تا)\s)/u;
/**
 * «بررسی موضوع به کمیسیون عمران محول شد»: a task handed to a body; «سپرده/واگذار شد» only hands a task when
 * the sentence opens with one («پیگیری … به دبیرخانه سپرده شد»), not land or a file («زمین به شهرداری واگذار شد»).
 */
const HANDED = /^\s*(?:(?<any>محول)|سپرده|واگذار)\s+(?:شد|گردید|شود|گردد|می\s*شود|می\s*گردد)(?!\p{L})/u;
const OPENS_WITH_TASK =
  /^\s*(?:(?:مقرر|قرار)\s*(?:شد|گردید)\s+(?:که\s+)?)?(?:پیگیری|اجرای|اجرا|انجام|تهیه|بررسی|رسیدگی|مسئولیت|تدوین|تکمیل|بازنگری|طراحی|ساماندهی|نظارت|مطالعه|هماهنگی|برگزاری|تنظیم|ارزیابی|مدیریت|راه\s*اندازی)(?!\p{L})/u;

/**
 * «جهت بررسی به کمیسیون ماده صد ارسال گردد», «به کمیته فنی جهت اقدام ارسال شود»: a matter sent to a body for it to
 * review or act on is referred to it; «نامه به اداره کل ارسال گردد» only sends it something.
 */
const FOR_WORK =
  '(?:جهت|برای)\\s+(?:بررسی|اقدام|پیگیری|رسیدگی|اجرا|اظهار\\s+نظر)(?:\\s+و\\s+(?:بررسی|اقدام|پیگیری|رسیدگی|اجرا|اظهار\\s+نظر))?';
const SENT = /^\s*(?:ارسال|منعکس|ارجاع)\s+(?:شود|گردد|شد|گردید|می\s*شود|می\s*گردد)(?!\p{L})/u;
const FOR_WORK_BEFORE = new RegExp(`${FOR_WORK}\\s*$`, 'u');
const FOR_WORK_AFTER = new RegExp(`^\\s*${FOR_WORK}(?=\\s)`, 'u');
function sentFor(c: string, at: number, end: number): boolean {
  const after = FOR_WORK_AFTER.exec(c.slice(end));
  if (after) return SENT.test(c.slice(end + after[0].length));
  return FOR_WORK_BEFORE.test(c.slice(0, at)) && SENT.test(c.slice(end));
}
/**
 * «در دستور کار X … قرار گیرد»: put on a body's agenda, still to come, for it to take up; not «… قرار گرفت», done
 * already. («موضوع در کمیسیون X بررسی گردد» says where, not who: it names no one.)
 */
const ON_AGENDA = /(?<!\p{L})در\s+دستور\s*(?:کار|جلسه|جلسات)\s+/gu;
const TAKEN_UP = /^\s*(?:قرار\s+(?:گیرد|بگیرد|گرفته\s+شود)|مطرح\s+(?:شود|گردد))(?!\p{L})/u;

/** Whether the body named up to `end` is told, tasked or handed work by what follows it. */
function givenWork(c: string, end: number): boolean {
  const rest = c.slice(end);
  if (SERVED.test(rest)) return true;
  const told = TOLD_TO.exec(rest);
  if (told) return ACTIVE_VERB.test(ownClause(c, end + told[0].length).text);
  const handed = HANDED.exec(rest);
  if (!handed) return false;
  // «… به کمیسیون عمران واگذار شد تا ظرف یک ماه نتیجه را اعلام نماید»: handed over for it to do what follows.
  const purpose = /^\s*(?:تا|که)\s/u.exec(rest.slice(handed[0].length));
  if (purpose && ACTIVE_VERB.test(ownClause(c, end + handed[0].length + purpose[0].length).text)) return true;
  return handed.groups?.any !== undefined || OPENS_WITH_TASK.test(c.slice(lastClauseStart(c, end)));
}
/**
 * After «مقرر شد/گردید» minutes often put the task in the past («… بازدید بعمل آوردند»): still the work
 * given to the subject, unlike a passive past («… بررسی شد»).
 */
const PAST_ACTIVE = /(?:نمودند|نمود|کردند|آوردند|دادند|داشتند|رساندند|گذاشتند|گرفتند|پرداختند)(?!\p{L})/u;
/** Words a report goes on with before the clause's subject: «در ادامه», «در پایان», «همچنین» … */
const GOES_ON = /^(?:(?:در\s+(?:ادامه|پایان|خاتمه|این\s+(?:جلسه|نشست))|همچنین|سپس|نیز|ضمنا[ًٌ]?)\s*,?\s*)+(?=\S)/u;
// «آقایان الف و ب مامور پیگیری موضوع شدند»: the task's noun may come between the duty and its verb.
const OBLIGED =
  /\s(?:مکلف|موظف|ملزم|متعهد|مامور|مأمور|عهده\s*دار)\s+(?:است|هستند|شد|شدند|گردید|گردیدند|میباشد|میباشند|می\s+باشد|می\s+باشند|اند|به|تا|گردیده|(?:پیگیری|بررسی|تهیه|اجرای|انجام|تدوین|ارائه|ارسال|تکمیل|رسیدگی|هماهنگی)(?!\p{L}))/gu;
/**
 * «مدیران کل استان مسئول حسن اجرای این مصوبه خواهند بود», «دبیرخانه مسئول پیگیری … است», «اداره ورزش متولی
 * برگزاری مسابقات خواهد بود», «آقای X مسئول تدوین
 * … گردیدند»: who answers for the work, before «مسئول» and the work's noun, with a copula or «شد» closing it;
 * not who is chosen as one («به عنوان مسئول پیگیری انتخاب شد»).
 */
const ANSWERS_FOR =
  /(?<!به\s+(?:عنوان|سمت))\s(?:مسئول(?:ین|ان)?|متولی(?:ان)?)\s+(?:حسن\s+)?(?:اجرای|اجرا|پیگیری|انجام|تهیه|تدوین|تکمیل|ارائه|ارسال|نظارت|هماهنگی|رسیدگی|بررسی|اعلام|ابلاغ|برگزاری|تنظیم|ساماندهی|طراحی|تامین|تأمین)(?!\p{L})[^.;:]{0,80}?\s(?:است|هستند|(?:می\s*)?باشد|(?:می\s*)?باشند|خواهد\s+بود|خواهند\s+بود|(?<!(?:انتخاب|منصوب|معرفی|تعیین|برگزیده)\s)(?:شد|شدند|گردید|گردیدند))(?!\p{L})/gu;
/**
 * «… تصویب شد. اقدام: واحد تدارکات», «… مستقر شود - پیگیری: بخشداری مرکزی»: after the task's sentence or a
 * spaced dash, a bare «اقدام/پیگیری/اجرا» label names who acts when its value is a body or a person and nothing
 * more («پیگیری: در دست اقدام» is the state of the work).
 */
const BARE_LABEL =
  /(?:[.;!؟?]\s*|\s[-–—]\s*)(?:اقدام|پیگیری|اجرا|action)\s*[:=]\s*([^;()[\]\n.]+?)\s*(?=[;().[\]\n]|\s[-–—]\s|$)/diu;
/** «(اقدام: سازمان ثبت احوال)», «(Action: Finance)»: in a bracket after the task, a bare «اقدام» names who acts. */
const BRACKET_LABEL = /\(\s*(?:اقدام|پیگیری|اجرا|action)\s*[:=]\s*([^()]+?)\s*\)/diu;
const LABELLED = new RegExp(
  `(?<!\\p{L})(?:${OWNER_LABEL})\\s*[:=]\\s*([^;()[\\]\\n]+?)(?=\\s*(?:[;().[\\]\\n]|\\s[-–—]\\s|[,،]?\\s*(?:due|deadline|مهلت|زمان|سررسید|بازه)|\\s+با\\s+(?:همکاری|مشارکت|هماهنگی)(?!\\p{L})|$))`,
  'diu',
);
/** «مسئولیت/پیگیری/اجرای … با X است»: the work is X's. («همکاری … با X» is no one's task.) */
const RESTS_WITH = /(?<!\p{L})(?:مسئولیت|پیگیری|اجرای|انجام)\s[^.;:]{0,80}?\sبا\s+(?=\S)/gu;
const IS = /^\s*(?:است|می\s*باشد|میباشد|خواهد\s+بود)(?!\p{L})/u;
/**
 * «انجام مکاتبات لازم تکلیف معاونت برنامه ریزی است», «نظارت بر اجرا وظیفه دبیرخانه است»: after a task, the work
 * is X's duty. Not «تکلیف شهرداری روشن است», where no task comes before.
 */
const DUTY_OF = /(?<!\p{L})(?:تکلیف|وظیفه)\s+(?=\S)/gu;
// «بر عهده گرفت», «عهده دار شد»: taking the work on (see TOOK_ON), not a name after «عهده».
const AFTER =
  /(?:(?:بر|به)\s+عهده(?!\s+(?:گرفت|گرفتند|گرفته|گیرد|گیرند|بگیرد|بگیرند|دار)(?!\p{L}))|(?:با|به)\s+(?:مسئولیت|محوریت)|از)\s+(?=\S)/gu;
// «از دهیاران خواسته شده (است) تا …»: asked, told as done, the perfect too.
const REQUESTED =
  /^[^.;]{0,80}?(?:درخواست|خواسته)\s+(?:شد|شده(?!\s+بود)|گردید|گردیده(?!\s+بود)|میشود|می\s+شود|شود|گردد)(?!\p{L})/u;
const BY = /(?<!\p{L})(?:توسط|by)\s+(?=\S)/gu;
/** «از طریق/از سوی/زیر نظر/با پیگیری X»: an agent only when a title or a body opens X («از طریق سامانه» is a means). */
const THROUGH = /(?<!\p{L})(?:از\s*طریق|از\s+(?:سوی|طرف)|زیر\s*نظر|با\s+پیگیری)\s*(?=\S)/gu;
/** A passive of work still to be done («… انجام شود», «… پیگیری گردد», «… تقدیر بعمل آید»). */
const TO_COME = /(?<!\p{L})(?:می\s*)?(?:شود|شوند|گردد|گردند|گیرد|گیرند|پذیرد|آید|آیند)(?!\p{L})/u;
/** A participle right before «by» with no «be» before it: what was done, by whom. */
const EN_DONE_BY = /(?<!\b(?:be|being)\s+)\b[A-Za-z]+(?:ed|en|wn|ne)\s+$/;
/** A month, a weekday or a period after «by» or a dash: a deadline. The whole word: «Marco», «Sunil» are names. */
const NOT_A_NAME =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?|eod|eow|eom|end|next|the|this|tomorrow|today|tonight|mid|early|late|close|cob|noon|midnight|q[1-4])\b/i;

/** «الف)», «ب-», «2)» opening a part of an item, after its start or a stop. */
const INNER_MARK = /(?<=^|[\s.:;])(?:(?:الف|ب|پ|ج|د|هـ|ه|ز|ح|ط)\s*[)-]|\d{1,2}\))(?=\s)/gu;

/**
 * «… (مجری: معاونت عمرانی)», «… - Owner: Alice - Due: …»: who acts, named by a label inside the item — as sure
 * as an owner column.
 */
export function labelledOwners(text: Txt): Txt[] {
  const c = text.c.replace(/\]\([^)]*\)|https?:\/\/\S+/g, (m) => ' '.repeat(m.length));
  const labelled = LABELLED.exec(c) ?? BRACKET_LABEL.exec(c);
  if (labelled) {
    const [start, end] = labelled.indices![1]!;
    return namesAlone(text.slice(start, end));
  }
  const bare = BARE_LABEL.exec(c);
  if (!bare || !(startsOwner(bare[1]!) || /^@?[A-Z]/.test(bare[1]!))) return [];
  const [start, end] = bare.indices![1]!;
  return namesAlone(text.slice(start, end));
}

const EN_NAMES_ALONE = new RegExp(`^(?:the\\s+)?${EN_NAMES}\\.?$`);

/**
 * A label's value that holds names and nothing more: «Lead: Sarah Jones», «مسئول: معاونت فنی و دبیرخانه».
 * «Responsible: Sarah will check with legal first», «مسئول: معاونت فنی پیگیری خواهد کرد» are sentences: their
 * owner is not the whole text, and a guess at part of it would be a guess — none is made.
 */
export function namesAlone(value: Txt): Txt[] {
  const v = value.c.trim();
  if (!v) return [];
  if (/[A-Za-z]/.test(v) && !/[\u0600-\u06FF]/.test(v)) return EN_NAMES_ALONE.test(v) ? ownersFromList(value) : [];
  return FINITE_VERB.test(v) || ACTIVE_VERB.test(v) ? [] : ownersFromList(value);
}

/**
 * Names alone, and at most six words of them, where the same label could head a task instead («Action: Clerk» but
 * «Action: book the hall», «اقدام: دبیرخانه» but «اقدام: ارسال نامه»): a Persian value must open with a body or a
 * person.
 */
export function onlyNames(value: Txt): Txt[] {
  const v = value.c.trim();
  if (v.split(/\s+/).length > 6) return [];
  if (/[\u0600-\u06FF]/.test(v) && !startsOwner(v)) return [];
  return namesAlone(value);
}

/** Owners named in a resolution's text, strongest evidence first; empty for passive items. */
export function ownersFromText(text: Txt, isLabel: (s: string) => boolean): Txt[] {
  // Link targets and addresses («](Design/Usage/Stats.md)», «https://…») name no one.
  // Nor do the marks of a list inside the item («… تصویب شد: الف) شهرداری موظف است …»).
  let c = text.c
    .replace(/\]\([^)]*\)|https?:\/\/\S+/g, (m) => ' '.repeat(m.length))
    .replace(INNER_MARK, (m) => ' '.repeat(m.length));
  c = blankReportedRequests(c);
  // Only when the words said name a doer or a decision of their own: «شهرداری گفت که گزارش را ارسال خواهد کرد»
  // is the speaker's own task.
  const speech = SPEECH_LEAD.exec(c);
  const words = speech ? c.slice(speech[0].length) : '';
  if (speech && (startsOwner(words) || DECIDED.test(words) || GOES_ON.test(words)))
    c = ' '.repeat(speech[0].length) + words;
  const spans: Span[] = [];
  const labelled = labelledOwners(text);
  if (labelled.length) return labelled;
  // «شورا شهرداری را موظف کرد تا …», «رئیس شورا از شهرداری خواست …»: the body obliged, asked or ordered is
  // the one that acts, not the one that obliges, asks or orders it.
  const made = madeTo(c);
  if (made.length) return toOwners(text, made);
  const asked = askedOf(c);
  if (asked.length) return toOwners(text, asked);
  // «آقای کاظمی پذیرفت گزارش را تهیه کند», «پیگیری را آقای کاظمی بر عهده گرفت»: who took the work on.
  const took = tookOn(c);
  if (took.length) return toOwners(text, took);
  for (const m of c.matchAll(OBLIGED)) {
    // «… تصمیماتی گرفته شد و همه مدارس ناحیه ملزم به اجرای آن خواهند بود»: after a finite verb and «و» a
    // clause opens with a subject of its own; the clause before it is no part of the name.
    const commaStart = Math.max(lastClauseStart(c, m.index), 0);
    const clauseStart = Math.max(commaStart, lastVerbAnd(c, commaStart, m.index));
    const clause = c.slice(clauseStart, m.index);
    // «در ادامه اداره گاز موظف شد …», «همچنین دهیاران موظف شدند …»: how the report goes on is not the subject.
    const lead = DECIDED.exec(clause)?.[0].length ?? GOES_ON.exec(clause)?.[0].length ?? 0;
    const from = clauseStart + lead + (/^\s*/.exec(clause.slice(lead))?.[0].length ?? 0);
    if (startsOwner(c.slice(from)) || clause.slice(lead).split(/\s+/).length <= 5) spans.push(...readNames(c, from));
  }
  for (const m of c.matchAll(ANSWERS_FOR)) {
    const clauseStart = Math.max(lastClauseStart(c, m.index), 0);
    const lead = DECIDED.exec(c.slice(clauseStart, m.index))?.[0].length ?? 0;
    const from = clauseStart + lead + (/^\s*/.exec(c.slice(clauseStart + lead))?.[0].length ?? 0);
    // The name ends where «مسئول» begins: «مسئول» would otherwise open a post of its own.
    if (startsOwner(c.slice(from))) spans.push(...readNames(c.slice(0, m.index), from));
  }
  for (const m of c.matchAll(TO)) {
    const from = m.index + m[0].length;
    if (!startsOwner(c.slice(from))) continue;
    const names = readNames(c, from);
    if (!names.length) continue;
    const end = names[names.length - 1]!.end;
    if (givenWork(c, end) || sentFor(c, m.index, end)) spans.push(...names);
  }
  // «موضوع در دستور کار کمیسیون عمران قرار گیرد»: the body whose agenda takes the matter up.
  for (const m of c.matchAll(ON_AGENDA)) {
    const from = m.index + m[0].length;
    if (!startsOwner(c.slice(from))) continue;
    const names = readNames(c, from);
    if (names.length && TAKEN_UP.test(c.slice(names[names.length - 1]!.end))) spans.push(...names);
  }
  for (const m of c.matchAll(RESTS_WITH)) {
    const names = readNames(c, m.index + m[0].length);
    if (names.length && IS.test(c.slice(names[names.length - 1]!.end))) spans.push(...names);
  }
  for (const m of c.matchAll(DUTY_OF)) {
    const before = c.slice(Math.max(lastClauseStart(c, m.index), 0), m.index).split(/\s+/);
    if (!before.some((w) => ACTION_NOUNS.has(w))) continue;
    const names = readNames(c, m.index + m[0].length);
    if (names.length && IS.test(c.slice(names[names.length - 1]!.end))) spans.push(...names);
  }
  for (const m of c.matchAll(AFTER)) {
    const from = m.index + m[0].length;
    // «از شهرداری درخواست شود تا …»: who is asked, a body or a person («از مردم درخواست شود …» names no one).
    if (m[0].startsWith('از') && !(REQUESTED.test(c.slice(from)) && startsOwner(c.slice(from)))) continue;
    spans.push(...readNames(c, from));
  }
  let sentenceStart = 0;
  /** Sentences that named no one by their grammar: one may still name who does its work («… توسط X تهیه گردد»). */
  const unnamed: [number, number][] = [];
  for (const end of [...c.matchAll(CLAUSE_END)].map((m) => m.index).concat(c.length)) {
    const found: Span[] = [];
    let afterAgreed: number | null = null;
    // Where the names read so far in this sentence end: a slot inside them (a comma of a list of bodies) would
    // read the rest of that list again, as many times as it has commas.
    let readTo = -1;
    // «شورا با لایحه موافقت و مقرر گردید شهردار … امضا نماید»: a decision that names its own agent closes the
    // clause before it; the body that approved there is not given the verb after it.
    // So does a clause after a verb and «و» that names its own («… ایجاد گردد و کمیته امداد، … تکمیل نماید»).
    const handedOn = [
      ...c.slice(sentenceStart, end).matchAll(DECIDED_G),
      ...c.slice(sentenceStart, end).matchAll(NEXT_CLAUSE),
    ]
      .map((m) => sentenceStart + m.index)
      .filter((at) => {
        const after = at + (DECIDED.exec(c.slice(at))?.[0].length ?? /^و\s+/u.exec(c.slice(at))?.[0].length ?? 0);
        // «مقرر شد تا اداره برق …» names its own agent after «تا» too.
        const rest = c.slice(after).trimStart();
        return startsOwner(rest) || startsOwner(rest.replace(/^تا\s+/u, ''));
      })
      .sort((a, b) => a - b);
    for (const { at, decided, direct, agreed } of agentSlots(c, sentenceStart, end)) {
      if (at < readTo) continue;
      const lead = DECIDED.exec(c.slice(at))?.[0].length ?? 0;
      const from = at + lead;
      const clause = c.slice(from, handedOn.find((h) => h > from) ?? end);
      // Right after «مقرر شد» a body or a person is who the decision gives work to, whatever voice follows
      // («مقرر شد شهرداری … اقدام گردد»); elsewhere in the sentence only an active verb makes them act.
      const active = ACTIVE_VERB.test(clause) || (decided && PAST_ACTIVE.test(clause));
      // «مقرر شد آقای X به عنوان دبیر انتخاب شود»: who is chosen, invited or thanked is given no work.
      if (!active && CHOSEN.test(clause)) continue;
      // «مقرر شد میراث فرهنگی منطقه حفظ شود»: a field's name is a body only when it acts itself.
      // Nor does «… توسعه یابد» make it act: «یافتن» says what becomes of it.
      const fieldActs = ACTIVE_VERB.test(clause.replace(/(?:یابد|یابند)(?!\p{L})/gu, ''));
      const acts = FIELD_BODY_RE.test(c.slice(from)) ? fieldActs : direct || lead > 0 || active;
      // «… مقرر شد آن سازمان / سازمان مذکور …»: the body named before in the item, or no one.
      const pointer = BODY_ANAPHOR.exec(c.slice(from));
      const names = pointer
        ? acts
          ? bodyAntecedent(c, from, pointer.groups!.a ?? pointer.groups!.b!)
          : []
        : startsOwner(c.slice(from)) && acts
          ? readNames(c, from)
          : ANAPHOR.test(clause) && acts
            ? antecedent(c, sentenceStart, from)
            : active
              ? subjectBeforeComplement(c, from)
              : [];
      // «هیئت مدیره موافقت کرد که (…،) واحد مالی … ارائه نماید»: the body that agreed gives the work; the
      // one named after «که» does it.
      if (agreed) afterAgreed = found.length;
      found.push(...names);
      for (const n of names) readTo = Math.max(readTo, n.end);
    }
    spans.push(...(afterAgreed !== null && found.length > afterAgreed ? found.slice(afterAgreed) : found));
    if (!found.length) unnamed.push([sentenceStart, end]);
    sentenceStart = end + 1;
  }
  // «مقرر گردید گزارش توسط خانم X تهیه گردد. ضمناً نماینده Y … پیگیری نمایند.»: each sentence names its own doer.
  if (spans.length) {
    for (const [from, to] of unnamed)
      for (const n of doneBy(c.slice(from, to))) spans.push({ start: from + n.start, end: from + n.end });
    return toOwners(text, spans);
  }
  const to = EN_TO.exec(c)?.indices?.[1];
  // «Venue to be confirmed» is a label and a passive; «The Secretary will circulate …» is a person's task.
  // «Treasurer and Chair to sign …»: each of them a person; «All to review …»: everyone.
  // «All governors to complete …»: a group named whole acts, though «all» alone would be a label.
  const people = (head: string) =>
    head
      .split(/\s+and\s+|\s*[,&/]\s*/)
      .every((p) => !isLabel(p) || EN_PERSON_LABEL.test(p) || /^all$/i.test(p) || EN_GROUP.test(p) || EN_SEAT.test(p));
  const personTask = (head: string, after: string) => people(head) && !/^\s*\S+\s+be\b/.test(after);
  if (to && (!isLabel(c.slice(...to)) || personTask(c.slice(...to), c.slice(to[1])))) {
    // «@uma to draft the newsletter; Kai to review»: each task after a semicolon has its own doer.
    const more = [...c.matchAll(/;\s+(?=\S)/g)].flatMap((m) => {
      const at = m.index + m[0].length;
      const span = EN_TO.exec(c.slice(at))?.indices?.[1];
      return span && !isLabel(c.slice(at + span[0], at + span[1])) ? [[at + span[0], at + span[1]] as const] : [];
    });
    const owners = ownersFromList(text.slice(...to));
    for (const [a, b] of more)
      for (const o of ownersFromList(text.slice(a, b))) if (!owners.some((x) => x.c === o.c)) owners.push(o);
    // «We will ask the Building Committee to …»: a pronoun names no one; who is asked may.
    if (owners.length || !EN_TOLD.test(c)) return owners;
  }
  // «@alice draft the blog post»: a chat handle needs no «to».
  const handle = /^(@[\w.-]+)\s+(?!to\b|will\b)[a-z]+\s/.exec(c);
  if (handle) return [text.slice(0, handle[1]!.length)];
  // «The chairs will confirm …»: the role in lower case, with its article as «The clerk» is given.
  const role = EN_THE_ROLE.exec(c)?.indices?.[1];
  if (role) return [text.slice(0, role[1])];
  // «tomas-k volunteers to write …»: a handle in lower case offering to act.
  if (EN_HANDLE_OFFERS_RE.test(c)) return [text.slice(0, c.search(/\s/))];
  // «Greta, we should settle … Will open an issue»: the speaker takes on what follows.
  const speaker = EN_SPEAKER_WILL.exec(c);
  if (speaker && !isLabel(speaker[1]!)) return [text.slice(0, speaker[1]!.length)];
  // «The committee asked the Secretary to write …»: a post a heading may also name is a person here.
  const named = (span: [number, number]) => !isLabel(c.slice(...span)) || EN_PERSON_LABEL.test(c.slice(...span));
  // «Secretary, Mia Holt, volunteered to …»: the post before the name says who she is; she alone acts.
  const apposed = EN_APPOSED.exec(c)?.indices?.[1];
  if (apposed) return [text.slice(...apposed)];
  // «The Clerk would action.»: the officer's task in reported speech.
  const would = EN_WOULD.exec(c)?.indices?.[1];
  if (would) return ownersFromList(text.slice(...would));
  // «Ricky confirmed he will send the draft»: who says they will act has taken the task.
  const said = EN_SAID_WILL.exec(c)?.indices?.[1];
  if (said && named(said)) return ownersFromList(text.slice(...said));
  const told = EN_TOLD.exec(c);
  const span = told?.indices?.[1] ?? told?.indices?.[2] ?? told?.indices?.[3];
  if (span && named(span)) return ownersFromList(text.slice(...span));
  const that = EN_THAT.exec(c)?.indices?.[1];
  if (that && named(that)) return ownersFromList(text.slice(...that));
  const tagged = taggedOwners(text, isLabel);
  if (tagged.length) return tagged;
  for (const m of c.matchAll(THROUGH)) {
    const from = m.index + m[0].length;
    const clause = ownClause(c, from);
    // «تهیه گزارش از سوی دبیرخانه»: an item named by its noun has its agent here; a verb must be an active one.
    // «… از سوی دبیرخانه انجام شود»: work to come by X, as after «توسط».
    const acts = ACTIVE_VERB.test(clause.text) || (!clause.past && (!FINITE_VERB.test(c) || TO_COME.test(clause.text)));
    if (startsOwner(c.slice(from)) && acts) spans.push(...readNames(c, from));
  }
  for (const m of c.matchAll(BY)) {
    let from = m.index + m[0].length;
    // «توسط تصمیمات ریاست شورا»: by what a body decides is by that body.
    const lead = /^(\S+)\s+/.exec(c.slice(from));
    if (lead && ACTION_NOUNS.has(lead[1]!) && startsOwner(c.slice(from + lead[0].length))) from += lead[0].length;
    // «will be signed by the Registrar General»: the article before a capitalised name is not part of it.
    if (m[0].startsWith('by')) from += /^the\s+(?=[A-Z])/.exec(c.slice(from))?.[0].length ?? 0;
    if (m[0].startsWith('by') && (!/^[A-Z@]/.test(c.slice(from)) || NOT_A_NAME.test(c.slice(from)))) continue;
    // «Moved by X, seconded by Y», «presented by X»: who acted in the meeting; «to be reviewed by X» is to come.
    if (m[0].startsWith('by') && EN_DONE_BY.test(c.slice(0, m.index))) continue;
    // «Motion by Mike, seconded by Ana», «Call to order at 6:05 pm by Vera»: the mover, the one who opened it.
    if (m[0].startsWith('by') && EN_MOVER_BY.test(c.slice(0, m.index))) continue;
    // «Proposed as a true record by Cllr Smith», «moved for adoption by Ana»: the mover, a few words after the verb.
    if (m[0].startsWith('by') && EN_MOVED_AS.test(c.slice(Math.max(0, m.index - 60), m.index))) continue;
    // «گزارش کار توسط آقای X ارائه شد» reports what was done: nothing is left for X to do.
    if (!m[0].startsWith('by') && ownClause(c, from).past) continue;
    spans.push(...(m[0].startsWith('by') ? enNames(c, from) : readNames(c, from)));
  }
  if (!spans.length) {
    // «Sam presented the figures and will circulate them»: a named subject whose second verb takes the task.
    const and = EN_AND_WILL.exec(c)?.indices?.[1];
    if (and && named(and) && !EN_PRONOUN_START.test(c)) {
      const owners = ownersFromList(text.slice(...and));
      if (owners.length) return owners;
    }
    // «Motion by Tom to hire a landscaper. Carried 4-1. Karen will sign the contract.»: in an item told in
    // several sentences, a later one that hands out the task names who acts; so does a clause after a comma
    // («The venue may have changed, Noor will confirm it»).
    for (const s of c.matchAll(/(?<=[.!?;,]\s+)(?=[A-Z@])/g)) {
      const span = EN_TO.exec(c.slice(s.index))?.indices?.[1];
      if (!span) continue;
      const [a, b] = [s.index + span[0], s.index + span[1]];
      if (!isLabel(c.slice(a, b)) || EN_PERSON_LABEL.test(c.slice(a, b))) {
        const owners = ownersFromList(text.slice(a, b));
        if (owners.length) return owners;
      }
    }
  }
  return toOwners(text, spans);
}

/** Who is to do the work of a Persian sentence, named after «توسط» or «از سوی/از طرف …». */
function doneBy(c: string): Span[] {
  const spans: Span[] = [];
  for (const m of c.matchAll(BY)) {
    const at = m.index + m[0].length;
    if (m[0].startsWith('by') || ownClause(c, at).past || !startsOwner(c.slice(at))) continue;
    spans.push(...readNames(c, at));
  }
  for (const m of c.matchAll(THROUGH)) {
    const at = m.index + m[0].length;
    const clause = ownClause(c, at);
    if (startsOwner(c.slice(at)) && !clause.past && (ACTIVE_VERB.test(clause.text) || TO_COME.test(clause.text)))
      spans.push(...readNames(c, at));
  }
  return spans;
}

const EN_MOVED_AS =
  /\b(?:proposed|moved|seconded|nominated)(?:\s+(?!(?:by|be|been|will|shall|would|to|is|are|was|were)\b)[\w'-]+){1,5}\s+$/i;
const EN_MOVER_BY = /\b(?:motion|proposal|amendment|nomination|order(?:\s+at\s+[\d:.]+\s*(?:[ap]\.?m\.?)?)?)\s+$/i;

/**
 * «رئیس شورا از شهرداری خواست (تا) …», «فرماندار از شهرداری خواستار تسریع … شد», «… دستور دادند (که) شهرداری …»,
 * «به دبیرخانه دستور داد …»: reported in
 * the past, who was asked or ordered; «شورا از فرمانداری درخواست نماید» is the council's own task.
 */
const ASKED_FROM =
  /(?<!\p{L})از\s+(?=\S)([^.;:]{2,60}?)\s+(?:خواست|خواستند|خواستار|درخواست\s+(?:کرد|کردند|نمود|نمودند)|تقاضا\s+(?:کرد|کردند|نمود|نمودند))(?!\p{L})/gu;
const ORDERED =
  /(?<!\p{L})(?:به\s+(?=\S)([^.;:]{2,60}?)\s+)?دستور\s+(?:داد|دادند|فرمودند)(?!\p{L})\s*(?:(?:که|تا)\s+)?/gu;

/** A verb in the simple past at the end of a clause: what it closes is reported, it happened at the meeting. */
const REPORTED = new RegExp(
  `(?<!\\p{L})(?:${PAST_PASSIVE}|کرد|کردند|نمود|نمودند|داد|دادند|داشت|داشتند|گفت|گفتند|پرداخت|پرداختند|بود|بودند)\\s*(?:[.!?]\\s*$|$|[,،]?\\s+و\\s)`,
  'u',
);
const DECIDES = new RegExp(`${DECIDED_VERB}|(?<!\\p{L})(?:موظف|مکلف|ملزم)(?!\\p{L})`, 'u');

/**
 * «گزارش پروژه ارائه شد. رئیس شورا از شهرداری خواست توضیح دهد.»: a request reported in the past inside an
 * account of what happened — after a clause or a sentence in the simple past, or beside a decision that gives
 * the work («… مقرر شد کمیته فنی …») — is what someone said at the meeting, not what was decided. Such sentences
 * are blanked before the owners are read; a request that is the whole item («رئیس شورا از شهرداری خواست …»)
 * stays.
 */
function blankReportedRequests(c: string): string {
  let out = c;
  const sentences = [...c.matchAll(/[^.!?\n]+[.!?]?/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  for (const { start, end } of sentences) {
    const sentence = c.slice(start, end);
    const request = [...sentence.matchAll(ASKED_FROM), ...sentence.matchAll(ORDERED)][0];
    if (!request) continue;
    const others = sentences.filter((x) => x.start !== start).map((x) => c.slice(x.start, x.end));
    const reported =
      REPORTED.test(sentence.slice(0, request.index)) || others.some((o) => DECIDES.test(o) || REPORTED.test(o.trim()));
    if (reported) out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  }
  return out;
}

function askedOf(c: string): Span[] {
  const out: Span[] = [];
  for (const m of c.matchAll(ASKED_FROM)) {
    const at = m.index + m[0].indexOf(m[1]!);
    if (startsOwner(m[1]!)) out.push(...readNames(c.slice(0, at + m[1]!.length), at));
  }
  for (const m of c.matchAll(ORDERED)) {
    const at = m[1] ? m.index + m[0].indexOf(m[1]) : m.index + m[0].length;
    const upTo = m[1] ? at + m[1].length : c.length;
    if (!startsOwner(c.slice(at))) continue;
    if (!m[1] && !ACTIVE_VERB.test(ownClause(c, at).text)) continue;
    out.push(...readNames(c.slice(0, upTo), at));
  }
  return out;
}

/** «X پذیرفت/پذیرفتند …», «X مسئولیت … را پذیرفت», «… را X بر عهده گرفت», «X عهده دار … شد». */
const TOOK_ON_VERB =
  /(?<!\p{L})(?:پذیرفت|پذیرفتند|(?:بر|به)\s+عهده\s+گرفت(?:ند)?|قبول\s+زحمت\s+(?:کرد|کردند|فرمودند|نمودند))(?!\p{L})/u;

const TASK_TAKEN = /(?<!\p{L})(?:مسئولیت|پیگیری|انجام|تهیه|اجرای|تدوین|هماهنگی|نظارت)(?!\p{L})[^.;]*\sرا\s*$/u;

function tookOn(c: string): Span[] {
  const verb = TOOK_ON_VERB.exec(c);
  if (!verb) return [];
  const start = Math.max(lastClauseStart(c, verb.index), 0);
  const clause = c.slice(start, verb.index);
  // «پذیرفت» takes on work only when what is taken is a task or a task follows; «شورا پیشنهاد … را پذیرفت»
  // accepts a proposal.
  const accepted = /^پذیرفت/.test(verb[0]);
  // «شورا پذیرفت که شهرداری … اقدام کند»: what was accepted names its own doer.
  const that = /^\s*(?:که|تا)\s+/u.exec(c.slice(verb.index + verb[0].length));
  if (accepted && that && startsOwner(c.slice(verb.index + verb[0].length + that[0].length))) return [];
  const task = TASK_TAKEN.test(clause) || ACTIVE_VERB.test(ownClause(c, verb.index + verb[0].length).text);
  if (accepted && !task) return [];
  // The taker is the first name in the clause: its subject, or after «را» the doer placed late.
  const words = [...clause.matchAll(/(?<=^|\s)\S/gu)].map((w) => start + w.index);
  const ra = clause.search(/(?<!\p{L})را(?!\p{L})/u);
  const after = ra >= 0 ? words.filter((at) => at > start + ra) : words;
  const at = after.find((w) => startsOwner(c.slice(w))) ?? words.find((w) => startsOwner(c.slice(w)));
  return at === undefined ? [] : readNames(c.slice(0, verb.index), at).slice(0, 3);
}

const MADE_TO =
  /(?<!\p{L})را\s+(?:موظف|مکلف|ملزم|مامور|مأمور)\s+(?:کرد|کردند|نمود|نمودند|ساخت|ساختند|می\s*کند|می\s*نماید|کردیم|نمودیم)(?!\p{L})/gu;
/** The body of a meeting, or its members, as the subject that obliges another: «شورا …», «کارگروه …». */
const OBLIGING = /^(?:شورا|شورای|کمیته|کارگروه|کمیسیون|هیئت|هیات|ستاد|جلسه|اعضا|اعضای|مجمع)(?!\p{L})/u;

/** «(شورا) X را موظف/ملزم کرد (تا) …»: X, the object obliged; a meeting body opening the clause obliges. */
function madeTo(c: string): Span[] {
  for (const m of c.matchAll(MADE_TO)) {
    const start = Math.max(lastClauseStart(c, m.index), 0);
    const upTo = c.slice(0, m.index).trimEnd();
    const starts = [...c.slice(start, m.index).matchAll(/(?<=^|\s)\S/gu)]
      .map((w) => start + w.index)
      .filter((at) => startsOwner(c.slice(at)));
    // The clause may open with who obliges: a meeting body, or a post whole on its own («استاندار …»); a head
    // that needs its complement («رئیس اداره برق را …») opens the object itself.
    const opener = starts[0] === undefined ? '' : c.slice(starts[0]);
    const subject = OBLIGING.test(opener) || (ORG_HEAD_RE.test(opener) && !BOUND_HEAD_RE.test(opener));
    const first = starts.length > 1 && subject ? 1 : 0;
    for (const at of starts.slice(first)) {
      const names = readNames(upTo, at);
      if (names.length && names[names.length - 1]!.end >= upTo.length) return names;
    }
  }
  return [];
}

/** A clause's end: its sentence's (as CLAUSE_END), or a past verb, after which what was named already acted. */
// «… ارائه خواهد شد» is to come, not past.
const CLAUSE_OR_PAST = new RegExp(
  `${CLAUSE_END.source}|(?<!\\p{L})(?<!خواهن?د\\s+)(?<past>${PAST_PASSIVE}|(?<=عمل\\s*)آمد|(?<=عمل\\s*)آمدند)(?!\\p{L})`,
  'u',
);

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
interface Slot {
  at: number;
  /** After «مقرر شد» in this sentence. */
  decided: boolean;
  /** Right after «مقرر شد», «قرار شد» or «موافقت شد که». */
  direct: boolean;
  /** Right after «… موافقت کرد که»: the subject before it agreed; it gave the work, it does not do it. */
  agreed: boolean;
}

function agentSlots(c: string, start: number, end: number): Slot[] {
  const slots: Slot[] = [{ at: start, decided: false, direct: false, agreed: false }];
  let decided = false;
  for (const m of c.slice(start, end).matchAll(SLOT)) {
    // Right after «مقرر/قرار شد» or «موافقت شد که» whatever voice follows gives the subject work; after
    // «تصویب شد (که)», «مقرر است» and their kin only an active verb does («تصویب شد شهرداری ها … معاف شوند»).
    const direct =
      /^(?:(?:مقرر|قرار)\s*(?:(?:شده|گردیده)(?:\s+است)?|شد|گردید|میگردد|می\s+گردد)(?!\p{L}|\s+بر)|موافقت)/u.test(m[0]);
    // A comma after «مقرر شد» still stands in its clause: «مقرر گردید از محل پروژه، شهردار … بازدید نمایند».
    decided ||= /^(?:مقرر|قرار|موافقت|تصویب|مصوب|تصمیم|توافق)/.test(m[0]);
    slots.push({
      at: start + m.index + m[0].length,
      decided,
      direct,
      agreed: /^(?:موافقت|توافق|پذیرفت|پیشنهاد)/.test(m[0]),
    });
  }
  // «مقرر شد تا پایان هفته آینده آقای X … تحویل دهد»: a deadline may stand between the decision and its agent.
  // «مقرر شد تا شهرداری … اقدام کند»: «تا» may stand for «که» before the agent, when a body or a person follows it.
  for (const s of [...slots]) {
    if (!s.direct) continue;
    const lead = DECIDED.exec(c.slice(s.at))?.[0].length ?? 0;
    const after = deadlineEndAt(c, s.at + lead);
    if (after !== null && after < end) slots.push({ ...s, at: after });
    const that = /^\s*تا\s+/u.exec(c.slice(s.at + lead));
    if (that && startsOwner(c.slice(s.at + lead + that[0].length)))
      slots.push({ ...s, at: s.at + lead + that[0].length });
  }
  // «… مشخص گردد. و شهرداری طرح را ارجاع نماید»: a clause may open with «و».
  return slots.map((s) => ({ ...s, at: s.at + (/^\s*(?:و\s+)?/u.exec(c.slice(s.at))?.[0].length ?? 0) }));
}
const SLOT =
  /(?<!\p{L})(?:(?:مقرر|قرار)\s*(?:شد|گردید|میگردد|می\s+گردد|(?:گردیده|شده)(?:\s+است)?|است|می\s*باشد)(?:\s+که)?|(?:قرار|تصمیم|بنا)\s+بر\s+(?:این|آن)\s+(?:شد|گردید)(?:\s+که)?|بنا\s+(?:شد|گردید)(?:\s+که)?|(?:تصویب|مصوب|تصمیم\s+گرفته|توافق)\s+(?:شد|گردید)(?:\s+که)?|(?<!به\s+\S+(?:\s+\S+){0,4}\s+)دستور\s+داده\s+(?:شد|گردید)(?:\s+(?:که|تا))?|(?:موافقت|توافق)\s+(?:شد|گردید|کرد|کردند|نمود|نمودند)\s+که|پذیرفت(?:ند)?\s+که|پیشنهاد\s+(?:کرد|کردند|داد|دادند|نمود|نمودند)\s+که|در\s+ضمن|ضمنا[ًٌ]?|همچنین|(?<=(?:شود|شوند|گردد|گردند|نماید|نمایند|کند|کنند)\s+)و)(?!\p{L})|,/gu;

/**
 * A passive that chooses, invites, thanks or forms its subject («… به عنوان دبیر انتخاب شود», «… دعوت گردد», «کمیته
 * فنی … تشکیل شود», «دفتر ثبت درخواست ها … ایجاد گردد»).
 */
const CHOSEN =
  /(?<!\p{L})(?:(?:انتخاب|منصوب|برگزیده|دعوت|تقدیر|تشویق|عزل|تشکیل|ایجاد|تاسیس|تأسیس)|(?:معرفی|تعیین)(?<=(?:به\s+(?:عنوان|سمت)|به\s+جلسه)(?!\p{L}).*(?:معرفی|تعیین)))\s+(?:شود|شوند|گردد|گردند|می\s*شود|می\s*گردد)(?!\p{L})/u;

/**
 * «مترون بیمارستان نسبت به … اقدام نماید», «پیمانکار پروژه با هماهنگی شهرداری …»: the words before «نسبت به» or
 * «با همکاری/هماهنگی/مشارکت» at a clause's start are its subject, a body or a post the lexicon may not know.
 * Only a few plain words: no stop, action noun, adverb or pointer («مجددا نسبت به …», «این موضوع نسبت به …»).
 */
const BEFORE_COMPLEMENT =
  /^((?:[^\s,.;:()"]+\s+){0,3}?[^\s,.;:()"]+)\s+(?:نسبت\s+به|با\s+(?:همکاری|هماهنگی|مشارکت))(?!\p{L})/u;
const NOT_SUBJECT = new Set(
  `این آن ما شما ایشان آنها اینجانب موضوع مجددا مجدداً حتما حتماً سریعا سریعاً فورا فوراً ضمنا ضمناً قطعا قطعاً
  متعاقبا متعاقباً نهایتا نهایتاً لطفا لطفاً صرفا صرفاً اکیدا اکیداً جدا جداً کماکان همچنان سپس بعدا بعداً ابتدا`.split(/\s+/),
);
function subjectBeforeComplement(c: string, from: number): Span[] {
  const m = BEFORE_COMPLEMENT.exec(c.slice(from));
  if (!m) return [];
  const words = m[1]!.split(/\s+/);
  // The first word opens the name; after it a task's noun may be the post's complement («پیمانکار پروژه»).
  const plain = (w: string, i: number) => (i ? !NAME_STOPS.has(w) && /^\p{L}/u.test(w) : isNameWord(w));
  if (words.some((w, i) => !plain(w, i) || NOT_SUBJECT.has(w) || w === 'و' || /\d/.test(w))) return [];
  return [{ start: from, end: from + m[1]!.length }];
}

/** «مقرر گردید نامبرده … ارسال نماید»: the person named before, by the name after their title. */
const ANAPHOR = /^(?:نامبرده|مشارالیه|مشار\s+الیه|ایشان)(?!\p{L})/u;
/** «آن سازمان», «این اداره», «شرکت مذکور», «دستگاه یادشده»: a body named before, by its head. */
const POINTED_HEADS =
  'اداره\\s+کل|سازمان|اداره|شرکت|دستگاه|نهاد|معاونت|مدیریت|دانشگاه|بانک|کمیته|کارگروه|کمیسیون|ستاد|مرکز|واحد|دفتر';
const BODY_ANAPHOR = new RegExp(
  `^(?:(?:آن|این)\\s+(?<a>${POINTED_HEADS})|(?<b>${POINTED_HEADS})\\s+(?:مذکور|مزبور|یاد\\s*شده|فوق\\s*الذکر|فوق))(?!\\p{L})`,
  'u',
);
/** The last body before `before` whose name opens with the same head; none when the item names no such body. */
function bodyAntecedent(c: string, before: number, head: string): Span[] {
  const re = new RegExp(`(?<!\\p{L})${head.replace(/\s+/g, '\\s+')}(?!\\p{L})`, 'gu');
  const at = [...c.slice(0, before).matchAll(re)].map((m) => m.index);
  for (const i of at.reverse()) {
    if (BODY_ANAPHOR.test(c.slice(i)) || /(?:آن|این)\s+$/u.test(c.slice(0, i))) continue;
    const [name] = readNames(c, i);
    if (name && name.end - name.start > head.length) return [name];
  }
  return [];
}

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

/** «… شد و», «… نمایند و»: «و» after a finite verb, before a clause with a subject of its own. */
const VERB_AND =
  /(?<!\p{L})(?:شد|شدند|گردید|گردیدند|شود|شوند|گردد|گردند|نماید|نمایند|کند|کنند|نمود|نمودند|کرد|کردند)\s+و\s+/gu;
/** Where the last clause that «و» opens after a finite verb starts, between `from` and `before`; -1 if none. */
function lastVerbAnd(c: string, from: number, before: number): number {
  let start = -1;
  for (const m of c.slice(from, before).matchAll(VERB_AND)) start = from + m.index + m[0].length;
  return start;
}

function lastClauseStart(c: string, before: number): number {
  const inside = insideListlike(c);
  let start = 0;
  for (const m of c.slice(0, before).matchAll(/[.;,!?:\n](?!\d)/g)) if (!inside(m.index)) start = m.index + 1;
  return start;
}

/** Whether an offset falls inside an official name that holds a comma («وزارت علوم، تحقیقات و فناوری»). */
function insideListlike(c: string): (at: number) => boolean {
  const spans = [...c.matchAll(LISTLIKE_RE)].map((k) => [k.index, k.index + k[0].length] as const);
  return (at) => spans.some(([a, b]) => at > a && at < b);
}

/** «Update the roadmap (Sarah)», «… (@kim)», «… (all)»: a name alone in brackets closing a task is who does it. */
const EN_TAG = new RegExp(
  `\\((@?${EN_NAMES}|[Aa]ll)\\)\\s*[.;]?\\s*(?:[-–—,]\\s*(?:(?:[Bb]y|[Dd]ue|[Bb]efore)\\b[^()]*|[Oo]n-?going|[Ii]n\\s+progress|ASAP|asap|TBC|[Oo]pen|[Nn]ext\\s+meeting)\\.?)?$`,
);
const EN_VOTED =
  /\b(?:approved|adopted|carried|passed|agreed|accepted|received|noted|ratified|endorsed|confirmed|seconded|moved|elected|appointed|tabled|deferred)\s*[.,;]?\s*$/i;
/**
 * «Review PR #123 @ravi»: a handle alone closing a task, as trackers and chats assign it. Not one the task is
 * about or for («ask @ravi», «thanks to @ravi»).
 */
const EN_HANDLE_TAIL =
  /(?<!\b(?:to|with|from|by|for|ask|asking|ping|cc|thank|thanks|tell|contact|email|and|or|of|via)\s+)(?<=[a-z0-9#.)]\s+)(@[\w.-]*\w)\s*[.;]?\s*$/i;
/**
 * «(tommy in flight, akm to review)»: a bracket of short notes, each a handle (lower case is how chats write
 * them) and what that person has in hand. Ordinary words in that place («due to», «back to») are not names.
 */
const EN_NOTE =
  /^\s*(@?[a-z][\w.-]{1,20})\s+(?:to\s+[a-z]+|in\s+flight|in\s+progress|on\s+it|wip|owns\s+(?:it|this))\b/;
const EN_NOT_HANDLE = new Set(
  `due back up down need needs going want wants plan plans try tries able unable set next time used about according
  close prior related subject similar equal hard easy easier harder open closed moved sent added applied reference
  refer ready how what who when where why and or but not also still only then this that these those it they we you
  he she i one all some any each`.split(/\s+/),
);

/** «[Tom] send the minutes», «Book the caterer [Priya]»: a name alone in square brackets opening or closing a task. */
const EN_SQUARE = new RegExp(`^\\[(@?${EN_NAMES})\\]\\s+(?=\\S)|\\s\\[(@?${EN_NAMES})\\]\\s*[.;]?\\s*$`, 'd');
/** «[Zoé] will …», «[Zoë Park] to …»: a bracketed name opening a task, its letters beyond ASCII. */
const EN_SQUARE_LETTERS = /^\[(\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,2})\]\s+(?=\S)/du;
/** «ارسال صورتجلسه به اعضا (دبیرخانه)»: a body or a titled person alone in brackets closing a task. */
const FA_TAG = /\(([^()]{2,60})\)\s*[.;]?\s*$/u;

function taggedOwners(text: Txt, isLabel: (s: string) => boolean): Txt[] {
  const c = text.c;
  const fa = FA_TAG.exec(c);
  // «گزارش شهرداری قرائت شد (شهرداری)»: after what was done already, the bracket says who did it.
  const done =
    !!fa && /(?<!\p{L})(?:شد|شدند|گردید|گردیدند|کرد|کردند|نمود|نمودند)\s*\.?\s*$/u.test(c.slice(0, fa.index));
  if (fa && !done && startsOwner(fa[1]!.trim())) {
    const start = fa.index + 1 + (fa[1]!.length - fa[1]!.trimStart().length);
    const inner = fa[1]!.trim();
    const names = readNames(inner, 0, 12);
    // The whole bracket must be names: «(با همکاری شهرداری)» or «(شهرداری موظف است …)» is not a tag.
    if (names.length && names[names.length - 1]!.end >= inner.length)
      return ownersFromList(text.slice(start, start + inner.length));
  }
  const tag = EN_TAG.exec(c);
  // «Consent agenda approved (Saleh/Cole)»: after a motion carried, the bracket names its mover and seconder.
  const voted = !!tag && EN_VOTED.test(c.slice(0, tag.index));
  const square = EN_SQUARE.exec(c) ?? EN_SQUARE_LETTERS.exec(c);
  const squared = square?.indices?.[1] ?? square?.indices?.[2];
  if (squared && !isLabel(c.slice(...squared)) && !NOT_A_NAME.test(c.slice(...squared)))
    return ownersFromList(text.slice(...squared));
  const tagged = !!tag && (!isLabel(tag[1]!) || EN_PERSON_LABEL.test(tag[1]!) || /^all$/i.test(tag[1]!));
  if (tag && !voted && tagged && !NOT_A_NAME.test(tag[1]!)) {
    const start = tag.index + 1;
    return ownersFromList(text.slice(start, start + tag[1]!.length));
  }
  const handle = EN_HANDLE_TAIL.exec(c);
  if (handle && /[A-Za-z]{3,}/.test(c.slice(0, handle.index))) {
    const start = handle.index + handle[0].indexOf(handle[1]!);
    return [text.slice(start, start + handle[1]!.length)];
  }
  const out: Txt[] = [];
  for (const bracket of c.matchAll(/\(([^()]{3,120})\)/g)) {
    let at = bracket.index + 1;
    for (const part of bracket[1]!.split(',')) {
      const note = EN_NOTE.exec(part);
      if (note && !EN_NOT_HANDLE.has(note[1]!.replace(/^@/, ''))) {
        const start = at + part.indexOf(note[1]!);
        out.push(text.slice(start, start + note[1]!.length));
      }
      at += part.length + 1;
    }
  }
  return out;
}
