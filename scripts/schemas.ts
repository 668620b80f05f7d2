// prisma/schema.prisma (SQLite) is the single source of truth; the PostgreSQL schema differs only in its
// generator output and datasource, and is derived here.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const SQLITE_SCHEMA = fileURLToPath(new URL('../prisma/schema.prisma', import.meta.url));
export const POSTGRES_SCHEMA = fileURLToPath(new URL('../prisma/postgres/schema.prisma', import.meta.url));

export function derivePostgresSchema(sqlite: string): string {
  return sqlite
    .replace(
      /^\/\/ The single source of truth.*$/m,
      '// GENERATED from prisma/schema.prisma by `npm run db:sync-schemas`: edit that file, not this one.',
    )
    .replace('output     = "../src/generated/sqlite"', 'output     = "../../src/generated/postgres"')
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('url      = "file:../data/peygir.db"', 'url      = "postgresql://localhost:5432/peygir"');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const want = derivePostgresSchema(readFileSync(SQLITE_SCHEMA, 'utf8'));
  if (process.argv.includes('--check')) {
    if (readFileSync(POSTGRES_SCHEMA, 'utf8') !== want) {
      process.stderr.write('prisma/postgres/schema.prisma is out of date: run npm run db:sync-schemas\n');
      process.exit(1);
    }
  } else {
    writeFileSync(POSTGRES_SCHEMA, want);
  }
}
