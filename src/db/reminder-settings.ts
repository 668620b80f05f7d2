// Per-committee reminder settings (ReminderSchedule rows hold only what differs from the defaults) and
// snoozes, for the chat commands and the desk's owner page; a settings change is recorded as the owner's.
import type { ReminderAdmin, ScheduleChangeBy } from '../core/schedule/ports.js';
import { mergeSettings, parseOverrides, type ScheduleSettings } from '../core/schedule/settings.js';
import type { WorkCalendar } from '../core/schedule/workdays.js';
import type { Prisma } from './client.js';

export class PrismaReminderAdmin implements ReminderAdmin {
  constructor(
    private readonly prisma: Prisma,
    private readonly councilId: number,
    readonly defaults: ScheduleSettings,
    readonly calendar: () => Promise<WorkCalendar>,
  ) {}

  async overrides(): Promise<Map<number, ScheduleSettings>> {
    const rows = await this.prisma.reminderSchedule.findMany({
      where: { owner: { councilId: this.councilId } },
      orderBy: { ownerId: 'asc' },
    });
    return new Map(rows.map((r) => [r.ownerId, mergeSettings(this.defaults, parseOverrides(r.settings))]));
  }

  async update(ownerId: number, change: Partial<ScheduleSettings>, by?: ScheduleChangeBy): Promise<ScheduleSettings> {
    return this.prisma.$transaction(async (tx) => {
      const row = await tx.reminderSchedule.findUnique({ where: { ownerId } });
      const before = mergeSettings(this.defaults, parseOverrides(row?.settings));
      const stored = { ...parseOverrides(row?.settings), ...change };
      // Keep only what differs from the defaults, so changing a default later reaches this committee too.
      const diff = Object.fromEntries(
        Object.entries(stored).filter(([k, v]) => this.defaults[k as keyof ScheduleSettings] !== v),
      );
      const settings = JSON.stringify(diff);
      await tx.reminderSchedule.upsert({ where: { ownerId }, create: { ownerId, settings }, update: { settings } });
      const after = mergeSettings(this.defaults, diff);
      // The record keeps the effective settings on both sides: a default changed later does not rewrite it.
      if (by && JSON.stringify(before) !== JSON.stringify(after)) {
        await tx.recordChange.create({
          data: {
            councilId: this.councilId,
            subject: 'owner',
            subjectId: ownerId,
            field: 'schedule',
            fromValue: JSON.stringify(before),
            toValue: JSON.stringify(after),
            actorPlatform: by.actor.platform,
            actorId: by.actor.userId,
            actorName: by.actor.name,
            chatAddress: by.via,
          },
        });
      }
      return after;
    });
  }

  async setDigestOnly(address: string, on: boolean): Promise<string[]> {
    const where = { councilId: this.councilId, address, active: true, role: 'committee' };
    await this.prisma.chatBinding.updateMany({ where, data: { digestOnly: on } });
    const rows = await this.prisma.chatBinding.findMany({ where, include: { owner: { select: { name: true } } } });
    return rows.map((r) => r.owner?.name ?? '?');
  }

  async setMutedMentions({ platform, userId }: { platform: string; userId: string }, on: boolean): Promise<void> {
    await this.prisma.member.upsert({
      where: { platform_userId: { platform, userId } },
      create: { platform, userId, mutedMentions: on },
      update: { mutedMentions: on },
    });
  }

  async mentionsMuted({ platform, userId }: { platform: string; userId: string }): Promise<boolean> {
    const m = await this.prisma.member.findUnique({
      where: { platform_userId: { platform, userId } },
      select: { mutedMentions: true },
    });
    return m?.mutedMentions ?? false;
  }

  async quiet(): Promise<{ digestOnly: { owner: string; title: string | null }[]; muted: string[] }> {
    const [chats, people] = await Promise.all([
      this.prisma.chatBinding.findMany({
        where: { councilId: this.councilId, active: true, digestOnly: true },
        include: { owner: { select: { name: true } } },
        orderBy: { id: 'asc' },
      }),
      this.prisma.member.findMany({ where: { mutedMentions: true }, orderBy: { id: 'asc' } }),
    ]);
    return {
      digestOnly: chats.map((c) => ({ owner: c.owner?.name ?? '?', title: c.title })),
      muted: people.map((p) => p.displayName ?? p.userId),
    };
  }

  async snooze(assignmentIds: readonly number[], until: Date): Promise<void> {
    await this.prisma.assignment.updateMany({
      where: { id: { in: [...assignmentIds] } },
      data: { snoozedUntil: until },
    });
  }
}
