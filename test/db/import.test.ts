// Importing minutes: owners split and merged by alias, public numbers across meetings, re-import
// updates, and all-or-nothing on failure — on SQLite and PostgreSQL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planImport } from '../../src/db/import.js';
import type { ParsedResolution } from '../../src/minutes/types.js';
import { freshApp, type Provider, postgresAvailable, type TestApp } from '../helpers/db.js';
import { seed, seedMinutes } from '../helpers/seed.js';

const pgUp = await postgresAvailable();

describe.each(['sqlite', 'postgresql'] as Provider[])('import on %s', (provider) => {
  let app: TestApp;
  beforeEach(async () => {
    if (provider === 'postgresql' && !pgUp) return;
    app = await freshApp(provider);
  });
  afterEach(async () => app?.cleanup());
  const run = it.skipIf(provider === 'postgresql' && !pgUp);

  run('stores the meeting, numbers 1–7 and merges «فاوا» into «کمیته فاوا»', async () => {
    const result = await seed(app);
    expect(result.created).toBe(7);
    const owners = await app.store.listOwners();
    expect(owners.map((o) => o.name)).toEqual([
      'کمیته فاوا',
      'کمیته تامین داده',
      'دبیرخانه',
      'کارگروه روش شناسی',
      'سازمان برنامه و بودجه',
    ]);
    expect(owners[0]!.aliases.sort()).toEqual(['فاوا', 'کمیته فاوا'].sort());
    const all = await app.store.listResolutions();
    expect(all.map((r) => r.publicNumber)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(all[2]!.assignments.map((a) => a.ownerName)).toEqual(['کمیته فاوا', 'کمیته تامین داده', 'دبیرخانه']);
    const meeting = await app.db.prisma.meeting.findFirstOrThrow();
    expect(meeting).toMatchObject({ number: '55', date: '1401-07-25', chair: 'جواد حسین زاده', startTime: '08:30' });
  });

  run('re-importing the same meeting updates and never duplicates', async () => {
    await seed(app);
    await app.db.prisma.assignment.updateMany({ where: { resolution: { publicNumber: 1 } }, data: { status: 'done' } });
    const changed = seedMinutes({ 1: { text: 'متن اصلاح شده', dueDate: '2022-11-01', deadline: 'تا ۱۰ آبان' } });
    const plan = await planImport(app.db.prisma, app.councilId, changed, 'x');
    expect(plan.isUpdate).toBe(true);
    const result = await seed(app, changed);
    expect(result).toMatchObject({ created: 0, updated: 7 });
    expect(await app.db.prisma.resolution.count()).toBe(7);
    expect(await app.db.prisma.assignment.count()).toBe(11);
    const r1 = await app.store.getResolution({ kind: 'number', number: 1 });
    expect(r1).toMatchObject({ text: 'متن اصلاح شده', dueDate: '2022-11-01', deadlineText: 'تا ۱۰ آبان' });
    // Statuses reported in chat survive a re-import.
    expect(r1!.assignments[0]!.status).toBe('done');
  });

  run('a second meeting continues the public numbering', async () => {
    await seed(app);
    const next = seedMinutes();
    next.meeting = { ...next.meeting, number: '56', date: '1401-08-10', gregorianDate: '2022-11-01' };
    next.resolutions = next.resolutions.slice(0, 2);
    await seed(app, next);
    const r = await app.store.getResolution({ kind: 'row', meeting: '56', row: 2 });
    expect(r!.publicNumber).toBe(9);
  });

  run('a failing import writes nothing', async () => {
    const bad = seedMinutes();
    bad.resolutions[4] = { ...bad.resolutions[4], text: null } as unknown as ParsedResolution;
    await expect(seed(app, bad)).rejects.toThrow();
    expect(await app.db.prisma.meeting.count()).toBe(0);
    expect(await app.db.prisma.resolution.count()).toBe(0);
    expect(await app.db.prisma.owner.count()).toBe(0);
  });

  run('items without owner are imported with a warning', async () => {
    const m = seedMinutes({ 7: { owners: [] } });
    const plan = await planImport(app.db.prisma, app.councilId, m, 'x');
    expect(plan.warnings.join('\n')).toContain('item 7 names no owner');
  });
});
