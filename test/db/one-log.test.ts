// The desk's older log (ResolutionChange) is folded into the one log of changes to a resolution: a database
// at the migration before has desk edits of every kind; after the upgrade each is a ResolutionEvent with the
// same who, where, why and when, reads back as the same change, and the old table is gone.
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { logChanges } from '../../src/core/resolution-log.js';
import { openDatabase, sqlitePath } from '../../src/db/client.js';
import { PrismaCorrections } from '../../src/db/corrections.js';
import { migratePostgres, migrateSqlite } from '../../src/db/migrate.js';
import { type FreshDatabase, freshDatabase, type Provider, postgresAvailable } from '../helpers/db.js';

const BEFORE = '20261202020627_record_changes';
const T = (minute: number) => `'2026-11-30T08:${String(minute).padStart(2, '0')}:00.000Z'`;

const ITEM = [
  `INSERT INTO "Council" ("id", "name") VALUES (1, 'شورا')`,
  `INSERT INTO "Meeting" ("id", "councilId", "key", "number", "sourceText", "updatedAt") VALUES (1, 1, 'n:55', '55', '', ${T(0)})`,
  `INSERT INTO "Owner" ("id", "councilId", "name") VALUES (1, 1, 'کمیته فاوا'), (2, 1, 'دبیرخانه')`,
  `INSERT INTO "Resolution" ("id", "councilId", "meetingId", "row", "publicNumber", "text", "dueAtNextMeeting", "updatedAt")
   VALUES (1, 1, 1, 1, 1, 'متن «تازه»', false, ${T(0)})`,
  `INSERT INTO "Assignment" ("id", "resolutionId", "ownerId", "status", "updatedAt") VALUES (1, 1, 2, 'open', ${T(0)})`,
  // A correction from chat, already in the log: it keeps its id and reads before the copied rows.
  `INSERT INTO "ResolutionEvent" ("id", "resolutionId", "type", "before", "after", "actorPlatform", "actorId", "actorName", "chatAddress", "createdAt")
   VALUES (1, 1, 'deadline', '{"text":"x","deadlineText":null,"dueDate":null,"dueAtNextMeeting":false,"owners":[]}',
           '{"text":"x","deadlineText":null,"dueDate":"2026-12-20","dueAtNextMeeting":false,"owners":[]}',
           'telegram', '7', 'رئیس', 'telegram:-100', ${T(7)})`,
];

/** The desk's edits as the older release wrote them, out of id order in time to show the copy keeps time. */
const DESK_ROWS: [string, string | null, string | null, string | null, number][] = [
  ['created', null, 'متن اول', null, 1],
  ['text', 'متن اول', 'متن «تازه»', null, 2],
  ['deadline', null, '2026-12-01', null, 3],
  ['deadline', '2026-12-01', 'next-meeting', null, 4],
  ['deadline', 'next-meeting', null, null, 5],
  ['owners', 'کمیته فاوا', 'کمیته فاوا، دبیرخانه', null, 6],
  ['owners', 'کمیته فاوا، دبیرخانه', 'دبیرخانه', 'اشتباه در صورتجلسه', 8],
];

const sqlValue = (v: string | null) => (v === null ? 'NULL' : `'${v.replace(/'/g, "''")}'`);
const deskRows = DESK_ROWS.map(
  ([field, from, to, reason, minute], i) =>
    `INSERT INTO "ResolutionChange" ("id", "resolutionId", "field", "fromValue", "toValue", "reason", "actorPlatform", "actorId", "actorName", "chatAddress", "createdAt")
     VALUES (${i + 1}, 1, '${field}', ${sqlValue(from)}, ${sqlValue(to)}, ${sqlValue(reason)}, 'telegram', '100', 'سعید عباسی', 'desk', ${T(minute)})`,
);

