// Items of a section: numbered (`۱-`, `1)`, `(۱)`, `بند ۱`, `اول:`, `319 –`, `780  مقرر`), bulleted (`-`, `•`, `[x]`),
// paragraphs opening with «مقرر شد», one paragraph holding `۱ :… ۲:…`, and table rows.

import { isHtmlTable } from './html-table.js';
import {
  DECIDED_VERB,
  DECISION_START,
  DECISION_WORDS,
  EN_HANDLE_OFFERS,
  EN_NOUN_TO,
  EN_SPEAKER_WILL,
  EN_STATE,
  EN_THE_ROLE,
  EN_TOPIC,
  isSignatureLine,
  NOISE,
  ORG_HEAD_RE,
  OWNER_LABEL,
} from './lexicon.js';
import { Txt } from './normalize.js';
import { EN_APPOSED_TASK, EN_POST_WOULD, EN_PURPOSE, namesAlone, onlyNames } from './owners.js';
import { headingOf, kindOf, type Line, ownerLabel, type Section } from './sections.js';
import { actionTableAt, isTableRow, readFlatTable, readTable } from './tables.js';

export interface Draft {
  line: number;
  number: number | null;
  text: Txt;
  /** Owner cell (table column) or the owner heading the item sits under. */
  owner: Txt | null;
  ownerColumn: boolean;
  deadline: Txt | null;
  deadlineColumn: boolean;
  marker: 'num' | 'bullet' | 'para' | 'table';
  /** The heading of the section the item sits in, where a deadline for the whole list may be written. */
  heading?: Txt;
  /** The line before the list when it ends with a colon («هیات وزیران … تصویب کرد:»): what the list is. */
  announcedBy?: Txt;
  /** A checkbox bullet («- [ ] …», «- [x] …»): a task by its mark, wherever it stands. */
  checkbox?: boolean;
  /** A motion carried, with its record: who moved and seconded it do not act on it. */
  motion?: boolean;
}

type MarkKind = 'num' | 'bullet' | 'sub';
interface Mark {
  len: number;
  number: number | null;
  kind: MarkKind;
}

const ORDINALS = ['اول|یکم', 'دوم', 'سوم', 'چهارم', 'پنجم', 'ششم', 'هفتم', 'هشتم', 'نهم', 'دهم'];
const ORDINAL_MARK = new RegExp(`^(${ORDINALS.join('|')})\\s*[-:.)]\\s*`);

export function markOf(c: string): Mark | null {
  const glued = /^(\d{1,5})\s*-\s*(\d{1,3})(?=[^\d\s./:-])/.exec(c);
  // «۰-۰»: zero numbers no item; the running count numbers it.
  if (glued) return { len: glued[0].length, number: Math.max(Number(glued[1]), Number(glued[2])) || null, kind: 'num' };
  // «ماده واحده ـ …», «ماده ۲: …»: the articles of a decree are its items.
  const article = /^ماده\s*(?:واحده|(\d{1,3}))\s*[-:.)\u0640]\s*/u.exec(c);
  if (article) return { len: article[0].length, number: article[1] ? Number(article[1]) : null, kind: 'num' };
  const num =
    /^(?:بند|ردیف|مورد|item)\s*(\d{1,4})\s*[-.):]?\s*/i.exec(c) ??
    /^[([](\d{1,4})[)\]]\s*[-.:]?\s*/.exec(c) ??
    /^(\d{1,4})\s*(?:[-.):ـ]|\s-)\s*(?!\d)/.exec(c) ??
    // A running number set apart by two spaces or more, with no mark (`780  مقرر گردید …`): after one space a
    // number is a count («10 دستگاه خودرو …»). (After a tab the line is a row of a pasted table.)
    /^(\d{1,5})[ \u00a0]{2,}(?=[^\d\s])/.exec(c) ??
    // After one space, only when a decision opens there («281 مقرر گردید …»): nothing is counted in «مقرر».
    new RegExp(`^(\\d{1,5})[ \\u00a0](?=${DECISION_START.source.slice(1)})`, 'iu').exec(c);
  if (num) return { len: num[0].length, number: Number(num[1]) || null, kind: 'num' };
  const ord = ORDINAL_MARK.exec(c);
  if (ord) {
    const n = ORDINALS.findIndex((o) => o.split('|').includes(ord[1]!)) + 1;
    return { len: ord[0].length, number: n, kind: 'num' };
  }
  const sub = /^(?:الف|ب|ج|د|هـ|ه|ز|ح|ط)\s*[-)]\s*|^[a-h][.)]\s+/.exec(c);
  if (sub) return { len: sub[0].length, number: null, kind: 'sub' };
  const bullet = /^(?:[-*+](?=\s|\[)|[•●○◦▪■·►✓✔])\s*(?:\[[ xX]?\]\s*)?|^\[[ xX]?\]\s*/.exec(c);
  if (bullet) return { len: bullet[0].length, number: null, kind: 'bullet' };
  return null;
}

const INLINE = /(?<=^|[\s.;,:])(\d{1,2})\s*[-:.)]\s*(?=[^\d\s])/g;

/** `۱ :مقرر شد … ۲:مقرر شد …` in one paragraph: the pieces, when the numbers run on one by one. */
function splitInline(text: Txt, first: number | null): { number: number | null; text: Txt }[] | null {
  const chain: { at: number; end: number; n: number }[] = [];
  for (const m of text.c.matchAll(INLINE)) {
    const n = Number(m[1]);
    const want = chain.length ? chain[chain.length - 1]!.n + 1 : first !== null ? first + 1 : 1;
    if (n === want) chain.push({ at: m.index, end: m.index + m[0].length, n });
  }
  if (chain.length < (first !== null ? 1 : 2)) return null;
  const pieces: { number: number | null; text: Txt }[] = [];
  if (first !== null) pieces.push({ number: first, text: text.slice(0, chain[0]!.at).trim() });
  chain.forEach((c, i) => {
    pieces.push({ number: c.n, text: text.slice(c.end, chain[i + 1]?.at ?? text.length).trim() });
  });
  return pieces;
}

/** `متولی: …` / `مهلت: …` under an item: the item's owner or deadline cell, not more of its text. */
const FIELD_LINE = new RegExp(
  `^(?:(${OWNER_LABEL}|action|اقدام)|(مهلت(?:\\s+اجرا)?|بازه\\s+زمانی|زمان\\s+اجرا|سررسید|deadline|due(?:\\s+date)?))\\s*:\\s*`,
  'iu',
);

/**
 * `own`: the line is a bullet of its own, not indented under the item: «- Owner: Sam — moderate the list», names
 * and a dash before a task, is a task whose owner opens it, not more of the item above.
 */
function setField(draft: Draft, body: Txt, own = false): boolean {
  const m = FIELD_LINE.exec(body.c);
  if (!m) return false;
  const value = body.slice(m[0].length).trim();
  if (m[1]) {
    // «Action: Clerk» under an item names who acts; «Action: book the hall» is a task of its own.
    if (/^(?:action|اقدام)$/i.test(m[1]) && !onlyNames(value).length) return false;
    // «Responsible: Sarah will check with legal first»: a sentence, not a name — it stays the item's text.
    if (!namesAlone(value).length) {
      const dash = /\s[-–—]\s+(?=\S)/.exec(value.c);
      if (own && dash && namesAlone(value.slice(0, dash.index)).length) return false;
      draft.text = Txt.join([draft.text, body]);
      return true;
    }
    draft.owner = value;
    draft.ownerColumn = true;
  } else {
    draft.deadline = value;
    draft.deadlineColumn = true;
  }
  return true;
}

const ends = (t: Txt) => /[.!?;]$/.test(t.c.trim());

/**
 * Whether a plain line carries on the item above. A wrapped line does; after a full stop, a numbered or
 * bulleted item takes the next line as its explanation, while unmarked paragraphs (one per decision, as
 * Word gives them) each start a new item.
 */
