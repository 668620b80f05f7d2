// Stores parsed minutes in one transaction: meeting, resolutions, owners (aliases merged) and assignments,
// and what the import read (the base of the next re-import). A re-import applies only what changed in the
// file since the meeting's last import — texts, deadlines and owners — keeps what was corrected since, takes
// the secretary's choice where both changed one field, and records each changed item's state before and after
// in the history; owners who already reported and rows the file no longer has are kept unless the secretary
// says otherwise. A row the file moved to another number takes it (each import's rows are kept with it). On
// any error nothing is written.
import { type ItemState, sameState } from '../core/item-state.js';
import type { Actor } from '../core/ports.js';
import { decided, type Side } from '../core/reimport.js';
import { matchKey } from '../core/text.js';
import type { ImportOptions } from '../minutes/plan.js';
import type { ParsedMinutes, ParsedResolution } from '../minutes/types.js';
import { providerOf } from './bulk-insert.js';
import type { Prisma, Tx } from './client.js';
import { keepRead, type ReadRow } from './import-base.js';
import { type Audit, createItems, fieldsOf, importEvents, type NewItem } from './import-create.js';
import { type Conflict, fileItems, type ItemPlan } from './import-items.js';
import { type ImportPlan, type PlannedOwner, planImport } from './import-plan.js';
import { eventRow, readItemState, writeItemState } from './item-state.js';
import { writeTransaction } from './write-transaction.js';

export type { ImportOptions } from '../minutes/plan.js';
export {
  type Conflict,
  type Decisions,
  type ImportPlan,
  type MeetingChoice,
  type PlannedOwner,
  planImport,
} from './import-plan.js';

export interface ImportResult extends ImportPlan {
  meetingId: number;
  created: number;
  updated: number;
}

/** The file may be a re-import of a stored meeting, but number and date do not both agree: ask first. */
export class MeetingQuestionError extends Error {
  override name = 'MeetingQuestionError';
}

/** Fields both the file and a correction changed, with no answer which to keep: nothing was stored. */
export class UndecidedConflictsError extends Error {
  override name = 'UndecidedConflictsError';
  constructor(readonly conflicts: Conflict[]) {
    super(`${conflicts.length} conflict(s) between the file and corrections need a decision`);
  }
}

