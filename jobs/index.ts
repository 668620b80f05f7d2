// Background jobs: the reminder sweep every minute, plus one at start-up to catch up after downtime.
import type { Notifier } from '../src/core/types.js';
import type { ServiceStatus } from '../src/ops/status.js';
import { everyMinute } from './schedule.js';
import { type EngineApp, ReminderEngine } from './send-due-reminders.js';

export interface Jobs {
  engine: ReminderEngine;
  /** Stops ticking, waits up to `graceMs` for the sends in flight, then gives back every claim not sent. */
  stop(graceMs?: number): Promise<void>;
}

/** `status`, when given, learns when each sweep finished (the health check reports its age). */
export function startJobs(app: EngineApp & { status?: ServiceStatus }, notifiers: readonly Notifier[]): Jobs {
  const engine = new ReminderEngine(app, notifiers);
  const sweep = () =>
    engine.sweep().then((stats) => {
      app.status?.swept(app.clock.now());
      return stats;
    });
  const ticker = everyMinute('reminder sweep', sweep, app.logger);
  // A sweep beats too; this one keeps a long sweep (a slow messenger) from looking like an outage.
  const heartbeat = everyMinute('heartbeat', () => engine.runs.beat(app.clock.now()), app.logger);
  sweep().catch((err) => app.logger.error({ err }, 'reminder catch-up sweep failed'));
  return {
    engine,
    async stop(graceMs) {
      await ticker.stop();
      await heartbeat.stop();
      await engine.stop(graceMs);
    },
  };
}