function continues(cur: Draft, gap: boolean, line: Line, curIndent: number, wrap: Wrap): boolean {
  if (!ends(cur.text)) return cur.marker !== 'para' || wrapped(wrap, line.body);
  // A bullet's explanation is indented under it; a line back at the bullet's margin is past the list.
  if (cur.marker === 'bullet' && line.indent <= curIndent) return false;
  return !gap && cur.marker !== 'para';
}
const clean = (t: Txt) => t.remove(/\*\*|__/g).trim();

/**
 * «The proposal to open the workshop was» over «approved by all trustees present»: a line cut after an
 * auxiliary goes on into the next, though that one opens as a decision would.
 */
const AUXILIARY_END = /(?<![\p{L}])(?:was|were|is|are|be|been|being|has|have|had|duly|unanimously)\s*$/iu;

/** The last line read of an unmarked item, and the longest line of its section. */
interface Wrap {
  last: Txt | null;
  longest: number;
}
const CONNECTOR =
  /(?:[,،\-–]|(?<!\p{L})(?:and|or|of|the|to|a|an|with|for|by|in|on|at|from|و|یا|به|از|در|با|که|برای|را|تا|این|آن))\s*$/iu;
const OWNER_OPENING = /^[^\s:]+(?:\s+[^\s:]+){0,3}\s*:\s+\S/;

/**
 * Whether an unmarked line goes on with the unfinished one above it, or is an item of its own («Dave: reach
 * out …» under «Ege: send …», or short Persian lines one per decision). It goes on where the line above was
 * cut by the width of the page (as long as the longest), ends on a joining word, or this one starts in lower
 * case.
 */
function wrapped(wrap: Wrap, next: Txt): boolean {
  const last = wrap.last;
  if (!last) return true;
  // An address alone on a line belongs to the line that named it («… described at:»).
  if (/^(?:https?:\/\/|www\.)\S+$/.test(next.c)) return true;
  // «… تصمیماتی به شرح ذیل اتخاذ گردید:» announces what follows; it does not run on into it.
  if (/:\s*$/.test(last.c)) return false;
  if (OWNER_OPENING.test(next.c) && !/^https?:/i.test(next.c)) return false;
  if (CONNECTOR.test(last.c) || /^[a-z(]/.test(next.c)) return true;
  return last.c.length >= 60 && last.c.length >= 0.75 * wrap.longest;
}

/** Reads a section into draft resolutions. `strict`: the section is a resolutions section. */
export function readItems(
  section: Section,
  strict: boolean,
  people: readonly string[] = [],
  topics: readonly string[] = [],
): Draft[] {
  const out: Draft[] = [];
  let cur: Draft | null = null;
  let curIndent = 0;
  let gap = false;
  /** The line before ends with a colon («… به شرح ذیل اعلام می گردد:»): what follows is what it announces. */
  let announced = false;
  /** The depth of tasks under a topic bullet («- Website redesign:»), while they go on. */
  let topicIndent = -1;
  /** A topic label inside the section («Reference Archiver:»), heading the items after it. */
  let topic: Txt | undefined;
  /** A task whose details are indented under it, and its depth. */
  let details: { draft: Draft; indent: number } | null = null;
  let announcer: Txt | undefined =
    section.heading && /:\s*$/.test(section.heading.body.c) ? section.heading.body : undefined;
  let group: Txt | null = null;
  const lines = section.lines;
  const wrap: Wrap = { last: null, longest: Math.max(0, ...lines.map((l) => l.body.c.length)) };
  /** «- Cara Lin» over tasks indented under it: an attendee's name heads their tasks as their owner. */
  let topicOwner: Txt | undefined;
  const start = (number: number | null, text: Txt, line: Line, marker: Draft['marker'], heading?: Txt, owner?: Txt) => {
    wrap.last = text;
    cur = {
      line: line.no,
      number,
      text,
      owner: owner ?? group,
      ownerColumn: false,
      deadline: null,
      deadlineColumn: false,
      marker,
      announcedBy: announcer,
      heading: heading ?? topic,
    };
    curIndent = line.indent;
    out.push(cur);
  };
  /** The item being read opened with a letter («الف)»): the next letter opens another. */
  let lettered = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.body.c) {
      gap = true;
      // What a line announced with a colon runs to the first blank line after it (a signature may follow).
      if (announcer && out[out.length - 1]?.announcedBy === announcer) announcer = undefined;
      continue;
    }
    // «ردیف» / «شرح مصوبه» / «مسئول اجرا» on lines of their own, then each row's cells one under another.
    const flat = readFlatTable(lines, i);
    if (flat) {
      for (const r of flat.rows)
        out.push({
          ...r,
          ownerColumn: r.owner !== null,
          deadlineColumn: r.deadline !== null,
          marker: 'table',
        });
      cur = null;
      i = flat.next - 1;
      continue;
    }
    if (isTableRow(line)) {
      // «Topic | Notes | Actions: Responsible»: read whole, wherever it stands, with the HTML tables.
      const actions = actionTableAt(lines, i);
      if (actions) {
        cur = null;
        i += 1 + actions.rows.length;
        continue;
      }
      let j = i;
      while (
        j + 1 < lines.length &&
        (isTableRow(lines[j + 1]!) || (!lines[j + 1]!.body.c && lines[j + 2] && isTableRow(lines[j + 2]!)))
      )
        j++;
      const rows = lines.slice(i, j + 1).filter((l) => l.body.c);
      // A table after the list (signatures, attendance) is not read unless its heading row says what it is.
      for (const r of readTable(rows, strict && !out.length)) {
        const d: Draft = {
          ...r,
          owner: r.owner,
          ownerColumn: r.owner !== null,
          deadlineColumn: r.deadline !== null,
          marker: 'table',
        };
        out.push(d);
      }
      cur = null;
      i = j;
      continue;
    }
    const body = clean(line.body);
    const heading = strict ? headingOf(line) : null;
    if (heading && ownerLabel(heading.label, people, topics)) {
      group = body.trim(':');
      topic = undefined;
      cur = null;
      continue;
    }
    if (heading && !heading.rest && kindOf(heading.label) === 'other' && !markOf(body.c)) {
      // «Vulnogram + Chrome:» over items: their topic, and where a deadline for all of them may be written.
      topic = body.trim(':');
      group = null;
      cur = null;
      continue;
    }
    // «دبیر شورا: علی محمدی» under the list signs it: the header reads the name, no item is made of it.
    // «- <https://…>», «[slides](https://…)»: a reference under the list, no item of its own.
    if (LINK_ONLY.test(body.c)) continue;
    if (NOISE.test(body.c) || isHtmlTable(line) || (gap && !markOf(body.c) && isSignatureLine(body.c))) {
      cur = null;
      continue;
    }
    const mark = markOf(body.c);
    const content = mark ? body.slice(mark.len).trim() : body;
    if (cur && mark?.kind !== 'num' && setField(cur, content, mark?.kind === 'bullet' && line.indent <= curIndent))
      continue;
    // A title or a paragraph over a blank line does not take the list indented under it as its parts: web pages
    // indent their lists by a space or two («چارچوب موسسه», a blank line, « 1. …»).
    const isChild =
      cur &&
      line.indent > curIndent &&
      mark &&
      ((cur as Draft).marker === 'num') !== (mark.kind === 'num') &&
      !(gap && (cur as Draft).marker === 'para');
    // A bullet ending in a colon with bullets indented under it: «Martin: file two issues:» keeps them as its
    // details; a topic («Website redesign:») is a heading over the tasks under it.
    const parent = cur as Draft | null;
    const under =
      !!parent &&
      mark?.kind === 'bullet' &&
      parent.marker === 'bullet' &&
      line.indent > curIndent &&
      (/:\s*$/.test(parent.text.c) || isTopic(parent.text));
    if (under && OWNER_OPENING.test(parent!.text.c)) details = { draft: parent!, indent: curIndent };
    if (details && line.indent > details.indent) {
      details.draft.text = Txt.join([details.draft.text, body]);
      continue;
    }
    details = null;
    if (under) {
      const topic = out.pop()!;
      const name = topic.text.c.trim();
      topicOwner = people.length && isTopic(topic.text) && ownerLabel(name, people, topics) ? topic.text : undefined;
      start(null, content, line, 'bullet', topic.text, topicOwner);
      topicIndent = line.indent;
    } else if (
      cur &&
      mark &&
      (mark.kind === 'sub' || isChild) &&
      // «الف) …» after «ب) …», or after an unnumbered line announcing them, opens an item of its own; under a
      // numbered item it is a part of that item.
      !(mark.kind === 'sub' && (lettered || (announced && (cur as Draft).marker !== 'num')))
    ) {
      (cur as Draft).text = Txt.join([(cur as Draft).text, body]);
    } else if (mark && mark.kind === 'bullet' && topicIndent >= 0 && line.indent >= topicIndent && out.length) {
      // Another task under the same topic heading.
      start(null, content, line, 'bullet', out[out.length - 1]!.heading, topicOwner);
    } else if (mark?.kind === 'num' && !strict && agendaTitle(content, lines, i)) {
      // «104. CHRISTMAS LIGHTS» over the paragraphs that tell the item: a subject, read like a heading; the
      // decisions in its paragraphs are read one by one.
      topic = content;
      group = null;
      cur = null;
      topicIndent = -1;
      topicOwner = undefined;
    } else if (mark) {
      topicIndent = -1;
      topicOwner = undefined;
      const pieces = splitInline(content, mark.kind === 'num' ? mark.number : null);
      if (pieces) for (const p of pieces) start(p.number, p.text, line, 'num');
      else if (mark.kind === 'num') start(mark.number, content, line, 'num');
      // «الف) …», «ب) …» with no numbered item above them, or after a line announcing them: a list of its own.
      else if (mark.kind === 'sub') start(null, content, line, 'num');
      else {
        start(null, strict ? content : narrative(content, announced), line, 'bullet');
        if (/\[[ xX]?\]/.test(body.c.slice(0, mark.len))) (cur as unknown as Draft).checkbox = true;
      }
    } else if (
      cur &&
      continues(cur, gap, line, curIndent, wrap) &&
      (!DECISION_START.test(body.c) || AUXILIARY_END.test((cur as Draft).text.c))
    ) {
      (cur as Draft).text = Txt.join([(cur as Draft).text, body]);
      wrap.last = body;
    } else {
      const pieces = splitInline(body, null);
      if (pieces) for (const p of pieces) start(p.number, p.text, line, 'num');
      // After a resolutions table or a bulleted list, prose is commentary: only a line that opens like a
      // decision is one.
      else if (
        (strict && !out.some((d) => d.marker === 'table' || d.marker === 'bullet')) ||
        DECISION_START.test(body.c)
      )
        start(null, body, line, 'para');
      // Outside a resolutions section every paragraph is read; only what decides in it is kept (keepDecisions).
      else if (!strict) start(null, narrative(body, announced), line, 'para');
      else cur = null;
    }
    gap = false;
    if (cur && (cur as Draft).line === line.no) lettered = mark?.kind === 'sub';
    announced = /:\s*$/.test(body.c);
    if (announced || LISTED_BELOW.test(body.c)) announcer = body;
  }

  return strict ? out : keepDecisions(out);
}

