// Slack delivers some requests more than once: it retries an event it thinks went unanswered (with
// X-Slack-Retry-Num), and a correctly signed request can be replayed within the five minutes its timestamp
// is accepted. Every request is keyed — an event by its event_id, anything else by its whole body, which
// carries a one-time trigger_id or action_ts — and a key already seen is acknowledged and changes nothing.
import { createHash } from 'node:crypto';
import type { App as BoltApp } from '@slack/bolt';
import type { Logger } from 'pino';

/** Longer than Slack's five-minute signature window and its retry schedule (about five minutes too). */
export const REPLAY_WINDOW_MS = 10 * 60_000;
/** Keys kept at most, oldest dropped first: a bound on memory whatever the traffic. */
const MAX_KEYS = 50_000;

/** The request's identity: the same for a retry or a replay of it, different for any other request. */
export function requestKey(body: unknown): string {
  const eventId = (body as { event_id?: unknown } | null)?.event_id;
  if (typeof eventId === 'string') return `event:${eventId}`;
  return `body:${createHash('sha256').update(JSON.stringify(body)).digest('hex')}`;
}

export function ignoreReplays(bolt: BoltApp, logger: Logger, now: () => number = Date.now): void {
  /** Key → when first seen; a Map keeps insertion order, so the oldest come first. */
  const seen = new Map<string, number>();
  bolt.use(async (args) => {
    const t = now();
    for (const [k, at] of seen) {
      if (at > t - REPLAY_WINDOW_MS && seen.size < MAX_KEYS) break;
      seen.delete(k);
    }
    const key = requestKey(args.body);
    if (seen.has(key)) {
      const retry = (args.context as { retryNum?: number }).retryNum;
      logger.info({ platform: 'slack', key, retry }, 'slack request seen before; ignored');
      // Commands and button presses still need their acknowledgement, or Slack shows the user an error.
      const ack = (args as { ack?: () => Promise<void> }).ack;
      if (ack) await ack();
      return;
    }
    seen.set(key, t);
    await args.next();
  });
}
