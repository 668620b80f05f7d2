// Claimed chats waiting for a sender: the claiming side pushes as each batch commits, the workers take, and a
// worker that finds it empty waits until more comes or the claiming is over.

export class WorkQueue<T> {
  private readonly items: T[] = [];
  private waiting: (() => void)[] = [];
  private open = true;

  push(...items: T[]): void {
    this.items.push(...items);
    this.wake();
  }

  /** Nothing more will come: workers finish what is left and stop. */
  close(): void {
    this.open = false;
    this.wake();
  }

  /** The next item, or undefined once the queue is closed and empty. */
  async take(): Promise<T | undefined> {
    while (this.items.length === 0 && this.open) await new Promise<void>((r) => this.waiting.push(r));
    return this.items.shift();
  }

  private wake(): void {
    for (const w of this.waiting) w();
    this.waiting = [];
  }
}
