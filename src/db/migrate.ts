// Applies the committed Prisma migrations (prisma/migrations for SQLite, prisma/postgres/migrations for
// PostgreSQL) and records them in `_prisma_migrations` exactly as `prisma migrate deploy` does, so either
// tool can take over. Done with the raw drivers: fast at start-up and in tests, and no CLI round trip.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const PRISMA_DIR = fileURLToPath(new URL('../../prisma/', import.meta.url));

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export function loadMigrations(provider: 'sqlite' | 'postgresql'): Migration[] {
  const dir = provider === 'sqlite' ? join(PRISMA_DIR, 'migrations') : join(PRISMA_DIR, 'postgres', 'migrations');
  return readdirSync(dir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(dir, d.name, 'migration.sql')))
    .map((d) => d.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

const SQLITE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp, "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`;

const PG_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`;

export interface MigrateOptions {
  /** Stop after this migration (a database as an earlier release left it, for upgrade tests). */
  upTo?: string;
}

/** The migrations to apply, in order, up to `upTo` when given. */
function wanted(provider: 'sqlite' | 'postgresql', opts: MigrateOptions): Migration[] {
  const all = loadMigrations(provider);
  return opts.upTo ? all.filter((m) => m.name <= opts.upTo!) : all;
}

/** Applies pending migrations to an SQLite file; returns the names applied. */
export function migrateSqlite(file: string, opts: MigrateOptions = {}): string[] {
  const db = new Database(file);
  try {
    db.pragma('journal_mode = WAL');
    db.exec(SQLITE_TABLE);
    const done = new Set(
      (
        db
          .prepare(
            'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
          )
          .all() as { migration_name: string }[]
      ).map((r) => r.migration_name),
    );
    const applied: string[] = [];
    for (const m of wanted('sqlite', opts)) {
      if (done.has(m.name)) continue;
      db.transaction(() => {
        db.exec(m.sql);
        db.prepare(
          `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, applied_steps_count)
           VALUES (?, ?, current_timestamp, ?, 1)`,
        ).run(randomUUID(), m.checksum, m.name);
      })();
      applied.push(m.name);
    }
    return applied;
  } finally {
    db.close();
  }
}

/** Applies pending migrations to PostgreSQL under an advisory lock, so several instances can start at once. */
export async function migratePostgres(connectionString: string, opts: MigrateOptions = {}): Promise<string[]> {
  // pg is loaded only by deployments on PostgreSQL: an SQLite bot never carries it.
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock(727274)');
    await client.query(PG_TABLE);
    const { rows } = await client.query(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    const done = new Set(rows.map((r: { migration_name: string }) => r.migration_name));
    const applied: string[] = [];
    for (const m of wanted('postgresql', opts)) {
      if (done.has(m.name)) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query(
          `INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, applied_steps_count)
           VALUES ($1, $2, now(), $3, 1)`,
          [randomUUID(), m.checksum, m.name],
        );
        await client.query('COMMIT');
      } catch (err) {
        await client.query('ROLLBACK');
        throw new Error(`migration ${m.name} failed: ${(err as Error).message}`);
      }
      applied.push(m.name);
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock(727274)').catch(() => {});
    await client.end();
  }
}
