// The hand-written SQL behind the store, each statement run on SQLite and on PostgreSQL: one item and a whole
// council with their owners, a chat's bindings, status changes (one commit, all or nothing), report activity,
// and councils past SQLite's limit of 32,766 parameters in one statement.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConflictError } from '../../src/core/ports.js';
import type { AdapterConnection } from '../../src/db/sql/adapter.js';
import { ensureCouncilRow } from '../../src/db/sql/council.js';
import { loadReport } from '../../src/reports/data.js';
import { bulkCouncil } from '../helpers/bulk.js';
import { chatter } from '../helpers/chat.js';
import { freshApp, type Provider, postgresAvailable, type TestApp } from '../helpers/db.js';
import { seed } from '../helpers/seed.js';
import { countStatements } from '../helpers/statements.js';

const pgUp = await postgresAvailable();
const actor = { platform: 'console' as const, userId: 'u1', name: 'علی' };

describe.each(['sqlite', 'postgresql'] as Provider[])('hand-written SQL on %s', (provider) => {
  let app: TestApp;
  beforeEach(async () => {
    if (provider === 'postgresql' && !pgUp) return;
    app = await freshApp(provider);
  });
  afterEach(async () => app?.cleanup());
  const run = it.skipIf(provider === 'postgresql' && !pgUp);

  run('finds the council by name at start, or creates it once, readable through Prisma', async () => {
    expect(await ensureCouncilRow(app.db.sql, app.config.COUNCIL_NAME)).toBe(app.councilId);
    const made = new Date('2026-03-01T08:30:00Z');
    const id = await ensureCouncilRow(app.db.sql, 'شورای دیگر', made);
    expect(id).not.toBe(app.councilId);
    expect(await ensureCouncilRow(app.db.sql, 'شورای دیگر')).toBe(id);
    const row = await app.db.prisma.council.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ name: 'شورای دیگر', createdAt: made, nextMeetingAt: null });
    expect(await app.db.prisma.council.count()).toBe(2);
  });

  run('reads one item with its owners in order, by number and by meeting and row', async () => {
    await seed(app);
    const byNumber = await app.store.getResolution({ kind: 'number', number: 3 });
    expect(byNumber).toMatchObject({ publicNumber: 3, row: 3, meetingNumber: '55', meetingDate: '2022-10-17' });
    expect(byNumber!.dueAtNextMeeting).toBe(false);
    expect(byNumber!.assignments.map((a) => a.ownerName)).toEqual(['کمیته فاوا', 'کمیته تامین داده', 'دبیرخانه']);
    expect(byNumber!.assignments[0]!.updatedAt).toBeInstanceOf(Date);
    const byRow = await app.store.getResolution({ kind: 'row', meeting: '55', row: 3 });
    expect(byRow).toEqual(byNumber);
    expect(await app.store.getResolution({ kind: 'number', number: 99 })).toBeNull();
    expect(await app.store.getResolution({ kind: 'row', meeting: '56', row: 3 })).toBeNull();
  });

  run('reads the overview’s items as the full list has them, under the same filters', async () => {
    await seed(app);
    const fava = (await app.store.findOwner('فاوا'))!;
    const lean = (r: Awaited<ReturnType<typeof app.store.listResolutions>>[number]) => ({
      id: r.id,
      publicNumber: r.publicNumber,
      text: r.text,
      dueDate: r.dueDate,
      meetingDate: r.meetingDate,
      assignments: r.assignments.map((a) => ({
        ownerId: a.ownerId,
        ownerName: a.ownerName,
        status: a.status,
        lastNote: a.lastNote,
        percent: a.percent,
      })),
    });
    for (const filter of [
      {},
      { ownerIds: [fava.id], openOnly: true },
      { meetingNumber: '55' },
      { meetingNumber: '56' },
    ]) {
      const full = await app.store.listResolutions(filter);
      expect(await app.store.listDigestItems(filter)).toEqual(full.map(lean));
    }
    expect((await app.store.listDigestItems()).length).toBe(7);
  });

  run('lists a council narrowed by meeting, owners and open items', async () => {
    await seed(app);
    const fava = (await app.store.findOwner('فاوا'))!;
    expect((await app.store.listResolutions()).map((r) => r.publicNumber)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(await app.store.listResolutions({ meetingNumber: '56' })).toEqual([]);
    const mine = await app.store.listResolutions({ ownerIds: [fava.id], openOnly: true });
    expect(mine.map((r) => r.publicNumber)).toEqual([1, 2, 3, 4, 6, 7]);
    const three = mine.find((r) => r.publicNumber === 3)!;
    await app.store.applyChanges(
      [{ assignmentId: three.assignments[0]!.id, from: 'open', to: 'done', note: null, type: 'status' }],
      actor,
      'console:x',
    );
    const after = await app.store.listResolutions({ ownerIds: [fava.id], openOnly: true, meetingNumber: '55' });
    expect(after.map((r) => r.publicNumber)).toEqual([1, 2, 4, 6, 7]);
  });

  run('every filter combination narrows both the list and the report activity alike', async () => {
    await seed(app);
    const fava = (await app.store.findOwner('فاوا'))!;
    const office = (await app.store.findOwner('دبیرخانه'))!;
    const r3 = (await app.store.getResolution({ kind: 'number', number: 3 }))!;
    const officeShare = r3.assignments.find((a) => a.ownerId === office.id)!;
    await app.store.applyChanges(
      [{ assignmentId: officeShare.id, from: 'open', to: 'done', note: 'ارسال شد', type: 'status' }],
      actor,
      'console:office',
    );
    const numbers = async (f: Parameters<typeof app.store.listResolutions>[0]) =>
      (await app.store.listResolutions(f)).map((r) => r.publicNumber);
    expect(await numbers({ ownerIds: [office.id] })).toEqual([3]);
    expect(await numbers({ ownerIds: [office.id], openOnly: true })).toEqual([]);
    expect(await numbers({ ownerIds: [office.id, fava.id], meetingNumber: '55' })).toEqual([1, 2, 3, 4, 6, 7]);
    expect(await numbers({ openOnly: true })).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(await numbers({ openOnly: true, meetingNumber: '55' })).toHaveLength(7);

    const all = await app.store.latestActivity();
    expect(all.get(officeShare.id)).toMatchObject({ note: 'ارسال شد' });
    // Imported items carry an import event but no note from a person.
    expect(all.get(r3.assignments[0]!.id)).toMatchObject({ note: null, noteEventId: null });
    expect(all.get(officeShare.id)!.lastEventId).toBeGreaterThan(all.get(r3.assignments[0]!.id)!.lastEventId);
    const officeOnly = await app.store.latestActivity({ ownerIds: [office.id], openOnly: false });
    expect([...officeOnly.keys()].sort()).toEqual(r3.assignments.map((a) => a.id).sort());
    expect((await app.store.latestActivity({ meetingNumber: '56' })).size).toBe(0);
    // Every share of the items fava has a part in: all but item 5's, which is the budget office's alone.
    const r5 = (await app.store.getResolution({ kind: 'number', number: 5 }))!;
    const favaItems = await app.store.latestActivity({ meetingNumber: '55', ownerIds: [fava.id] });
    expect(favaItems.size).toBe(all.size - 1);
    expect(favaItems.has(r5.assignments[0]!.id)).toBe(false);
  });

  run('reads a chat’s active bindings with their owners', async () => {
    await seed(app);
    const say = chatter(app);
    await say('fava', '/link کمیته فاوا');
    await say('fava', '/link دبیرخانه');
    const bindings = await app.store.bindingsFor('console:fava');
    expect(bindings.map((b) => [b.role, b.ownerName, b.active])).toEqual([
      ['committee', 'کمیته فاوا', true],
      ['committee', 'دبیرخانه', true],
    ]);
    await app.store.unbind('console:fava', 'test');
    expect(await app.store.bindingsFor('console:fava')).toEqual([]);
  });

  run('writes every change of a command or none, and records who, where and the note', async () => {
    await seed(app);
    const r3 = (await app.store.getResolution({ kind: 'number', number: 3 }))!;
    const [a, b] = r3.assignments;
    const change = (id: number, from: 'open' | 'done', note: string | null = null) =>
      ({ assignmentId: id, from, to: 'done', note, type: 'status' }) as const;
    // The second change saw a status that is no longer there: the first must not be kept either.
    await expect(
      app.store.applyChanges([change(a!.id, 'open'), change(b!.id, 'done')], actor, 'console:x'),
    ).rejects.toThrow(ConflictError);
    await expect(app.store.applyChanges([change(a!.id, 'done')], actor, 'console:x')).rejects.toThrow(ConflictError);
    expect(await app.db.prisma.statusEvent.count({ where: { type: 'status' } })).toBe(0);
    expect((await app.store.getResolution({ kind: 'number', number: 3 }))!.assignments.map((x) => x.status)).toEqual([
      'open',
      'open',
      'open',
    ]);

    await app.store.applyChanges([change(a!.id, 'open', 'گزارش رسید'), change(b!.id, 'open')], actor, 'console:x');
    const after = (await app.store.getResolution({ kind: 'number', number: 3 }))!;
    expect(after.assignments.map((x) => [x.status, x.lastNote])).toEqual([
      ['done', 'گزارش رسید'],
      ['done', null],
      ['open', null],
    ]);
    const history = await app.store.history(r3.id);
    const events = history.filter((e) => e.type === 'status');
    expect(events.map((e) => [e.ownerName, e.fromStatus, e.toStatus, e.note, e.actorName, e.chatAddress])).toEqual([
      ['کمیته فاوا', 'open', 'done', 'گزارش رسید', 'علی', 'console:x'],
      ['کمیته تامین داده', 'open', 'done', null, 'علی', 'console:x'],
    ]);
    expect(events[0]!.batch).toBe(events[1]!.batch);
    expect(Math.abs(events[0]!.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
    // The timestamps written here read back the same through Prisma.
    const viaPrisma = await app.db.prisma.assignment.findUniqueOrThrow({ where: { id: a!.id } });
    expect(viaPrisma.updatedAt.getTime()).toBe(after.assignments[0]!.updatedAt.getTime());
    expect(await app.store.lastUndoable('console:x')).toHaveLength(2);
  });

  run('a /done is at most five statements and exactly one commit', async () => {
    await seed(app);
    const say = chatter(app);
    await say('fava', '/link کمیته فاوا');
    await say('fava', '/done 1');
    const counter = countStatements();
    const reply = await say('fava', '/done 2');
    const counts = counter.stop();
    expect(reply).toContain('انجام شد');
    expect(counts.commits).toBe(1);
    expect(counts.statements).toBeLessThanOrEqual(5);
  });

  run(
    'lists 40,000 items and reads their report activity in a constant number of statements',
    async () => {
      const { ownerIds } = await bulkCouncil(app, { resolutions: 40_000, committees: 8, history: true });
      const all = await app.store.listResolutions();
      expect(all).toHaveLength(40_000);
      expect(all.at(-1)).toMatchObject({ publicNumber: 40_000, text: 'item 40000' });
      expect(all.every((r) => r.assignments.length === 1)).toBe(true);
      const one = await app.store.listResolutions({ ownerIds: [ownerIds[0]!], openOnly: true });
      expect(one).toHaveLength(5_000);
      const activity = await app.store.latestActivity();
      expect(activity.size).toBe(40_000);
      const noted = [...activity.entries()].filter(([, a]) => a.note !== null);
      expect(noted.length).toBe(
        Math.floor(all.at(-1)!.assignments[0]!.id / 3) - Math.floor((all[0]!.assignments[0]!.id - 1) / 3),
      );
      for (const [id, a] of noted.slice(0, 50)) expect(a.note).toBe(`note ${id}`);

      const counter = countStatements();
      const { rows } = await loadReport(app.store, {}, '2025-01-05');
      const counts = counter.stop();
      expect(rows).toHaveLength(40_000);
      // The activity, and each item's count of extensions.
      expect(counts.statements).toBeLessThanOrEqual(3);
      const withNote = rows.find((r) => r.res.assignments[0]!.id % 3 === 0)!;
      expect(withNote.lastNote).toBe(`note ${withNote.res.assignments[0]!.id}`);
      expect(withNote.lastUpdate).toEqual(new Date('2025-01-01T00:00:00Z'));
    },
    120_000,
  );

  it.runIf(provider === 'sqlite')(
    'waits for a transaction of Prisma’s on the same connection, and joins none',
    async () => {
      await seed(app);
      const r1 = (await app.store.getResolution({ kind: 'number', number: 1 }))!;
      const chair = (await app.store.getCouncil()).chairName;
      let release!: () => void;
      const held = new Promise<void>((r) => {
        release = r;
      });
      let entered!: () => void;
      const inside = new Promise<void>((r) => {
        entered = r;
      });
      const importing = app.db.prisma.$transaction(async (tx) => {
        await tx.council.update({ where: { id: app.councilId }, data: { chairName: 'x' } });
        entered();
        await held;
        throw new Error('rolled back');
      });
      // Prisma's transaction has written and holds the connection, however long that took to get to.
      await inside;
      const change = app.store.applyChanges(
        [{ assignmentId: r1.assignments[0]!.id, from: 'open', to: 'done', note: null, type: 'status' }],
        actor,
        'console:x',
      );
      let finished = false;
      void change.then(() => {
        finished = true;
      });
      await new Promise((r) => setTimeout(r, 30));
      expect(finished).toBe(false);
      release();
      await expect(importing).rejects.toThrow('rolled back');
      await change;
      // The change survived the other transaction's rollback: it was not part of it.
      expect((await app.store.getResolution({ kind: 'number', number: 1 }))!.assignments[0]!.status).toBe('done');
      expect((await app.store.getCouncil()).chairName).toBe(chair);
    },
  );
});

describe('the SQLite connection', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await freshApp('sqlite');
  });
  afterEach(async () => app?.cleanup());

  it('is the one Prisma writes through, with foreign keys enforced and every commit synced (WAL would sync less)', async () => {
    const pragma = async (name: string) =>
      Number(Object.values((await app.db.prisma.$queryRawUnsafe<Record<string, unknown>[]>(`PRAGMA ${name}`))[0]!)[0]);
    expect(await pragma('foreign_keys')).toBe(1);
    expect(await pragma('synchronous')).toBe(2); // FULL
  });

  it('keeps a statement of Prisma’s outside a transaction out of a hand-written one, which may be undone', async () => {
    const shared = (app.db.sql as AdapterConnection).adapter;
    const id = { scalarType: 'int' as const, arity: 'scalar' as const };
    const tx = await shared.ownTransaction();
    await tx.executeRaw({
      sql: `UPDATE "Council" SET "chairName" = 'x' WHERE "id" = ?`,
      args: [app.councilId],
      argTypes: [id],
    });
    let written = false;
    const prismaWrite = app.db.prisma
      .$executeRawUnsafe(`UPDATE "Council" SET "secretaryName" = 'دبیر' WHERE "id" = ?`, app.councilId)
      .then(() => {
        written = true;
      });
    // Several turns of the event loop: Prisma's statement is still waiting, on no timer.
    for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
    expect(written).toBe(false);
    await tx.executeRaw({ sql: 'ROLLBACK', args: [], argTypes: [] });
    await tx.rollback();
    await prismaWrite;
    const row = await app.db.prisma.council.findUniqueOrThrow({ where: { id: app.councilId } });
    // Prisma's write ran after the hand-written transaction, so its rollback did not undo it.
    expect(row.secretaryName).toBe('دبیر');
    expect(row.chairName).not.toBe('x');
  });
});
