// The desk register's hand-written SQL on SQLite and on PostgreSQL: every filter, each sort both ways, paging,
// the totals as /status counts them, owners with their spellings, and the session read on every request.

import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDigest } from '../../src/core/digest.js';
import type { ResolutionView } from '../../src/core/ports.js';
import { sqlitePath } from '../../src/db/client.js';
import {
  PAGE_SIZE,
  type RegisterFilter,
  type RegisterQuery,
  type RegisterRow,
  registerPage,
  registerSelection,
  registerTotals,
} from '../../src/db/register.js';
import { ownerNamed, readOwners } from '../../src/db/sql/owners.js';
import { registerTotalsQuery } from '../../src/db/sql/register.js';
import { loadResolutions, narrowToOwners } from '../../src/reports/data.js';
import { freshApp, type Provider, postgresAvailable, type TestApp } from '../helpers/db.js';
import { seed } from '../helpers/seed.js';
import { countStatements } from '../helpers/statements.js';

const pgUp = await postgresAvailable();
const TODAY = '2022-12-01';

/** A full view narrowed to what a line of the register shows (RegisterRow). */
const asLine = (v: ResolutionView): RegisterRow => ({
  id: v.id,
  publicNumber: v.publicNumber,
  meetingNumber: v.meetingNumber,
  meetingDate: v.meetingDate,
  row: v.row,
  text: v.text,
  dueDate: v.dueDate,
  dueAtNextMeeting: v.dueAtNextMeeting,
  assignments: v.assignments.map((a) => ({ ownerName: a.ownerName, status: a.status })),
});

