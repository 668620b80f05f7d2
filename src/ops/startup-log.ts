// The one info line an operator reads after `npm start`: which database, which messengers and how they
// receive updates, where the desk listens, when reminders go out. Each messenger adds its own line once it
// has connected (ServiceStatus), since polling connects in the background.
import type { Config } from '../config.js';

export interface StartupFacts {
  /** Where the data lives, password hidden (Database.location). */
  database: string;
  /** The platforms started (`telegram+bale`, `slack`), empty in console mode. */
  platforms: string[];
  /** The desk's address when the HTTP listener serves it. */
  deskUrl?: string;
}

function messengerMode(config: Config): Record<string, string> {
  const out: Record<string, string> = {};
  const webhook = config.WEBHOOK_PUBLIC_URL ? `webhook ${config.WEBHOOK_PUBLIC_URL}` : 'polling';
  if (config.TELEGRAM_BOT_TOKEN) out.telegram = webhook;
  if (config.BALE_BOT_TOKEN) out.bale = webhook;
  if (config.SLACK_BOT_TOKEN) out.slack = config.SLACK_APP_TOKEN ? 'socket mode' : 'http /slack/events';
  return out;
}

function reminderSchedule(config: Config): string {
  if (!config.REMINDERS_ENABLED) return 'off';
  return (
    `weekly digest ${config.REMINDER_WEEKLY_DAY} ${config.REMINDER_WEEKLY_TIME}, ` +
    `other reminders ${config.REMINDER_SEND_TIME}, ${config.COUNCIL_TIMEZONE}`
  );
}

/** The fields of the start-up line; pino writes them beside the message. */
export function startupLine(config: Config, facts: StartupFacts): Record<string, unknown> {
  return {
    database: facts.database,
    messengers: facts.platforms.length > 0 ? messengerMode(config) : 'none (console chat)',
    ...(facts.deskUrl ? { desk: facts.deskUrl } : {}),
    reminders: reminderSchedule(config),
  };
}
