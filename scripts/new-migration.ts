// Creates a migration for both databases from the change in prisma/schema.prisma:
//   npm run db:new-migration -- <name>
// It applies the existing migrations to scratch databases and diffs them against the schema, so the
// generated SQL is exactly what the schema change needs. Needs a PostgreSQL server (PG_ADMIN_URL).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { migratePostgres, migrateSqlite } from '../src/db/migrate.js';
import { derivePostgresSchema, POSTGRES_SCHEMA, SQLITE_SCHEMA } from './schemas.js';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  process.stderr.write('usage: npm run db:new-migration -- <snake_case_name>\n');
  process.exit(2);
}
writeFileSync(POSTGRES_SCHEMA, derivePostgresSchema(readFileSync(SQLITE_SCHEMA, 'utf8')));
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
const root = fileURLToPath(new URL('../prisma/', import.meta.url));

function diff(url: string, schema: string): string {
  return execFileSync(
    'npx',
    ['prisma', 'migrate', 'diff', '--from-url', url, '--to-schema-datamodel', schema, '--script'],
    {
      env: { ...process.env, DATABASE_URL: url },
      encoding: 'utf8',
    },
  );
}

const dir = mkdtempSync(join(tmpdir(), 'peygir-mig-'));
const sqliteFile = join(dir, 'scratch.db');
migrateSqlite(sqliteFile);
const sqliteSql = diff(`file:${sqliteFile}`, SQLITE_SCHEMA);

const admin = process.env.PG_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';
const db = `peygir_mig_${process.pid}`;
const client = new pg.Client({ connectionString: admin });
await client.connect();
await client.query(`CREATE DATABASE ${db}`);
const pgUrl = admin.replace(/\/[^/]*$/, `/${db}`);
let pgSql = '';
try {
  await migratePostgres(pgUrl);
  pgSql = diff(pgUrl, POSTGRES_SCHEMA);
} finally {
  await client.query(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`);
  await client.end();
}
for (const [base, sql] of [
  [join(root, 'migrations'), sqliteSql],
  [join(root, 'postgres', 'migrations'), pgSql],
] as const) {
  mkdirSync(join(base, `${stamp}_${name}`), { recursive: true });
  writeFileSync(join(base, `${stamp}_${name}`, 'migration.sql'), sql);
}
process.stdout.write(`created ${stamp}_${name} for SQLite and PostgreSQL\n`);
