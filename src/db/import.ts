// Stores parsed minutes in one transaction: meeting, resolutions, owners (aliases merged) and assignments.
// A re-import applies the file — texts, deadlines and owners — and records each changed item's state before
// and after in the history; owners who already reported and rows the file no longer has are kept unless the
// secretary says otherwise. On any error nothing is written.
import { type ItemState, sameState } from '../core/item-state.js';
import type { Actor } from '../core/ports.js';
import { matchKey } from '../core/text.js';
import type { ParsedMinutes, ParsedResolution } from '../minutes/types.js';
import { providerOf } from './bulk-insert.js';
import type { Prisma, Tx } from './client.js';
import { type Audit, createItems, fieldsOf, importEvents, type NewItem } from './import-create.js';
import { type ImportPlan, type ItemPlan, type MeetingChoice, type PlannedOwner, planImport } from './import-plan.js';
import { eventRow, readItemState, writeItemState } from './item-state.js';

export { type ImportPlan, type MeetingChoice, type PlannedOwner, planImport } from './import-plan.js';

export interface ImportResult extends ImportPlan {
  meetingId: number;
  created: number;
  updated: number;
}

export interface ImportOptions {
  /** The answer when the file's meeting matches a stored one only in part (see `ImportPlan.question`). */
  meeting?: MeetingChoice;
  /** Cancel the stored rows this file no longer has, instead of keeping them. */
  removeMissing?: boolean;
  /** Where the import was made, for the history: the desk's address; `<platform>:import` when not said. */
  via?: string;
}

/** The file may be a re-import of a stored meeting, but number and date do not both agree: ask first. */
export class MeetingQuestionError extends Error {
  override name = 'MeetingQuestionError';
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
  return prisma.$transaction(
    async (tx) => {
      const plan = await planImport(tx, councilId, parsed, source.text, opts.meeting);
      if (plan.question)
        throw new MeetingQuestionError(
          `meeting ${plan.question.meeting.number ?? '(no number)'} of ${plan.question.meeting.gregorianDate ?? 'unknown date'} is stored: say whether this file updates it or is a new meeting`,
        );
      const meetingId = await writeMeeting(tx, councilId, parsed, source, plan);
      const ownerIds = await resolveOwners(tx, councilId, plan.owners);
      const audit = { actor, chatAddress: opts.via ?? `${actor.platform}:import` };
      const fresh = new Map<number, NewItem>();
      let updated = 0;
      for (const [i, r] of parsed.resolutions.entries()) {
        const item = plan.items[i]!;
        const ids = r.owners.map((name) => ownerIds.get(matchKey(name))!);
        if (item.resolutionId === null) {
          // A row written twice: the later one's text wins, owners of both, the first one's number.
          const earlier = fresh.get(item.row);
          fresh.set(item.row, {
            row: item.row,
            publicNumber: earlier?.publicNumber ?? item.publicNumber,
            fields: fieldsOf(r),
            ownerIds: [...new Set([...(earlier?.ownerIds ?? []), ...ids])],
          });
          continue;
        }
        await applyFile(tx, item, item.resolutionId, r, [...new Set(ids)], audit, source.name);
        updated++;
      }
      await createItems(tx, provider, { councilId, id: meetingId }, [...fresh.values()], audit, source.name);
      const created = fresh.size;
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
      return { ...plan, meetingId, created, updated };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
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

/** A stored item takes the file's text, deadline and owners; owners who reported stay (the plan's `kept`). */
async function applyFile(
  tx: Tx,
  item: ItemPlan,
  resolutionId: number,
  r: ParsedResolution,
  ownerIds: number[],
  audit: Audit,
  sourceName: string | undefined,
): Promise<void> {
  const before = await readItemState(tx, resolutionId);
  const has = new Set(before.owners.map((o) => o.ownerId));
  const fresh = ownerIds.filter((id) => !has.has(id));
  const after: ItemState = {
    text: r.text,
    deadlineText: r.deadline,
    dueDate: r.dueDate,
    dueAtNextMeeting: r.dueAtNextMeeting ?? false,
    owners: [
      ...before.owners.filter((o) => !item.removedIds.includes(o.ownerId)),
      ...fresh.map((ownerId) => ({ ownerId, status: 'open' as const })),
    ],
  };
  await record(tx, resolutionId, before, after, audit);
  if (r.kind) await tx.resolution.update({ where: { id: resolutionId }, data: { kind: r.kind } });
  await importEvents(tx, resolutionId, fresh, audit, sourceName);
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