/** Imports in one transaction; on any error nothing is written. */
export async function importMinutes(
  prisma: Prisma,
  councilId: number,
  parsed: ParsedMinutes,
  source: { text: string; name?: string },
  actor: Actor,
  opts: ImportOptions = {},
): Promise<ImportResult> {
  const provider = providerOf(prisma);
  return writeTransaction(
    prisma,
    async (tx) => {
      const plan = await planImport(tx, councilId, parsed, source.text, opts.meeting, opts.decisions);
      if (plan.question)
        throw new MeetingQuestionError(
          `meeting ${plan.question.meeting.number ?? '(no number)'} of ${plan.question.meeting.gregorianDate ?? 'unknown date'} is stored: say whether this file updates it or is a new meeting`,
        );
      const open = plan.conflicts.filter((c) => c.choice === null);
      if (open.length > 0) throw new UndecidedConflictsError(open);
      const meetingId = await writeMeeting(tx, councilId, parsed, source, plan);
      const ownerIds = await resolveOwners(tx, councilId, plan.owners);
      const audit = { actor, chatAddress: opts.via ?? `${actor.platform}:import` };
      const choices = new Map(plan.conflicts.map((c) => [c.key, c.choice ?? undefined]));
      const file = fileItems(parsed).map((f) => ({ r: f.resolution, item: plan.items[f.indexes[0]!]! }));
      await placeRows(tx, plan, file);
      const fresh: NewItem[] = [];
      for (const { r, item } of file) {
        const ids = [...new Set(r.owners.map((name) => ownerIds.get(matchKey(name))!))];
        if (item.resolutionId === null)
          fresh.push({ row: item.row, publicNumber: item.publicNumber, fields: fieldsOf(r), ownerIds: ids });
        else await applyFile(tx, item, item.resolutionId, r, ownerIds, choices, audit, source.name);
      }
      const idOf = await createItems(tx, provider, { councilId, id: meetingId }, fresh, audit, source.name);
      if (opts.removeMissing) {
        for (const m of plan.missing) {
          const before = await readItemState(tx, m.resolutionId);
          const owners = before.owners.map((o) => ({
            ...o,
            status: o.status === 'done' ? o.status : ('cancelled' as const),
          }));
          await record(tx, m.resolutionId, before, { ...before, owners }, audit);
        }
      }
      const read: ReadRow[] = file.map(({ r, item }) => ({
        row: item.row,
        resolutionId: item.resolutionId ?? idOf.get(item.row)!,
        text: r.text,
        deadlineText: r.deadline,
        dueDate: r.dueDate,
        dueAtNextMeeting: r.dueAtNextMeeting ?? false,
        owners: r.owners,
      }));
      await keepRead(tx, meetingId, read, audit, source.name);
      return { ...plan, meetingId, created: fresh.length, updated: file.length - fresh.length };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}

/**
 * Items take the rows the file gives them, and a row the file no longer has moves off a number the file now
 * uses. Through numbers no row has (each item's negated id) first, so no two items hold one row on the way.
 */
async function placeRows(tx: Tx, plan: ImportPlan, file: { item: ItemPlan }[]): Promise<void> {
  const moves = [
    ...file.flatMap(({ item }) => (item.movedFrom !== null ? [{ id: item.resolutionId!, row: item.row }] : [])),
    ...plan.missing.flatMap((m) => (m.newRow !== null ? [{ id: m.resolutionId, row: m.newRow }] : [])),
  ];
  for (const m of moves) await tx.resolution.update({ where: { id: m.id }, data: { row: -m.id } });
  for (const m of moves) await tx.resolution.update({ where: { id: m.id }, data: { row: m.row } });
}

async function writeMeeting(
  tx: Tx,
  councilId: number,
  parsed: ParsedMinutes,
  source: { text: string; name?: string },
  plan: ImportPlan,
): Promise<number> {
  const m = parsed.meeting;
  const fields = {
    number: m.number,
    date: m.date,
    calendar: m.calendar,
    gregorianDate: m.gregorianDate,
    startTime: m.startTime,
    endTime: m.endTime,
    chair: m.chair,
    secretary: m.secretary,
    attendees: m.attendees ? JSON.stringify(m.attendees) : null,
    sourceName: source.name ?? null,
    sourceText: source.text,
  };
  const meeting = plan.meetingId
    ? await tx.meeting.update({ where: { id: plan.meetingId }, data: fields })
    : await tx.meeting.create({ data: { councilId, key: plan.meetingKey, ...fields } });
  await tx.council.update({
    where: { id: councilId },
    data: {
      ...(m.chair ? { chairName: m.chair } : {}),
      ...(m.secretary ? { secretaryName: m.secretary } : {}),
      ...(m.nextMeeting ? { nextMeetingAt: new Date(m.nextMeeting) } : {}),
    },
  });
  return meeting.id;
}

/**
 * A stored item takes what the file changed since the last import: its text and deadline unless corrected
 * since (a conflict takes the secretary's choice), the owners it added, and its removals of owners who have
 * not reported. Corrections the file did not touch stay as they are.
 */
async function applyFile(
  tx: Tx,
  item: ItemPlan,
  resolutionId: number,
  r: ParsedResolution,
  ownerIds: Map<string, number>,
  choices: Map<string, Side | undefined>,
  audit: Audit,
  sourceName: string | undefined,
): Promise<void> {
  const before = await readItemState(tx, resolutionId);
  const side = (field: string) => choices.get(`${resolutionId}:${field}`);
  const deadline = decided(item.deadline, before, side('deadline'));
  const add = new Set(item.added.map((name) => ownerIds.get(matchKey(name))!));
  const has = new Set(before.owners.map((o) => o.ownerId));
  const after: ItemState = {
    text: decided(item.text, before.text, side('text')),
    deadlineText: item.wording ? item.wording.to : deadline.deadlineText,
    dueDate: deadline.dueDate,
    dueAtNextMeeting: deadline.dueAtNextMeeting,
    owners: [
      ...before.owners
        .filter((o) => !item.removedIds.includes(o.ownerId))
        .map((o) => (add.has(o.ownerId) ? { ...o, status: 'open' as const } : o)),
      ...[...add].filter((id) => !has.has(id)).map((ownerId) => ({ ownerId, status: 'open' as const })),
    ],
  };
  await record(tx, resolutionId, before, after, audit);
  if (r.kind) await tx.resolution.update({ where: { id: resolutionId }, data: { kind: r.kind } });
  await importEvents(tx, resolutionId, [...add], audit, sourceName);
}

/** Writes a changed item and its history event; an unchanged one writes nothing. */
async function record(tx: Tx, resolutionId: number, before: ItemState, after: ItemState, audit: Audit) {
  if (sameState(before, after)) return;
  await writeItemState(tx, resolutionId, before, after, new Date());
  await tx.resolutionEvent.create({ data: eventRow({ resolutionId, type: 'import', before, after, ...audit }) });
}

/** Creates new owners and records every spelling as an alias; returns name key → owner id. */
async function resolveOwners(tx: Tx, councilId: number, planned: PlannedOwner[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const p of planned) {
    const ownerId = p.existing
      ? (await tx.owner.findUniqueOrThrow({ where: { councilId_name: { councilId, name: p.existing } } })).id
      : (await tx.owner.create({ data: { councilId, name: p.written } })).id;
    const key = matchKey(p.written);
    await tx.ownerAlias.upsert({
      where: { councilId_key: { councilId, key } },
      create: { councilId, ownerId, key, alias: p.written },
      update: {},
    });
    ids.set(key, ownerId);
  }
  return ids;
}
