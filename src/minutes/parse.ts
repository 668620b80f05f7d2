// Text → ParsedMinutes: normalize, cut into sections, read the header, then each item's owners and deadline.

import { writesDayFirst } from './dates.js';
import {
  type Deadline,
  type DeadlineContext,
  deadlineAfterDash,
  deadlineFromCell,
  deadlineInBracket,
  deadlineInText,
} from './deadlines.js';
import { readHeader } from './header.js';
import { htmlTableDrafts, isHtmlTable, tableDrafts } from './html-table.js';
import { type Draft, markOf, nearlySame, readItems, settledInPassive } from './items.js';
import { DECISION_WORDS, EN_LABELS, NEWS_LEAD, NOISE, VOTE_TAIL } from './lexicon.js';
import { Txt } from './normalize.js';
import { labelledOwners, ownerBeforeDash, ownerPrefix, ownersFromList, ownersFromText } from './owners.js';
import {
  isDiscussion,
  kindOf,
  type Line,
  type Names,
  type Section,
  type SectionKind,
  toLines,
  toSections,
} from './sections.js';
import { actionTableAt, cells } from './tables.js';
import type { ParsedMinutes, ParsedResolution, ResolutionDoubt } from './types.js';

/** Which script dominates: Persian minutes default to the Jalali calendar and Persian date orders. */
function scriptOf(c: string): 'fa' | 'en' | null {
  let fa = 0;
  let en = 0;
  for (let i = 0; i < c.length; i++) {
    const code = c.charCodeAt(i);
    if (code >= 0x0600 && code <= 0x06ff) fa++;
    else if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) en++;
  }
  if (!fa && !en) return null;
  return fa >= en ? 'fa' : 'en';
}

/** A heading word or a section name is never an owner (`Decision: …` is not someone called Decision). */
const isLabel = (s: string) =>
  kindOf(s) !== 'other' || s.split(/[\s/,&]+/).some((w) => EN_LABELS.has(w.toLowerCase().replace(/^@/, '')));

/**
 * «Action Item: …», «AP: …», «Next steps: …», «[ACTION] …», and the marker with who acts in a bracket: «ACTION (Sam): …»,
 * «[Action: Sam] …» (a Markdown export escapes it: «\[Action: Sam] …»),
 * «TODO(alice): …» (the bracket alone once a section marker has taken the word: «(Sam): …»).
 */
const ACTION_MARK =
  /^(?:\\?\[(?:action|todo|ai|ap)(?:\s*:\s*([^[\]\\]{1,40}?))?\s*\\?\]\s*|(?:(?:action\s*items?|action|AI|AP|to\s*-?\s*do|next\s+steps?|follow-?\s*up)\s*)?(?:\(([^()]{1,40})\)\s*)?:\s*)(?=\S)/i;
/**
 * «ACTION Ruth: …», «Action item for Ben: …», «AI on @kim: …»: the marker names who acts without a bracket, the
 * name in ACTION_MARK's group 1 — when it is a person's, not what the marker heads («Action Required: …»).
 */
const ACTION_FOR =
  /^(?:ACTION|Action|AI|AP|TODO)(?:\s+(?:items?|Items?|ITEMS?))?(?:\s+(?:for|on))?\s+(@?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?|@[\w.-]+)\s*:\s*(?=\S)/;
const MARK_WORDS =
  /^(?:required|needed|taken|pending|open|closed|points?|list|log|plan|register|tracker|review|summary|owner)$/i;
function namedMark(c: string): RegExpExecArray | null {
  const m = ACTION_FOR.exec(c);
  return m && !isLabel(m[1]!) && !MARK_WORDS.test(m[1]!) ? m : null;
}

/**
 * «… be adopted. Moved: Dana Fox  Seconded: Ian Bell  Carried unanimously.», «… Motion passed 4-0.»: who moved
 * and seconded a motion and how the vote went, closing it — the record of the vote, not what was decided.
 */
const EN_VOTE_TAIL = [
  /(?<=[.!)]\s+|\s{2,})\*?(?:moved|proposed)(?:\s+by)?\s*:?\*?\s+.{0,80}?\bseconded\b[^.]{0,80}?(?:\.\s*(?:(?:the\s+)?motion\s+)?(?:was\s+)?(?:carried|passed|approved|adopted|lost|defeated|failed)\b[^.]{0,40})?\.?\s*$/i,
  /(?<=[.!)]\s+)(?:the\s+)?(?:motion\s+)?(?:was\s+)?(?:carried|passed|lost|defeated|failed)(?:\s+(?:unanimously|nem\.?\s*con|\d+\s*(?:-|–|to)\s*\d+)[^.]{0,30})?\.?\s*$/i,
];

const EN_HANDLE_TO = /^([a-z][\w.-]{0,30})\s+to\s+[a-z]/;

