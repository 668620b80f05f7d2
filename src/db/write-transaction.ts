// Interactive transactions that write. Prisma's SQLite adapter begins them deferred, so one that reads first
// asks for the write lock only at its first write; if another process (the running bot, a CLI command) holds
// the lock then, SQLite answers SQLITE_BUSY at once, without waiting its busy timeout (a reader becoming a
// writer is never made to wait, lest two of them wait on each other). Taking the lock with the first statement,
// as BEGIN IMMEDIATE would, turns that into a wait of up to the busy timeout; and if the lock still is not
// free, nothing has been done and the caller is told so plainly.
import { providerOf } from './bulk-insert.js';
import { DatabaseError, type Prisma, type Tx } from './client.js';

/** A write that changes nothing but holds the write lock from here to the commit. */
const TAKE_WRITE_LOCK = 'UPDATE "Council" SET "id" = "id" WHERE 0';

/** Another process kept the SQLite file's write lock past the busy timeout; the transaction did nothing. */
export class DatabaseBusyError extends DatabaseError {
  override name = 'DatabaseBusyError';
}

/** SQLite's "database is locked" as the adapter reports it (Prisma calls it "Operation has timed out"). */
export function isBusy(err: unknown): boolean {
  const e = err as { code?: string; meta?: { driverAdapterError?: { cause?: { originalCode?: string } } } };
  const code = e?.meta?.driverAdapterError?.cause?.originalCode ?? e?.code ?? '';
  return code.startsWith('SQLITE_BUSY');
}

export function writeTransaction<T>(
  prisma: Prisma,
  fn: (tx: Tx) => Promise<T>,
  opts?: { maxWait?: number; timeout?: number },
): Promise<T> {
  const sqlite = providerOf(prisma) === 'sqlite';
  return prisma.$transaction(async (tx) => {
    if (sqlite) {
      await tx.$executeRawUnsafe(TAKE_WRITE_LOCK).catch((err: unknown) => {
        if (!isBusy(err)) throw err;
        throw new DatabaseBusyError('the database is busy: another process kept its write lock too long');
      });
    }
    return fn(tx);
  }, opts);
}
