// A large import crosses the bulk insert's statement size: every item, owner share and history event is
// written once, readable through the store — on SQLite and PostgreSQL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ParsedMinutes } from '../../src/minutes/types.js';
import { freshApp, type Provider, postgresAvailable, type TestApp } from '../helpers/db.js';
import { seed, seedMinutes } from '../helpers/seed.js';

const pgUp = await postgresAvailable();

function large(count: number): ParsedMinutes {
  const m = seedMinutes();
  m.resolutions = Array.from({ length: count }, (_, i) => ({
    number: i + 1,
    text: `مقرر شد گزارش ${i + 1} تهیه شود.`,
    owners: i % 2 === 0 ? ['کمیته فاوا', 'دبیرخانه'] : ['دبیرخانه'],
    deadline: i % 5 === 0 ? 'در جلسه بعدی' : null,
    dueDate: null,
    dueAtNextMeeting: i % 5 === 0,
  }));
  return m;
}

describe.each(['sqlite', 'postgresql'] as Provider[])('a large import on %s', (provider) => {
  let app: TestApp;
  beforeEach(async () => {
    if (provider === 'postgresql' && !pgUp) return;
    app = await freshApp(provider);
  });
  afterEach(async () => app?.cleanup());

  it.skipIf(provider === 'postgresql' && !pgUp)('stores 1,500 items with their owners and history', async () => {
    const result = await seed(app, large(1500));
    expect(result.created).toBe(1500);
    expect(await app.db.prisma.resolution.count()).toBe(1500);
    expect(await app.db.prisma.assignment.count()).toBe(2250);
    expect(await app.db.prisma.statusEvent.count({ where: { type: 'import' } })).toBe(2250);
    const last = await app.store.getResolution({ kind: 'number', number: 1499 });
    expect(last).toMatchObject({ row: 1499, text: 'مقرر شد گزارش 1499 تهیه شود.', dueAtNextMeeting: false });
    expect(last!.assignments.map((a) => [a.ownerName, a.status])).toEqual([
      ['کمیته فاوا', 'open'],
      ['دبیرخانه', 'open'],
    ]);
    expect((await app.store.getResolution({ kind: 'number', number: 1496 }))!.dueAtNextMeeting).toBe(true);
    const history = await app.store.history(last!.id);
    expect(history.map((e) => `${e.type}:${e.ownerName}`)).toEqual(['import:کمیته فاوا', 'import:دبیرخانه']);
    expect(history[0]!.createdAt.getTime()).toBeGreaterThan(Date.now() - 10 * 60_000);
  });
});
