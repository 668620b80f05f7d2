// Bounds on every Bot API call. grammY's own default is 500 s per request, and auto-retry retries a network
// error (a timeout included) with growing pauses for ever, so a messenger that stops answering would hold each
// send — and each reminder worker, and shutdown — indefinitely. Two transformers bound it: one per attempt
// (innermost, so each retry gets its own), one for the whole call with its retries (outermost).
import type { Transformer } from 'grammy';
import type { Messenger } from './send.js';

export interface CallTimeouts {
  /** One HTTP request. */
  attemptMs: number;
  /** A whole call: its attempts, the pauses auto-retry makes between them, and waits for the rate limiter. */
  callMs: number;
}

/**
 * Telegram answers within a second or two when it answers at all. Bale's servers are slower and farther for
 * most of the world, so they get more room. A whole call allows a few retries and a moderate 429 pause; a
 * reminder that still fails is retried by the reminder engine's own backoff, which does not hold a worker.
 */
export const CALL_TIMEOUTS: Record<Messenger, CallTimeouts> = {
  telegram: { attemptMs: 15_000, callMs: 60_000 },
  bale: { attemptMs: 30_000, callMs: 90_000 },
};

/** Long polling holds the request open for its `timeout` seconds by design: that much more is allowed. */
function pollAllowanceMs(method: string, payload: Record<string, unknown>): number {
  return method === 'getUpdates' ? Number(payload.timeout ?? 0) * 1000 : 0;
}

/** grammY types its signal with a polyfill's class; Node's own AbortSignal is what it receives and accepts. */
type ApiSignal = Parameters<Transformer>[3];

/**
 * A signal that aborts with the caller's or after `ms`. Built by hand: the runner passes a polyfilled signal,
 * whose abort AbortSignal.any() would not hear. `release` drops the timer and the listener once the call ended.
 */
function bounded(signal: ApiSignal, ms: number): { signal: AbortSignal & ApiSignal; release(): void } {
  const controller = new AbortController();
  const abort = () => controller.abort();
  const timer = setTimeout(abort, ms);
  timer.unref();
  if (signal?.aborted) abort();
  else signal?.addEventListener('abort', abort);
  return {
    signal: controller.signal as AbortSignal & ApiSignal,
    release() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
    },
  };
}

/** Install first: each request is cut after `attemptMs` (plus the long poll's own wait). */
export function attemptTimeout(t: CallTimeouts): Transformer {
  return (prev, method, payload, signal) => {
    const bound = bounded(signal, t.attemptMs + pollAllowanceMs(method, payload as Record<string, unknown>));
    return prev(method, payload, bound.signal).finally(bound.release);
  };
}

/**
 * Install last: the whole call, retries and all, ends after `callMs`. The call is also given up while it still
 * waits in the rate limiter's queue, which does not watch the signal. Polling is bounded per attempt only.
 */
export function callTimeout(t: CallTimeouts): Transformer {
  return (prev, method, payload, signal) => {
    if (method === 'getUpdates') return prev(method, payload, signal);
    const bound = bounded(signal, t.callMs);
    const call = prev(method, payload, bound.signal);
    let stop = () => {};
    const abandoned = new Promise<never>((_, reject) => {
      stop = () => reject(new Error(`${method} did not complete within ${t.callMs / 1000} s`));
      bound.signal.addEventListener('abort', stop, { once: true });
    });
    // The losing side must not surface as an unhandled rejection.
    abandoned.catch(() => {});
    call.catch(() => {});
    return Promise.race([call, abandoned]).finally(() => {
      bound.signal.removeEventListener('abort', stop);
      bound.release();
    });
  };
}