const CONFIDENCE = { table: 0.95, num: 0.9, bullet: 0.8, para: 0.6 } as const;

export function parseText(raw: string, opts: { fileName?: string } = {}): ParsedMinutes {
  const text = Txt.of(raw);
  const script = scriptOf(text.c);
  const persian = script !== 'en';
  // Who attended, and the subjects listed, tell a person's name from a topic in the headings over items.
  const names: Names = { people: [], topics: [] };
  const allLines = toLines(text);
  const sections = toSections(allLines, names);
  const dayFirst = !persian && writesDayFirst(text.c);
  const { meeting } = readHeader(sections, persian, opts.fileName, dayFirst);
  const { people, topics } = names;
  if (!script) meeting.calendar = null;
  const ctx: DeadlineContext = { meetingDate: meeting.gregorianDate, persian, dayFirst };
  const resolves = (s: Section) => s.kind === 'decision' || s.kind === 'action';
  const chosen = sections.filter(resolves);
  // A section of resolutions is where they all are. Lines marked one by one («RESOLVED: That …», «**Action:**
  // …») are not such a section: in minutes that mark some of them, the decisions told in the prose around
  // («… it was RESOLVED that the Committee prepare …») are read too.
  const strict = chosen.some((s) => !s.marked);
  const drafts: { draft: Draft; kind: SectionKind | null }[] = (strict ? chosen : sections)
    .filter((s) => (s.kind !== 'excluded' || (!strict && isDiscussion(s))) && s.kind !== 'followup')
    .flatMap((s) =>
      readItems(s, strict || resolves(s), people, topics).map((draft) => ({
        draft: { ...draft, heading: draft.heading ?? (governs(s, draft) ? s.heading!.body : undefined) },
        kind: resolves(s) ? s.kind : null,
      })),
    );
  // Where the only lists of resolutions are of actions («Next steps», «Action items»), a motion carried in the body
  // («… moved to approve the agenda, seconded by … Motion passes.») or what was settled in the passive («… were
  // elected», «The budget was adopted») is still a decision of the meeting: an action list never repeats it.
  if (strict && chosen.every((s) => s.kind === 'action'))
    for (const s of sections)
      if (!chosen.includes(s) && s.kind !== 'excluded' && s.kind !== 'followup')
        // Who was elected, or named in what was approved, is given no task by it.
        for (const draft of readItems(s, false, people, topics))
          if (draft.motion || settledInPassive(draft.text))
            drafts.push({ draft: { ...draft, motion: true }, kind: 'decision' });
  // An HTML table with an actions column says what its entries are, whatever section it sits in.
  const fromHtml = sections
    .flatMap((s) => s.lines.filter(isHtmlTable))
    .flatMap(htmlTableDrafts)
    .concat(sections.flatMap((s) => actionTables(s.lines)))
    .map(({ draft, action }) => ({ draft, kind: (action ? 'action' : 'decision') as SectionKind }));
  if (fromHtml.length) drafts.push(...fromHtml);
  drafts.sort((a, b) => a.draft.line - b.draft.line);
  // A news lead repeats its story's decision almost word for word: one resolution, where it first stands.
  // Rows and numbered items are apart by their numbers, however alike their words.
  const prose = (d: Draft) => d.marker === 'para' && d.number === null;
  // The lead stands above the report's own first sentence («به گزارش …»); told again under it, in other words
  // here and there, it is still the same decision.
  // The text's lines as split once above, each as written.
  const lines = allLines.map((l) => l.raw);
  const byline = lines.findIndex((l) => NEWS_LEAD.test(l.c)) + 1;
  const retold = (lead: Draft, later: Draft) =>
    byline > 0 && lead.line < byline && later.line > byline && sameWords(lead.text.c, later.text.c);
  // Only the lead is told again: the first paragraph that decides, and what stands above the byline. Paragraphs
  // of the body alike in words («the permit for Main Street», «… for Oak Street») are decisions each, and a
  // retelling keeps its figures («… for 12 Main Street» and «… for 14 Main Street» are two).
  const firstProse = drafts.findIndex(({ draft }) => prose(draft));
  const leads = drafts.filter(
    ({ draft }, i) => prose(draft) && (i === firstProse || (byline > 0 && draft.line < byline)),
  );
  const numbers = (d: Draft) => (d.text.c.match(/\d+/g) ?? []).join(' ');
  const same = (lead: Draft, later: Draft) =>
    numbers(lead) === numbers(later) && (nearlySame(lead.text, later.text) || retold(lead, later));
  for (let i = drafts.length - 1; i > 0; i--) {
    const later = drafts[i]!.draft;
    if (prose(later) && leads.some(({ draft }) => draft !== later && draft.line < later.line && same(draft, later)))
      drafts.splice(i, 1);
  }
  dropRecaps(drafts);
  // A news headline («فرماندار: کارگروه با طرح ساماندهی بازار موافقت کرد»): the first line, with no full stop and a blank
  // line under it. When the story under it tells decisions too, the headline only sums them up.
  const first = lines.findIndex((l) => l.c.trim());
  const head = drafts[0]?.draft;
  if (
    head &&
    prose(head) &&
    head.line === first + 1 &&
    !/[.!?؟]\s*$/.test(head.text.c) &&
    !lines[first + 1]?.c.trim() &&
    drafts.slice(1).some((d) => prose(d.draft))
  )
    drafts.shift();
  const warnings: string[] = [];
  const resolutions: ParsedResolution[] = [];
  let last = 0;
  const seen = new Set<number>();
  for (const { draft, kind } of drafts) {
    const r = toResolution(draft, ctx, last + 1, kind, people);
    if (!r) continue;
    // A number counted on from the one before, or one that repeats or runs backwards, may be misread.
    if (draft.number === null || seen.has(r.number) || r.number < last) addDoubt(r, 'number');
    seen.add(r.number);
    resolutions.push(r);
    last = r.number;
  }
  if (!resolutions.length) warnings.push('No resolutions were found. Put them under a heading such as «مصوبات:».');
  // «پیگیری مصوبات قبل», "Old business": reports on earlier resolutions, shown in the preview, never stored.
  const followUps = sections
    .filter((s) => s.kind === 'followup')
    .flatMap((s) => readItems(s, true, people, topics))
    .map((d) => d.text.trim())
    .filter((t) => t.c && !NOISE.test(t.c))
    .map((t) => t.d);
  return followUps.length ? { meeting, resolutions, warnings, followUps } : { meeting, resolutions, warnings };
}

