// A floor for both operations figures: the bare grammY bot of bare-bot.mjs that first connects the (compiled)
// Prisma client to the SQLite file BENCH_DB and runs one query, as peygir must before it polls. The gap between
// this and the bare bot is what Prisma's client and its wasm query compiler cost; peygir cannot start faster.
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { Bot } from 'grammy';
import { PrismaClient } from '../dist/src/generated/sqlite/client.js';

const prisma = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: process.env.BENCH_DB }) });
await prisma.$queryRawUnsafe('SELECT 1');
const bot = new Bot('3:FLOOR', { client: { apiRoot: process.env.BENCH_API_ROOT } });
bot.on('message', (ctx) => ctx.reply('ok'));
void bot.start();
