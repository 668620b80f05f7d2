// Per-committee reminder settings (ReminderSchedule rows hold only what differs from the defaults) and
// snoozes, for the chat commands.
import type { ReminderAdmin } from '../core/schedule/ports.js';
import { mergeSettings, parseOverrides, type ScheduleSettings } from '../core/schedule/settings.js';
import type { WorkCalendar } from '../core/schedule/workdays.js';
import type { Prisma } from './client.js';

export class PrismaReminderAdmin implements ReminderAdmin {
  constructor(
    private readonly prisma: Prisma,
    private readonly councilId: number,
    readonly defaults: ScheduleSettings,
    readonly calendar: WorkCalendar,
  ) {}

  async overrides(): Promise<Map<number, ScheduleSettings>> {
    const rows = await this.prisma.reminderSchedule.findMany({
      where: { owner: { councilId: this.councilId } },
      orderBy: { ownerId: 'asc' },
    });
    return new Map(rows.map((r) => [r.ownerId, mergeSettings(this.defaults, parseOverrides(r.settings))]));
  }

  async update(ownerId: number, change: Partial<ScheduleSettings>): Promise<ScheduleSettings> {
    return this.prisma.$transaction(async (tx) => {
      const row = await tx.reminderSchedule.findUnique({ where: { ownerId } });
      const stored = { ...parseOverrides(row?.settings), ...change };
      // Keep only what differs from the defaults, so changing a default later reaches this committee too.
      const diff = Object.fromEntries(
        Object.entries(stored).filter(([k, v]) => this.defaults[k as keyof ScheduleSettings] !== v),
      );
      const settings = JSON.stringify(diff);
      await tx.reminderSchedule.upsert({ where: { ownerId }, create: { ownerId, settings }, update: { settings } });
      return mergeSettings(this.defaults, diff);
    });
  }

  async snooze(assignmentIds: readonly number[], until: Date): Promise<void> {
    await this.prisma.assignment.updateMany({
      where: { id: { in: [...assignmentIds] } },
      data: { snoozedUntil: until },
    });
  }
}
