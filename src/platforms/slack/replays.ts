// Slack delivers some requests more than once: it retries an event it thinks went unanswered (with
// X-Slack-Retry-Num), and a correctly signed request can be replayed within the five minutes its timestamp
// is accepted. Every request is keyed — an event by its event_id, anything else by its whole body, which
// carries a one-time trigger_id or action_ts — and a key already seen is acknowledged and changes nothing.
// The keys are kept in the database, so a replay is caught by whichever instance receives it, after a restart too.
import { createHash } from 'node:crypto';
import type { App as BoltApp } from '@slack/bolt';
import type { Logger } from 'pino';

/** Longer than Slack's five-minute signature window and its retry schedule (about five minutes too). */
export const REPLAY_WINDOW_MS = 10 * 60_000;

/** Where the keys of handled requests are kept (the database's SlackRequest table). */
export interface SeenRequests {
  /** True the first time `key` is seen within `windowMs` of `now`. */
  first(key: string, now: Date, windowMs: number): Promise<boolean>;
}

/** The request's identity: the same for a retry or a replay of it, different for any other request. */
export function requestKey(body: unknown): string {
  const eventId = (body as { event_id?: unknown } | null)?.event_id;
  if (typeof eventId === 'string') return `event:${eventId}`;
  return `body:${createHash('sha256').update(JSON.stringify(body)).digest('hex')}`;
}

export function ignoreReplays(
  bolt: BoltApp,
  logger: Logger,
  seen: SeenRequests,
  now: () => Date = () => new Date(),
): void {
  bolt.use(async (args) => {
    const key = requestKey(args.body);
    if (!(await seen.first(key, now(), REPLAY_WINDOW_MS))) {
      const retry = (args.context as { retryNum?: number }).retryNum;
      logger.info({ platform: 'slack', key, retry }, 'slack request seen before; ignored');
      // Commands and button presses still need their acknowledgement, or Slack shows the user an error.
      const ack = (args as { ack?: () => Promise<void> }).ack;
      if (ack) await ack();
      return;
    }
    await args.next();
  });
}
