// The minutes preview, the same in chat and on the command line: the meeting (or the question which stored
// meeting it is), every row with its public number and what changes, fields the parser doubts, and rows the
// file no longer has. Items are named by the numbers the preview shows.
import { formatJalali } from '../core/calendar.js';
import { MESSAGES } from '../core/i18n.js';
import { matchKey } from '../core/text.js';
import type { Block, Language } from '../core/types.js';
import type { ImportPlan, ItemPlan } from '../db/import-plan.js';
import type { ParsedMinutes, ParsedResolution } from './types.js';

function dateOf(gregorian: string | null, lang: Language): string {
  return gregorian ? formatJalali(gregorian, lang) : MESSAGES[lang].imp.noDate;
}

function meetingLines(parsed: ParsedMinutes, plan: ImportPlan | null, lang: Language): string[] {
  const t = MESSAGES[lang];
  const m = parsed.meeting;
  const mark = (field: 'number' | 'date' | 'chair' | 'secretary') => (m.doubts?.includes(field) ? t.imp.doubt : '');
  const date = `${dateOf(m.gregorianDate, lang)}${mark('date')}`;
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

/** What a re-import changes in one row, in words (the desk's import table shows the same). */
export function changesOf(item: ItemPlan | undefined, lang: Language): string[] {
  const t = MESSAGES[lang];
  if (!item) return [];
  if (item.isNew) return [t.imp.isNew];
  const out: string[] = [];
  if (item.textChanged) out.push(t.imp.textChanged);
  if (item.deadlineChanged) out.push(t.imp.deadlineChanged);
  if (item.added.length) out.push(t.imp.added(item.added.join(t.listSep)));
  if (item.removed.length) out.push(t.imp.removed(item.removed.join(t.listSep)));
  for (const k of item.kept) out.push(t.imp.kept(k.name, t.status[k.status]));
  return out.length ? out : [t.imp.unchanged];
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
    ...changesOf(item, lang),
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
  for (const [i, r] of parsed.resolutions.entries()) blocks.push(itemBlock(r, plan?.items[i], lang, known));
  const text = (s: string) => blocks.push({ type: 'text', text: s });
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
  const doubted = parsed.meeting.doubts?.length || parsed.resolutions.some((r) => r.doubts?.length);
  if (doubted) text(t.imp.doubtNote);
  return blocks;
}
