// The claims a sweep holds and has not finished with, so that stopping gives back everything it will not send:
// a chat still queued (its workers may all be stuck in a hung send) and a send still hanging when the grace
// runs out. Given back, they are claimable again at once, instead of after their lease.
import type { ClaimRow, ReminderClaims } from '../src/db/reminders.js';

export class UnsentClaims {
  private readonly queued = new Map<number, ClaimRow>();
  private readonly sending = new Map<number, ClaimRow>();
  private givenBack = false;

  constructor(private readonly claims: ReminderClaims) {}

  /** Newly claimed rows, queued for a worker; after the stop's give-back they are released at once instead. */
  async add(rows: readonly ClaimRow[], now: Date): Promise<boolean> {
    if (this.givenBack) {
      await this.claims.release(
        rows.map((r) => r.id),
        now,
      );
      return false;
    }
    for (const r of rows) this.queued.set(r.id, r);
    return true;
  }

  /** A worker is sending these. */
  started(rows: readonly ClaimRow[]): void {
    for (const r of rows) {
      this.queued.delete(r.id);
      this.sending.set(r.id, r);
    }
  }

  /** Sent, failed, skipped or released: no longer this sweep's to give back. */
  done(rows: readonly ClaimRow[]): void {
    for (const r of rows) {
      this.queued.delete(r.id);
      this.sending.delete(r.id);
    }
  }

  /**
   * Releases every claim still held. A send still hanging may yet arrive, so its attempt counts (the row is
   * retried as a retry); a queued chat was never tried, so its attempt does not.
   */
  async giveBack(now: Date): Promise<void> {
    this.givenBack = true;
    const queued = [...this.queued.keys()];
    const sending = [...this.sending.keys()];
    this.queued.clear();
    this.sending.clear();
    await this.claims.release(queued, now);
    await this.claims.release(sending, now, { attempted: true });
  }
}
