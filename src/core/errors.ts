// What kind of failure reached the error boundary, so logs say what an operator must do.

export type FailureKind = 'disk_full' | 'database_unavailable' | 'unexpected';

export function classifyFailure(err: unknown): FailureKind {
  const e = err as { code?: string; message?: string; cause?: { message?: string } };
  const text = `${e?.code ?? ''} ${e?.message ?? ''} ${e?.cause?.message ?? ''}`;
  if (/SQLITE_FULL|disk is full|No space left|ENOSPC|could not extend file/i.test(text)) return 'disk_full';
  if (
    /ECONNREFUSED|ENOTFOUND|ETIMEDOUT|ECONNRESET|reach database|Connection terminated|database is locked|SQLITE_BUSY|does not allow connections|terminating connection|P1001|P1017/i.test(
      text,
    )
  )
    return 'database_unavailable';
  return 'unexpected';
}

export const FAILURE_ADVICE: Record<FailureKind, string> = {
  disk_full: 'the database disk is full: free space; the change was not saved',
  database_unavailable: 'the database is unavailable: the change was not saved; it will work again once it is back',
  unexpected: 'handler failed',
};

/**
 * The messenger would not say who administers the chat because the bot is not an admin there (Bale's
 * getChatMember). The sender is told what the group admin must do instead of being refused as a non-admin.
 */
export class AdminCheckUnavailableError extends Error {
  override name = 'AdminCheckUnavailableError';
}
