// What the running process knows about itself: each messenger's connection, the last reminder sweep. The
// platforms and jobs report here; the start-up log, the failure warning and /readyz read it.
import type { Logger } from 'pino';

export interface MessengerState {
  connected: boolean;
  /** How it connected: `@username, polling`, `team, socket`. */
  detail?: string;
  /** When the current run of failures began (ms since the epoch). */
  failingSince?: number;
  lastError?: string;
}

/** A messenger failing this long earns one warning (an operator reads warnings, not the retries' errors). */
export const FAILING_WARN_MS = 3 * 60_000;

export class ServiceStatus {
  readonly messengers = new Map<string, MessengerState>();
  /** Each connected bot's username (without @), for the invite links the desk makes. */
  readonly usernames = new Map<string, string>();
  lastSweepAt: Date | null = null;
  private readonly warned = new Set<string>();

  constructor(
    private readonly logger?: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /** A messenger is configured but not connected yet. */
  expect(name: string): void {
    if (!this.messengers.has(name)) this.messengers.set(name, { connected: false });
  }

  connected(name: string, detail: string): void {
    this.messengers.set(name, { connected: true, detail });
    this.warned.delete(name);
    this.logger?.info({ platform: name, via: detail }, `${name} connected`);
  }

  failed(name: string, err: unknown): void {
    const since = this.messengers.get(name)?.failingSince ?? this.now();
    const lastError = String((err as Error)?.message ?? err);
    this.messengers.set(name, { connected: false, failingSince: since, lastError });
    const minutes = Math.floor((this.now() - since) / 60_000);
    if (this.now() - since >= FAILING_WARN_MS && !this.warned.has(name)) {
      this.warned.add(name);
      this.logger?.warn({ platform: name, minutes, error: lastError }, `${name} has failed for ${minutes} minutes`);
    }
  }

  swept(at: Date): void {
    this.lastSweepAt = at;
  }
}