async function exec(provider: Provider, url: string, statements: string[]): Promise<unknown[]> {
  if (provider === 'sqlite') {
    const db = new Database(sqlitePath(url));
    try {
      for (const s of statements) db.exec(s);
      return db.prepare(`SELECT name FROM sqlite_master WHERE name = 'ResolutionChange'`).all();
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const s of statements) await client.query(s);
    return (
      await client.query(`SELECT table_name FROM information_schema.tables WHERE table_name = 'ResolutionChange'`)
    ).rows;
  } finally {
    await client.end();
  }
}

const pgUp = await postgresAvailable();
let fresh: FreshDatabase | undefined;
afterEach(async () => {
  await fresh?.drop();
  fresh = undefined;
});

describe.each(['sqlite', 'postgresql'] as const)('the desk’s older log on %s', (provider) => {
  it.skipIf(provider === 'postgresql' && !pgUp)('is copied whole into the one log, then dropped', async () => {
    fresh = await freshDatabase(provider);
    const url = fresh.url;
    const migrate = (upTo?: string) =>
      provider === 'sqlite'
        ? Promise.resolve(migrateSqlite(sqlitePath(url), { upTo }))
        : migratePostgres(url, { upTo });
    await migrate(BEFORE);
    expect(await exec(provider, url, [...ITEM, ...deskRows])).toHaveLength(1);
    await migrate();
    expect(await exec(provider, url, [])).toHaveLength(0);

    const db = await openDatabase(url, { migrate: false });
    try {
      const log = await new PrismaCorrections(db.prisma).log(1);
      const names = (id: number) => ['', 'کمیته فاوا', 'دبیرخانه'][id]!;
      expect(log.map((e) => [e.type, e.createdAt.toISOString().slice(11, 16), e.reason])).toEqual([
        ['added', '08:01', null],
        ['text', '08:02', null],
        ['deadline', '08:03', null],
        ['deadline', '08:04', null],
        ['deadline', '08:05', null],
        ['owners', '08:06', null],
        ['deadline', '08:07', null],
        ['owners', '08:08', 'اشتباه در صورتجلسه'],
      ]);
      // The chat's row kept its id; the copies follow it.
      expect(log[6]).toMatchObject({ id: 1, chatAddress: 'telegram:-100', actorName: 'رئیس' });
      expect(log.filter((e) => e.id !== 1).every((e) => e.id > 1)).toBe(true);
      for (const e of log.filter((e) => e.id !== 1)) {
        expect(e).toMatchObject({
          actorPlatform: 'telegram',
          actorId: '100',
          actorName: 'سعید عباسی',
          chatAddress: 'desk',
        });
      }
      expect(log.map((e) => logChanges(e, names))).toEqual([
        [{ field: 'added', text: 'متن اول' }],
        [{ field: 'text', from: 'متن اول', to: 'متن «تازه»' }],
        [{ field: 'deadline', from: { kind: 'none' }, to: { kind: 'date', date: '2026-12-01' } }],
        [{ field: 'deadline', from: { kind: 'date', date: '2026-12-01' }, to: { kind: 'next-meeting' } }],
        [{ field: 'deadline', from: { kind: 'next-meeting' }, to: { kind: 'none' } }],
        [{ field: 'owners', from: ['کمیته فاوا'], to: ['کمیته فاوا', 'دبیرخانه'] }],
        [{ field: 'deadline', from: { kind: 'none' }, to: { kind: 'date', date: '2026-12-20' } }],
        [{ field: 'owners', from: ['کمیته فاوا', 'دبیرخانه'], to: ['دبیرخانه'] }],
      ]);
      // New rows go on after the copies.
      const next = await db.prisma.resolutionEvent.create({
        data: {
          resolutionId: 1,
          type: 'text',
          before: '{}',
          after: '{}',
          actorPlatform: 'x',
          actorId: 'x',
          chatAddress: 'desk',
        },
      });
      expect(next.id).toBe(Math.max(...log.map((e) => e.id)) + 1);
    } finally {
      await db.close();
    }
  });
});
