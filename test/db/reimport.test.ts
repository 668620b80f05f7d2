// Re-importing minutes: the meeting is matched on number and date (or the import asks), the file's owners,
// texts and deadlines are applied, owners who reported and rows the file lacks are kept unless the secretary
// says otherwise, and every change is in the history — on SQLite and PostgreSQL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MeetingQuestionError, planImport } from '../../src/db/import.js';
import type { ParsedMinutes } from '../../src/minutes/types.js';
import { statuses } from '../helpers/chat.js';
import { freshApp, type Provider, postgresAvailable, type TestApp } from '../helpers/db.js';
import { seed, seedMinutes } from '../helpers/seed.js';

const pgUp = await postgresAvailable();

describe.each(['sqlite', 'postgresql'] as Provider[])('re-import on %s', (provider) => {
  let app: TestApp;
  beforeEach(async () => {
    if (provider === 'postgresql' && !pgUp) return;
    app = await freshApp(provider);
    await seed(app);
  });
  afterEach(async () => app?.cleanup());
  const run = it.skipIf(provider === 'postgresql' && !pgUp);
  const plan = (m: ParsedMinutes, choice?: 'update' | 'new') =>
    planImport(app.db.prisma, app.councilId, m, JSON.stringify(m), choice);
  const events = async (n: number) => {
    const r = await app.store.getResolution({ kind: 'number', number: n });
    return app.db.prisma.resolutionEvent.findMany({ where: { resolutionId: r!.id }, orderBy: { id: 'asc' } });
  };

  run('an owner removed in the file is removed from the item, and the change is in the history', async () => {
    const fixed = seedMinutes({ 3: { owners: ['کمیته فاوا', 'دبیرخانه'] } });
    const p = await plan(fixed);
    expect(p.question).toBeNull();
    expect(p.items[2]).toMatchObject({ publicNumber: 3, removed: ['کمیته تامین داده'], added: [], kept: [] });
    expect(p.items[0]).toMatchObject({ removed: [], added: [], text: null, deadline: null, ownersChange: null });
    await seed(app, fixed);
    expect(await statuses(app, 3)).toEqual({ 'کمیته فاوا': 'open', دبیرخانه: 'open' });
    const log = await events(3);
    expect(log.map((e) => e.type)).toEqual(['import']);
    expect(JSON.parse(log[0]!.before).owners).toHaveLength(3);
    expect(JSON.parse(log[0]!.after).owners).toHaveLength(2);
    // Unchanged items leave no event.
    expect(await events(1)).toEqual([]);
  });

  run('an owner who already reported is kept and shown as a conflict', async () => {
    const r3 = await app.store.getResolution({ kind: 'number', number: 3 });
    const data = r3!.assignments.find((a) => a.ownerName === 'کمیته تامین داده')!;
    await app.store.applyChanges(
      [{ assignmentId: data.id, from: 'open', to: 'in_progress', note: null, type: 'status' }],
      { platform: 'console', userId: 'u', name: 'u' },
      'console:data',
    );
    const fixed = seedMinutes({ 3: { owners: ['کمیته فاوا'] } });
    const p = await plan(fixed);
    expect(p.items[2]).toMatchObject({
      removed: ['دبیرخانه'],
      kept: [{ name: 'کمیته تامین داده', status: 'in_progress' }],
    });
    await seed(app, fixed);
    expect(await statuses(app, 3)).toEqual({ 'کمیته فاوا': 'open', 'کمیته تامین داده': 'in_progress' });
  });

  run('texts, deadlines and added owners are applied; a new row gets the next number', async () => {
    const changed = seedMinutes({ 2: { text: 'متن تازه', deadline: 'تا ۱۰ آبان', dueDate: '2022-11-01' } });
    changed.resolutions[0]!.owners.push('دبیرخانه');
    changed.resolutions.push({ number: 8, text: 'ردیف تازه', owners: ['دبیرخانه'], deadline: null, dueDate: null });
    const p = await plan(changed);
    expect(p.items[1]).toMatchObject({
      text: { outcome: 'apply', to: 'متن تازه' },
      deadline: { outcome: 'apply', from: { dueDate: null }, to: { dueDate: '2022-11-01' } },
    });
    expect(p.items[0]).toMatchObject({ added: ['دبیرخانه'] });
    expect(p.items[7]).toMatchObject({ isNew: true, publicNumber: 8 });
    const result = await seed(app, changed);
    expect(result).toMatchObject({ created: 1, updated: 7 });
    expect(await app.store.getResolution({ kind: 'number', number: 2 })).toMatchObject({
      text: 'متن تازه',
      dueDate: '2022-11-01',
    });
    expect(await statuses(app, 1)).toEqual({ 'کمیته فاوا': 'open', دبیرخانه: 'open' });
    const history = await app.store.history((await app.store.getResolution({ kind: 'number', number: 1 }))!.id);
    expect(history.map((e) => `${e.type}:${e.ownerName}`)).toEqual(['import:کمیته فاوا', 'import:دبیرخانه']);
  });

  run('rows missing from the file are listed and kept, or cancelled when the secretary says so', async () => {
    const shorter = seedMinutes();
    shorter.resolutions = shorter.resolutions.slice(0, 5);
    const p = await plan(shorter);
    expect(p.missing.map((m) => m.publicNumber)).toEqual([6, 7]);
    expect(p.warnings.join('\n')).toContain('item 6 (row 6) of the earlier import is not in this file; it is kept');
    await seed(app, shorter);
    expect(await statuses(app, 7)).toEqual({ 'کمیته فاوا': 'open' });
    const actor = { platform: 'console' as const, userId: 'secretary', name: 'secretary' };
    const { importMinutes } = await import('../../src/db/import.js');
    await importMinutes(app.db.prisma, app.councilId, shorter, { text: 'x' }, actor, { removeMissing: true });
    expect(await statuses(app, 7)).toEqual({ 'کمیته فاوا': 'cancelled' });
    expect((await events(7)).map((e) => e.type)).toEqual(['import']);
    expect(await app.db.prisma.resolution.count()).toBe(7);
  });

  run('a number that matches with another date is never merged silently', async () => {
    const other = seedMinutes({ 1: { text: 'جلسه‌ای دیگر با همان شماره' } });
    other.meeting = { ...other.meeting, date: '1402-01-20', gregorianDate: '2023-04-09' };
    const p = await plan(other);
    expect(p.question).toMatchObject({
      reason: 'date-differs',
      meeting: { number: '55', gregorianDate: '2022-10-17' },
    });
    await expect(seed(app, other)).rejects.toBeInstanceOf(MeetingQuestionError);
    expect(await app.db.prisma.meeting.count()).toBe(1);
    expect((await app.store.getResolution({ kind: 'number', number: 1 }))!.text).not.toContain('دیگر');

    const actor = { platform: 'console' as const, userId: 'secretary', name: 'secretary' };
    const { importMinutes } = await import('../../src/db/import.js');
    const asNew = await importMinutes(app.db.prisma, app.councilId, other, { text: 'x' }, actor, { meeting: 'new' });
    expect(asNew).toMatchObject({ created: 7, updated: 0 });
    expect(await app.db.prisma.meeting.count()).toBe(2);
    expect((await app.store.getResolution({ kind: 'number', number: 8 }))!.text).toContain('دیگر');
    // Now both meetings 55 are stored: the same file again matches its own date silently.
    expect((await plan(other)).question).toBeNull();
  });

  run('a file without a number asks before touching the meeting of its date', async () => {
    const nameless = seedMinutes();
    nameless.meeting = { ...nameless.meeting, number: null };
    const p = await plan(nameless);
    expect(p.question).toMatchObject({ reason: 'no-number', meeting: { number: '55' } });
    const updated = await plan(nameless, 'update');
    expect(updated).toMatchObject({ isUpdate: true, question: null });
    const fresh = await plan(nameless, 'new');
    expect(fresh).toMatchObject({ isUpdate: false, question: null });
    expect(fresh.items[0]!.publicNumber).toBe(8);
  });
});
