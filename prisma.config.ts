// Prisma CLI configuration: the Rust-free client and the JS schema engine, so every command works offline.
// DATABASE_URL chooses the database, as at run time: postgres(ql):// → PostgreSQL, otherwise SQLite.
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { defineConfig } from 'prisma/config';

const url = process.env.DATABASE_URL ?? 'file:./data/peygir.db';
const postgres = /^postgres(ql)?:\/\//.test(url) || process.env.PEYGIR_PRISMA_TARGET === 'postgres';

export default defineConfig({
  experimental: { adapter: true },
  engine: 'js',
  schema: postgres ? 'prisma/postgres/schema.prisma' : 'prisma/schema.prisma',
  async adapter() {
    return postgres ? new PrismaPg({ connectionString: url }) : new PrismaBetterSQLite3({ url });
  },
});
