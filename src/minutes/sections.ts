// Splits minutes into sections by their headings («مصوبات:», «## Decisions», «* Action Items:», «زمان جلسه:»).
// Resolutions are read only from resolution sections when there are any; otherwise from everywhere that is
// not an agenda, attendance or discussion section.
import { EN_LABELS, HONORIFIC_RE, ORG_HEAD_RE } from './lexicon.js';
import type { Txt } from './normalize.js';
import { onlyNames } from './owners.js';

export interface Line {
  /** 1-based line number in the normalized text. */
  no: number;
  /** The line without its indentation. */
  body: Txt;
  /** The whole line, indentation and edge tabs included (table rows need their empty edge cells). */
  raw: Txt;
  indent: number;
}

/** `followup`: a report on earlier resolutions («پیگیری مصوبات قبل», "Old business"), not new ones. */
export type SectionKind = 'decision' | 'action' | 'followup' | 'excluded' | 'other';

export interface Section {
  kind: SectionKind;
  /** The heading's label in canonical spelling, '' for the text before the first heading. */
  label: string;
  /** The heading line itself (titles carry dates: `# Meeting Notes - 2022-11-17`). */
  heading: Line | null;
  lines: Line[];
  /** A line that says what it holds («ACTION: …», «RESOLVED: …»), not a heading over a list. */
  marked?: boolean;
}

/** A section's lines with its heading first (titles carry dates and names too). */
export const linesOf = (s: Section): Line[] => (s.heading ? [s.heading, ...s.lines] : s.lines);

export function toLines(text: Txt): Line[] {
  return text.lines().map((raw, i) => {
    const indent = /^[ \t]*/.exec(raw.c)![0].replace(/\t/g, '    ').length;
    return { no: i + 1, body: raw.trim(), raw, indent };
  });
}

const DECORATION = /\*\*|__|^#{1,6}\s*|^>\s*/g;
const BULLET = /^(?:[-*•●○◦▪■·+]\s*)?(?:\[[ xX]?\]\s*)?/;

const RESOLUTION_LABEL =
  /مصوب|تصمیم|ماده\s*واحده|(?:نتایج|نتیجه|خروجی(?:\s*های)?)\s+(?:جلسه|نشست)|^(?:جمع\s*بندی|نتیجه\s*گیری)(?:\s+(?:و\s+نتیجه\s*گیری|جلسه|نهایی))?$|موارد\s+مقرر|decision|resolution|resolved|agreed|outcomes?(?:\s*(?:&|and)\s*(?:recommendations?|next\s+steps|actions?))?$|^motions?\s+(?:carried|passed|adopted)$|^(?:motions|resolutions\s+passed|record\s+of\s+decisions)$/i;
const ACTION_LABEL =
  /action\s*(?:items?|points?|list|log|register|tracker|summary)|^(?:summary|schedule|table|list)\s+of\s+(?:agreed\s+)?actions|^actions?\s+(?:summary|log|register)$|^actions?$|^(?:agreed|new)\s+actions?$|^actions?\s+(?:agreed|arising)$|next\s*steps|^to\s*-?\s*dos?$|^tasks?$|وظایف|تکالیف|اقدامات\s*(?:لازم|آتی|بعدی|مقرر)|^اقدامات$/i;
const EXCLUDED_LABEL =
  /دستور\s*(?:جلسه|کار)|(?<!(?:approv(?:al|e|ing)|adoption)\s+of\s+(?:the\s+)?)agenda|حاضرین|حاضران|شرکت\s*کنندگان|اعضای\s+حاضر|غایبین|غائبین|مدعوین|attendees|attendance|^present|absent|participants|discussions?|مذاکرات|^links?$|important\s+links|^(?:زمان|تاریخ)\s+جلسه|^جلسه\s+(?:بعد|آتی)|^next\s+meeting/i;