describe.each(['sqlite', 'postgresql'] as Provider[])('the register’s SQL on %s', (provider) => {
  let app: TestApp;
  beforeEach(async () => {
    if (provider === 'postgresql' && !pgUp) return;
    app = await freshApp(provider);
    await seed(app);
  });
  afterEach(async () => app?.cleanup());
  const run = it.skipIf(provider === 'postgresql' && !pgUp);

  const page = (q: Partial<RegisterQuery>) =>
    registerPage(app.db.sql, app.councilId, { sort: 'number', desc: false, page: 1, ...q }, TODAY);
  const numbers = async (q: Partial<RegisterQuery>) => (await page(q)).rows.map((r) => r.publicNumber);
  const share = async (item: number, owner: string) => {
    const o = (await app.store.findOwner(owner))!;
    const r = (await app.store.getResolution({ kind: 'number', number: item }))!;
    return r.assignments.find((a) => a.ownerId === o.id)!.id;
  };

  run('filters by owner, status, overdue, blocked, meeting, dates and text; totals as /status counts', async () => {
    const prisma = app.db.prisma;
    await prisma.resolution.updateMany({ where: { publicNumber: { in: [1, 4, 5] } }, data: { dueDate: '2022-11-01' } });
    await prisma.assignment.update({ where: { id: await share(1, 'فاوا') }, data: { status: 'done' } });
    await prisma.assignment.update({ where: { id: await share(2, 'فاوا') }, data: { status: 'blocked' } });
    await prisma.assignment.update({
      where: { id: await share(5, 'سازمان برنامه و بودجه') },
      data: { status: 'cancelled' },
    });
    // Taken off item 6: the item no longer lists fava, nor does fava's register list the item.
    await prisma.assignment.update({ where: { id: await share(6, 'فاوا') }, data: { removedAt: new Date() } });
    const fava = (await app.store.findOwner('فاوا'))!.id;

    const all = await page({});
    expect(all.rows.map((r) => r.publicNumber)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // Done: item 1 (fava's only share) and item 5 (cancelled); overdue: item 4 (1 is done, 5 cancelled).
    expect(all.totals).toEqual({ total: 7, done: 2, open: 5, overdue: 1 });
    expect(all.pages).toBe(1);
    expect(all.rows[2]!.assignments.map((a) => a.ownerName)).toEqual(['کمیته فاوا', 'کمیته تامین داده', 'دبیرخانه']);
    expect(all.rows[2]).toMatchObject({ meetingNumber: '55', meetingDate: '2022-10-17', row: 3 });
    expect(all.rows[5]!.assignments.map((a) => a.ownerName)).toEqual(['کارگروه روش شناسی']);

    const mine = await page({ ownerId: fava });
    expect(mine.rows.map((r) => r.publicNumber)).toEqual([1, 2, 3, 4, 7]);
    // Every owner of a listed item is shown, not only the one filtered on.
    expect(mine.rows[3]!.assignments).toHaveLength(2);
    expect(mine.totals).toEqual({ total: 5, done: 1, open: 4, overdue: 1 });
    expect(await numbers({ ownerId: fava, status: 'done' })).toEqual([1]);
    expect(await numbers({ ownerId: fava, blocked: true })).toEqual([2]);
    expect(await numbers({ ownerId: fava, overdue: true })).toEqual([4]);
    expect(await numbers({ status: 'cancelled' })).toEqual([5]);
    expect(await numbers({ blocked: true })).toEqual([2]);
    const overdue = await page({ overdue: true });
    expect(overdue.rows.map((r) => r.publicNumber)).toEqual([4]);
    expect(overdue.totals).toEqual({ total: 1, done: 0, open: 1, overdue: 1 });

    expect(await numbers({ meeting: '55', from: '2022-10-17', to: '2022-10-17' })).toHaveLength(7);
    expect(await numbers({ meeting: '56' })).toEqual([]);
    expect(await numbers({ from: '2022-10-18' })).toEqual([]);
    expect(await numbers({ to: '2022-10-16' })).toEqual([]);
    expect((await page({ meeting: '56' })).totals).toEqual({ total: 0, done: 0, open: 0, overdue: 0 });
    expect(await numbers({ text: 'ثبت احوال' })).toEqual([2, 4]);
    expect(await numbers({ text: 'ثبت احوال', ownerId: fava, meeting: '55' })).toEqual([2, 4]);
  });

  run('selects the open shares of owners no active chat is bound to, alone or with an owner', async () => {
    const bind = async (owner: string, address: string, active = true) => {
      const o = (await app.store.findOwner(owner))!;
      await app.db.prisma.chatBinding.create({
        data: {
          councilId: app.councilId,
          address,
          platform: 'console',
          chatId: address,
          role: 'committee',
          ownerId: o.id,
          target: `owner:${o.id}`,
          active,
        },
      });
    };
    expect(await numbers({ unreached: true })).toEqual([1, 2, 3, 4, 5, 6, 7]);
    await bind('کمیته فاوا', 'console:fava');
    await bind('کمیته تامین داده', 'console:data', false);
    // Items 1, 2 and 7 are کمیته فاوا's alone («فاوا» is its other name); 3, 4 and 6 have an unreached owner too.
    expect(await numbers({ unreached: true })).toEqual([3, 4, 5, 6]);
    await app.db.prisma.assignment.update({
      where: { id: await share(5, 'سازمان برنامه و بودجه') },
      data: { status: 'done' },
    });
    expect(await numbers({ unreached: true })).toEqual([3, 4, 6]);
    const data = (await app.store.findOwner('کمیته تامین داده'))!.id;
    expect(await numbers({ unreached: true, ownerId: data })).toEqual([3]);
    expect((await registerTotals(app.db.sql, app.councilId, { unreached: true }, TODAY)).total).toBe(3);
  });

  run('text is matched literally and Latin letters in any case', async () => {
    await app.db.prisma.resolution.update({
      where: { councilId_publicNumber: { councilId: app.councilId, publicNumber: 3 } },
      data: { text: 'Budget 100% spent' },
    });
    await app.db.prisma.resolution.update({
      where: { councilId_publicNumber: { councilId: app.councilId, publicNumber: 5 } },
      data: { text: 'Budget 1000 spent_now' },
    });
    expect(await numbers({ text: 'budget' })).toEqual([3, 5]);
    expect(await numbers({ text: '100%' })).toEqual([3]);
    expect(await numbers({ text: 't_n' })).toEqual([5]);
    expect(await numbers({ text: '%' })).toEqual([3]);
  });

  run('sorts by number, deadline and meeting row, each way, and pages by the sort', async () => {
    const prisma = app.db.prisma;
    await prisma.resolution.updateMany({ where: { publicNumber: { in: [2, 6] } }, data: { dueDate: '2023-01-01' } });
    await prisma.resolution.updateMany({ where: { publicNumber: 5 }, data: { dueDate: '2022-11-01' } });
    expect(await numbers({ desc: true })).toEqual([7, 6, 5, 4, 3, 2, 1]);
    const dated = (ns: number[]) => ns.filter((n) => [2, 5, 6].includes(n));
    expect(dated(await numbers({ sort: 'due' }))).toEqual([5, 2, 6]);
    expect(dated(await numbers({ sort: 'due', desc: true }))).toEqual([6, 2, 5]);
    expect(await numbers({ sort: 'meeting' })).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(await numbers({ sort: 'meeting', desc: true })).toEqual([7, 6, 5, 4, 3, 2, 1]);

    const meeting = await prisma.meeting.findFirstOrThrow();
    const office = (await app.store.findOwner('دبیرخانه'))!.id;
    await prisma.resolution.createMany({
      data: Array.from({ length: PAGE_SIZE + 10 }, (_, i) => ({
        councilId: app.councilId,
        meetingId: meeting.id,
        row: 100 + i,
        publicNumber: 100 + i,
        text: `ردیف ${i}`,
      })),
    });
    const added = await prisma.resolution.findMany({ where: { publicNumber: { gte: 100 } }, orderBy: { id: 'asc' } });
    await prisma.assignment.createMany({ data: added.map((r) => ({ resolutionId: r.id, ownerId: office })) });
    const first = await page({ ownerId: office });
    expect(first.pages).toBe(2);
    expect(first.totals.total).toBe(PAGE_SIZE + 11);
    expect(first.rows.map((r) => r.publicNumber)).toEqual([3, ...Array.from({ length: 49 }, (_, i) => 100 + i)]);
    const second = await page({ ownerId: office, page: 2 });
    expect(second.rows.map((r) => r.publicNumber)).toEqual(Array.from({ length: 11 }, (_, i) => 149 + i));
    expect((await page({ page: 2, desc: true })).rows.map((r) => r.publicNumber)).toEqual([
      109, 108, 107, 106, 105, 104, 103, 102, 101, 100, 7, 6, 5, 4, 3, 2, 1,
    ]);
    expect((await page({ ownerId: office, page: 9 })).rows).toEqual([]);
  });

  run('one owner’s page and its totals: every sort each way, paging, the counts as /status', async () => {
    const prisma = app.db.prisma;
    const meeting = await prisma.meeting.findFirstOrThrow();
    const office = (await app.store.findOwner('دبیرخانه'))!.id;
    await prisma.resolution.createMany({
      data: Array.from({ length: PAGE_SIZE + 25 }, (_, i) => ({
        councilId: app.councilId,
        meetingId: meeting.id,
        row: 200 - i,
        publicNumber: 100 + i,
        text: `ردیف ${i}`,
        // Due dates repeat, past and future, and some items have none: the sort by date has ties to break.
        dueDate: i % 5 === 0 ? null : `2022-1${i % 3}-0${1 + (i % 7)}`,
      })),
    });
    const added = await prisma.resolution.findMany({ where: { publicNumber: { gte: 100 } }, orderBy: { id: 'asc' } });
    await prisma.assignment.createMany({
      data: added.map((r, i) => ({
        resolutionId: r.id,
        ownerId: office,
        status: (['open', 'done', 'blocked', 'cancelled', 'in_progress', 'open'] as const)[i % 6],
        removedAt: i % 11 === 0 ? new Date() : null,
      })),
    });

    // The owner's items as the chat reads them, each narrowed to the owner's share: what /status counts.
    const chat = narrowToOwners(await loadResolutions(app.store, { ownerIds: [office] }), [office]);
    const digest = buildDigest(chat, TODAY);
    const expected = { total: digest.total, done: digest.done, open: digest.open, overdue: digest.overdue };
    expect(expected.total).toBeGreaterThan(PAGE_SIZE);
    expect(expected.done).toBeGreaterThan(0);
    expect(expected.overdue).toBeGreaterThan(0);

    for (const sort of ['number', 'due', 'meeting'] as const) {
      for (const desc of [false, true]) {
        // Every item in the register's order, unpaged: the pages must be its slices.
        // As a line of the register shows them: the page reads only those columns.
        const all = (
          await registerSelection(app.db.sql, app.councilId, { ownerId: office, sort, desc }, TODAY)
        ).resolutions.map(asLine);
        expect(all).toHaveLength(expected.total);
        for (const n of [1, 2, 3]) {
          const counter = countStatements();
          const got = await page({ ownerId: office, sort, desc, page: n });
          // PostgreSQL: page and totals in one statement. SQLite: the page, and the totals the database keeps.
          expect(counter.stop().statements).toBe(provider === 'postgresql' ? 1 : 2);
          expect(got.totals).toEqual(expected);
          expect(got.pages).toBe(Math.ceil(expected.total / PAGE_SIZE));
          // Past the last page: no rows, the totals all the same.
          expect(got.rows).toEqual(all.slice((n - 1) * PAGE_SIZE, n * PAGE_SIZE));
        }
      }
    }
    expect(await registerTotals(app.db.sql, app.councilId, { ownerId: office }, TODAY)).toEqual(expected);

    // Filters narrow the counts alike; an owner with nothing (or nothing left) counts zero.
    const blocked = await page({ ownerId: office, blocked: true });
    expect(blocked.totals).toEqual(
      await registerTotals(app.db.sql, app.councilId, { ownerId: office, blocked: true }, TODAY),
    );
    expect(blocked.totals.total).toBe(blocked.rows.length);
    expect(
      blocked.rows.every((r) => r.assignments.some((a) => a.ownerName === 'دبیرخانه' && a.status === 'blocked')),
    ).toBe(true);
    const overdue = await page({ ownerId: office, overdue: true });
    expect(overdue.totals).toEqual({
      total: expected.overdue,
      done: 0,
      open: expected.overdue,
      overdue: expected.overdue,
    });
    const nobody = await prisma.owner.create({ data: { councilId: app.councilId, name: 'بی‌کار' } });
    expect(await page({ ownerId: nobody.id })).toEqual({
      rows: [],
      totals: { total: 0, done: 0, open: 0, overdue: 0 },
      pages: 1,
    });
  });

  run('reads a report’s whole selection, unpaged and in order, with its activity, in two statements', async () => {
    const prisma = app.db.prisma;
    const meeting = await prisma.meeting.findFirstOrThrow();
    const fava = (await app.store.findOwner('فاوا'))!.id;
    await prisma.resolution.createMany({
      data: Array.from({ length: PAGE_SIZE + 10 }, (_, i) => ({
        councilId: app.councilId,
        meetingId: meeting.id,
        row: 100 + i,
        publicNumber: 100 + i,
        text: `ردیف ${i}`,
      })),
    });
    const added = await prisma.resolution.findMany({ where: { publicNumber: { gte: 100 } }, orderBy: { id: 'asc' } });
    await prisma.assignment.createMany({ data: added.map((r) => ({ resolutionId: r.id, ownerId: fava })) });
    const share = (await prisma.assignment.findFirstOrThrow({ where: { resolutionId: added[0]!.id } })).id;
    await prisma.statusEvent.create({
      data: {
        assignmentId: share,
        type: 'note',
        note: 'یادداشت',
        actorPlatform: 'console',
        actorId: 'x',
        chatAddress: 'c',
      },
    });

    const counter = countStatements();
    const { resolutions, activity } = await registerSelection(app.db.sql, app.councilId, { ownerId: fava }, TODAY);
    expect(counter.stop().statements).toBe(2);
    // What the chat's /report for the committee reads, item for item, share for share.
    const chat = await loadResolutions(app.store, { ownerIds: [fava] });
    expect(resolutions.map((r) => r.publicNumber)).toEqual(chat.map((r) => r.publicNumber));
    expect(resolutions).toHaveLength(6 + PAGE_SIZE + 10);
    const all = await app.store.latestActivity({ ownerIds: [fava] });
    expect([...activity.entries()].sort(([a], [b]) => a - b)).toEqual([...all.entries()].sort(([a], [b]) => a - b));
    expect(activity.get(share)).toMatchObject({ note: 'یادداشت' });

    const texts = await registerSelection(
      app.db.sql,
      app.councilId,
      { text: 'ردیف', sort: 'number', desc: true },
      TODAY,
    );
    expect(texts.resolutions.map((r) => r.publicNumber)).toEqual(added.map((r) => r.publicNumber).reverse());
    expect((await registerSelection(app.db.sql, app.councilId, { meeting: '56' }, TODAY)).resolutions).toEqual([]);
  });

  run('reads owners with every spelling, and the owner a typed name means', async () => {
    const owners = await readOwners(app.db.sql, app.councilId);
    expect(owners.map((o) => o.name)).toEqual((await app.store.listOwners()).map((o) => o.name));
    const fava = owners.find((o) => o.name === 'کمیته فاوا')!;
    expect(fava.aliases).toEqual(expect.arrayContaining(['کمیته فاوا', 'فاوا']));
    for (const name of ['فاوا', 'كميته فاوا', 'کمیته‌ی فاوا', 'دبیرخانه']) {
      expect(ownerNamed(owners, name)).toEqual(await app.store.findOwner(name));
    }
    expect(ownerNamed(owners, 'کمیته مریخ')).toBeNull();
    // An owner nobody has named otherwise still appears, with no spellings.
    await app.db.prisma.owner.create({ data: { councilId: app.councilId, name: 'بی‌نام' } });
    expect((await readOwners(app.db.sql, app.councilId)).at(-1)).toMatchObject({ name: 'بی‌نام', aliases: [] });
  });

  run('reads a desk session by its token, and not once it ended or expired', async () => {
    const who = {
      platform: 'telegram',
      userId: '100',
      name: 'سعید',
      role: 'secretary' as const,
      origin: 'cli' as const,
    };
    const now = new Date('2026-01-01T10:00:00Z');
    const link = await app.desk.sessions.createLink(who, now);
    const opened = await app.desk.sessions.signIn(link, now, () => 'secretary');
    if (typeof opened === 'string') throw new Error(opened);
    const read = await app.desk.sessions.session(opened.token, now);
    expect(read).toEqual(opened.session);
    expect(read!.expiresAt).toBeInstanceOf(Date);
    expect(await app.desk.sessions.session(opened.token, read!.expiresAt)).toBeNull();
    expect(await app.desk.sessions.session('no such token', now)).toBeNull();
    await app.desk.sessions.end(opened.token, now);
    expect(await app.desk.sessions.session(opened.token, now)).toBeNull();
  });
});

describe('the register’s kept totals on SQLite', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await freshApp('sqlite');
    await seed(app);
  });
  afterEach(async () => app?.cleanup());

  /** The totals as the database counts them now, past anything kept. */
  const counted = async (q: RegisterFilter) => {
    const { query, params } = registerTotalsQuery('sqlite', app.councilId, q, TODAY);
    const [total, done, overdue] = (await app.db.sql.rows(query, params))[0]!.map((n) => Number(n ?? 0));
    return { total: total!, done: done!, open: total! - done!, overdue: overdue! };
  };

  it('are counted again after any write: Prisma’s, the hand-written SQL’s, or another process’s', async () => {
    const office = (await app.store.findOwner('دبیرخانه'))!.id;
    const filters: RegisterFilter[] = [{}, { status: 'done' }, { ownerId: office }, { overdue: true }];
    const agree = async () => {
      for (const q of filters)
        expect(await registerTotals(app.db.sql, app.councilId, q, TODAY)).toEqual(await counted(q));
    };
    await agree();
    const shares = await app.db.prisma.assignment.findMany({
      where: { status: { notIn: ['done', 'cancelled'] }, removedAt: null },
      orderBy: { id: 'asc' },
    });
    expect(shares.length).toBeGreaterThan(2);
    const before = await registerTotals(app.db.sql, app.councilId, { status: 'done' }, TODAY);

    // Through Prisma.
    await app.db.prisma.assignment.update({ where: { id: shares[0]!.id }, data: { status: 'done' } });
    await agree();
    // Through the hand-written connection.
    const set = { name: 'test_share_status', sql: `UPDATE "Assignment" SET "status" = $1 WHERE "id" = $2` };
    await app.db.sql.write([{ query: set, params: ['done', shares[1]!.id] }]);
    await agree();
    // From another process on the same file, as a CLI command would.
    const other = new Database(sqlitePath(app.config.databaseUrl));
    try {
      other.prepare(`UPDATE "Assignment" SET "status" = 'done' WHERE "id" = ?`).run(shares[2]!.id);
      await agree();
      // Every row at once (no WHERE) counts as a change too.
      other.prepare(`UPDATE "Assignment" SET "removedAt" = NULL`).run();
      await agree();
    } finally {
      other.close();
    }
    // Three more items have a share done.
    expect((await registerTotals(app.db.sql, app.councilId, { status: 'done' }, TODAY)).total).toBe(before.total + 3);
  });
});
