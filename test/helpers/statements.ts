// Counts the SQL statements and commits the process sends, at the drivers (better-sqlite3 and pg), so Prisma's
// statements and hand-written ones are counted alike. A commit is a COMMIT, or a write outside a transaction.
import Database from 'better-sqlite3';
import pg from 'pg';

export interface Counts {
  statements: number;
  commits: number;
}

const WRITE = /^\s*(INSERT|UPDATE|DELETE|REPLACE|WITH\b[\s\S]*\b(INSERT|UPDATE|DELETE)\b)/i;

type Method = (this: unknown, ...args: unknown[]) => unknown;

function patch(proto: Record<string, unknown>, name: string, wrap: (original: Method) => Method): () => void {
  const original = proto[name] as Method;
  proto[name] = wrap(original);
  return () => {
    proto[name] = original;
  };
}

/** Starts counting; `stop()` restores the drivers and returns what was counted. */
export function countStatements(): { counts: Counts; stop(): Counts } {
  const counts: Counts = { statements: 0, commits: 0 };
  const see = (sql: string, inTransaction: boolean) => {
    counts.statements++;
    if (/^\s*COMMIT/i.test(sql) || (!inTransaction && WRITE.test(sql))) counts.commits++;
  };
  const probe = new Database(':memory:');
  const statementProto = Object.getPrototypeOf(probe.prepare('SELECT 1')) as Record<string, unknown>;
  probe.close();
  const restore: (() => void)[] = [];
  for (const name of ['run', 'get', 'all', 'iterate']) {
    restore.push(
      patch(
        statementProto,
        name,
        (original) =>
          function (this: unknown, ...args: unknown[]) {
            const s = this as { source: string; database: { inTransaction: boolean } };
            see(s.source, s.database.inTransaction);
            return original.apply(this, args);
          },
      ),
    );
  }
  const open = new WeakSet<object>();
  restore.push(
    patch(
      pg.Client.prototype as unknown as Record<string, unknown>,
      'query',
      (original) =>
        function (this: unknown, ...args: unknown[]) {
          const q = args[0] as string | { text?: string };
          const sql = typeof q === 'string' ? q : (q?.text ?? '');
          const client = this as object;
          see(sql, open.has(client));
          if (/^\s*BEGIN/i.test(sql)) open.add(client);
          else if (/^\s*(COMMIT|ROLLBACK)/i.test(sql)) open.delete(client);
          return original.apply(this, args);
        },
    ),
  );
  return {
    counts,
    stop: () => {
      for (const r of restore) r();
      return { ...counts };
    },
  };
}
