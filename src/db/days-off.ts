// The secretariat's corrections to the days off, from the desk's days-off page: a date made a day off with its
// name or a day off made a work day, and a year's days off marked official. Each change is one transaction with
// its append-only RecordChange row (subject calendar, the Jalali year) naming the desk user. The work calendar
// takes the stored corrections before every use (current()), so every instance counts work days alike.
import { toJalali } from '../core/calendar.js';
import type { Actor } from '../core/ports.js';
import { dayCorrection } from '../core/schedule/days-off.js';
import type { DayCorrection } from '../core/schedule/holiday-rules.js';
import type { WorkCalendar } from '../core/schedule/workdays.js';
import type { Prisma, Tx } from './client.js';
import type { RecordChangeEntry } from './record-changes.js';
import type { SqlConnection } from './sql/connection.js';
import { readCorrections } from './sql/days-off.js';

/** How a date's state is recorded in the history: `{"date":"2027-04-03","off":true,"name":"…"}`. */
export interface DayState {
  date: string;
  off: boolean;
  name?: string;
}

export class DaysOffEditor {
  constructor(
    private readonly prisma: Prisma,
    private readonly sql: SqlConnection,
    private readonly councilId: number,
    private readonly calendar: WorkCalendar,
  ) {}

  /** The work calendar with the corrections as stored now (by this instance or another). */
  async current(): Promise<WorkCalendar> {
    this.calendar.correct(await readCorrections(this.sql, this.councilId));
    return this.calendar;
  }

  private record(tx: Tx, year: number, field: string, from: unknown, to: unknown, actor: Actor, via: string) {
    return tx.recordChange.create({
      data: {
        councilId: this.councilId,
        subject: 'calendar',
        subjectId: year,
        field,
        fromValue: JSON.stringify(from),
        toValue: JSON.stringify(to),
        actorPlatform: actor.platform,
        actorId: actor.userId,
        actorName: actor.name,
        chatAddress: via,
      },
    });
  }

  /** Makes a date a day off with its name (`want.off`) or a work day; refused when it already is. */
  async setDay(
    date: string,
    want: DayCorrection,
    actor: Actor,
    via: string,
  ): Promise<'saved' | 'already-off' | 'not-off'> {
    const builtIn = this.calendar.builtInReasons(date);
    return this.prisma.$transaction(async (tx) => {
      const where = { councilId_date: { councilId: this.councilId, date } };
      const row = await tx.dayOffCorrection.findUnique({ where });
      const stored: DayCorrection | undefined = row
        ? row.off
          ? { off: true, name: row.name ?? '' }
          : { off: false }
        : undefined;
      const decided = dayCorrection(builtIn.length > 0, stored, want);
      if ('refused' in decided) return decided.refused;
      const before = stateOf(
        date,
        stored ?? (builtIn.length > 0 ? { off: true, name: builtIn.map((r) => r.fa).join('، ') } : { off: false }),
      );
      const keep = decided.keep;
      if (keep === null) await tx.dayOffCorrection.delete({ where });
      else {
        const data = { off: keep.off, name: keep.off ? keep.name : null };
        await tx.dayOffCorrection.upsert({ where, create: { councilId: this.councilId, date, ...data }, update: data });
      }
      await this.record(tx, toJalali(date).jy, 'day', before, stateOf(date, want), actor, via);
      return 'saved';
    });
  }

  /** Marks a year's days off official (or estimated again); false when it already was so. */
  async setOfficial(year: number, official: boolean, actor: Actor, via: string): Promise<boolean> {
    return this.prisma.$transaction(async (tx) => {
      const where = { councilId_jalaliYear: { councilId: this.councilId, jalaliYear: year } };
      const marked = (await tx.officialCalendarYear.findUnique({ where })) !== null;
      if (marked === official) return false;
      if (official) await tx.officialCalendarYear.create({ data: { councilId: this.councilId, jalaliYear: year } });
      else await tx.officialCalendarYear.delete({ where });
      await this.record(tx, year, 'official', marked, official, actor, via);
      return true;
    });
  }

  /** The history of the days off of these Jalali years, oldest first. */
  async changes(years: readonly number[]): Promise<(RecordChangeEntry & { year: number })[]> {
    const rows = await this.prisma.recordChange.findMany({
      where: { councilId: this.councilId, subject: 'calendar', subjectId: { in: [...years] } },
      orderBy: { id: 'asc' },
    });
    return rows.map((r) => ({ ...r, year: r.subjectId }));
  }

  /** The dates of these Jalali years the desk made work days although the built-in days off have them. */
  async workDays(years: readonly number[]): Promise<string[]> {
    const rows = await this.prisma.dayOffCorrection.findMany({
      where: { councilId: this.councilId, off: false },
      orderBy: { date: 'asc' },
    });
    return rows.map((r) => r.date).filter((date) => years.includes(toJalali(date).jy));
  }
}

function stateOf(date: string, c: DayCorrection): DayState {
  return c.off ? { date, off: true, name: c.name } : { date, off: false };
}
