// The minutes preview, the same in chat and on the command line: the meeting (or the question which stored
// meeting it is), every row with its public number and what changes, fields the parser doubts, and rows the
// file no longer has. Items are named by the numbers the preview shows.
import { formatJalali } from '../core/calendar.js';
import { MESSAGES } from '../core/i18n.js';
import type { Deadline } from '../core/reimport.js';
import { matchKey } from '../core/text.js';
import type { Block, Language } from '../core/types.js';
import { toCanon } from './normalize.js';
import type { Conflict, ImportPlan, ItemPlan } from './plan.js';
import type { ParsedMinutes, ParsedResolution } from './types.js';

function dateOf(gregorian: string | null, lang: Language): string {
  return gregorian ? formatJalali(gregorian, lang) : MESSAGES[lang].imp.noDate;
}

function meetingLines(parsed: ParsedMinutes, plan: ImportPlan | null, lang: Language): string[] {
  const t = MESSAGES[lang];
  const m = parsed.meeting;
  const mark = (field: 'number' | 'date' | 'chair' | 'secretary') => (m.doubts?.includes(field) ? t.imp.doubt : '');
  const read = dateOf(m.gregorianDate, lang);
  // «8/3/86» beside ۱۳۸۶/۰۳/۰۸: a two-digit year, a day and month either way round, or a day with no year are
  // checked against the minutes' own words; a date written just as it is shown is not repeated.
  const written =
    m.date_as_written && toCanon(m.date_as_written) !== toCanon(read) ? t.imp.asWritten(m.date_as_written) : '';
  const date = `${read}${written}${mark('date')}`;
  const time = m.startTime ? ` · ${t.num(m.startTime)}–${t.num(m.endTime ?? t.imp.unknown)}` : '';
  const lines = [
    `${m.number ? t.importMeeting(`${t.num(m.number)}${mark('number')}`, date) : `${t.imp.noNumber} · ${date}`}${time} · ${t.importCount(parsed.resolutions.length)}`,
  ];
  if (m.chair || m.secretary)
    lines.push(
      t.imp.people(
        `${m.chair ?? t.imp.unknown}${mark('chair')}`,
        `${m.secretary ?? t.imp.unknown}${mark('secretary')}`,
      ),
    );
  const q = plan?.question;
  if (q) {
    const stored = t.imp.storedMeeting(q.meeting.number, dateOf(q.meeting.gregorianDate, lang));
    if (q.reason === 'no-number') lines.push(t.imp.askNoNumber(stored));
    else if (q.reason === 'date-differs')
      lines.push(t.imp.askDateDiffers(q.meeting.number ?? '', dateOf(q.meeting.gregorianDate, lang), date));
    else lines.push(t.imp.askDateUnknown(q.meeting.number ?? '', dateOf(q.meeting.gregorianDate, lang)));
  } else if (plan?.isUpdate) lines.push(t.importUpdate);
  return lines;
}

/** A deadline as the preview says it: a Jalali date, the next meeting, its words, or none. */
export function deadlineWords(d: Deadline, lang: Language): string {
  const t = MESSAGES[lang];
  if (d.dueAtNextMeeting) return t.imp.nextMeeting;
  if (d.dueDate) return formatJalali(d.dueDate, lang);
  return d.deadlineText ?? t.imp.noDeadline;
}

/** One side of a conflict in words. */
export function conflictValue(c: Conflict, side: 'stored' | 'file', lang: Language): string {
  return c.field === 'text' ? c[side] : deadlineWords(c[side], lang);
}

/** A conflict in words: both values, and what the secretary chose or that the choice is still open. */
function conflictWords(c: Conflict, lang: Language): string {
  const t = MESSAGES[lang];
  const said = t.imp.conflict(t.imp.field[c.field], conflictValue(c, 'stored', lang), conflictValue(c, 'file', lang));
  return `${said}${c.choice ? t.imp.chosen(c.choice === 'stored') : t.imp.undecided}`;
}

/**
 * What a re-import does to one row, in words: every change from the old value to the new, corrections kept,
 * and — when `conflicts` are given — each conflict with the secretary's choice or that it is still open (the
 * desk's import table, which asks with a form, leaves them out).
 */
export function changesOf(item: ItemPlan | undefined, lang: Language, conflicts?: Conflict[]): string[] {
  const t = MESSAGES[lang];
  if (!item) return [];
  if (item.isNew) return [t.imp.isNew];
  const out: string[] = [];
  const names = (list: string[]) => (list.length ? list.join(t.listSep) : t.imp.noOwner);
  const due = (d: Deadline) => deadlineWords(d, lang);
  if (item.movedFrom !== null) out.push(t.imp.moved(item.movedFrom, item.row));
  const { text, deadline, wording } = item;
  if (text?.outcome === 'apply') out.push(t.imp.textApply(text.from, text.to));
  if (text?.outcome === 'kept') out.push(t.imp.textKept(text.stored, text.file));
  if (deadline?.outcome === 'apply') out.push(t.imp.deadlineApply(due(deadline.from), due(deadline.to)));
  if (deadline?.outcome === 'kept') out.push(t.imp.deadlineKept(due(deadline.stored), due(deadline.file)));
  for (const c of conflicts ?? []) if (c.key.startsWith(`${item.resolutionId}:`)) out.push(conflictWords(c, lang));
  if (wording) out.push(t.imp.wordingApply(wording.from ?? t.imp.noDeadline, wording.to ?? t.imp.noDeadline));
  if (item.ownersChange) out.push(t.imp.ownersApply(names(item.ownersChange.from), names(item.ownersChange.to)));
  if (item.ownersKept) out.push(t.imp.ownersKept(names(item.ownersKept.stored), names(item.ownersKept.file)));
  for (const k of item.kept) out.push(t.imp.kept(k.name, t.status[k.status]));
  const asked = text?.outcome === 'conflict' || deadline?.outcome === 'conflict';
  return out.length || asked ? out : [t.imp.unchanged];
}

