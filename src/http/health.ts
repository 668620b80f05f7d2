// Health checks on the one HTTP listener: /healthz says the process answers; /readyz says whether it can do
// its work (database reachable and migrated, each messenger connected, reminders sweeping), 200 or 503, with
// the facts as JSON so a monitor shows why.
import { Hono } from 'hono';

export interface DatabaseHealth {
  reachable: boolean;
  migrated: boolean;
  /** Migrations this version has that the database lacks. */
  pending?: string[];
  error?: string;
}

export interface MessengerHealth {
  connected: boolean;
  detail?: string;
  failingSince?: number;
  lastError?: string;
}

/** What /readyz reports; main fills it from the running App (src/ops/readiness.ts). */
export interface ReadinessFacts {
  database(): Promise<DatabaseHealth>;
  messengers(): Record<string, MessengerHealth>;
  /** null while reminders are off. */
  reminders: {
    lastSweepAt(): Date | null;
    /** Reminders given up after their last try in the past 24 hours. */
    gaveUpLastDay(): Promise<number>;
  } | null;
  now(): Date;
}

/** A sweep runs every minute; three missed in a row means the engine is stuck. */
export const SWEEP_STALE_MS = 3 * 60_000;

export function healthRoutes(facts: ReadinessFacts): Hono {
  const app = new Hono();
  app.get('/healthz', (c) => c.json({ ok: true }));
  app.get('/readyz', async (c) => {
    const now = facts.now();
    const database = await facts
      .database()
      .catch(
        (err): DatabaseHealth => ({ reachable: false, migrated: false, error: String((err as Error)?.message ?? err) }),
      );
    const messengers = facts.messengers();
    let reminders: Record<string, unknown> = { enabled: false };
    let sweeping = true;
    if (facts.reminders) {
      const last = facts.reminders.lastSweepAt();
      const ageSeconds = last ? Math.round((now.getTime() - last.getTime()) / 1000) : null;
      sweeping = ageSeconds !== null && ageSeconds * 1000 <= SWEEP_STALE_MS;
      const gaveUp = database.reachable ? await facts.reminders.gaveUpLastDay().catch(() => null) : null;
      reminders = { enabled: true, lastSweepAgeSeconds: ageSeconds, gaveUpLastDay: gaveUp };
    }
    const ready =
      database.reachable && database.migrated && Object.values(messengers).every((m) => m.connected) && sweeping;
    return c.json({ ready, database, messengers, reminders }, ready ? 200 : 503);
  });
  return app;
}
