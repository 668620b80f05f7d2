// Opens the database chosen by DATABASE_URL: SQLite (embedded, default) or PostgreSQL. Application code
// sees one client type; the PostgreSQL client is generated from the same models (prisma/postgres).
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
import { PrismaClient } from '../generated/sqlite/client.js';
import { migratePostgres, migrateSqlite } from './migrate.js';
import { AdapterConnection, SharingFactory } from './sql/adapter.js';
import type { SqlConnection } from './sql/connection.js';
import { keepStatements } from './sql/statement-cache.js';

export type Prisma = PrismaClient;
/** The client an interactive transaction hands its callback. */
export type Tx = Parameters<Parameters<Prisma['$transaction']>[0]>[0];

export interface Database {
  prisma: Prisma;
  /** Hand-written SQL for the hot paths, through the driver adapter Prisma uses (src/db/sql/adapter.ts). */
  sql: SqlConnection;
  provider: 'sqlite' | 'postgresql';
  /** Where the data lives, for messages (file path or server URL without password). */
  location: string;
  close(): Promise<void>;
}

export class DatabaseError extends Error {
  override name = 'DatabaseError';
}

/** `file:./data/peygir.db` → an absolute path (relative paths are relative to the working directory). */
export function sqlitePath(url: string): string {
  return resolve(url.replace(/^file:/, '').replace(/\?.*$/, ''));
}

function hidePassword(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** One bot process per SQLite file: a lock file with our pid, stale locks (dead pid) taken over. */
function lockSqlite(file: string): () => void {
  const lock = `${file}.lock`;
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lock, { force: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const pid = Number(readFileSync(lock, 'utf8'));
      if (pid && pidAlive(pid)) {
        throw new DatabaseError(
          `Another peygir process (pid ${pid}) is already using ${file}. Stop it first, or use PostgreSQL to run several instances.`,
        );
      }
      rmSync(lock, { force: true });
    }
  }
  throw new DatabaseError(`Could not lock ${file}`);
}

/**
 * better-sqlite3 compiles its native module at install time when no prebuilt binary can be downloaded for this
 * platform and Node.js; without Python and a C++ compiler that build fails, and loading the driver then fails
 * with a long report. One line instead, saying what is missing and what to run.
 */
export function sqliteDriverError(err: unknown): DatabaseError | null {
  const e = err as { code?: string; message?: string };
  const message = String(e?.message ?? '');
  const notBuilt = /Could not locate the bindings file/.test(message);
  const otherNode = /NODE_MODULE_VERSION|compiled against a different Node\.js/.test(message);
  if (!notBuilt && !otherNode && !(e?.code === 'ERR_DLOPEN_FAILED' && /better_sqlite3/.test(message))) return null;
  const why = notBuilt
    ? 'it was never built'
    : otherNode
      ? `it was built for another Node.js version than ${process.version}`
      : message.split('\n')[0]!.trim();
  return new DatabaseError(
    `the SQLite driver (better-sqlite3) cannot load its native module: ${why}. Run \`npm rebuild better-sqlite3\`; where its prebuilt binary cannot be downloaded npm compiles it, which needs Python 3, make and a C++ compiler (e.g. \`apt install python3 make g++\`).`,
  );
}

/** Prisma wraps driver errors in a multi-line invocation report; keep only what the driver said. */
export function plainMessage(err: unknown): string {
  const message = String((err as Error)?.message ?? err);
  const inner = /Message: `([^`]+)`/.exec(message)?.[1];
  return inner ?? message.trim().split('\n').filter(Boolean).pop() ?? message;
}

function isConnectionError(err: unknown): boolean {
  const e = err as { code?: string; message?: string; cause?: unknown };
  const text = `${e?.code ?? ''} ${e?.message ?? ''} ${String((e?.cause as Error)?.message ?? '')}`;
  return /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|ECONNRESET|starting up|shutting down|Connection terminated|connect|reach database/i.test(
    text,
  );
}

/**
 * The database name when the server answered that it does not exist (PostgreSQL 3D000): the server is fine,
 * the database was never created. The raw driver (migrations) reports the code itself; Prisma nests it.
 */
export function missingDatabase(err: unknown): string | null {
  const e = err as {
    code?: string;
    message?: string;
    meta?: { driverAdapterError?: { cause?: { originalCode?: string } } };
  };
  const code = e?.code === '3D000' ? '3D000' : e?.meta?.driverAdapterError?.cause?.originalCode;
  if (code !== '3D000' && !/Code: `3D000`/.test(String(e?.message))) return null;
  return /database "([^"]+)" does not exist/.exec(String(e?.message))?.[1] ?? '';
}

/** Tries an operation a few times with growing pauses (a server that is still starting, a network blip). */
async function withRetries<T>(url: string, attempts: number, fn: () => Promise<T>): Promise<T> {
  let last: unknown;
  for (let i = 0; i < attempts; i++) {
    try {
      return await fn();
    } catch (err) {
      last = err;
      const name = missingDatabase(err);
      if (name !== null) {
        const db = name || 'NAME';
        throw new DatabaseError(
          `the database "${db}" does not exist on the PostgreSQL server at ${hidePassword(url)}: create it with \`createdb ${db}\`, then run \`peygir migrate\``,
        );
      }
      if (!isConnectionError(err)) break;
      if (i < attempts - 1) await new Promise((r) => setTimeout(r, Math.min(500 * 2 ** i, 5000)));
    }
  }
  const where = `cannot reach the PostgreSQL server at ${hidePassword(url)} (check DATABASE_URL and that the server runs)`;
  throw new DatabaseError(`${where}: ${plainMessage(last)}`);
}

