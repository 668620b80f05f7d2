// The register's totals the database keeps (RegisterCount and each item's share counters, kept by triggers):
// after every kind of write — an import, a status change, a share taken off or merged into another owner, a new
// deadline, a rolled-back import, a statement of anyone's own, a restore, an upgrade of a database that held
// items already — they equal the totals counted item by item, for the whole council and for each owner, on
// SQLite and PostgreSQL.
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { writeBackup } from '../../src/db/backup.js';
import { openDatabase, sqlitePath } from '../../src/db/client.js';
import { loadMigrations, migratePostgres, migrateSqlite } from '../../src/db/migrate.js';
import { registerTotals } from '../../src/db/register.js';
import { COUNCIL_ITEMS, countedScope, countedTotals } from '../../src/db/register-counts.js';
import { openBackup, readBackup, restoreBackup } from '../../src/db/restore.js';
import type { SqlConnection } from '../../src/db/sql/connection.js';
import { registerTotalsQuery } from '../../src/db/sql/register.js';
import {
  type FreshDatabase,
  freshApp,
  freshDatabase,
  type Provider,
  postgresAvailable,
  type TestApp,
} from '../helpers/db.js';
import { seed, seedMinutes } from '../helpers/seed.js';

const pgUp = await postgresAvailable();
const ACTOR = { platform: 'console', userId: 'test', name: 'test' };
// Before, between and after the seed's deadlines, so overdue counts move with the day.
const DAYS = ['2022-10-01', '2022-11-15', '2023-06-01'];

/** The totals counted item by item, as the register counts any other filter. */
async function recounted(sql: SqlConnection, councilId: number, ownerId: number | undefined, today: string) {
  const q = registerTotalsQuery(sql.provider, councilId, ownerId === undefined ? {} : { ownerId }, today);
  const [row] = await sql.rows(q.query, q.params);
  const [total, done, overdue] = (row ?? []).map((n) => Number(n ?? 0)) as [number, number, number];
  return { total, done, open: total - done, overdue };
}

/** Every scope the database keeps, each day: what it keeps and what counting finds. */
async function both(sql: SqlConnection, councilId: number) {
  const owners = (await sql.rows({ name: 't_owners', sql: `SELECT "id" FROM "Owner" ORDER BY "id"` }, [])).map((r) =>
    Number(r[0]),
  );
  const kept: unknown[] = [];
  const counted: unknown[] = [];
  for (const today of DAYS) {
    for (const ownerId of [undefined, ...owners]) {
      kept.push([today, ownerId, await countedTotals(sql, councilId, ownerId ?? COUNCIL_ITEMS, today)]);
      counted.push([today, ownerId, await recounted(sql, councilId, ownerId, today)]);
    }
  }
  // Each item's counters against its shares.
  const counters = await sql.rows(
    {
      name: 't_counters',
      sql: `SELECT r."id", r."shares", r."openShares",
  (SELECT COUNT(*) FROM "Assignment" a WHERE a."resolutionId" = r."id" AND a."removedAt" IS NULL),
  (SELECT COUNT(*) FROM "Assignment" a WHERE a."resolutionId" = r."id" AND a."removedAt" IS NULL AND a."status" NOT IN ('done', 'cancelled'))
FROM "Resolution" r ORDER BY r."id"`,
    },
    [],
  );
  return {
    kept,
    counted,
    counters: counters.map((r) => r.slice(0, 3).map(Number)),
    shares: counters.map((r) => [Number(r[0]), Number(r[3]), Number(r[4])]),
  };
}

async function expectKeptAsCounted(sql: SqlConnection, councilId: number) {
  const b = await both(sql, councilId);
  expect(b.kept).toEqual(b.counted);
  expect(b.counters).toEqual(b.shares);
  return b;
}