/**
 * «104. CHRISTMAS LIGHTS», «2. Headteacher's report»: an English agenda item's title, a few words and no
 * sentence, with the paragraphs that tell the item on the lines under it.
 */
function agendaTitle(content: Txt, lines: Line[], at: number): boolean {
  const c = content.c.trim();
  if (!/^[A-Z]/.test(c) || /[\u0600-\u06FF:]|[.!?;,]$/.test(c) || c.split(/\s+/).length > 8) return false;
  if (DECISION_START.test(c) || PERSON_WILL.test(c) || /\s(?:to|will)\s+[a-z]/.test(c)) return false;
  const next = lines.slice(at + 1).find((l) => l.body.c);
  // «5. FINANCE» over «a) RESOLVED to approve …», «b) …»: the lettered parts are the items under the title.
  const mark = next && markOf(next.body.c);
  return !!next && (!mark || mark.kind === 'sub') && !isTableRow(next) && !headingOf(next);
}

/**
 * «… پیشنهاد و مقرر نسبت به … اقدام گردد»: two verbs joined by «و» share one «گردید», written only once or not at
 * all; a bare «مقرر» after «و», opening a clause that ends on the subjunctive, is the decision. Not «مقرر» as an
 * adjective («مبالغ ثابت و مقرر ماهانه»), nor a clause that tells what was done.
 */
const ELIDED_DECIDED = /(?<=(?<!\p{L})و\s+)مقرر(?=\s+(?:که|نسبت\s+به)\s)/u;
const CLAUSE_TO_END = /^[^.!?؛;\n]*/u;
function elidedDecision(c: string): number {
  const m = ELIDED_DECIDED.exec(c);
  if (!m) return -1;
  return INSTRUCTION.test(CLAUSE_TO_END.exec(c.slice(m.index))![0]) ? m.index : -1;
}
/**
 * «مقرر شد/گردید»; also «مصوب شد/گردید» and «بنا شد» opening the clause it decides («… با توجه به …، مصوب شد سالن
 * مطالعه …», «بنا شد فرمانداری …»), not closing one («طرح … مصوب شد.», «ساختمان … بنا شد.») nor joined to the next
 * verb («… مصوب شد و ابلاغ گردید»).
 */
const DECIDED_ONLY = new RegExp(
  `${DECIDED_VERB}|(?<!\\p{L})(?:مصوب\\s*|بنا\\s+)(?:شد|گردید)(?=\\s+(?!و(?!\\p{L}))[^\\s.!?])`,
  'u',
);
/**
 * «۱- … ارجاع خواهد شد. ۲- … ارائه شود. ۳- ذخیره … مجاز می باشد.»: a list of three or more items, two thirds of which
 * are instructions, is a list of rules adopted whose heading was lost; its other items are rules too.
 */
function mostlyInstructions(list: Draft[]): boolean {
  return list.length >= 3 && list.filter((d) => INSTRUCTION.test(d.text.c)).length * 3 >= list.length * 2;
}

/** Where «مقرر شد/گردید», or a bare «مقرر» that shares it, decides in a text: its index, or -1. */
function decidedAt(c: string): number {
  const m = DECIDED_ONLY.exec(c);
  return m ? m.index : elidedDecision(c);
}
const decidedIn = (c: string) => decidedAt(c) >= 0;

/**
 * A narrative paragraph («… پس از بحث مقرر گردید اعضا … اقدام نمایند.») holds its resolution from «مقرر» on;
 * a paragraph an opening line announced with a colon is the resolution as a whole.
 */
function narrative(text: Txt, announced: boolean): Txt {
  const at = decidedAt(text.c);
  return at >= 0 && !announced ? text.slice(at) : text;
}

/** A passive decision verb: «… مورد بررسی قرار گیرد», «… انتخاب گردید». */
const PASSIVE_DECISION = /(?:گردد|گردند|گیرد|گردید|گردیدند)(?!\p{L})/u;
/** Someone's remark reported («با تذکر این نکته که …», «اظهار داشت»): a report, not a resolution. */
const REMARK = /با\s+(?:تذکر|اشاره|بیان|تاکید)|اظهار\s+(?:داشت|کرد|نمود)|خاطرنشان|\bsaid\b|\bnoted\b|\bremarked\b/u;

/** An obligation laid on someone: «… موظف است», «مکلفند», «ملزم گردید». */
const OBLIGED =
  /(?<!\p{L})(?:موظف|مکلف|ملزم|متعهد)(?:ند|اند)?(?:\s+(?:است|هستند|می\s*باشد|می\s*باشند|شد|شدند|گردید|گردیدند|گردیده|است\s+تا))?(?!\p{L})/u;