/** The Markdown tables of actions in a section's lines («Topic | Notes | Actions: Responsible»), read as cells. */
function actionTables(lines: Line[]): { draft: Draft; action: boolean }[] {
  const out: { draft: Draft; action: boolean }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const table = actionTableAt(lines, i);
    if (!table) continue;
    out.push(
      ...tableDrafts(
        table.heads,
        table.rows.map((l) => ({ no: l.no, cells: cells(l) })),
      ),
    );
    i += 1 + table.rows.length;
  }
  return out;
}

/**
 * «Summary of action items: [NEW] ACTION: bo to update the explainer», «Summary of resolutions: 1. close issue 12»:
 * English minutes that recap, at their foot, the actions and resolutions marked in the notes above give each of
 * them again, word for word. The recap is not another item; the first telling, where the notes give it, stays.
 * Persian minutes are not read this way: a decision repeated there is told again on purpose (a news lead).
 */
const RECAP_MARK =
  /^(?:\[\s*(?:new|done|pending|continued)\s*\]\s*)?(?:(?:action(?:\s+items?)?|resolution|resolved|decision)\s*:\s*)?/i;
const recapKey = (d: Draft) =>
  d.text.c
    .replace(RECAP_MARK, '')
    .replace(/[\s.;:]+$/, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();

function dropRecaps(drafts: { draft: Draft }[]): void {
  const told = new Set<string>();
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!.draft;
    if (/[\u0600-\u06FF]/.test(d.text.c) || !/[A-Za-z]/.test(d.text.c)) continue;
    const key = recapKey(d);
    if (key.length < 8) continue;
    if (told.has(key)) drafts.splice(i--, 1);
    else told.add(key);
  }
}

/**
 * A heading governs its section's items; a bulleted one («- Homework:») only the items indented under it,
 * up to the first line back at its own depth: a later sub-list hangs from that line, not from the heading.
 */
function governs(section: Section, draft: Draft): boolean {
  const heading = section.heading;
  if (!heading) return false;
  if (markOf(heading.body.c)?.kind !== 'bullet') return true;
  const line = section.lines.find((l) => l.no === draft.line);
  if (!line || line.indent <= heading.indent) return false;
  return !section.lines.some((l) => l.no > heading.no && l.no < line.no && l.body.c && l.indent <= heading.indent);
}

