// The council's register of owners: owners registered up front with other names (refused, with nothing stored,
// when a name already reads as another owner), and spellings learned only when the secretary agrees — each
// change recorded — on SQLite and PostgreSQL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { matchOwner } from '../../src/core/owners.js';
import type { Actor } from '../../src/core/ports.js';
import { planImport } from '../../src/db/import.js';
import { readRegister, SpellingTakenError } from '../../src/db/owner-register.js';
import { parseMinutesText } from '../../src/minutes/index.js';
import { freshApp, type Provider, postgresAvailable, type TestApp } from '../helpers/db.js';
import { seed, seedMinutes } from '../helpers/seed.js';

const pgUp = await postgresAvailable();
const secretary: Actor = { platform: 'console', userId: 'secretary', name: 'دبیر' };

describe.each(['sqlite', 'postgresql'] as Provider[])('the owner register on %s', (provider) => {
  let app: TestApp;
  beforeEach(async () => {
    if (provider === 'postgresql' && !pgUp) return;
    app = await freshApp(provider);
  });
  afterEach(async () => app?.cleanup());
  const run = it.skipIf(provider === 'postgresql' && !pgUp);
  const changes = () =>
    app.db.prisma.recordChange.findMany({
      where: { subject: 'owner' },
      orderBy: { id: 'asc' },
      select: { subjectId: true, field: true, fromValue: true, toValue: true, actorId: true, chatAddress: true },
    });

  run('registers an owner with other names, records it, and gives it more names later', async () => {
    const first = await app.register.register('شهرداری', ['شهردار', 'شهردار محترم'], secretary, 'cli');
    expect(first).toEqual({ owner: 'شهرداری', created: true, added: ['شهردار', 'شهردار محترم'] });
    const again = await app.register.register('شهرداری', ['شهردار', 'شهرداري مرکز'], secretary, 'cli');
    expect(again).toEqual({ owner: 'شهرداری', created: false, added: ['شهرداري مرکز'] });
    const [owner] = await readRegister(app.db.prisma, app.councilId);
    expect(owner).toMatchObject({
      name: 'شهرداری',
      aliases: ['شهرداری', 'شهردار', 'شهردار محترم', 'شهرداري مرکز'],
    });
    expect((await changes()).map((c) => [c.field, c.toValue, c.chatAddress])).toEqual([
      ['created', 'شهرداری', 'cli'],
      ['alias', 'شهردار', 'cli'],
      ['alias', 'شهردار محترم', 'cli'],
      ['alias', 'شهرداري مرکز', 'cli'],
    ]);
  });

  run('refuses a name or another name that reads as a different owner, and stores nothing', async () => {
    await app.register.register('کمیته فاوا', ['فاوا'], secretary, 'cli');
    const before = await readRegister(app.db.prisma, app.councilId);
    const audit = await changes();
    // «فاوا» is the committee's other name, in another spelling of its letters too.
    await expect(app.register.register('فاوا', [], secretary, 'cli')).rejects.toThrow(SpellingTakenError);
    // The new owner and its first other name would be fine; the second is the committee's: nothing is stored.
    const refused = app.register.register('کمیته آمار', ['آمار', 'كميته‌ی فاوا'], secretary, 'cli');
    await expect(refused).rejects.toMatchObject({ spelling: 'كميته‌ی فاوا', owner: 'کمیته فاوا' });
    expect(await readRegister(app.db.prisma, app.councilId)).toEqual(before);
    expect(await changes()).toEqual(audit);
  });

  run('learns a spelling for an owner, and takes a misread owner’s name with its record kept', async () => {
    await app.register.register('شهرداری', [], secretary, 'cli');
    // An import read «شهردار» as a new owner of item 1; the secretary moved the item to «شهرداری».
    await seed(app, seedMinutes({ 1: { owners: ['شهردار'] } }));
    const owners = await readRegister(app.db.prisma, app.councilId);
    const misread = owners.find((o) => o.name === 'شهردار')!;
    const city = owners.find((o) => o.name === 'شهرداری')!;
    const r1 = await app.store.getResolution({ kind: 'number', number: 1 });
    expect(await app.register.isStray(misread.id)).toBe(false);
    await app.deps.corrections!.correct(
      r1!.id,
      'owners',
      {
        text: r1!.text,
        deadlineText: null,
        dueDate: null,
        dueAtNextMeeting: false,
        owners: [{ ownerId: misread.id, status: 'open' }],
      },
      {
        text: r1!.text,
        deadlineText: null,
        dueDate: null,
        dueAtNextMeeting: false,
        owners: [{ ownerId: city.id, status: 'open' }],
      },
      secretary,
      'console:chair',
    );
    expect(await app.register.isStray(misread.id)).toBe(true);
    expect(await app.register.isStray(city.id)).toBe(false);

    const learned = await app.register.learn('شهردار', city.id, secretary, 'console:chair');
    expect(learned).toEqual({ kind: 'learned', owner: 'شهرداری', spelling: 'شهردار', movedFrom: ['شهردار'] });
    expect(await app.register.learn('شهردار', city.id, secretary, 'desk')).toMatchObject({ kind: 'already' });
    expect(await app.register.learn('شهردار', 999_999, secretary, 'desk')).toEqual({ kind: 'no-owner' });
    // The misread owner keeps its row and its item's history; its name now reads as the city everywhere.
    const now = await readRegister(app.db.prisma, app.councilId);
    expect(now.find((o) => o.id === misread.id)).toMatchObject({ name: 'شهردار', aliases: [] });
    expect(matchOwner('شهردار', now)).toMatchObject({ kind: 'exact', owner: { id: city.id } });
    expect((await app.store.findOwner('شهردار'))?.id).toBe(city.id);
    const next = parseMinutesText('مصوبات:\n۱- مقرر شد شهردار محترم طرح را اجرا نماید.\n', { knownOwners: now });
    expect(next.resolutions[0]!.owners).toEqual(['شهرداری']);
    const plan = await planImport(app.db.prisma, app.councilId, next, 'next');
    expect(plan.owners).toEqual([
      { written: 'شهرداری', existing: 'شهرداری', existingId: city.id, how: 'exact', unreached: true },
    ]);
    expect((await changes()).slice(-2)).toEqual([
      {
        subjectId: misread.id,
        field: 'alias-moved',
        fromValue: 'شهردار',
        toValue: 'شهرداری',
        actorId: 'secretary',
        chatAddress: 'console:chair',
      },
      {
        subjectId: city.id,
        field: 'alias',
        fromValue: null,
        toValue: 'شهردار',
        actorId: 'secretary',
        chatAddress: 'console:chair',
      },
    ]);
  });

  run('an owner bound to a chat is no misreading', async () => {
    await app.register.register('دبیرخانه', [], secretary, 'cli');
    const [office] = await readRegister(app.db.prisma, app.councilId);
    expect(await app.register.isStray(office!.id)).toBe(true);
    await app.store.bind({
      address: 'console:office',
      platform: 'console',
      chatId: 'office',
      role: 'committee',
      ownerId: office!.id,
      createdBy: 'secretary',
    });
    expect(await app.register.isStray(office!.id)).toBe(false);
  });
});
