// deskRegisterVsRaw: the desk's first register page for one owner of a council with 100k resolutions, as a
// browser gets it (session, filters, totals, HTML), against the same 50 rows, with the columns a line shows,
// read by one raw SQL query of the bench's own through its own better-sqlite3 connection (WAL, synchronous =
// FULL, as peygir's). Interleaved rounds, the median of per-round ratios; also the page's size. The register
// keeps its totals and owner list until the data changes, so the same page is also timed right after a write
// (deskRegisterColdVsRaw): what the first view after any change costs, the raw query likewise timed right after
// a write of its own; and the unfiltered register's first page right after a write against its first 50 rows
// read raw after a write (deskRegisterColdAllVsRaw), where the totals count the whole council.
//
// The raw side reads and writes a copy of the same database, so each side reads after its own commit only, as
// the desk does in peygir, where the chat, the jobs and the desk share one connection. A write by another
// connection (another process: `peygir import` run beside the bot) also makes SQLite drop the reader's page
// cache; deskRegisterOtherWriterVsRaw times the owner's page after such a write against the raw query after the
// same on its copy: reported, with no target of its own.
import { rmSync } from 'node:fs';
import type { Hono } from 'hono';
import { sqlitePath } from '../src/db/client.js';
import { deskRoutes } from '../src/desk/app.js';
import { createHttpServer } from '../src/http/server.js';
import { type Figure, interleaved, plain } from './figure.js';
import { freshApp, median, round } from './fixture.js';
import { openSqlite, rawSqlite } from './raw.js';
import { ratioValue, type Value } from './stats.js';

const OWNERS = 100;

export interface DeskBenchResult {
  resolutions: number;
  pageMs: number;
  coldMs: number;
  rawMs: number;
  rawAfterWriteMs: number;
  /** The unfiltered register right after a write, and the same first 50 rows read raw after a write. */
  coldAllMs: number;
  rawAllAfterWriteMs: number;
  pageKb: number;
  warm: Value;
  cold: Value;
  coldAll: Value;
  /** The owner's page after another connection's write, and the raw query after the same on its copy. */
  otherWriterMs: number;
  rawAfterOtherWriterMs: number;
  otherWriter: Value;
}

// What a line of the register shows: the item's number, meeting and its date, row, text and deadline, and each
// owner's name and status. The raw side reads the same, no more.
const COLUMNS = `SELECT r."id", r."publicNumber", m."number", m."gregorianDate", r."row", r."text", r."dueDate",
  r."dueAtNextMeeting", a."status", o."name"
FROM "Resolution" r JOIN "Meeting" m ON m."id" = r."meetingId"
JOIN "Assignment" a ON a."resolutionId" = r."id" JOIN "Owner" o ON o."id" = a."ownerId"`;

const RAW = `${COLUMNS}
WHERE r."id" IN (SELECT r2."id" FROM "Resolution" r2 JOIN "Assignment" a2 ON a2."resolutionId" = r2."id"
  WHERE a2."ownerId" = $1 ORDER BY r2."publicNumber" LIMIT 50)
ORDER BY r."publicNumber", a."id"`;

const RAW_ALL = `${COLUMNS}
WHERE r."id" IN (SELECT r2."id" FROM "Resolution" r2 WHERE r2."councilId" = $1 ORDER BY r2."publicNumber" LIMIT 50)
ORDER BY r."publicNumber", a."id"`;

