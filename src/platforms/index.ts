// The chat platforms main.ts can start. Each starter returns null when its tokens are not configured.
import type { App } from '../app.js';
import type { Notifier } from '../core/types.js';

export interface RunningPlatform {
  name: string;
  /** Senders the reminder engine uses for this platform's bound chats. */
  notifiers: Notifier[];
  stop(): Promise<void>;
}

export type PlatformStarter = (app: App) => Promise<RunningPlatform | null>;

// Each platform's library is loaded only when its token is configured: an idle bot carries only what it serves.
export const PLATFORM_STARTERS: PlatformStarter[] = [
  async (app) => (app.config.SLACK_BOT_TOKEN ? (await import('./slack/index.js')).startSlack(app) : null),
  async (app) =>
    app.config.TELEGRAM_BOT_TOKEN || app.config.BALE_BOT_TOKEN
      ? (await import('./telegram/start.js')).startMessengers(app)
      : null,
];
