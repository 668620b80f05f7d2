// Fresh databases for tests: an SQLite file in a temp folder, or a PostgreSQL database with a random
// name (dropped afterwards). PG_TEST_URL points at a server's maintenance database.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { Logger } from 'pino';
import { type App, type AppOptions, createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';

export const PG_ADMIN_URL = process.env.PG_TEST_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export type Provider = 'sqlite' | 'postgresql';

/** Whether a PostgreSQL server answers; PostgreSQL tests are skipped (loudly) where none runs. */
export async function postgresAvailable(): Promise<boolean> {
  const c = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await c.connect();
    await c.end();
    return true;
  } catch {
    return false;
  }
}

export interface FreshDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function freshDatabase(provider: Provider): Promise<FreshDatabase> {
  if (provider === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'peygir-test-'));
    return { url: `file:${join(dir, 'test.db')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
  }
  const name = `peygir_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return {
    url: PG_ADMIN_URL.replace(/\/[^/]*$/, `/${name}`),
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_ADMIN_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}

export interface TestApp extends App {
  cleanup(): Promise<void>;
}

/** A migrated database and an App on it; `env` adds configuration (e.g. SECRETARY_IDS). */
export async function freshApp(
  provider: Provider = 'sqlite',
  env: Record<string, string> = {},
  opts: AppOptions = {},
  logger: Logger = createLogger('silent'),
): Promise<TestApp> {
  const fresh = await freshDatabase(provider);
  // Items get their creation time from the database's clock, not the test's: notices, which follow it, are off
  // unless a test asks for them, so tests on a fake clock near today do not hear of items «given» just now.
  // Evidence files go to a folder of the test's own, removed with it.
  const evidenceDir = mkdtempSync(join(tmpdir(), 'peygir-evidence-'));
  const config = loadConfig({
    DATABASE_URL: fresh.url,
    NOTICE_ON_IMPORT: 'false',
    EVIDENCE_DIR: evidenceDir,
    ...env,
  });
  if (provider === 'postgresql') {
    const { migratePostgres } = await import('../../src/db/migrate.js');
    await migratePostgres(fresh.url);
  }
  const app = await createApp(config, logger, opts);
  return Object.assign(app, {
    cleanup: async () => {
      await app.close();
      await fresh.drop();
      rmSync(evidenceDir, { recursive: true, force: true });
    },
  });
}