const NOTES_LABEL = /\bnotes?\b|discussions?|مذاکرات|مباحث/i;
/** A section following up earlier resolutions: what it lists are not new resolutions. */
const FOLLOW_UP_LABEL =
  /پیگیری\s+(?:مصوبات|اقدامات|تصمیمات)|(?:مصوبات|تصمیمات)\s+(?:جلسه\s+|جلسات\s+)?(?:قبل|قبلی|گذشته|پیشین)|گزارش\s+(?:پیشرفت|اقدامات)\s+(?:مصوبات|انجام\s+شده)|\b(?:old|unfinished)\s+business\b|\bmatters\s+arising\b|\b(?:previous|prior|outstanding|open)\s+action(?:\s+items?)?\b|\baction\s+items\s+from\s+(?:the\s+)?(?:previous|last)\b|\breview\s+of\s+(?:previous\s+)?action/i;
/** Sections about earlier resolutions report progress; their items are not new resolutions. */
const FOLLOW_UP = /پیگیری|قبل|گذشته|previous|prior|last\s+meeting/i;

/** A heading's label, or null when the line is not a heading. `rest` is content after «مصوبات:» on one line. */
export function headingOf(
  line: Line,
): { label: string; rest: Txt | null; marked?: boolean; before?: Txt; after?: Txt } | null {
  const raw = line.body.c;
  const isMarkdown = /^#{1,6}\s/.test(raw);
  const isBold = /^\*\*[^*]+\*\*:?$/.test(raw) || /^__[^_]+__:?$/.test(raw);
  const body = line.body.remove(DECORATION).trim();
  const c = body.c;
  if (!c) return null;
  if (isMarkdown) return { label: stripColon(c), rest: null };
  const bare = c.replace(BULLET, '');
  const colonEnd = /^(.{1,60}?)\s*:$/.exec(bare);
  // «Martin: file two issues:» is a task with its details under it, not a heading.
  // «Omar moved to confirm Ruth, seconded:» over the vote is a motion's record, not a heading.
  if (
    colonEnd &&
    wordCount(colonEnd[1]!) <= 7 &&
    !/^\d/.test(colonEnd[1]!) &&
    !colonEnd[1]!.includes(':') &&
    !/\b(?:moved|seconded)\b/i.test(colonEnd[1]!)
  ) {
    return { label: colonEnd[1]!, rest: null };
  }
  const inline = /^((?:مصوبات|تصمیمات|decisions|resolutions|action\s+items)(?:\s+جلسه)?)\s*:\s*(?=\S)/i.exec(bare);
  // «Action items: Ivo to call the insurer» in notes told topic by topic: the task on the line is one item,
  // as after «Action:»; the notes go on after it. «Decisions: …» heads what follows.
  if (inline)
    return {
      label: inline[1]!,
      rest: body.slice(c.length - bare.length + inline[0].length),
      ...(/^action/i.test(inline[1]!) && bare === c ? { marked: true } : {}),
    };
  const marked = MARKED.exec(bare);
  // «- Action Item: …» on a bullet is read by the list it sits in (and takes that list's deadline).
  if (marked && !(marked[2] && /\sitem/i.test(marked[0]) && bare !== c)) {
    const from = c.length - bare.length + marked.index;
    const at = from + marked[0].length;
    const label = /^action/i.test(marked[1] ?? marked[2]!) ? 'actions' : 'resolutions';
    // «The minutes were approved. Action: Cllr Lee to file them. Council resolved to co-opt Mr Barr.»: the
    // sentences before the mark and a decision after the marked task are the minutes' own, read as prose.
    const before = /[.!?]\s*$/.test(c.slice(0, from)) ? body.slice(0, from).trim() : undefined;
    const cut = OWN_DECISION.exec(c.slice(at));
    if (!cut) return { label, rest: body.slice(at), marked: true, before };
    return {
      label,
      rest: body.slice(at, at + cut.index).trim(),
      marked: true,
      before,
      after: body.slice(at + cut.index),
    };
  }
  const numbered = numberedSectionName(bare);
  if (numbered) return { label: numbered, rest: null };
  const shortLabel = wordCount(bare) <= 3 && /^[\p{L}\s]+$/u.test(bare) && !/^(?:مقرر|مصوب\s|تصویب)/.test(bare);
  if ((isBold && wordCount(bare) <= 6) || (shortLabel && (kindOf(bare) !== 'other' || GENERIC_HEADING.test(bare)))) {
    return { label: stripColon(bare), rest: null };
  }
  return null;
}