export async function benchDesk(resolutions = 100_000, rounds = 15): Promise<DeskBenchResult> {
  const app = await freshApp('sqlite', { SECRETARY_IDS: 'console:bench' });
  try {
    const prisma = app.db.prisma;
    const meeting = await prisma.meeting.create({
      data: { councilId: app.councilId, key: 'bench', number: '1', sourceText: '-' },
    });
    await prisma.owner.createMany({
      data: Array.from({ length: OWNERS }, (_, i) => ({ councilId: app.councilId, name: `کمیته ${i}` })),
    });
    const owners = await prisma.owner.findMany({ orderBy: { id: 'asc' } });
    await prisma.ownerAlias.createMany({
      data: owners.map((o) => ({ councilId: app.councilId, ownerId: o.id, key: o.name, alias: o.name })),
    });
    const db = openSqlite(sqlitePath(app.config.databaseUrl));
    const now = new Date().toISOString();
    const res = db.prepare(
      'INSERT INTO "Resolution" ("councilId","meetingId","row","publicNumber","text","dueDate","updatedAt") VALUES (?,?,?,?,?,?,?)',
    );
    const asg = db.prepare('INSERT INTO "Assignment" ("resolutionId","ownerId","status","updatedAt") VALUES (?,?,?,?)');
    db.transaction(() => {
      for (let i = 0; i < resolutions; i++) {
        const due = i % 3 === 0 ? '2024-01-01' : null;
        const { lastInsertRowid } = res.run(app.councilId, meeting.id, i + 1, i + 1, `مصوبه شماره ${i}`, due, now);
        asg.run(lastInsertRowid, owners[i % OWNERS]!.id, i % 4 === 0 ? 'done' : 'open', now);
      }
    })();
    // The raw side's copy, with everything written so far (VACUUM INTO reads through the WAL).
    const file = sqlitePath(app.config.databaseUrl);
    const copy = `${file}.raw`;
    rmSync(copy, { force: true });
    db.prepare('VACUUM INTO ?').run(copy);
    db.close();

    const server = createHttpServer();
    server.mount('/desk', deskRoutes(app));
    const http = server.app as unknown as Hono;
    // The configured secretary, as `desk-link --user console:bench` signs them in.
    const link = await app.desk.links.issue({
      platform: 'console',
      userId: 'bench',
      name: 'bench',
      role: 'secretary',
      origin: 'cli',
    });
    const signIn = await http.request(new URL(link!).pathname, { method: 'POST' });
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const owner = owners[OWNERS / 2]!;
    const url = `/desk?owner=${encodeURIComponent(owner.name)}`;

    const page = async (at = url) => {
      const r = await http.request(at, { headers: { cookie } });
      if (r.status !== 200) throw new Error(`register page answered ${r.status}`);
      return r.text();
    };
    const rawDb = rawSqlite(copy);
    // Another process's connection to each file: a CLI command run beside the bot.
    const other = openSqlite(file);
    const otherRaw = openSqlite(copy);
    try {
      const raw = async () => {
        const rows = await rawDb.all(RAW, [owner.id]);
        if (rows.length !== 50) throw new Error(`the raw query read ${rows.length} rows, not 50`);
      };
      // The council's first 50 by number, as a careful hand writes it: through the (council, number) index.
      const rawAll = () => rawDb.all(RAW_ALL, [app.councilId]);
      // A write that changes nothing the page shows, but is a write: whatever the desk kept is read again. Each
      // side writes on its own connection to its own file, so each reads after a commit of its own.
      const TOUCH = `UPDATE "Council" SET "name" = "name" WHERE "id" = $1`;
      const write = () => app.db.sql.write([{ query: { name: 'bench_touch', sql: TOUCH }, params: [app.councilId] }]);
      const rawWrite = () => rawDb.write([[TOUCH, [app.councilId]]]);
      const touch = other.prepare('UPDATE "Council" SET "name" = "name" WHERE "id" = ?');
      const touchRaw = otherRaw.prepare('UPDATE "Council" SET "name" = "name" WHERE "id" = ?');
      const otherWrite = async () => void touch.run(app.councilId);
      const otherRawWrite = async () => void touchRaw.run(app.councilId);
      // Warm both paths (statement caches, SQLite page cache) before measuring.
      const html = await page();
      await raw();
      await rawAll();
      const warm = await interleaved({ page: () => page(), raw }, rounds);
      const cold = await interleaved(
        { page: { before: write, run: () => page() }, raw: { before: rawWrite, run: raw } },
        rounds,
      );
      const coldAll = await interleaved(
        { page: { before: write, run: () => page('/desk') }, raw: { before: rawWrite, run: rawAll } },
        rounds,
      );
      const afterOther = await interleaved(
        { page: { before: otherWrite, run: () => page() }, raw: { before: otherRawWrite, run: raw } },
        rounds,
      );
      return {
        resolutions,
        pageMs: median(warm.page),
        rawMs: median(warm.raw),
        coldMs: median(cold.page),
        rawAfterWriteMs: median(cold.raw),
        coldAllMs: median(coldAll.page),
        rawAllAfterWriteMs: median(coldAll.raw),
        pageKb: Buffer.byteLength(html) / 1024,
        warm: ratioValue('deskRegisterVsRaw', warm.page, warm.raw),
        cold: ratioValue('deskRegisterColdVsRaw', cold.page, cold.raw),
        coldAll: ratioValue('deskRegisterColdAllVsRaw', coldAll.page, coldAll.raw),
        otherWriterMs: median(afterOther.page),
        rawAfterOtherWriterMs: median(afterOther.raw),
        otherWriter: ratioValue('deskRegisterOtherWriterVsRaw', afterOther.page, afterOther.raw),
      };
    } finally {
      other.close();
      otherRaw.close();
      await rawDb.close();
      for (const f of [copy, `${copy}-wal`, `${copy}-shm`]) rmSync(f, { force: true });
    }
  } finally {
    await app.cleanup();
  }
}

export const deskFigure: Figure = {
  name: 'desk',
  async run(quick) {
    const desk = await benchDesk(quick ? 10_000 : 100_000, quick ? 15 : 60);
    return {
      rows: [
        [
          `desk register, ${quick ? '10k' : '100k'}, one owner`,
          `page ${round(desk.pageMs, 1)} ms (${round(desk.coldMs, 1)} ms after a write; unfiltered ${round(desk.coldAllMs, 1)} ms vs raw ${round(desk.rawAllAfterWriteMs, 1)} ms; ${round(desk.otherWriterMs, 1)} ms vs raw ${round(desk.rawAfterOtherWriterMs, 1)} ms after another process's write)`,
          `raw SQL ${round(desk.rawMs, 1)} ms`,
          `${round(desk.pageKb, 1)} KB HTML`,
        ],
      ],
      values: [desk.warm, desk.cold, desk.coldAll, desk.otherWriter, plain('deskPageKb', desk.pageKb)],
    };
  },
};
