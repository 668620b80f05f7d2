// Creates a migration for both databases from the change in prisma/schema.prisma:
//   npm run db:new-migration -- <name>
// The offline (JS) schema engine cannot diff against a live database, so the starting point is the schema
// as committed with the newest migration; commit each migration together with the schema it came from.
// The PostgreSQL diff connects to a server (PG_ADMIN_URL) but changes nothing there.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { derivePostgresSchema, POSTGRES_SCHEMA, SQLITE_SCHEMA } from './schemas.js';

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  process.stderr.write('usage: npm run db:new-migration -- <snake_case_name>\n');
  process.exit(2);
}
const root = fileURLToPath(new URL('../', import.meta.url));
const git = (...args: string[]) => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();
const commit = git('log', '-1', '--format=%H', '--', 'prisma/migrations');
const before = git('show', `${commit}:prisma/schema.prisma`);
const now = readFileSync(SQLITE_SCHEMA, 'utf8');
writeFileSync(POSTGRES_SCHEMA, derivePostgresSchema(now));

const dir = mkdtempSync(join(tmpdir(), 'peygir-migration-'));
function diff(provider: 'sqlite' | 'postgres', from: string, to: string): string {
  const fromFile = join(dir, `${provider}-before.prisma`);
  const toFile = join(dir, `${provider}-after.prisma`);
  writeFileSync(fromFile, from);
  writeFileSync(toFile, to);
  const env = {
    ...process.env,
    DATABASE_URL:
      provider === 'postgres'
        ? (process.env.PG_ADMIN_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres')
        : `file:${join(dir, 'x.db')}`,
  };
  return execFileSync(
    'npx',
    ['prisma', 'migrate', 'diff', '--from-schema-datamodel', fromFile, '--to-schema-datamodel', toFile, '--script'],
    {
      cwd: root,
      env,
      encoding: 'utf8',
    },
  );
}
const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
for (const [provider, base, sql] of [
  ['sqlite', join(root, 'prisma/migrations'), diff('sqlite', before, now)],
  [
    'postgres',
    join(root, 'prisma/postgres/migrations'),
    diff('postgres', derivePostgresSchema(before), derivePostgresSchema(now)),
  ],
] as const) {
  if (!sql.trim() || /^-- This is an empty migration/.test(sql.trim())) {
    process.stdout.write(`${provider}: no schema change\n`);
    continue;
  }
  mkdirSync(join(base, `${stamp}_${name}`), { recursive: true });
  writeFileSync(join(base, `${stamp}_${name}`, 'migration.sql'), sql);
  process.stdout.write(`${provider}: created ${stamp}_${name}\n`);
}
