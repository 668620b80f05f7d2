// A messenger that stops answering must cost a sweep a bounded time, not every worker for as long as it
// hangs: each delivery has a deadline (src/core/deadline.ts), and once a platform's sends keep failing in a row the sweep gives that
// platform's remaining chats back (claimable again, the attempt not counted) and moves on to the others.

/** Consecutive failures per platform; any success closes it again. */
export class PlatformBreaker {
  private readonly failures = new Map<string, number>();

  /** `threshold` failures in a row (at least as many as sends run at once) mean the platform is down. */
  constructor(private readonly threshold: number) {}

  record(platform: string, ok: boolean): void {
    this.failures.set(platform, ok ? 0 : (this.failures.get(platform) ?? 0) + 1);
  }

  isOpen(platform: string): boolean {
    return (this.failures.get(platform) ?? 0) >= this.threshold;
  }
}