/**
 * A body reported as deciding: «هیئت … موافقت کرد که …», «… به توافق رسیدند», «تصمیم بر این شد که …», «decided to»,
 * «agreed that», and in the capitals council clerks print it in («… seconded by Cllr Y and RESOLVED that …»).
 */
const AGREED =
  /(?<!\p{L})(?:موافقت\s+(?:کرد|کردند|نمود|نمودند)|به\s+توافق\s+(?:رسید|رسیدند)|تصمیم\s+(?:گرفت|گرفتند)|(?:تصمیم|بنا)\s+بر\s+(?:این|آن)\s+(?:شد|گردید)|تصویب\s+(?:کرد|کردند|نمود|نمودند))(?!\p{L})|\b(?:agreed|resolved|decided|AGREED|RESOLVED|DECIDED)\s+(?:that|to|THAT|TO)\b/u;
/** «… به کمیته فنی (جهت بررسی) ارجاع شد»: a matter given to a body to act on. */
const REFERRED =
  /(?<!\p{L})به\s+\S.{0,80}?\s(?:(?:جهت|برای)\s+\S+\s+(?:و\s+\S+\s+)?)?ارجاع\s+(?:شد|گردید|شود|گردد)(?!\p{L})/u;
/** «باید»: a rule in general, a task when the same sentence says by when. */
const MUST = /(?<!\p{L})(?:باید|بایستی|می\s*بایست)(?!\p{L})|\bmust\b/u;
const HAS_DEADLINE =
  /(?<!\p{L})(?:تا|ظرف|حداکثر|مهلت|پیش\s+از|قبل\s+از)\s+(?:مورخ|تاریخ|پایان|\d|[\u06F0-\u06F9]|\S+\s+(?:روز|هفته|ماه))|\b(?:by|until|before|no\s+later\s+than)\s+\S/u;
/**
 * What was done at the meeting, told in the past («گزارش … ارائه شد», «… به تبادل نظر پرداختند»), and thanks
 * given («… تقدیر و تشکر نمودند»).
 */
const REPORT =
  /(?:(?:ارائه|مطرح|قرائت|بحث|بررسی|اعلام|بیان|تشریح|گزارش)\s+(?:شد|گردید|نمود|نمودند|کرد|کردند|داد|دادند)|پرداخت(?:ند)?|برگزار\s+(?:شد|گردید))\s*[.!]?\s*$|تقدیر\s*و\s*تشکر|تشکر\s*و\s*قدردانی|\bthanked\b/u;
/** «رییس جمهور و رییس شورای عالی – سیدمحمد خاتمی»: a post, a dash and a name, with no sentence in it. */
const SIGNATURE = /^[^.:;!?]{3,90}\s[-–—]\s*[^\s.:;]+(?:\s+[^\s.:;]+){0,3}$/u;
const SENTENCE_END = /(?<=[.!?;])\s+(?=\S)/g;

/**
 * «… تصویب نمود:», «… به شرح ذیل اتخاذ گردید:», «resolved as follows:»: a sentence whose verb, right before
 * the colon, says that decisions follow. A label («مرحله تصویب:») names a topic, not what follows.
 */
function announcesDecisions(line: Txt | undefined): boolean {
  return (
    !!line &&
    DECISION_WORDS.test(line.c) &&
    /(?:کرد|کردند|نمود|نمودند|رسید|گردید|گردیدند|شد|شدند|شود|گردد|میشود|می\s+شود|میگردد|می\s+گردد|قرار\s+گرفت|follows|following)\s*:\s*$/iu.test(
      line.c,
    )
  );
}

