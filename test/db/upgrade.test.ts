// Upgrades keep everything: a database as the first release left it (its migrations and its data) is
// upgraded to the current schema on SQLite and on PostgreSQL; every row and value it held is still there
// and the current code reads and changes it.
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { sqlitePath } from '../../src/db/client.js';
import { migratePostgres, migrateSqlite } from '../../src/db/migrate.js';
import { createLogger } from '../../src/logger.js';
import { chatter } from '../helpers/chat.js';
import { type FreshDatabase, freshDatabase, type Provider, postgresAvailable } from '../helpers/db.js';

/** The last migration of the first release: its schema is where every existing installation started. */
const FIRST_RELEASE = '20261127064119_reminders';
const TABLES = ['Council', 'Meeting', 'Resolution', 'Owner', 'OwnerAlias', 'Assignment', 'StatusEvent', 'ChatBinding'];
const T = "'2026-11-20T06:30:00.000Z'";

/** Data in the first release's columns, written as that release wrote it (portable SQL for both databases). */
const FIRST_RELEASE_DATA = [
  `INSERT INTO "Council" ("id", "name", "chairName") VALUES (1, 'شورای هماهنگی و تلفیق', 'رئیس')`,
  `INSERT INTO "Meeting" ("id", "councilId", "key", "number", "date", "calendar", "gregorianDate", "sourceText", "updatedAt")
   VALUES (1, 1, 'm55', '55', '1401/07/25', 'jalali', '2022-10-17', 'صورتجلسه ۵۵', ${T})`,
  `INSERT INTO "Owner" ("id", "councilId", "name") VALUES (1, 1, 'کمیته فاوا'), (2, 1, 'معاونت مالی')`,
  `INSERT INTO "OwnerAlias" ("id", "councilId", "ownerId", "key", "alias") VALUES (1, 1, 1, 'فاوا', 'فاوا')`,
  `INSERT INTO "Resolution" ("id", "councilId", "meetingId", "row", "publicNumber", "text", "dueDate", "dueAtNextMeeting", "updatedAt")
   VALUES (1, 1, 1, 1, 1, 'تهیه گزارش پیشرفت سرشماری', '2022-11-01', false, ${T}),
          (2, 1, 1, 2, 2, 'برگزاری جلسه با استانداری', NULL, true, ${T})`,
  `INSERT INTO "Assignment" ("id", "resolutionId", "ownerId", "status", "lastNote", "updatedAt")
   VALUES (1, 1, 1, 'done', 'تحویل شد', ${T}), (2, 2, 2, 'open', NULL, ${T}), (3, 2, 1, 'blocked', 'منتظر بودجه', ${T})`,
  `INSERT INTO "StatusEvent" ("id", "assignmentId", "type", "fromStatus", "toStatus", "note", "actorPlatform", "actorId", "actorName", "chatAddress", "batch", "createdAt")
   VALUES (1, 1, 'status', 'open', 'done', 'تحویل شد', 'telegram', '111', 'دبیر', 'telegram:-100:0', 'b1', ${T}),
          (2, 3, 'status', 'open', 'blocked', 'منتظر بودجه', 'telegram', '111', 'دبیر', 'telegram:-100:0', 'b2', ${T})`,
  `INSERT INTO "ChatBinding" ("id", "councilId", "address", "platform", "chatId", "role", "ownerId", "target", "title", "updatedAt")
   VALUES (1, 1, 'console:fava', 'console', 'fava', 'committee', 1, 'کمیته فاوا', 'گروه فاوا', ${T})`,
];

interface Handle {
  exec(sql: string): Promise<void>;
  rows(table: string, columns?: string[]): Promise<Record<string, unknown>[]>;
  close(): Promise<void>;
}

async function connect(provider: Provider, url: string): Promise<Handle> {
  if (provider === 'sqlite') {
    const db = new Database(sqlitePath(url));
    return {
      exec: async (sql) => void db.exec(sql),
      rows: async (t, cols) =>
        db.prepare(`SELECT ${cols?.map((c) => `"${c}"`).join(', ') ?? '*'} FROM "${t}" ORDER BY id`).all() as Record<
          string,
          unknown
        >[],
      close: async () => void db.close(),
    };
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return {
    exec: async (sql) => void (await client.query(sql)),
    rows: async (t, cols) =>
      (await client.query(`SELECT ${cols?.map((c) => `"${c}"`).join(', ') ?? '*'} FROM "${t}" ORDER BY id`)).rows,
    close: () => client.end(),
  };
}

const pgUp = await postgresAvailable();
let fresh: FreshDatabase | undefined;
afterEach(async () => {
  await fresh?.drop();
  fresh = undefined;
});

describe.each(['sqlite', 'postgresql'] as const)('upgrade from the first release on %s', (provider) => {
  it.skipIf(provider === 'postgresql' && !pgUp)(
    'keeps every row and value; the current code works on it',
    async () => {
      fresh = await freshDatabase(provider);
      const url = fresh.url;
      const migrate = (upTo?: string) =>
        provider === 'sqlite'
          ? Promise.resolve(migrateSqlite(sqlitePath(url), { upTo }))
          : migratePostgres(url, { upTo });
      await migrate(FIRST_RELEASE);

      let db = await connect(provider, url);
      for (const sql of FIRST_RELEASE_DATA) await db.exec(sql);
      // That release inserted through its id sequences; these rows were given ids, so move the sequences past them.
      if (provider === 'postgresql') {
        for (const t of TABLES)
          await db.exec(`SELECT setval(pg_get_serial_sequence('"${t}"', 'id'), MAX(id)) FROM "${t}"`);
      }
      const before: Record<string, Record<string, unknown>[]> = {};
      for (const t of TABLES) before[t] = await db.rows(t);
      await db.close();

      await migrate();
      db = await connect(provider, url);
      for (const t of TABLES) {
        const columns = Object.keys(before[t]![0]!);
        expect(await db.rows(t, columns), t).toEqual(before[t]);
      }
      await db.close();

      // The current code reads the old data and keeps writing history on top of it.
      const app = await createApp(
        loadConfig({ DATABASE_URL: url, SECRETARY_IDS: 'console:sec' }),
        createLogger('silent'),
      );
      try {
        const say = chatter(app);
        expect(await say('fava', '/status 2', { user: 'sec' })).toContain('منتظر بودجه');
        await say('fava', '/done 2', { user: 'sec' });
        expect((await app.db.prisma.assignment.findUniqueOrThrow({ where: { id: 3 } })).status).toBe('done');
        const events = await app.db.prisma.statusEvent.findMany({ orderBy: { id: 'asc' } });
        expect(events.map((e) => [e.id, e.toStatus])).toEqual([
          [1, 'done'],
          [2, 'blocked'],
          [3, 'done'],
        ]);
      } finally {
        await app.close();
      }
    },
    60_000,
  );
});
