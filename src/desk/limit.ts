// A fixed-window counter per key (a client address, a person): enough to make guessing sign-in links or
// flooding a chat with them pointless, without any state outside this process.
import { LRUCache } from 'lru-cache';

/** Keys counted at once at most. Past it the key used least recently is forgotten, never every key at once. */
const MAX_KEYS = 10_000;

export class RateLimit {
  private readonly windows: LRUCache<string, { start: number; count: number }>;

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    maxKeys = MAX_KEYS,
  ) {
    // A key whose window ended holds nothing worth keeping: it expires with its window.
    this.windows = new LRUCache({ max: maxKeys, ttl: windowMs });
  }

  /** Keys being counted now. */
  get size(): number {
    return this.windows.size;
  }

  /** Counts one attempt; false when the key used up its window. */
  take(key: string, now = Date.now()): boolean {
    const w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      this.windows.set(key, { start: now, count: 1 });
      return true;
    }
    w.count++;
    return w.count <= this.max;
  }
}
