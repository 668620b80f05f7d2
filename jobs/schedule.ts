// The clock of the reminder engine: node-cron ticks every minute and never overlaps itself. The tick only
// asks the database what is due; missing a tick loses nothing, the next one catches up.
import cron from 'node-cron';
import type { Logger } from 'pino';

export interface Ticker {
  stop(): Promise<void>;
}

export function everyMinute(name: string, tick: () => Promise<unknown>, logger: Logger): Ticker {
  const task = cron.schedule(
    '* * * * *',
    async () => {
      try {
        await tick();
      } catch (err) {
        logger.error({ err }, `${name} failed`);
      }
    },
    { name, noOverlap: true },
  );
  return {
    async stop() {
      await task.destroy();
    },
  };
}
