// The chat platforms main.ts can start. Each starter returns null when its tokens are not configured.
import type { App } from '../app.js';
import type { Notifier } from '../core/types.js';
import type { HttpRoutes } from '../http/server.js';

export interface RunningPlatform {
  name: string;
  /** Senders the reminder engine uses for this platform's bound chats. */
  notifiers: Notifier[];
  /** Sends only (Safir): no chat comes in through it, so the console still opens when it alone runs. */
  sendOnly?: boolean;
  stop(): Promise<void>;
}

/** Starts a platform; its HTTP endpoints (webhooks, Slack events) are mounted on the one listener, `http`. */
export type PlatformStarter = (app: App, http: HttpRoutes) => Promise<RunningPlatform | null>;

// Each platform's library is loaded only when its token is configured: an idle bot carries only what it serves.
export const PLATFORM_STARTERS: PlatformStarter[] = [
  async (app, http) => (app.config.SLACK_BOT_TOKEN ? (await import('./slack/index.js')).startSlack(app, http) : null),
  async (app, http) =>
    app.config.TELEGRAM_BOT_TOKEN || app.config.BALE_BOT_TOKEN
      ? (await import('./telegram/start.js')).startMessengers(app, http)
      : null,
  async (app) =>
    app.config.SAFIR_API_KEY && app.config.SAFIR_BOT_ID ? (await import('./safir/index.js')).startSafir(app) : null,
];