/**
 * A line that says what it holds: «RESOLUTION: …», «ACTION: HZ to …» anywhere in it (chat-style minutes put
 * them after the speaker), or «Resolved: …», «Decision: …», «Action: …» at its start or after a sentence
 * («Governors asked about the figures. Action: HT to circulate …»), «ACTION (Sam): …» keeping who acts for the
 * item. «ACTION ITEM: …», «Action item: …», «Action Item 2: …» and a register's numbered mark («ACTION ITEM 2024-03-12.04: …»,
 * «RESOLUTION 2024-03-12:02: …») are the same mark, glued to a number before it too («… Process 3.0ACTION: …»).
 * «Proposed resolution: …» is not one.
 */
const MARKED =
  /(?:^|(?<=[\s.:\d]))(RESOLUTION|RESOLVED|DECISION|ACTION)(?:\s+ITEM)?(?:\s+\d[\d.:/-]*\d)?(?:\s*:\s*|\s*(?=\([^()]{1,40}\)\s*:\s*\S))(?=\S)|(?:^|(?<=[.!?]\s+))(Resolution|Resolved|Decision|Action)(?:\s+[Ii]tem(?:\s+\d{1,2})?)?\s*:\s*(?=\S)/;

/** After a marked task, a sentence that decides on its own: «… Council resolved to …», «It was also agreed that …». */
const OWN_DECISION =
  /(?<=[.!?]\s+)(?=(?:It\s+was\s+(?:also\s+|further\s+)?(?:resolved|agreed)\b|(?:The\s+)?(?:Council|Committee|Board|Governors|Trustees|Members)\s+(?:(?:also|further|then|unanimously)\s+)?(?:resolved|agreed|decided)\b))/i;

/** Names of a minutes' parts that stand alone on a line without any mark: a heading all the same. */
const GENERIC_HEADING =
  /^(?:summary|overview|background|recap|quick\s+recap|details|any\s+other\s+business|aob|other\s+business|خلاصه|جمع\s*بندی|سایر\s+موارد)$/i;

/**
 * «10. Action items», «9. Review Outstanding Action Items», «IV. Decisions»: board minutes number their parts as
 * they number agenda items; a numbered line that is only the name of a part of resolutions, actions or actions
 * followed up («Outstanding Action Items») heads what is under it. English only: a Persian numbered line is an item. Not «3. Approval of the
 * minutes», which is an agenda item, nor a sentence.
 */
function numberedSectionName(bare: string): string | null {
  const m = /^(?:\d{1,2}|[IVX]{1,5})[.)]\s+([A-Za-z][A-Za-z\s]{2,60})$/.exec(bare);
  if (!m || wordCount(m[1]!) > 5) return null;
  const kind = kindOf(m[1]!.trim());
  // «12. Matters arising» tells what came of the last minutes and often sets new work: an item of the agenda.
  const followed = kind === 'followup' && /\baction/i.test(m[1]!);
  return kind === 'action' || kind === 'decision' || followed ? m[1]!.trim() : null;
}

/** `Minutes` over a line of `---` or `===`: a Markdown (setext) heading. */
const UNDERLINE = /^(?:={3,}|-{3,})\s*$/;

const stripColon = (s: string) => s.replace(/\s*:\s*$/, '').trim();
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