/** A colon and a quoted text after it, in the same paragraph: «… به تصویب رسید: «…»» (guillemets read as «"»). */
const ANNOUNCED_QUOTE = /^([^"]*?:)\s*("[^"]{10,}")/u;

/** «* Reference Archiver» over bullets: a few words naming a subject, no sentence and no task. */
function isTopic(t: Txt): boolean {
  const c = t.c.trim();
  return (
    c.split(/\s+/).length <= 6 &&
    !/[.!?;]$/.test(c) &&
    !OWNER_OPENING.test(c) &&
    !PERSON_WILL.test(c) &&
    !DECISION_WORDS.test(c) &&
    !OBLIGED.test(c)
  );
}

/**
 * «Follow up with the vendor (Owner: Sam, Due: June 5)», «Review the charter. Owner: Kai», «… - Assigned to: Lee»: a
 * note that names whose it is, in a field after the task, is a task.
 */
const EN_OWNER_FIELD =
  /(?:[(.;,]\s*|\s[-–—]\s+)(?:[Oo]wners?|[Aa]ssigned(?:\s+to)?|[Aa]ssignee|[Aa]ction\s+(?:by|owner)|[Aa]ctionee|[Rr]esponsible)\s*:\s*@?[A-Z]/;

/** A line that is a link and nothing more: a bare address, `<address>` or `[text](address)`, bulleted or not. */
const LINK_ONLY = /^(?:[-*•+]\s+)?(?:<https?:\/\/[^\s<>]+>|https?:\/\/\S+|\[[^\]\n]{0,200}\]\(\S+\))\s*$/i;

/** «All Board members to review …», «All maintainers will …»: a group named whole, its name in capitals between. */
const EN_ALL_GROUP =
  "All\\s+(?:[A-Z][\\w'-]*\\s+){0,2}(?:members|maintainers|reviewers|editors|chairs|leads|committers|contributors|trustees|governors|councillors|councilors|directors|officers|volunteers|staff|organi[sz]ers)\\b";
/**
 * A person in notes: a capitalised name of up to three words («Li Wei») or a chat handle («@pkumar»), also in
 * square brackets, as Markdown notes link a name to its profile further down («[Zoé] will …», «[@jdoe] will …»).
 */
const EN_PERSON = `(?:@[\\w.-]+|[A-Z][\\w'-]*(?:\\s+[A-Z][\\w'-]*){0,2}|\\[@?[\\p{L}\\d._'-]+(?:\\s+\\p{Lu}[\\p{L}'-]*){0,2}\\](?!\\()|${EN_ALL_GROUP})`;
/**
 * «Owen will contact …», «Ana and Li to draft …», «Li Wei and Maria to pair …», «Tomas is going to ask …», «Kofi
 * volunteered to …», «Lena offered layout help to Kai …»: named people taking on a task, in notes too, after a topic too («Budget: Sam will …», «Release SR3: Dan to …»). Not a thing to be done to («Next Meeting will be
 * held …»), a state («Sam will be away …») nor a noun that takes «to» («Call to order»).
 */
const PERSON_WILL = new RegExp(
  `^${EN_HANDLE_OFFERS}|^(?:${EN_TOPIC}|${EN_PURPOSE}|[A-Z][\\w'.-]*(?:\\s+[\\w'.-]+){0,3}\\s*:\\s+)?(?!(?:They|We|I|He|She|It|This|That|There|Everyone|Someone|People|The|A|An)\\b)(?!${EN_NOUN_TO})${EN_PERSON}(?:(?:\\s*,\\s*(?:and\\s+)?|\\s+(?:and|&)\\s+|\\s*\\+\\s*)${EN_PERSON}){0,3}\\s+(?:will|to|should|must|needs?\\s+to|(?:is|are)\\s+going\\s+to|(?:agree[sd]|volunteer(?:s|ed)|offer(?:s|ed))\\s+to|(?:offered|volunteered)\\s+(?:[a-z]+\\s+){0,2}?(?:help|support|assistance))\\s+(?!${EN_STATE})[a-z]`,
  'u',
);

/** «The board directed the Manager to …», «We will ask the Building Committee to …», «Cindy is asking Pat and Sara to …». */
const EN_ASKED_TO =
  "\\b(?:directed|asked|instructed|requested|tasked|authori[sz]ed|approved|invited|(?:will|to)\\s+ask|(?:is|are)\\s+asking)\\s+(?:the\\s+)?[A-Z][\\w'-]*(?:\\s+(?:(?:and|&)\\s+)?[A-Z][\\w'-]*){0,3}\\s+to\\s+(?!be\\s|attend\\b|join\\b)[a-z]";
const EN_ASKED = new RegExp(EN_ASKED_TO);

/**
 * «Sam presented the figures and will circulate them»: the second verb of a named subject takes the task; «The
 * venue may have changed, Noor will confirm it»: so does a named person in the clause after a comma.
 */
const EN_LATER_TASK = new RegExp(
  [
    `^(?!(?:They|We|I|He|She|It|This|That|There)\\b)${EN_PERSON}(?:\\s+(?:and|&)\\s+${EN_PERSON})?\\s+(?:(?:would|will|has|have|had|is|was)\\s+)?[a-z]+\\b[^.;:!?]{0,100}?\\s+and\\s+(?:will|is\\s+going\\s+to)\\s+(?!${EN_STATE})(?!(?:be|have|not|like|need)\\b(?!\\s+[a-z]+ing\\b))[a-z]`,
    `^[^.;:!?,]{3,80},\\s+(?!(?:They|We|I|He|She|It|This|That|There|These|Those|You|Everyone|Someone|Nobody|The|A|An)\\b)(?!${EN_NOUN_TO})[A-Z][\\w'-]*(?:\\s+[A-Z][\\w'-]*){0,2}\\s+(?:will|to)\\s+(?!be\\s|have\\s|not\\s)[a-z]`,
  ].join('|'),
  'u',
);

/**
 * An English sentence that gives someone a task: «Grace will organize …», «The Chair will write …», «Ray agreed
 * to draft …», «Cllrs Fox & Warner will take on …», «The board directed the General Manager to prepare …», «Sam was asked to …». Not a pronoun
 * («He will look into it»), not a state («Ken will be away»), not the meeting («The meeting will resume»).
 */
const EN_TASK = new RegExp(
  [
    `^(?:${EN_PURPOSE})?(?!(?:They|We|I|He|She|It|This|That|There|These|Those|You|Everyone|Someone|Nobody)\\b)(?!(?:The\\s+)?${EN_NOUN_TO})(?:[Tt]he\\s+)?[A-Z][\\w'-]*(?:\\s+(?:(?:and|&)\\s+)?[A-Z][\\w'-]*){0,3}\\s+(?:will|is\\s+to|are\\s+to|(?:has|have)\\s+(?:agreed|offered|volunteered)\\s+to|agreed\\s+to|offered\\s+to|volunteered\\s+to|undertook\\s+to|to)\\s+(?!be\\s|have\\s|not\\s)[a-z]`,
    // «The Clerk would action.», «The Secretary would write to …»: a post's task told in reported speech.
    `^${EN_POST_WOULD}`,
    EN_APPOSED_TASK,
    // «Ricky confirmed he will provide …»: a task taken in reported speech.
    "^(?!(?:They|We|I|He|She|It|This|That|There)\\b)(?:The\\s+)?[A-Z][\\w'-]*(?:\\s+[A-Z][\\w'-]*){0,2}\\s+(?:confirmed|said|agreed|undertook|promised|indicated|stated)\\s+(?:that\\s+)?(?:he|she|they)(?:\\s+(?:will|would)|['’](?:ll|d))\\s+(?!be\\s|have\\s|not\\s|like\\s|need\\s)[a-z]",
    EN_ASKED_TO,
    EN_LATER_TASK.source,
    // «Permission was asked to record …»: one bare word may be a thing — an abstract noun is — while a post, a
    // full name or «Staff» is someone.
    "^(?:The\\s+[A-Z][\\w'-]*(?:\\s+[A-Z][\\w'-]*){0,2}|(?:Cllr|Councillor|Mr|Mrs|Ms|Dr|Prof)\\.?\\s+[A-Z][\\w'-]*|[A-Z][\\w'-]+\\s+[A-Z][\\w'-]+|[A-Z][\\w'-]+(?<!ion|ment|ance|ence|ness|ity|ure))\\s+(?:was|were)\\s+(?:asked|directed|instructed|tasked|requested)\\s+to\\s+[a-z]",
  ].join('|'),
  'u',
);

/**
 * «The lettings policy was approved.», «The budget was adopted unanimously.», «The minutes were passed by
 * resolution», «بودجه سال … تصویب و تایید گردید», «… به تصویب رسید»: a decision told in the passive. Not what was
 * handed on («The letter was passed to the Clerk»), the vote closing an item («… مورد تصویب قرار گرفت»), nor what
 * had been approved before («… تصویب شده بود»). Also a motion told whole («… was duly seconded and carried»),
 * minutes «passed as presented» or «accepted as a true record», and reports or accounts «accepted» — not apologies,
 * which are accepted too.
 */
const EN_PASSED =
  /\b(?:was|were|has\s+been|have\s+been)\s+(?:(?:made|moved|seconded|duly),?\s+(?:and\s+)?){0,3}(?:unanimously\s+)?(?:approved|adopted|ratified|endorsed|carried|passed(?!\s+(?:to|on|round|around|over|along|back)\b))\b|\b(?:passed|approved|adopted|accepted)\s+as\s+(?:distributed|presented|circulated|amended|corrected|written|read|posted|submitted|printed)\b|\b(?:accepted|approved|adopted|agreed|confirmed)\s+as\s+an?\s+(?:true|correct|accurate|fair)\s+record\b|^(?!(?:the\s+)?(?:apologies|regrets|absences?|excuses)\b)[^.]*?\b(?:report|reports|minutes|accounts|recommendations?|proposals?|budget)\s+(?:was|were)\s+(?:unanimously\s+)?accepted\b|(?<!\p{L})(?:(?:تصویب|تایید|تأیید)(?:\s+و\s+(?:تصویب|تایید|تأیید))?\s+(?:شد|گردید)|به\s+تصویب\s+(?:رسید|رسیدند))(?!\p{L})/u;

/**
 * «The budget was adopted.», «Nadia Rahimi was elected secretary», «Roles have been elected and agreed …»: what the
 * meeting settled, told in the passive — read in the body of minutes whose only lists are of actions.
 */
export function settledInPassive(t: Txt): boolean {
  return (
    isEnglish(t) &&
    (EN_PASSED.test(t.c) ||
      /\b(?:was|were|has\s+been|have\s+been)\s+(?:unanimously\s+)?(?:elected|appointed)\b/.test(t.c))
  );
}

/**
 * «۳- شهرداری گزارش را ارسال نماید.», «- بازدید از پروژه انجام شود»: an item that ends on the subjunctive says what
 * is to be done — an instruction, wherever it is listed; so does one put in the future («– کارگروه … تشکیل خواهد
 * شد»), also in the negative («… قطع نشود»), with a note in brackets after it or not («… حذف شود. (سوابق مالی)»).
 * What was done ends in the past («… ارائه شد»), and a state to come is none («… خواهد بود»).
 */
const INSTRUCTION =
  /(?<!\p{L})(?:ن?(?:نماید|نمایند|کند|کنند|دهد|دهند|گردد|گردند|شود|شوند)|یابد|یابند|گیرد|گیرند|پذیرد|آورند|آورد|(?:خواهد|خواهند)\s+(?:شد|شدند|گردید|گردیدند|کرد|کردند|نمود|نمودند|داد|دادند))\s*[.!]?\s*(?:\([^()]{0,200}\)\s*[.!]?\s*)?$/u;

/**
 * «The Council lowered the parking charge …», «The Board extended the contract …»: the body of the meeting acting, in the simple
 * past, is what it settled. Not what it only heard or talked over («The Council discussed …», «… received the
 * report», «… went into executive session»).
 */
const EN_BODY_ACTED =
  /^(?:The\s+)?(?:Council|Board|Committee|Commission|Senate|Trustees|Governors|Selectboard|Select\s+Board)\s+(?:(?:also|then|unanimously|formally)\s+)?(?!(?:discussed|heard|received|noted|reviewed|considered|debated|went|met|thanked|welcomed|listened|asked|questioned|learned|expressed|reported|recessed|adjourned|convened|returned|tabled|deferred|postponed|watched|viewed|toured|visited)\b)[a-z]+ed\s+(?!to\b)[a-z$£\d]/;

/**
 * «Correspondence: », «25/06 Street lights: »: an agenda title of a few words (with its minute number), then a
 * colon, before what was done.
 */
const EN_TITLE_LABEL = /^(?:\d{1,4}[/.]\d{1,3}\.?\s+)?[A-Z][\w'&-]*(?:\s+[\w'&-]+){0,3}:\s+(?=[A-Z])/;

/**
 * «Broad consensus was "keep it".», «… into the release: unanimous support.», «Rough consensus reached to drop the flag»,
 * «Strong consensus in the room to adopt the draft»: the group settling a question without a vote. Not «no consensus», «consensus was not reached», nor a consensus only
 * sought («we need consensus on …»).
 */
const EN_CONSENSUS =
  /(?<!\b(?:no|not|without|lack\s+of|any|need|needs|seek|seeking|build|building|reach)\s+(?:(?:general|rough|broad|clear)\s+)?)\b(?:(?:general|rough|broad|clear|strong)\s+)?consensus(?:\s+(?:in|of)\s+the\s+(?:room|group|meeting|call)|\s+on\s+the\s+(?:call|list))?\s+(?:was\s+|is\s+)?(?!not\b|that\s+we\s+need)(?:reached|to\b|for\b|on\b|that\b|"|“|yes\b|in\s+favou?r\b)|\b(?:reached|there\s+was|there\s+is)\s+(?:a\s+)?(?:(?:general|rough|broad|clear)\s+)?consensus\b(?!\s+(?:yet|needed))|\bunanimous(?:ly)?\s+(?:yes|agreement|support|in\s+favou?r)\b/i;

/** Whether a sentence decides something or lays a task on someone. */
function decides(t: Txt): boolean {
  const c = t.c;
  return (
    EN_TASK.test(c) ||
    // «Correspondence: The Clerk was asked to reply …»: an agenda title before the sentence.
    EN_TASK.test(c.replace(EN_TITLE_LABEL, '')) ||
    // «AI: Sam to publish the figures.», «TODO(ann): …» in a paragraph of notes: a task by its mark.
    EN_TASK_MARK.test(c) ||
    EN_THE_ROLE.test(c) ||
    EN_CONSENSUS.test(c) ||
    EN_BODY_ACTED.test(c) ||
    EN_PASSED.test(c) ||
    DECISION_START.test(c) ||
    decidedIn(c) ||
    OBLIGED.test(c) ||
    AGREED.test(c) ||
    REFERRED.test(c) ||
    (MUST.test(c) && HAS_DEADLINE.test(c))
  );
}

/**
 * A paragraph outside a resolutions section: as a whole when a line announced it as what was decided
 * («… به این شرح به تصویب رسید:»), otherwise the sentences in it that decide or oblige («… گفت: … راهداری
 * موظف است …»); what only tells of the meeting is left out.
 */
function decisionSentences(d: Draft): Draft[] {
  // «هیات وزیران … تصویب کرد:» announces the decisions; it is none of them. «رییس شورا – نام» signs them.
  if (/:\s*$/.test(d.text.c) || SIGNATURE.test(d.text.c)) return [];
  if (announcesDecisions(d.announcedBy)) return [d];
  // «… پس از بحث، متن زیر به تصویب رسید: «…»»: the decision quoted after the words that announce it.
  const quote = ANNOUNCED_QUOTE.exec(d.text.c);
  if (quote && announcesDecisions(d.text.slice(0, quote.index + quote[1]!.length))) {
    const from = quote.index + quote[0].length - quote[2]!.length;
    return [{ ...d, text: d.text.slice(from, from + quote[2]!.length).trim() }];
  }
  if (DECISION_START.test(d.text.c) || decidedIn(d.text.c)) return [d];
  return d.text
    .split(SENTENCE_END)
    .map((t) => t.trim())
    .filter((t) => decides(t) || instructsBody(t.c) || alsoTold(t.c))
    .map((text) => ({ ...d, text: quoted(text) }));
}

/**
 * «همچنین کلیه اعضا نسبت به ثبت حوادث اقدام نمایند.»: a sentence that opens with «همچنین», «ضمناً» or «در ضمن»,
 * then a body, and ends on its active subjunctive adds a task to what was decided. Not a wish or a request
 * reported («همچنین امیدواریم شهرداری …»), nor what a body does or did («همچنین دستگاه ها تلاش می کنند تا …
 * کمک نمایند»).
 */
const ALSO_TOLD = /^(?:همچنین|ضمنا[ًٌ]?|در\s+ضمن)\s*,?\s+(?:(?:کلیه|تمامی|همه|سایر)\s+)?/u;
const INDICATIVE =
  /(?<!\p{L})(?:می\s*(?:کن|نما|ده|شو|گرد|باش|توان|خواه|گیر|آور|پرداز|رس|ساز)\p{L}*|است|هستند|شد|شدند|گردید|گردیدند|کرد|کردند|نمود|نمودند|داد|دادند|داشت|داشتند)(?!\p{L})/u;
function alsoTold(c: string): boolean {
  const also = ALSO_TOLD.exec(c);
  if (!also) return false;
  const said = c.slice(also[0].length);
  return tellsBody(said) && !INDICATIVE.test(said);
}

/** «وی افزود: اداره راهداری موظف است …»: the words said, without who said them. */
function quoted(t: Txt): Txt {
  const colon = t.c.lastIndexOf(':');
  if (colon < 0) return t;
  const said = t.slice(colon + 1).trim();
  return said.c && (decides(said) || tellsBody(said.c)) ? said : t;
}

const ACTIVE_SUBJUNCTIVE = /(?<!\p{L})(?:نماید|نمایند|کند|کنند|دهد|دهند|آورد|آورند)\s*[.!]?\s*$/u;
/** Words that make the subjunctive a wish or a request reported, not a task: «امیدواریم …», «… خواست تا …». */
const NOT_TOLD = /(?<!\p{L})(?:امیدوار\S*|خواست\S*|انتظار|درخواست|تقاضا|باید|بایستی|می\s*بایست)(?!\p{L})/u;
/**
 * «فرماندار اظهار داشت: اداره غله نسبت به توزیع سهمیه آرد اقدام نماید.»: words said at the
 * meeting that open with a body and end on its active subjunctive tell it what to do. Not a wish («… گفت:
 * امیدواریم شهرداری همکاری کند»), nor «باید» with no date by which, a rule in general.
 */
function instructsBody(c: string): boolean {
  const colon = c.lastIndexOf(':');
  return colon >= 0 && tellsBody(c.slice(colon + 1).trim());
}
const tellsBody = (said: string) => ORG_HEAD_RE.test(said) && ACTIVE_SUBJUNCTIVE.test(said) && !NOT_TOLD.test(said);

/** Dice similarity of two texts' letter pairs, spacing aside: a lead that repeats its story's sentence. */
export function nearlySame(a: Txt, b: Txt): boolean {
  const x = a.c.replace(/\s+/g, '');
  const y = b.c.replace(/\s+/g, '');
  if (x === y) return true;
  if (x.length < 30 || y.length < 30 || Math.abs(x.length - y.length) > 0.1 * Math.max(x.length, y.length))
    return false;
  const pairs = new Map<string, number>();
  for (let i = 0; i < x.length - 1; i++) pairs.set(x.slice(i, i + 2), (pairs.get(x.slice(i, i + 2)) ?? 0) + 1);
  let hit = 0;
  for (let i = 0; i < y.length - 1; i++) {
    const n = pairs.get(y.slice(i, i + 2)) ?? 0;
    if (n > 0) {
      hit++;
      pairs.set(y.slice(i, i + 2), n - 1);
    }
  }
  return (2 * hit) / (x.length + y.length - 2) >= 0.9;
}

/**
 * Outside a resolutions section only decision-like items count. A numbered list counts as a whole when any of
 * its items (or the line announcing it) decides, less the items that only report what was done; in a
 * bulleted list that holds decisions, a bullet with a passive decision verb is one too.
 */
function keepDecisions(all: Draft[]): Draft[] {
  const drafts = joinVotes(all);
  const lists = numberedLists(drafts);
  // «در این جلسه موارد زیر مطرح شد:» over a list of bare nouns, in minutes that decide nothing in so many words:
  // the matters the meeting took up are what it resolved.
  const silent = !drafts.some((d) => DECISION_WORDS.test(d.text.c));
  const decided = new Set(
    lists
      .filter(
        (l) =>
          !agendaList(l) &&
          (l.some((d) => DECISION_WORDS.test(d.text.c) || announcesDecisions(d.announcedBy)) ||
            (silent && MATTERS_RAISED.test(l[0]!.announcedBy?.c ?? '')) ||
            mostlyInstructions(l)),
      )
      .flat(),
  );
  // «دستور کار جلسه:» over «۱- پیگیری مصوبات جلسه قبلی»: the agenda, whose items name what was to be discussed.
  const agenda = new Set(lists.filter(agendaList).flat());
  const bulleted = drafts.some((d) => d.marker === 'bullet' && DECISION_START.test(d.text.c));
  return drafts.flatMap((d) => {
    if (d.marker === 'table') return [d];
    const motions = carriedMotions(d);
    if (motions) return motions;
    // «Conclusion: Nell and Ivo to run the plant sale.» under a topic's «Discussion: …»: what the notes
    // say was settled, without its label.
    const settled = d.marker !== 'num' ? SETTLED_LABEL.exec(d.text.c) : null;
    if (settled) return [{ ...d, text: d.text.slice(settled[0].length).trim() }];
    if (d.marker === 'num' && isEnglish(d.text)) return englishItem(d, decided.has(d));
    if (d.marker === 'num' && decided.has(d)) return REPORT.test(d.text.c) && !decides(d.text) ? [] : [d];
    if (agenda.has(d)) return DECIDED_ONLY.test(d.text.c) ? [d] : [];
    if (d.marker === 'para') return decisionSentences(d);
    if (DECISION_START.test(d.text.c) || decidedIn(d.text.c)) return [d];
    const c = d.text.c;
    // «The meeting agreed to work as follows:» introduces the bullets under it; they say what was decided.
    if (REMARK.test(c) || /:$/.test(c)) return [];
    return DECISION_WORDS.test(c) ||
      d.checkbox ||
      EN_TASK_MARK.test(c) ||
      OBLIGED.test(c) ||
      INSTRUCTION.test(c) ||
      PERSON_WILL.test(c) ||
      (isEnglish(d.text) &&
        (EN_LATER_TASK.test(c) || EN_OWNER_FIELD.test(c) || EN_ASKED.test(c) || EN_CONSENSUS.test(c))) ||
      (bulleted && PASSIVE_DECISION.test(c)) ||
      (d.marker === 'bullet' && EN_SPEAKER_WILL.test(c)) ||
      EN_THE_ROLE.test(c) ||
      laterTask(d)
      ? [d]
      : [];
  });
}

/** «Conclusion: …», «Outcome: …», «Decision: …» opening a line of notes. */
const SETTLED_LABEL = /^(?:conclusions?|outcomes?|decisions?)\s*:\s*(?=\S)/i;

/** A motion's record: «Motion to …», «Motion by X …», «X moved …», «X made a motion to …», «… second(ed) by Y». */
const MOTION_RECORD =
  /^(?:the\s+)?motion\b|\bmoved\b|\bmotioned\b|\bmade\s+(?:a|the)\s+motion\b|\bsecond(?:ed)?\s+by\b|\bseconded\b/i;
/** Where the record opens inside its sentence: «… Omar moved to confirm …», «… Comr. Lee made a motion to …». */
const MOTION_AT =
  /(?:^|\s)(?=(?:[Tt]he\s+)?[Mm]otion\b|(?:(?:Cllr|Comr|Councilman|Councilwoman|Councillor|Senator|Supervisor|Trustee|Director|Mayor|Mr|Mrs|Ms|Dr)\.?\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,2}\s+(?:moved|motioned|made\s+(?:a|the)\s+motion)\b)/;
/** The outcome: «Motion carried», «the motion was adopted», «Carried 5-1». */
const CARRIED =
  /\b(?:motions?|it)\s+(?:was\s+|were\s+)?(?:unanimously\s+)?(?:carried|carries|passed|passes|adopted)\b|^(?:carried|passed)\b/i;
/** A line that holds only the vote: «Ayes: 4  Nays: 1  Motion carried», «6 for, 1 against», «Carried.» */
const VOTE_LINE =
  /^(?:(?:ayes?|nays?|noes?|yeas?|abstain\w*|absent|votes?)\b|\d+\s+(?:votes?|ayes?|yeas?|in\s+favou?r)\b|(?:the\s+)?motions?\s+(?:was\s+|were\s+)?(?:unanimously\s+)?(?:carried|carries|passed|passes|failed|fails|lost|defeated)\b|(?:carried|passed)\b)/i;
const MOTION_SENTENCE = /(?<=[.!?])\s+(?=\S)/g;

/**
 * «The vote was taken and the motion passed 5-0.», «On a voice vote, the motion passed 4-1.»: the vote
 * told in a sentence of its own, the paragraph after the motion's.
 */
const VOTE_TOLD =
  /^(?:(?:the\s+)?vote\s+was\s+(?:called|taken)(?:\s+and|,)?|(?:upon|on|by)\s+(?:a\s+)?(?:voice|roll[-\s]call|hand|show\s+of\s+hands)\s+vote,?)\s+(?:the\s+)?motion\s+(?:was\s+)?(?:unanimously\s+)?(?:carried|passed|failed|lost)\b/i;

/**
 * «- Motion to adopt: A; Second: B» over «- Motion carried, all in favour.», «Motion by X, seconded by Y, to buy
 * …» over «Ayes: 4  Nays: 1  Motion carried»: the lines that hold only the vote close the motion above them.
 */
function joinVotes(drafts: Draft[]): Draft[] {
  const out: Draft[] = [];
  let open: { d: Draft; lines: number } | null = null;
  for (const d of drafts) {
    const c = d.text.c.trim();
    if (open && open.lines < 3 && c.length < 200 && (VOTE_LINE.test(c) || VOTE_TOLD.test(c))) {
      open.d.text = Txt.join([open.d.text, d.text]);
      open.lines++;
      if (CARRIED.test(c) || fell(d.text)) open = null;
      continue;
    }
    const own: Draft = { ...d };
    out.push(own);
    open =
      d.marker !== 'table' && isEnglish(d.text) && MOTION_RECORD.test(c) && !CARRIED.test(c) && !fell(d.text)
        ? { d: own, lines: 0 }
        : null;
  }
  return out;
}

/**
 * A motion told in a few sentences and carried («Motion to approve the minutes by A; second by B. Motion passed.»,
 * «Purchase of a van by A; second by B. Carried 5-1.»): the motion with its vote is the decision. The
 * sentences of the item that decide on their own are kept beside it; null when nothing in the item carried.
 */
function carriedMotions(d: Draft): Draft[] | null {
  if (!isEnglish(d.text) || !/\b(?:carried|carries|passed|passes|adopted)\b/i.test(d.text.c)) return null;
  const sentences = d.text
    .split(MOTION_SENTENCE)
    .map((t) => t.trim())
    .filter((t) => t.c);
  const out: Txt[] = [];
  const carried = new Set<Txt>();
  let run: Txt[] = [];
  let found = false;
  for (let t of sentences) {
    // «Motion to approve X by A; second by B; motion carried»: record and vote in one sentence.
    if ((run.length || MOTION_RECORD.test(t.c)) && CARRIED.test(t.c)) {
      if (!run.length) {
        const at = Math.max(0, t.c.search(MOTION_AT));
        t = at ? t.slice(at).trim() : t;
      }
      const motion = Txt.join([...run, t]);
      carried.add(motion);
      out.push(motion);
      run = [];
      found = true;
    } else if (MOTION_RECORD.test(t.c) || (run.length && VOTE_LINE.test(t.c))) {
      const at = run.length ? 0 : Math.max(0, t.c.search(MOTION_AT));
      run.push(at ? t.slice(at).trim() : t);
    } else {
      for (const r of run) if (decides(r)) out.push(r);
      run = [];
      if (decides(t)) out.push(t);
    }
  }
  if (!found) return null;
  for (const r of run) if (decides(r)) out.push(r);
  return out.map((text, i) => ({ ...d, text, number: i ? null : d.number, motion: carried.has(text) }));
}

/**
 * «- The scouts need a hall. They have no insurance yet. Marina will follow up.»: an English bullet told in a
 * few sentences, the last of which hands a named person the task, is that task with its context.
 */
function laterTask(d: Draft): boolean {
  if (d.marker !== 'bullet' || !isEnglish(d.text)) return false;
  const sentences = d.text.c.split(SENTENCE_END).slice(1);
  return sentences.some((t) => PERSON_WILL.test(t.trim()) || EN_TASK.test(t.trim()));
}

/** «AI (Marco): …», «TODO(ann): …», «[ACTION] …», «[Action: Sam] …», «AP: …»: a bullet in the notes marked as a task. */
const EN_TASK_MARK =
  /^(?:\\?\[(?:action|todo|ai|ap)(?:\s*:[^[\]]{1,40})?\\?\]|(?:AI|AP|TODO|TO-?DO|action\s+items?(?:\s+\d{1,2})?|next\s+steps?)\s*(?:\([^()]{1,40}\))?\s*:)/i;

const ACTION_TAIL = /(?<=[.!?])\s+action\s*:\s*(\S.*)$/i;

const isEnglish = (t: Txt) => /[A-Za-z]/.test(t.c) && !/[\u0600-\u06FF]/.test(t.c);

/** «Call to order at 6:05 pm», «Adjourned at 8:10», «Motion to adjourn carried», «Apologies»: the course of the meeting, nothing decided. */
const PROCEDURE =
  /^(?:declarations?\s+of\s+interests?|date\s+of\s+(?:the\s+)?next\s+meeting|(?:meeting\s+)?(?:was\s+)?call(?:ed)?\s+to\s+order|(?:the\s+)?meeting\s+(?:opened|closed|adjourned|ended)|adjourn(?:ed|ment)|motion\s+to\s+adjourn|welcome|opening|closing|apologies|roll\s+call|quorum|introductions?)\b/i;

const fell = (t: Txt) => /\b(?:motion|it)\s+(?:was\s+)?(?:lost|defeated|failed|withdrawn)\b/i.test(t.c);
const MOTION = /^motion\s*(?::|to\b)/i;
const EN_TITLED =
  /^(?:[A-Z][A-Z'&/,]*(?:\s+[A-Z][A-Z'&/,]*){0,5}|[A-Z][a-z'&/,]*(?:\s+[A-Za-z][a-z'&/,]*){0,4})\s+[-–—]\s+(?=\S)/;