function toResolution(
  draft: Draft,
  ctx: DeadlineContext,
  nextNumber: number,
  sectionKind: SectionKind | null,
  people: string[] = [],
): ParsedResolution | null {
  let text = draft.text.trim();
  let kind = sectionKind;
  // «Action Item: Kelly to send the slides»: the marker says what the line is; the task follows it.
  const marked = ACTION_MARK.exec(text.c) ?? namedMark(text.c);
  let named: Txt | null = null;
  if (marked && marked[0].trim() !== ':') {
    const who = marked[1] ?? marked[2];
    if (who) named = text.slice(marked[0].indexOf(who), marked[0].indexOf(who) + who.length);
    text = text.slice(marked[0].length).trim();
    kind = 'action';
  }
  // «ماده واحده ـ «با عنایت … اقدام نماید.»: the article quoted whole; the quote marks are not its text.
  if (text.c.startsWith('"') && text.c.indexOf('"', 1) < 0) text = text.slice(1).trim();
  else if (text.c.startsWith('"') && text.c.indexOf('"', 1) === text.c.length - 1) text = text.slice(1, -1).trim();
  const vote = VOTE_TAIL.exec(text.c);
  if (vote && vote.index > 0) text = text.slice(0, vote.index).trim();
  for (const tail of EN_VOTE_TAIL) {
    const m = tail.exec(text.c);
    if (m && m.index > 0) text = text.slice(0, m.index).trim();
  }
  if (!text.c || NOISE.test(text.c) || !/[\p{L}\d]/u.test(text.c)) return null;
  const number = draft.number ?? nextNumber;
  let owners: Txt[] = [];
  let ownerConfidence = 0.9;
  if (draft.owner?.c.trim()) owners = ownersFromList(draft.owner);
  else if (named) owners = ownersFromList(named);
  // A label inside the item names who acts as surely as a column does.
  // «Motion to approve: A; Seconded: B. Motion passed.»: the mover and the seconder do not act on it.
  if (!owners.length && !draft.motion) owners = labelledOwners(text);
  if (!owners.length && !draft.motion) {
    const prefix = ownerPrefix(text, isLabel);
    const dashed = kind === 'action' ? ownerBeforeDash(text, isLabel) : [];
    if (prefix) ({ owners, rest: text } = prefix);
    else if (dashed.length) owners = dashed;
    else {
      owners = ownersFromText(text, isLabel);
      ownerConfidence = 0.6;
    }
  }
  // «ACTION: kemi to draft the errata»: working groups write their handles in lower case; one the attendance
  // names, before «to», is who acts — a verb there («ACTION: reply to the list») is not.
  const handle = kind === 'action' && !owners.length ? EN_HANDLE_TO.exec(text.c) : null;
  if (handle && people.some((p) => p.toLowerCase() === handle[1])) owners = [text.slice(0, handle[1]!.length)];
  if (draft.ownerColumn && owners.length && draft.owner?.c.trim()) ownerConfidence = 0.95;
  let deadline: Deadline | null;
  if (draft.deadlineColumn) deadline = draft.deadline ? deadlineFromCell(draft.deadline, ctx) : null;
  else
    deadline =
      deadlineInText(text, ctx) ?? deadlineAfterDash(text, ctx) ?? (ctx.persian ? null : deadlineInBracket(text, ctx));
  // «Homework for next meeting:» over a list: an item that names no deadline of its own has the heading's; so it
  // has the one of a decision announcing the list («مقرر شد موارد زیر تا پایان آبان در انجمن بررسی شود:»).
  const over =
    draft.heading ??
    (draft.announcedBy && draft.announcedBy !== draft.text && DECISION_WORDS.test(draft.announcedBy.c)
      ? draft.announcedBy
      : undefined);
  const inherited = !deadline && !draft.deadlineColumn && over ? deadlineInText(over, ctx) : null;
  deadline ??= inherited;
  const r: ParsedResolution = {
    number,
    text: text.d,
    owners: owners.map((o) => o.d),
    deadline: deadline?.phrase.d ?? null,
    dueDate: deadline?.dueDate ?? null,
    kind: kind === 'decision' || kind === 'action' ? kind : null,
    confidence: {
      text: CONFIDENCE[draft.marker] * (kind ? 1 : 0.9),
      owners: owners.length ? ownerConfidence : null,
      deadline: deadline ? (draft.deadlineColumn ? 0.95 : 0.8) : null,
      dueDate: deadline?.dueDate ? (draft.deadlineColumn ? 0.9 : 0.7) : null,
    },
  };
  if (deadline?.nextMeeting) r.dueAtNextMeeting = true;
  // Item warnings would have to name the item, and only the preview knows the number it shows: it marks
  // these fields instead.
  if (r.confidence!.text! < 0.75) addDoubt(r, 'text');
  if (!owners.length || ownerConfidence < 0.9) addDoubt(r, 'owners');
  if (inherited || (deadline && !deadline.dueDate && !deadline.nextMeeting)) addDoubt(r, 'deadline');
  return r;
}

function addDoubt(r: ParsedResolution, field: ResolutionDoubt): void {
  r.doubts ??= [];
  if (!r.doubts.includes(field)) r.doubts.push(field);
}

/** All but a few words of the shorter text stand in the longer, and the two are near in length: one sentence retold. */
function sameWords(a: string, b: string): boolean {
  const x = a.split(/\s+/).filter(Boolean);
  const y = b.split(/\s+/).filter(Boolean);
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (short.length < 8 || short.length < 0.7 * long.length) return false;
  const words = new Set(long);
  return short.filter((w) => words.has(w)).length >= 0.85 * short.length;
}