/**
 * A discussion («مذاکرات», «Discussion»): left out beside a resolutions section, but where the minutes have
 * none it is where their decisions are told, and its decision sentences are read like any other prose.
 */
export function isDiscussion(s: Section): boolean {
  return (
    s.kind === 'excluded' &&
    (NOTES_LABEL.test(s.label) ||
      // «Agenda items» over each item's title and «Discussion: …», «Conclusion: …» under it: the notes of the
      // meeting, told item by item, not the agenda sent before it.
      (/^agenda/i.test(s.label) && s.lines.some((l) => TOLD_LABEL.test(l.body.c) || NOTED_TASK.test(l.body.c))))
  );
}

/**
 * «* Agenda» over topics with «AI: book the room», «TODO: all members to read …» bullets under them: notes
 * taken against the agenda during the meeting, whose marked tasks are the meeting's, not an agenda sent before it.
 */
const NOTED_TASK =
  /^(?:[-*•]\s*)?(?:\*\*)?(?:AI|TODO|ACTION(?:\s+ITEM)?|Action\s+item)(?:\s*\([^()]{1,40}\))?\s*:\s*\S/;

/** The labels notes give what was said and settled under an agenda title. */
const TOLD_LABEL = /^(?:[-*•]\s*)?(?:discussion|conclusions?|outcomes?|decisions?)\s*:\s*\S/i;

export function kindOf(label: string): SectionKind {
  if (label.split(/\s*[/|]\s*/).length > 2) return 'other';
  if (FOLLOW_UP_LABEL.test(label)) return 'followup';
  if (ACTION_LABEL.test(label) && !/انجام\s+شده/.test(label)) return 'action';
  // «Notes/Decisions», «مذاکرات و تصمیمات»: a discussion with decisions in it is read like any other text.
  if (RESOLUTION_LABEL.test(label) && NOTES_LABEL.test(label)) return 'other';
  if (RESOLUTION_LABEL.test(label) && !/^(?:دستور|agenda)/i.test(label) && !FOLLOW_UP.test(label)) return 'decision';
  if (EXCLUDED_LABEL.test(label)) return 'excluded';
  return 'other';
}

/**
 * A heading inside a resolution section that names who the items under it belong to. Where the minutes list
 * who attended, a capitalised heading is a person only if it names one of them («Martin:»); otherwise it is
 * a topic («Reference Archiver:»).
 */
