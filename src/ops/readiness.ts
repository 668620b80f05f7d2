// Fills the health checks' facts from the running App: a cheap query for the database, the migrations it
// has against those this version ships, the messengers' and sweeps' status as ServiceStatus records it.
import type { App } from '../app.js';
import { plainMessage } from '../db/client.js';
import { loadMigrations } from '../db/migrate.js';
import type { DatabaseHealth, ReadinessFacts } from '../http/health.js';

async function databaseHealth(app: Pick<App, 'db'>): Promise<DatabaseHealth> {
  try {
    const rows = await app.db.prisma.$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    const applied = new Set(rows.map((r) => r.migration_name));
    const pending = loadMigrations(app.db.provider)
      .map((m) => m.name)
      .filter((m) => !applied.has(m));
    return { reachable: true, migrated: pending.length === 0, ...(pending.length ? { pending } : {}) };
  } catch (err) {
    return { reachable: false, migrated: false, error: plainMessage(err) };
  }
}

export function appReadiness(app: Pick<App, 'db' | 'status' | 'clock' | 'config'>): ReadinessFacts {
  return {
    database: () => databaseHealth(app),
    messengers: () => Object.fromEntries(app.status.messengers),
    reminders: app.config.REMINDERS_ENABLED
      ? {
          lastSweepAt: () => app.status.lastSweepAt,
          gaveUpLastDay: () =>
            app.db.prisma.reminderOccurrence.count({
              where: { state: 'dead', claimedAt: { gte: new Date(app.clock.now().getTime() - 86_400_000) } },
            }),
        }
      : null,
    now: () => app.clock.now(),
  };
}
