// The baseline for idle memory: a process that only connects the (compiled) Prisma client to an SQLite file.
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '../dist/src/generated/sqlite/client.js';

const prisma = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: process.env.BENCH_DB }) });
await prisma.$queryRawUnsafe('SELECT 1');
process.stdout.write('ready\n');
setInterval(() => {}, 60_000);
