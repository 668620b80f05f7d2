// Stores parsed minutes: meeting, resolutions, owners (aliases merged) and assignments, all in one
// transaction. Re-importing the same meeting updates it and never duplicates; nothing is deleted.
import { createHash } from 'node:crypto';
import { matchOwner, type NamedOwner } from '../core/owners.js';
import type { Actor } from '../core/ports.js';
import { matchKey } from '../core/text.js';
import type { ParsedMinutes } from '../minutes/types.js';
import type { Prisma } from './client.js';

export interface PlannedOwner {
  written: string;
  /** The known owner it joins, or null when a new owner will be created. */
  existing: string | null;
  how: 'exact' | 'alias' | 'new';
}

export interface ImportPlan {
  meetingKey: string;
  /** An earlier import of the same meeting will be updated. */
  isUpdate: boolean;
  owners: PlannedOwner[];
  /** Items with their public numbers (existing or to be given). */
  items: { row: number; publicNumber: number; isNew: boolean; owners: string[] }[];
  warnings: string[];
}

export interface ImportResult extends ImportPlan {
  meetingId: number;
  created: number;
  updated: number;
}

export function meetingKey(parsed: ParsedMinutes, sourceText: string): string {
  if (parsed.meeting.number) return `n:${parsed.meeting.number}`;
  if (parsed.meeting.gregorianDate) return `d:${parsed.meeting.gregorianDate}`;
  return `h:${createHash('sha256').update(sourceText).digest('hex').slice(0, 16)}`;
}

type Tx = Parameters<Parameters<Prisma['$transaction']>[0]>[0];
type Db = Prisma | Tx;

async function knownOwners(db: Db, councilId: number): Promise<NamedOwner[]> {
  const rows = await db.owner.findMany({ where: { councilId }, include: { aliases: true }, orderBy: { id: 'asc' } });
  return rows.map((o) => ({ id: o.id, name: o.name, aliases: o.aliases.map((a) => a.alias) }));
}

/** The parser's note on an item without owner, e.g. «Resolution 4 names no owner.» */
const PARSER_NO_OWNER = /^Resolution \d+ names no owner\.$/;

/** Works out what an import would do, without writing anything. */
export async function planImport(
  db: Db,
  councilId: number,
  parsed: ParsedMinutes,
  sourceText: string,
): Promise<ImportPlan> {
  const key = meetingKey(parsed, sourceText);
  const meeting = await db.meeting.findUnique({
    where: { councilId_key: { councilId, key } },
    include: { resolutions: { select: { row: true, publicNumber: true } } },
  });
  const known = await knownOwners(db, councilId);
  const owners: PlannedOwner[] = [];
  const seen = new Map<string, PlannedOwner>();
  for (const r of parsed.resolutions) {
    for (const name of r.owners) {
      const k = matchKey(name);
      if (seen.has(k)) continue;
      const m = matchOwner(name, known);
      let planned: PlannedOwner;
      if (m.kind === 'exact') planned = { written: name, existing: m.owner.name, how: 'exact' };
      else if (m.kind === 'similar') planned = { written: name, existing: m.owner.name, how: 'alias' };
      else {
        planned = { written: name, existing: null, how: 'new' };
        // Later names in the same file may be aliases of this new owner.
        known.push({ id: -known.length - 1, name, aliases: [] });
      }
      seen.set(k, planned);
      owners.push(planned);
    }
  }
  const byRow = new Map(meeting?.resolutions.map((r) => [r.row, r.publicNumber]) ?? []);
  const max = await db.resolution.aggregate({ where: { councilId }, _max: { publicNumber: true } });
  let next = (max._max.publicNumber ?? 0) + 1;
  // The parser notes a missing owner too; the plan's wording (what to do about it) replaces it.
  const warnings = parsed.warnings.filter((w) => !PARSER_NO_OWNER.test(w));
  const rows = new Set<number>();
  const items = parsed.resolutions.map((r) => {
    if (rows.has(r.number)) warnings.push(`row ${r.number} appears twice; the later one wins`);
    rows.add(r.number);
    if (r.owners.length === 0) warnings.push(`item ${r.number} names no owner: link it to one after import`);
    const existing = byRow.get(r.number);
    return { row: r.number, publicNumber: existing ?? next++, isNew: existing === undefined, owners: r.owners };
  });
  if (meeting) {
    for (const [row] of byRow) {
      if (!rows.has(row)) warnings.push(`row ${row} of the earlier import is not in this file; it is kept`);
    }
  }
  return { meetingKey: key, isUpdate: !!meeting, owners, items, warnings };
}

/** Imports in one transaction; on any error nothing is written. */
export async function importMinutes(
  prisma: Prisma,
  councilId: number,
  parsed: ParsedMinutes,
  source: { text: string; name?: string },
  actor: Actor,
): Promise<ImportResult> {
  return prisma.$transaction(
    async (tx) => {
      const plan = await planImport(tx, councilId, parsed, source.text);
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
      const meeting = await tx.meeting.upsert({
        where: { councilId_key: { councilId, key: plan.meetingKey } },
        create: { councilId, key: plan.meetingKey, ...fields },
        update: fields,
      });
      await tx.council.update({
        where: { id: councilId },
        data: {
          ...(m.chair ? { chairName: m.chair } : {}),
          ...(m.secretary ? { secretaryName: m.secretary } : {}),
          ...(m.nextMeeting ? { nextMeetingAt: new Date(m.nextMeeting) } : {}),
        },
      });
      const ownerIds = await resolveOwners(tx, councilId, plan.owners);
      let created = 0;
      let updated = 0;
      for (const [i, r] of parsed.resolutions.entries()) {
        const item = plan.items[i]!;
        const data = {
          text: r.text,
          kind: r.kind ?? null,
          deadlineText: r.deadline,
          dueDate: r.dueDate,
          dueAtNextMeeting: r.dueAtNextMeeting ?? false,
        };
        const res = await tx.resolution.upsert({
          where: { meetingId_row: { meetingId: meeting.id, row: item.row } },
          create: { councilId, meetingId: meeting.id, row: item.row, publicNumber: item.publicNumber, ...data },
          update: data,
        });
        if (item.isNew) created++;
        else updated++;
        for (const name of r.owners) {
          const ownerId = ownerIds.get(matchKey(name))!;
          const existing = await tx.assignment.findUnique({
            where: { resolutionId_ownerId: { resolutionId: res.id, ownerId } },
          });
          if (existing) continue;
          const a = await tx.assignment.create({ data: { resolutionId: res.id, ownerId } });
          await tx.statusEvent.create({
            data: {
              assignmentId: a.id,
              type: 'import',
              toStatus: 'open',
              actorPlatform: actor.platform,
              actorId: actor.userId,
              actorName: actor.name,
              chatAddress: `${actor.platform}:import`,
              note: source.name ?? null,
            },
          });
        }
      }
      return { ...plan, meetingId: meeting.id, created, updated };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}

/** Creates new owners and records every spelling as an alias; returns name key → owner id. */
async function resolveOwners(tx: Tx, councilId: number, planned: PlannedOwner[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const p of planned) {
    let ownerId: number;
    if (p.existing) {
      const owner = await tx.owner.findUniqueOrThrow({ where: { councilId_name: { councilId, name: p.existing } } });
      ownerId = owner.id;
    } else {
      const owner = await tx.owner.create({ data: { councilId, name: p.written } });
      ownerId = owner.id;
    }
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
