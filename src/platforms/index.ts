// The chat platforms main.ts can start. Each starter returns null when its tokens are not configured.
import type { App } from '../app.js';
import type { Notifier } from '../core/types.js';
import { startSlack } from './slack/index.js';
import { startMessengers } from './telegram/start.js';

export interface RunningPlatform {
  name: string;
  /** Senders the reminder engine uses for this platform's bound chats. */
  notifiers: Notifier[];
  stop(): Promise<void>;
}

export type PlatformStarter = (app: App) => Promise<RunningPlatform | null>;

export const PLATFORM_STARTERS: PlatformStarter[] = [startSlack, startMessengers];