export function ownerLabel(label: string, people: readonly string[] = [], topics: readonly string[] = []): boolean {
  if (HONORIFIC_RE.test(label) || ORG_HEAD_RE.test(label)) return label.split(/\s+/).length <= 6;
  const words = label.split(/\s+/);
  const nameLike =
    words.length <= 3 &&
    words.every((w) => /^[A-Z][\w.'-]*$/.test(w)) &&
    !words.some((w) => EN_LABELS.has(w.toLowerCase()));
  if (!nameLike) return false;
  // «Reference Archiver:» over decisions, after «* Reference Archiver» in the notes: a subject, not a person.
  const lower = label.toLowerCase();
  if (topics.some((t) => t.toLowerCase().startsWith(lower))) return false;
  if (!people.length) return true;
  const known = people.map((p) => new Set(p.toLowerCase().split(/\s+/)));
  return known.some((k) => words.every((w) => k.has(w.toLowerCase())));
}

/** Who attended and which subjects the agenda and notes list, gathered as the lines go by. */
export interface Names {
  people: string[];
  topics: string[];
}

/**
 * Cuts the lines into sections; owner-group headings stay inside the resolution section they belong to.
 * `names` is filled on the way: attendance lists and the agenda's and notes' subjects come before the
 * decisions whose headings they tell apart.
 */
export function toSections(lines: Line[], names: Names = { people: [], topics: [] }): Section[] {
  const { people, topics } = names;
  const sections: Section[] = [{ kind: 'other', label: '', heading: null, lines: [] }];
  /** The section a marked line interrupted, to go back to once the line it announces is read. */
  let resume: Section | null = null;
  /** The heading cells of a table copied one cell to a line are being read: «شرح مصوبه» is a cell, no heading. */
  let flatCells = false;
  let proposal: { line: Line; rest: Txt; in: Section; at: number } | null = null;
  /** The one-line section of a marked task just read: the field lines right under it («Owner: …») are its. */
  let task: Section | null = null;
  for (const [i, line] of lines.entries()) {
    if (task && TASK_FIELD.test(line.body.c)) {
      task.lines.push(line);
      continue;
    }
    if (line.body.c) task = null;
    if (resume && line.body.c && sections[sections.length - 1]!.lines.length > 1) {
      sections.push({ ...resume, lines: [] });
      resume = null;
    }
    const current = sections[sections.length - 1]!;
    if (line.body.c) {
      const cell: boolean = flatCells && wordCount(line.body.c) <= 4 && !/^[\d(]/.test(line.body.c);
      flatCells = cell || FLAT_NUMBER_CELL.test(line.body.c.replace(/[*_:]/g, '').trim());
      if (cell) {
        current.lines.push(line);
        continue;
      }
    }
    // «PROPOSED: rename the draft», the votes («+1»), then «SO RESOLVED»: the proposal carried is the
    // resolution, and the outcome line heads nothing. A proposal no outcome follows decides nothing.
    const put = PROPOSED.exec(line.body.c);
    if (put) proposal = { line, rest: line.body.slice(put[0].length).trim(), in: current, at: current.lines.length };
    else if (proposal && line.no - proposal.line.no <= 12 && SO_RESOLVED.test(line.body.c)) {
      if (proposal.in.lines[proposal.at] === proposal.line) proposal.in.lines.splice(proposal.at, 1);
      const { line: at, rest } = proposal;
      sections.push({
        kind: 'decision',
        label: 'resolved',
        heading: at,
        lines: [{ ...at, body: rest, raw: rest }],
        marked: true,
      });
      sections.push({ ...current, lines: [] });
      proposal = null;
      continue;
    }
    if (UNDERLINE.test(line.body.c) && current.heading === lines[i - 1]) continue;
    const underlined = line.body.c && UNDERLINE.test(lines[i + 1]?.body.c ?? '') && wordCount(line.body.c) <= 8;
    const found = underlined ? { label: stripColon(line.body.c), rest: null } : headingOf(line);
    // «… Agreed to repair the bench. ACTION: Clerk», «Action: Clerk / Cllr Green» under an item: the mark names
    // who acts on what is written before it, and opens no item of its own.
    const heading = found?.marked && found.label === 'actions' && onlyNames(found.rest!).length ? null : found;
    if (!heading) {
      current.lines.push(line);
      if (current.kind === 'excluded' || current.kind === 'other') noteName(current, line, names);
      noteInlinePeople(line, names);
      continue;
    }
    const kind = kindOf(heading.label);
    const inResolutions = current.kind === 'decision' || current.kind === 'action';
    // Inside a resolutions list, «Website refresh:» (bulleted or a plain label) groups the items under it;
    // it ends no section. A Markdown heading («## Recording») does.
    const topic = /^(?:[-*•+]\s)/.test(line.body.c) || (/:\s*(?:\*\*)?$/.test(line.body.c) && !/^#/.test(line.body.c));
    if (kind === 'other' && inResolutions && (ownerLabel(heading.label, people, topics) || topic)) {
      current.lines.push(line);
      continue;
    }
    const next: Section = { kind, label: heading.label, heading: line, lines: [] };
    if (heading.marked) next.marked = true;
    // Before the mark, prose is read for what it decides; in a list of resolutions it is only the task's context.
    if (heading.before?.c && current.kind !== 'decision' && current.kind !== 'action')
      current.lines.push({ ...line, body: heading.before, raw: heading.before });
    if (heading.rest) next.lines.push({ ...line, body: heading.rest, raw: heading.rest });
    sections.push(next);
    // «ACTION: …» in running notes is one item; the notes go on after it (a line it announces with a colon
    // belongs to it: «Resolution: adopt the policy at:» and the address under it).
    if (heading.marked && (heading.after || !/:\s*$/.test(heading.rest!.c))) {
      if (!heading.after) task = next;
      const rest: Section = { ...current, lines: [] };
      if (heading.after) rest.lines.push({ ...line, body: heading.after, raw: heading.after });
      sections.push(rest);
    } else if (heading.marked) resume = current;
  }
  return sections;
}

/** «Owner: Priya», «Due: June 30» on the lines right under a marked task: who does it and by when. */
const TASK_FIELD =
  /^(?:[-*•+]\s+)?(?:\*\*)?(?:owners?|assigned(?:\s+to)?|assignee|responsible|action\s+by|due(?:\s+date)?|deadline|by\s+when)(?:\*\*)?\s*:\s*\S/i;

/** «PROPOSED: …», «Proposal: …» opening a line in a working group's notes: put to the group, not yet decided. */
const PROPOSED = /^(?:\*\*)?(?:PROPOSED|PROPOSAL|Proposed|Proposal)(?:\*\*)?\s*:\s*(?:\*\*)?(?=\S)/;
/** «SO RESOLVED», «Resolved.», «Agreed», «Carried» alone on a line: the outcome of what was put just before. */
const SO_RESOLVED = /^(?:\*\*)?(?:so\s+)?(?:resolved|agreed|carried|approved)(?:\s+unanimously)?(?:\*\*)?\s*[.!]?$/i;

/** «ردیف» alone on its line: the number column's heading of a table copied one cell to a line. */
const FLAT_NUMBER_CELL = /^(?:ردیف|شماره\s+(?:ردیف|مصوبه|بند)|row)$/i;

const PEOPLE_LABEL =
  /حاضرین|حاضران|شرکت\s*کنندگان|اعضای\s+حاضر|غایبین|غائبین|مدعوین|attendees|attendance|present|absent|regrets|participants/i;

/**
 * «Present: Amy Fox, Ben Ode (Chair) and Cara Lin», «**Attendees:** @kate, @sam»: who attended, named on one line.
 * Counts of people («3 members of the public») are not names.
 */
const INLINE_PEOPLE =
  /^(?:\*\*)?(?:present|attendees|attendance|in\s+attendance|members\s+present|directors\s+present|also\s+present|apologies(?:\s+for\s+absence)?|regrets|absent)(?:\*\*)?\s*:\s*(?:\*\*)?\s*(\S.*)$/i;

function noteInlinePeople(line: Line, names: Names): void {
  const m = INLINE_PEOPLE.exec(line.body.c);
  if (!m) return;
  for (const part of m[1]!.split(/\s*(?:[,;]|\band\b)\s*/)) {
    const name = part
      .replace(/\([^()]*\)?/g, '')
      .replace(/^(?:cllrs?|councillors?|mr|mrs|ms|dr|prof)\.?\s+/i, '')
      .trim();
    if (name && /^@?[A-Za-z]/.test(name) && !/\d/.test(name) && name.split(/\s+/).length <= 4) names.people.push(name);
  }
}

/** A bulleted line of an attendance list is a person; of the agenda or the notes, a subject. */
function noteName(section: Section, line: Line, names: Names): void {
  if (!/^(?:[-*•+]\s|#)/.test(line.body.c)) return;
  const text = line.body.c
    .replace(/^(?:[-*•+]\s*|#+\s*)(?:\[[ xX]?\]\s*)?/, '')
    .replace(/[~*_]/g, '')
    .trim();
  if (!text) return;
  if (PEOPLE_LABEL.test(section.label)) names.people.push(text);
  else names.topics.push(text);
}