/**
 * An English numbered item outside a resolutions section: board minutes tell each agenda item in a few sentences
 * («3. Finance report. Omar presented Q1 results. The board directed the General Manager to prepare …»). Of
 * several sentences, those that decide or give someone a task are the resolutions. One sentence is kept, in a
 * list that decides, unless it only tells the course of the meeting; in another list, when it decides itself.
 */
function englishItem(d: Draft, listDecides: boolean): Draft[] {
  // «7. Noticeboard. Agreed to replace the glass. ACTION: Clerk»: a mark naming who acts closes the item; it is the
  // owner of the sentences kept, as the same mark on the line under the item is.
  const tail = ACTION_TAIL.exec(d.text.c);
  const owner = tail ? d.text.slice(tail.index + tail[0].length - tail[1]!.length).trim() : null;
  if (tail && owner && !d.owner && onlyNames(owner).length)
    d = { ...d, text: d.text.slice(0, tail.index).trim(), owner, ownerColumn: true };
  const sentences = d.text
    .split(SENTENCE_END)
    .map((t) => t.trim())
    .filter((t) => t.c);
  const taken = (t: Txt) => decides(t) || DECISION_WORDS.test(t.c) || EN_TASK_MARK.test(t.c);
  // «3. MINUTES - RESOLVED that …», «7. PLANNING - No comments.»: an agenda title and a dash before what was
  // done about it; the title is no part of a decision, and without one the item is a report.
  const titled = EN_TITLED.exec(d.text.c);
  if (titled) {
    const rest = d.text.slice(titled[0].length).trim();
    const parts = rest
      .split(SENTENCE_END)
      .map((t) => t.trim())
      .filter((t) => t.c && (taken(t) || (!fell(rest) && MOTION.test(t.c))));
    return parts.map((text, i) => ({ ...d, text, number: i ? null : d.number }));
  }
  // «9-C ACCOUNTS TO BE SIGNED»: a numbered agenda title in capitals, no sentence, says what came up, not what
  // was decided about it.
  if (
    sentences.length <= 1 &&
    !/[a-z]/.test(d.text.c) &&
    !/[.!?]$/.test(d.text.c) &&
    !/\b(?:RESOLVED|AGREED|DECIDED|ACTION)\b/.test(d.text.c)
  )
    return [];
  if (sentences.length <= 1 && !listDecides) return taken(d.text) || PERSON_WILL.test(d.text.c) ? [d] : [];
  if (sentences.length <= 1) return PROCEDURE.test(d.text.c) && !DECISION_WORDS.test(d.text.c) ? [] : [d];
  // «MOTION: To adopt the policy. Moved by Liu, seconded by Cole. Motion passed 4-0.»: the motion is what was
  // decided, unless it fell.
  return sentences
    .filter((t) => taken(t) || (!fell(d.text) && MOTION.test(t.c)))
    .map((text, i) => ({ ...d, text, number: i ? null : d.number }));
}

