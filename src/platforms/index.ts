// The registry of messengers. Each is a folder of its own under src/platforms and one line in MESSENGERS:
// what it serves and can do (read from configuration, without loading its library) and how to start it.
// Everything outside those folders asks the registry's directory what a messenger can do, never its name.
import type { App } from '../app.js';
import type { Config } from '../config.js';
import { messengerDirectory } from '../core/messengers.js';
import type { Messenger, MessengerDirectory, MessengerInfo } from '../core/ports.js';
import type { HttpRoutes } from '../http/server.js';
import type { Check } from '../ops/check.js';
import { CONSOLE_INFO } from './console-info.js';
import { safirMessengers } from './safir/info.js';
import { slackChecks } from './slack/doctor.js';
import { slackMessengers } from './slack/info.js';
import { botApiChecks } from './telegram/doctor.js';
import { botApiMessengers } from './telegram/info.js';

export interface RunningPlatform {
  name: string;
  /** Its messengers, running: the outbox and the reminder engine send through them. */
  messengers: Messenger[];
  /** Sends only (Safir): no chat comes in through it, so the console still opens when it alone runs. */
  sendOnly?: boolean;
  stop(): Promise<void>;
}

/** Starts a platform; its HTTP endpoints (webhooks, Slack events) are mounted on the one listener, `http`. */
export type PlatformStarter = (app: App, http: HttpRoutes) => Promise<RunningPlatform | null>;

/** One messenger folder. */
export interface MessengerModule {
  /** The messengers it serves (one folder may serve several dialects of one API) and what each can do. */
  describe(config: Config): MessengerInfo[];
  /** Starts those configuration turns on, or returns null. Its library is loaded only here. */
  start: PlatformStarter;
  /** `peygir doctor`'s checks of its tokens and webhooks against its API; the servers' clocks go into `clocks`. */
  doctor?(config: Config, clocks: number[]): Promise<Check[]>;
}

// Each platform's library is loaded only when its token is configured: an idle bot carries only what it serves.
export const MESSENGERS: readonly MessengerModule[] = [
  {
    describe: botApiMessengers,
    start: async (app, http) =>
      app.config.TELEGRAM_BOT_TOKEN || app.config.BALE_BOT_TOKEN
        ? (await import('./telegram/start.js')).startMessengers(app, http)
        : null,
    doctor: botApiChecks,
  },
  {
    describe: slackMessengers,
    start: async (app, http) =>
      app.config.SLACK_BOT_TOKEN ? (await import('./slack/index.js')).startSlack(app, http) : null,
    doctor: slackChecks,
  },
  {
    describe: safirMessengers,
    start: async (app) =>
      app.config.SAFIR_API_KEY && app.config.SAFIR_BOT_ID ? (await import('./safir/index.js')).startSafir(app) : null,
  },
  // The console runs when nothing else is configured (src/main.ts); it is here for what it can do.
  { describe: () => [CONSOLE_INFO], start: async () => null },
];

/** Every messenger the modules serve, configured or not. */
export function directoryOf(modules: readonly MessengerModule[], config: Config): MessengerDirectory {
  return messengerDirectory(modules.flatMap((m) => m.describe(config)));
}

/**
 * Starts every configured messenger of the app's registry and hands each to the outbox, so replies, reports to
 * the chair and reminders reach its chats. Stops those already started when one fails.
 */
export async function startPlatforms(app: App, http: HttpRoutes): Promise<RunningPlatform[]> {
  const running: RunningPlatform[] = [];
  try {
    for (const module of app.messengers.modules) {
      const platform = await module.start(app, http);
      if (!platform) continue;
      running.push(platform);
      for (const m of platform.messengers) app.outbox.register(m);
    }
  } catch (err) {
    for (const p of running) await p.stop().catch(() => undefined);
    throw err;
  }
  return running;
}