export interface OpenOptions {
  /** Connection attempts before giving up on a database server (default 5, about 8 seconds). */
  attempts?: number;
  /** Apply pending migrations first (always on SQLite at start-up; `peygir migrate` on a server). */
  migrate?: boolean;
  /** Hold the single-process lock on an SQLite file (the bot does; one-shot CLI commands need not). */
  lock?: boolean;
  /**
   * How long a write waits for another process's lock on an SQLite file (default 5 s). The wait blocks the
   * process, so the bot keeps it short; a command run by a person can wait as long as they would.
   */
  busyTimeoutMs?: number;
  /** SQLite: prepared statements kept on the connection (statement-cache.ts); 0 keeps none. Default 256. */
  statementCache?: number;
  /** PostgreSQL: distinct statements each connection names and keeps (pg-statements.ts); 0 names none. Default 256. */
  postgresStatementCache?: number;
}

/** The bot's SQLite busy timeout: a short stall of its event loop at worst. */
const BUSY_TIMEOUT_MS = 5_000;

export async function openDatabase(url: string, opts: OpenOptions = {}): Promise<Database> {
  if (url.startsWith('file:')) {
    const file = sqlitePath(url);
    mkdirSync(dirname(file), { recursive: true });
    const unlock = opts.lock ? lockSqlite(file) : () => {};
    try {
      if (opts.migrate !== false || !existsSync(file)) migrateSqlite(file);
      const busy = opts.busyTimeoutMs ?? BUSY_TIMEOUT_MS;
      // A transaction may wait the whole busy timeout for the lock (write-transaction.ts) and still do its work.
      const keep = opts.statementCache ?? 256;
      const factory = new SharingFactory(new PrismaBetterSQLite3({ url: file, timeout: busy }), (adapter) => {
        // The adapter's connection, which it keeps as `client`.
        if (keep > 0) keepStatements((adapter as unknown as { client: BetterSqlite3.Database }).client, keep);
      });
      const prisma = new PrismaClient({
        adapter: factory,
        transactionOptions: { maxWait: busy + 5_000, timeout: busy + 10_000 },
      });
      const adapter = await factory.adapter(() => prisma.$connect());
      // Set through the adapter, not a Prisma query: that would also pay for the query compiler's first plan
      // during start-up.
      // A status change acknowledged in chat must survive a power cut.
      await adapter.executeScript('PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON');
      const sql = new AdapterConnection('sqlite', adapter);
      return {
        prisma,
        sql,
        provider: 'sqlite',
        location: file,
        close: async () => {
          await sql.close();
          await prisma.$disconnect();
          unlock();
        },
      };
    } catch (err) {
      unlock();
      throw err;
    }
  }
  if (opts.migrate) await withRetries(url, opts.attempts ?? 5, () => migratePostgres(url));
  // The PostgreSQL client and driver are loaded only by deployments that use them.
  const [{ PrismaPg }, { PrismaClient: PgClient }, { keptStatementsClient }] = await Promise.all([
    import('@prisma/adapter-pg'),
    import('../generated/postgres/client.js'),
    import('./sql/pg-statements.js'),
  ]);
  const named = opts.postgresStatementCache ?? 256;
  // The adapter's pool makes its connections with this class: each names the statements it is sent.
  const factory = new SharingFactory(
    new PrismaPg({ connectionString: url, ...(named > 0 ? { Client: keptStatementsClient(named) } : {}) }),
  );
  const prisma = new PgClient({ adapter: factory }) as unknown as PrismaClient;
  let sql: SqlConnection;
  try {
    await withRetries(url, opts.attempts ?? 5, () => prisma.$queryRawUnsafe('SELECT 1'));
    sql = new AdapterConnection('postgresql', await factory.adapter(() => prisma.$connect()));
  } catch (err) {
    await prisma.$disconnect().catch(() => {});
    throw err;
  }
  return {
    prisma,
    sql,
    provider: 'postgresql',
    location: hidePassword(url),
    close: async () => {
      await sql.close();
      await prisma.$disconnect();
    },
  };
}
