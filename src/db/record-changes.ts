// The desk's corrections to meetings: a new meeting, and its number, date, chair and secretary corrected.
// Each change is one transaction with its append-only RecordChange rows naming the desk user.
import { randomUUID } from 'node:crypto';
import { toJalali } from '../core/calendar.js';
import type { Actor } from '../core/ports.js';
import type { Prisma, Tx } from './client.js';
import { writeTransaction } from './write-transaction.js';

export interface MeetingFields {
  number: string | null;
  /** Gregorian `YYYY-MM-DD`; stored beside its Jalali form, the council's calendar. */
  gregorianDate: string | null;
  chair: string | null;
  secretary: string | null;
}

export interface RecordChangeEntry {
  field: string;
  fromValue: string | null;
  toValue: string | null;
  actorName: string | null;
  actorId: string;
  chatAddress: string;
  createdAt: Date;
}

const FIELDS = ['number', 'gregorianDate', 'chair', 'secretary'] as const;
const pad = (n: number) => String(n).padStart(2, '0');

function dateColumns(g: string | null) {
  if (!g) return { date: null, calendar: null, gregorianDate: null };
  const j = toJalali(g);
  return { date: `${j.jy}-${pad(j.jm)}-${pad(j.jd)}`, calendar: 'jalali', gregorianDate: g };
}

export class MeetingEditor {
  constructor(
    private readonly prisma: Prisma,
    private readonly councilId: number,
  ) {}

  private record(
    tx: Tx,
    subjectId: number,
    field: string,
    from: string | null,
    to: string | null,
    actor: Actor,
    via: string,
  ) {
    return tx.recordChange.create({
      data: {
        councilId: this.councilId,
        subject: 'meeting',
        subjectId,
        field: field === 'gregorianDate' ? 'date' : field,
        fromValue: from,
        toValue: to,
        actorPlatform: actor.platform,
        actorId: actor.userId,
        actorName: actor.name,
        chatAddress: via,
      },
    });
  }

  /** A meeting the minutes have not brought (yet): resolutions can be added to it by hand. */
  async create(fields: MeetingFields, actor: Actor, via: string): Promise<number> {
    return writeTransaction(this.prisma, async (tx) => {
      const taken = async (key: string) =>
        (await tx.meeting.findUnique({ where: { councilId_key: { councilId: this.councilId, key } } })) !== null;
      // The key only has to be unique; an import later matches the meeting on its number and date.
      const plain = fields.number ? `n:${fields.number}` : null;
      const key = plain && !(await taken(plain)) ? plain : `desk:${randomUUID()}`;
      const m = await tx.meeting.create({
        data: {
          councilId: this.councilId,
          key,
          // No minutes yet: an import of this meeting's minutes later fills it in.
          sourceText: '',
          number: fields.number,
          chair: fields.chair,
          secretary: fields.secretary,
          ...dateColumns(fields.gregorianDate),
        },
      });
      await this.record(tx, m.id, 'created', null, fields.number, actor, via);
      return m.id;
    });
  }

  /** Changes the fields that differ; returns how many did. */
  async correct(meetingId: number, fields: MeetingFields, actor: Actor, via: string): Promise<number> {
    return writeTransaction(this.prisma, async (tx) => {
      const m = await tx.meeting.findFirstOrThrow({ where: { id: meetingId, councilId: this.councilId } });
      const changed = FIELDS.filter((f) => (m[f] ?? null) !== fields[f]);
      if (changed.length === 0) return 0;
      await tx.meeting.update({
        where: { id: m.id },
        data: {
          number: fields.number,
          chair: fields.chair,
          secretary: fields.secretary,
          ...(changed.includes('gregorianDate') ? dateColumns(fields.gregorianDate) : {}),
        },
      });
      for (const f of changed) await this.record(tx, m.id, f, m[f] ?? null, fields[f], actor, via);
      return changed.length;
    });
  }

  async changes(meetingId: number): Promise<RecordChangeEntry[]> {
    return this.prisma.recordChange.findMany({
      where: { councilId: this.councilId, subject: 'meeting', subjectId: meetingId },
      orderBy: { id: 'asc' },
    });
  }
}
