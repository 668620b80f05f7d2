// A send to a messenger that stops answering must cost a bounded time: the reminder sweep and the outbox's
// reports to the chair both race their work against a deadline.

export class DeadlineError extends Error {
  override name = 'DeadlineError';
}

/** `work` or a DeadlineError after `ms`, whichever comes first; the timer never outlives the race. */
export async function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DeadlineError(`${what} did not complete within ${ms / 1000} s`)), ms);
  });
  // Should the deadline win, the send's own later failure has nobody left to hear it.
  work.catch(() => {});
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