/**
 * Whether the council's register knows an owner: the plan's answer (the database now) when there is one,
 * else the parse's own marks; undefined for a bare parse.
 */
export function knownOwner(parsed: ParsedMinutes, plan: ImportPlan | null): (name: string) => boolean | undefined {
  if (plan) {
    const known = new Map(plan.owners.map((o) => [matchKey(o.written), o.existingId !== null]));
    return (name) => known.get(matchKey(name));
  }
  const marks = new Map(parsed.owners?.map((o) => [o.name, o.known]));
  return (name) => marks.get(name);
}

/** Owners' names, each marked «شناخته» or «تازه» when it is known which. */
export function markedOwners(names: string[], known: (name: string) => boolean | undefined, lang: Language): string {
  const t = MESSAGES[lang];
  return names
    .map((n) => {
      const k = known(n);
      return k === undefined ? n : t.memory.marked(n, k ? t.memory.known : t.memory.fresh);
    })
    .join(t.listSep);
}

function itemBlock(
  r: ParsedResolution,
  item: ItemPlan | undefined,
  plan: ImportPlan | null,
  lang: Language,
  known: (name: string) => boolean | undefined,
): Block {
  const t = MESSAGES[lang];
  const mark = (field: 'number' | 'text' | 'owners' | 'deadline') => (r.doubts?.includes(field) ? t.imp.doubt : '');
  const due = r.dueDate ? t.dueOn(formatJalali(r.dueDate, lang)) : r.dueAtNextMeeting ? t.dueNextMeeting : r.deadline;
  const meta = [
    item && item.row !== item.publicNumber ? `${t.imp.row(r.number)}${mark('number')}` : mark('number').trim(),
    `${r.owners.length ? t.owners(markedOwners(r.owners, known, lang)) : t.noOwner}${mark('owners')}`,
    due ? `${due}${mark('deadline')}` : mark('deadline').trim(),
    ...changesOf(item, lang, plan?.conflicts),
  ];
  return {
    type: 'item',
    number: item?.publicNumber ?? r.number,
    text: `${r.text}${mark('text')}`,
    meta: meta.filter(Boolean).join(' · '),
  };
}

export function previewBlocks(parsed: ParsedMinutes, plan: ImportPlan | null, lang: Language): Block[] {
  const t = MESSAGES[lang];
  const blocks: Block[] = [{ type: 'heading', text: t.importTitle }];
  for (const text of meetingLines(parsed, plan, lang)) blocks.push({ type: 'text', text });
  const known = knownOwner(parsed, plan);
  for (const [i, r] of parsed.resolutions.entries()) blocks.push(itemBlock(r, plan?.items[i], plan, lang, known));
  const text = (s: string) => blocks.push({ type: 'text', text: s });
  if (plan?.conflicts.length) text(t.imp.conflictsNote(plan.conflicts.length));
  for (const m of plan?.missing ?? []) text(t.imp.missing(m.publicNumber, m.row));
  if (plan) {
    const fresh = plan.owners.filter((o) => o.how === 'new').map((o) => o.written);
    const merged = plan.owners.filter((o) => o.how === 'alias').map((o) => `${o.written} = ${o.existing}`);
    if (fresh.length) text(t.importNewOwners(fresh.join(t.listSep)));
    if (merged.length) text(t.importAliases(merged.join(t.listSep)));
  }
  const unowned = parsed.resolutions.flatMap((r, i) =>
    r.owners.length === 0 ? [plan?.items[i]?.publicNumber ?? r.number] : [],
  );
  if (unowned.length) text(t.memory.noOwner(unowned));
  // Owners no chat is bound to, each once (two spellings of one owner name it once).
  const unreached = [...new Set(plan?.owners.filter((o) => o.unreached).map((o) => o.existing ?? o.written))];
  if (unreached.length) text(t.invite.unreachedOwners(unreached.join(t.listSep)));
  if (parsed.followUps?.length) {
    text(t.imp.followUps(parsed.followUps.length));
    for (const f of parsed.followUps) text(`• ${f}`);
  }
  const doubted = parsed.meeting.doubts?.length || parsed.resolutions.some((r) => r.doubts?.length);
  if (doubted) text(t.imp.doubtNote);
  return blocks;
}