/**
 * «… به موارد ذیل اشاره گردید.», «موارد زیر مطرح شد.»: a sentence closing on a verb a few words after «ذیل/زیر»
 * announces the list under it, as a colon does. Not «… شهرهای زیر ۵۰ هزار نفر.», where «زیر» is «under».
 */
const LISTED_BELOW =
  /(?<!\p{L})(?:ذیل|زیر)\s+(?:[^\s\d.:]+\s+){0,2}(?:نمود|نمودند|شد|شدند|گردید|گردیدند|است|باشد|بود|کرد|کردند)\s*[.:]?\s*$/u;
/** «موارد زیر مطرح شد», «از موضوعات مطرح شده … به موارد ذیل …», «مسائل ذیل بررسی گردید»: the matters taken up. */
const MATTERS_RAISED =
  /(?:موارد|موضوعات|مسائل|مباحث)\s+(?:(?:ذیل|زیر)\s+(?:مطرح|بررسی|بحث)|مطرح\s*شده[^.:]{0,80}(?:ذیل|زیر))/u;
/** A list the line over it calls the agenda («دستور کار جلسه:», «دستور جلسه به شرح زیر:»). */
const agendaList = (l: Draft[]) => {
  const by = l[0]!.announcedBy?.c ?? '';
  return /دستور\s*(?:کار|جلسه)/u.test(by) && !DECISION_WORDS.test(by);
};

/** Numbered items in runs: a run ends where the numbering starts again («۱- … ۵-» of questions, then «۱ – مقرر …»). */
function numberedLists(drafts: Draft[]): Draft[][] {
  const lists: Draft[][] = [];
  let last = Number.NEGATIVE_INFINITY;
  for (const d of drafts) {
    if (d.marker !== 'num') continue;
    if (!lists.length || (d.number !== null && d.number <= last)) lists.push([]);
    lists[lists.length - 1]!.push(d);
    last = d.number ?? last + 1;
  }
  return lists;
}