describe('which filters the kept counts answer', () => {
  it('the whole council, and one owner alone', () => {
    expect(countedScope({})).toBe(COUNCIL_ITEMS);
    expect(countedScope({ ownerId: 7 })).toBe(7);
    // Empty or false filters are no filters, as the desk's form sends them.
    expect(countedScope({ text: '', overdue: false })).toBe(COUNCIL_ITEMS);
    // The register's order and page are not filters.
    expect(countedScope({ ownerId: 7, sort: 'due', desc: true, page: 3 } as never)).toBe(7);
    expect(countedScope({ phonesReach: true })).toBe(COUNCIL_ITEMS);
  });
  it('not an owner with another filter, nor any other filter', () => {
    expect(countedScope({ ownerId: 7, overdue: true })).toBeUndefined();
    expect(countedScope({ status: 'done' })).toBeUndefined();
    expect(countedScope({ text: 'بودجه' })).toBeUndefined();
    expect(countedScope({ meeting: '55' })).toBeUndefined();
    expect(countedScope({ unreached: true, phonesReach: true })).toBeUndefined();
  });
});

describe.each(['sqlite', 'postgresql'] as Provider[])('the kept register counts on %s', (provider) => {
  let app: TestApp | undefined;
  let fresh: FreshDatabase | undefined;
  afterEach(async () => {
    await app?.cleanup();
    app = undefined;
    await fresh?.drop();
    fresh = undefined;
  });
  const run = it.skipIf(provider === 'postgresql' && !pgUp);

  run('equal the totals counted item by item after every kind of write', async () => {
    app = await freshApp(provider);
    const { sql, prisma } = app.db;
    const council = app.councilId;
    await seed(
      app,
      seedMinutes({ 1: { dueDate: '2022-11-01' }, 4: { dueDate: '2022-11-01' }, 5: { dueDate: '2023-01-01' } }),
    );
    await expectKeptAsCounted(sql, council);
    // Not vacuous: the seed has items, owners with shares, and overdue ones on the last day.
    const all = await countedTotals(sql, council, COUNCIL_ITEMS, '2023-06-01');
    expect(all).toEqual({ total: 7, done: 0, open: 7, overdue: 3 });

    const shareOf = async (item: number, owner: string) => {
      const o = (await app!.store.findOwner(owner))!;
      const r = (await app!.store.getResolution({ kind: 'number', number: item }))!;
      return r.assignments.find((a) => a.ownerId === o.id)!.id;
    };
    // A status change, as /done makes it, and others.
    await prisma.assignment.update({ where: { id: await shareOf(1, 'کمیته فاوا') }, data: { status: 'done' } });
    await prisma.assignment.update({
      where: { id: await shareOf(5, 'سازمان برنامه و بودجه') },
      data: { status: 'cancelled' },
    });
    await prisma.assignment.update({ where: { id: await shareOf(2, 'کمیته فاوا') }, data: { status: 'blocked' } });
    await expectKeptAsCounted(sql, council);
    expect(await countedTotals(sql, council, COUNCIL_ITEMS, '2023-06-01')).toEqual({
      total: 7,
      done: 2,
      open: 5,
      overdue: 1,
    });
    // Reopened.
    await prisma.assignment.update({ where: { id: await shareOf(1, 'کمیته فاوا') }, data: { status: 'open' } });
    // A share taken off, then given back; the item left with no owner is neither done nor pending.
    await prisma.assignment.update({ where: { id: await shareOf(7, 'فاوا') }, data: { removedAt: new Date() } });
    await expectKeptAsCounted(sql, council);
    await prisma.assignment.updateMany({ where: { resolution: { publicNumber: 7 } }, data: { removedAt: null } });
    // A new owner on an item, and a new item at the desk.
    const extra = await prisma.owner.create({ data: { councilId: council, name: 'کمیته تازه' } });
    const item3 = (await app.store.getResolution({ kind: 'number', number: 3 }))!;
    await prisma.assignment.create({ data: { resolutionId: item3.id, ownerId: extra.id, status: 'done' } });
    const meeting = await prisma.meeting.findFirstOrThrow();
    await prisma.resolution.create({
      data: {
        councilId: council,
        meetingId: meeting.id,
        row: 99,
        publicNumber: 99,
        text: 'تازه',
        dueDate: '2022-09-01',
      },
    });
    await expectKeptAsCounted(sql, council);
    // New deadlines: an item's shares move with it in their owners' counts; one loses its date.
    await prisma.resolution.update({ where: { id: item3.id }, data: { dueDate: '2022-10-20' } });
    await prisma.resolution.updateMany({ where: { publicNumber: 4 }, data: { dueDate: null } });
    await expectKeptAsCounted(sql, council);
    // A merge of owners moves shares from one owner to the other.
    const data = (await app.store.findOwner('کمیته تامین داده'))!;
    const budget = (await app.store.findOwner('سازمان برنامه و بودجه'))!;
    await app.desk.owners.merge(data.id, budget.id, ACTOR, 'desk');
    await expectKeptAsCounted(sql, council);
    // A statement of anyone's own goes through the same triggers.
    const komite = (await app.store.findOwner('کمیته فاوا'))!;
    await sql.write([
      {
        query: { name: 't_close_all', sql: `UPDATE "Assignment" SET "status" = 'done' WHERE "ownerId" = $1` },
        params: [komite.id],
      },
    ]);
    await expectKeptAsCounted(sql, council);
    // Deleting an item with its shares (as an import rolled back does) takes it out of every count.
    const last = await prisma.resolution.findFirstOrThrow({ where: { publicNumber: 99 } });
    await prisma.assignment.create({ data: { resolutionId: last.id, ownerId: komite.id } });
    await expectKeptAsCounted(sql, council);
    await prisma.assignment.deleteMany({ where: { resolutionId: last.id } });
    await prisma.resolution.delete({ where: { id: last.id } });
    const after = await expectKeptAsCounted(sql, council);
    expect((await countedTotals(sql, council, COUNCIL_ITEMS, '2023-06-01')).total).toBe(7);
    // And the register's totals read them.
    for (const today of DAYS) {
      expect(await registerTotals(sql, council, {}, today)).toEqual(await recounted(sql, council, undefined, today));
      expect(await registerTotals(sql, council, { ownerId: komite.id }, today)).toEqual(
        await recounted(sql, council, komite.id, today),
      );
    }
    expect(after.kept.length).toBeGreaterThan(DAYS.length);
  });

  run('a rolled-back import takes its items out of every count', async () => {
    app = await freshApp(provider);
    const { meetingId } = await seed(app);
    await app.desk.importUndo.undo(meetingId, ACTOR, 'desk');
    await expectKeptAsCounted(app.db.sql, app.councilId);
    expect(await countedTotals(app.db.sql, app.councilId, COUNCIL_ITEMS, '2023-06-01')).toEqual({
      total: 0,
      done: 0,
      open: 0,
      overdue: 0,
    });
  });

  run('a share stays with its item: moving it to another is refused and changes nothing', async () => {
    app = await freshApp(provider);
    await seed(app);
    // Item 5's owner has no share in item 1, so only the rule stands in the way.
    const [one, five] = await Promise.all(
      [1, 5].map((n) => app!.db.prisma.resolution.findFirstOrThrow({ where: { publicNumber: n } })),
    );
    const share = await app.db.prisma.assignment.findFirstOrThrow({ where: { resolutionId: five!.id } });
    const move = {
      query: { name: 't_move', sql: `UPDATE "Assignment" SET "resolutionId" = $1 WHERE "id" = $2` },
      params: [one!.id, share.id],
    };
    if (provider === 'sqlite') {
      // Prisma's SQLite adapter names a trigger's refusal by its class alone; the driver says the words.
      await expect(app.db.sql.write([move])).rejects.toThrow(/ForeignKeyConstraintViolation/);
      const own = new Database(sqlitePath(app.config.databaseUrl));
      try {
        expect(() => own.prepare(move.query.sql.replace(/\$\d/g, '?')).run(...move.params)).toThrow(
          /cannot move to another item/,
        );
      } finally {
        own.close();
      }
    } else {
      await expect(app.db.sql.write([move])).rejects.toThrow(/cannot move to another item/);
    }
    // Prisma's own update meets the same refusal.
    await expect(
      app.db.prisma.assignment.update({ where: { id: share.id }, data: { resolutionId: one!.id } }),
    ).rejects.toThrow();
    expect((await app.db.prisma.assignment.findUniqueOrThrow({ where: { id: share.id } })).resolutionId).toBe(five!.id);
    await expectKeptAsCounted(app.db.sql, app.councilId);
  });

  run('a restore counts everything anew from the rows it loads', async () => {
    app = await freshApp(provider);
    await seed(app, seedMinutes({ 1: { dueDate: '2022-11-01' } }));
    await app.db.prisma.assignment.updateMany({ where: { resolution: { publicNumber: 2 } }, data: { status: 'done' } });
    const before = await both(app.db.sql, app.councilId);
    const file = join(app.config.EVIDENCE_DIR, 'backup.tar.gz');
    await writeBackup(app.db, file, { evidenceDir: app.config.EVIDENCE_DIR });
    const current = loadMigrations(provider).map((m) => m.name);
    expect(Object.keys((await readBackup(file, current)).tables)).not.toContain('RegisterCount');
    await restoreBackup(app.db, await openBackup(file, current), {
      replace: true,
      evidenceDir: app.config.EVIDENCE_DIR,
    });
    const restored = await expectKeptAsCounted(app.db.sql, app.councilId);
    expect(restored.kept).toEqual(before.kept);
  });

  run('an upgrade counts the items a database already held', async () => {
    fresh = await freshDatabase(provider);
    const url = fresh.url;
    const BEFORE = '20261206180300_saved_filters';
    if (provider === 'sqlite') migrateSqlite(sqlitePath(url), { upTo: BEFORE });
    else await migratePostgres(url, { upTo: BEFORE });
    const db = await openDatabase(url, { migrate: false });
    try {
      const council = await db.prisma.council.create({ data: { name: 'شورا' } });
      const meeting = await db.prisma.meeting.create({
        data: { councilId: council.id, key: 'k', number: '1', sourceText: '-' },
      });
      const [o1, o2] = await Promise.all(
        ['الف', 'ب'].map((name) => db.prisma.owner.create({ data: { councilId: council.id, name } })),
      );
      // Written as the older schema has them: without the counters this upgrade adds.
      const write = (name: string, sql: string, params: unknown[]) => db.sql.write([{ query: { name, sql }, params }]);
      const now = new Date().toISOString();
      const share = `INSERT INTO "Assignment" ("resolutionId", "ownerId", "status", "updatedAt") VALUES ($1, $2, $3, $4)`;
      for (let i = 1; i <= 6; i++) {
        await write(
          't_item',
          `INSERT INTO "Resolution" ("id", "councilId", "meetingId", "row", "publicNumber", "text", "dueDate", "updatedAt")
VALUES ($1, $2, $3, $1, $1, $4, $5, $6)`,
          [i, council.id, meeting.id, `بند ${i}`, i % 2 ? '2022-11-01' : null, now],
        );
        await write('t_share', share, [i, o1!.id, i < 3 ? 'done' : 'open', now]);
        if (i % 3 === 0) await write('t_share', share, [i, o2!.id, 'open', now]);
      }
    } finally {
      await db.close();
    }
    if (provider === 'sqlite') migrateSqlite(sqlitePath(url));
    else await migratePostgres(url);
    const after = await openDatabase(url, { migrate: false });
    try {
      const b = await expectKeptAsCounted(after.sql, 1);
      expect(await countedTotals(after.sql, 1, COUNCIL_ITEMS, '2023-01-01')).toEqual({
        total: 6,
        done: 2,
        open: 4,
        overdue: 2,
      });
      expect(b.kept.length).toBe(DAYS.length * 3);
    } finally {
      await after.close();
    }
  });
});
