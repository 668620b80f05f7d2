// Safir's send_message, as docs.bale.ai/safir documents it: POST <url>/api/v3/send_message, JSON, the
// organisation's key in the `api-access-key` header, and a body of `request_id` (Safir sends a repeated request
// once), `bot_id` (a number), `phone_number` (98…, digits only) and `message_data.message.text`. Safir documents
// no rate limit, response body or error codes (docs/messengers.md): peygir paces its own sends, takes any 2xx
// as sent, waits and tries again with the same request_id when told 429, and reports anything else as a failed
// send, which the reminder engine retries later with the same request_id.

export interface SafirOptions {
  apiUrl: string;
  apiKey: string;
  botId: string;
  /** Messages a minute at most. */
  perMinute: number;
  /** How long one request may take before it counts as failed (it may still have been sent: the retry is safe). */
  timeoutMs?: number;
  /** The longest a 429's Retry-After is waited for inside one send; longer, and the send fails (and is retried). */
  maxWaitMs?: number;
  /** Injected in tests: the clock and the wait the pacing uses. */
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  fetch?: typeof fetch;
}

/** A send Safir did not accept: its HTTP status (none when it was not reached) and what it answered. */
export class SafirError extends Error {
  override name = 'SafirError';
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
  }
}

const TIMEOUT_MS = 30_000;
const MAX_WAIT_MS = 60_000;
/** Tries of one request after 429 answers, the first included. */
const TRIES_ON_429 = 3;

/** Retry-After as seconds or an HTTP date, in ms from `now`; null when absent or unreadable. */
export function retryAfterMs(value: string | null, now: number): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim()) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

export class SafirClient {
  private readonly gapMs: number;
  /** The earliest instant the next request may start. */
  private nextAt = 0;
  private readonly now: () => number;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly fetch: typeof fetch;

  constructor(private readonly opts: SafirOptions) {
    this.gapMs = 60_000 / opts.perMinute;
    this.now = opts.now ?? Date.now;
    this.sleep = opts.sleep ?? ((ms) => new Promise((r) => setTimeout(r, ms)));
    this.fetch = opts.fetch ?? fetch;
  }

  /** Waits for this request's turn: one every `60 000 / perMinute` ms, in the order they were asked for. */
  private async turn(): Promise<void> {
    const now = this.now();
    const at = Math.max(now, this.nextAt);
    this.nextAt = at + this.gapMs;
    if (at > now) await this.sleep(at - now);
  }

  /** Sends `text` to `phone` (98…); returns Safir's message id, or the request id when it names none. */
  async sendText(phone: string, text: string, requestId: string): Promise<string> {
    const url = `${this.opts.apiUrl.replace(/\/+$/, '')}/api/v3/send_message`;
    const body = JSON.stringify({
      request_id: requestId,
      bot_id: Number(this.opts.botId),
      phone_number: phone,
      message_data: { message: { text } },
    });
    for (let attempt = 1; ; attempt++) {
      await this.turn();
      let res: Response;
      try {
        res = await this.fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'api-access-key': this.opts.apiKey },
          body,
          signal: AbortSignal.timeout(this.opts.timeoutMs ?? TIMEOUT_MS),
        });
      } catch (err) {
        throw new SafirError(`Safir could not be reached: ${(err as Error).message}`, null);
      }
      const answer = await res.text().catch(() => '');
      if (res.ok) return messageId(answer) ?? requestId;
      if (res.status === 429 && attempt < TRIES_ON_429) {
        const wait = retryAfterMs(res.headers.get('retry-after'), this.now()) ?? this.gapMs;
        if (wait <= (this.opts.maxWaitMs ?? MAX_WAIT_MS)) {
          // Every send waits, not only this one: Safir asked for a pause.
          this.nextAt = Math.max(this.nextAt, this.now() + wait);
          continue;
        }
      }
      throw new SafirError(`Safir answered ${res.status}: ${answer.replace(/\s+/g, ' ').slice(0, 300)}`, res.status);
    }
  }
}

/** `message_id` of a JSON answer, when it has one (Safir's documentation shows no response body). */
function messageId(answer: string): string | null {
  try {
    const id = (JSON.parse(answer) as { message_id?: unknown }).message_id;
    return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
  } catch {
    return null;
  }
}
