// A re-import applies only what changed in the file since the meeting's last import: corrections made since
// (at the desk, from chat) are kept, a field both changed is a conflict the secretary decides, rows are
// matched by what they say when the file renumbers them, and meetings imported before imports were kept are
// protected through their history — on SQLite and PostgreSQL.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stateOf } from '../../src/core/item-state.js';
import { type ImportOptions, importMinutes, planImport, UndecidedConflictsError } from '../../src/db/import.js';
import type { ParsedMinutes } from '../../src/minutes/types.js';
import { freshApp, type Provider, postgresAvailable, type TestApp } from '../helpers/db.js';
import { seed, seedMinutes } from '../helpers/seed.js';

const pgUp = await postgresAvailable();
const SECRETARY = { platform: 'telegram' as const, userId: '100', name: 'دبیر' };

describe.each(['sqlite', 'postgresql'] as Provider[])('re-import against corrections on %s', (provider) => {
  let app: TestApp;
  beforeEach(async () => {
    if (provider === 'postgresql' && !pgUp) return;
    app = await freshApp(provider);
    await seed(app);
  });
  afterEach(async () => app?.cleanup());
  const run = it.skipIf(provider === 'postgresql' && !pgUp);

  const plan = (m: ParsedMinutes) => planImport(app.db.prisma, app.councilId, m, 'x');
  const reimport = (m: ParsedMinutes, opts: ImportOptions = {}) =>
    importMinutes(app.db.prisma, app.councilId, m, { text: 'x', name: 'again' }, SECRETARY, opts);
  const item = async (n: number) => (await app.store.getResolution({ kind: 'number', number: n }))!;
  const owners = async (n: number) =>
    (await item(n)).assignments.filter((a) => a.status !== 'cancelled').map((a) => a.ownerName);
  const imports = async (n: number) =>
    (await app.deps.corrections!.log((await item(n)).id)).filter((e) => e.type === 'import');
  const ownerId = async (name: string) => (await app.store.findOwner(name))!.id;
  const setDeadline = async (n: number, date: string) =>
    app.desk.editor.setDeadline((await item(n)).id, { kind: 'date', date }, SECRETARY, 'desk');
  const addOwner = async (n: number, name: string) =>
    app.desk.editor.changeOwners(
      (await item(n)).id,
      { add: [await ownerId(name)], remove: [], reason: null },
      SECRETARY,
      'desk',
    );

  run('corrections made at the desk survive a re-import of the unchanged minutes, shown as kept', async () => {
    for (const n of [1, 2, 6]) await setDeadline(n, '2027-02-28');
    await addOwner(3, 'کارگروه روش شناسی');
    const p = await plan(seedMinutes());
    expect(p.conflicts).toEqual([]);
    expect(p.items[0]!.deadline).toEqual({
      outcome: 'kept',
      stored: { deadlineText: null, dueDate: '2027-02-28', dueAtNextMeeting: false },
      file: { deadlineText: null, dueDate: null, dueAtNextMeeting: false },
    });
    expect(p.items[2]).toMatchObject({
      ownersChange: null,
      ownersKept: {
        stored: ['کمیته فاوا', 'کمیته تامین داده', 'دبیرخانه', 'کارگروه روش شناسی'],
        file: ['کمیته فاوا', 'کمیته تامین داده', 'دبیرخانه'],
      },
    });
    await reimport(seedMinutes());
    for (const n of [1, 2, 6]) expect((await item(n)).dueDate).toBe('2027-02-28');
    expect(await owners(3)).toContain('کارگروه روش شناسی');
    // Nothing was written over them: no import entry in their history.
    for (const n of [1, 2, 3, 6]) expect(await imports(n)).toEqual([]);
  });

  run('what the file changed is applied where nobody corrected it, beside a correction that stays', async () => {
    await setDeadline(1, '2027-02-28');
    const changed = seedMinutes({
      1: { text: 'متن تازه ردیف یک' },
      2: { deadline: 'تا ۱۰ آبان', dueDate: '2022-11-01' },
      4: { owners: ['کمیته فاوا'] },
    });
    const p = await plan(changed);
    expect(p.items[0]).toMatchObject({
      text: { outcome: 'apply', to: 'متن تازه ردیف یک' },
      deadline: { outcome: 'kept' },
    });
    expect(p.items[1]!.deadline).toMatchObject({
      outcome: 'apply',
      from: { dueDate: null },
      to: { dueDate: '2022-11-01' },
    });
    expect(p.items[3]!.ownersChange).toEqual({ from: ['کمیته فاوا', 'کارگروه روش شناسی'], to: ['کمیته فاوا'] });
    await reimport(changed);
    expect(await item(1)).toMatchObject({ text: 'متن تازه ردیف یک', dueDate: '2027-02-28' });
    expect(await item(2)).toMatchObject({ dueDate: '2022-11-01', deadlineText: 'تا ۱۰ آبان' });
    expect(await owners(4)).toEqual(['کمیته فاوا']);
    // The applied change is in the item's history as coming from the import; the kept deadline is untouched.
    const [entry] = await imports(1);
    expect(entry).toMatchObject({
      actorId: '100',
      before: { dueDate: '2027-02-28' },
      after: { dueDate: '2027-02-28' },
    });
    expect(entry!.after.text).toBe('متن تازه ردیف یک');
  });

  run('a field both changed is a conflict: nothing is stored until the secretary decides, either way', async () => {
    await setDeadline(2, '2027-02-28');
    await app.desk.editor.setText((await item(5)).id, 'متن اصلاح‌شده در میز', SECRETARY, 'desk');
    const changed = seedMinutes({
      2: { deadline: 'تا ۱۰ آبان', dueDate: '2022-11-01' },
      5: { text: 'متن تازه از فایل' },
      7: { text: 'ردیف هفت در فایل تازه' },
    });
    const p = await plan(changed);
    const id = async (n: number) => (await item(n)).id;
    expect(p.conflicts).toEqual([
      {
        key: `${await id(2)}:deadline`,
        publicNumber: 2,
        field: 'deadline',
        choice: null,
        stored: { deadlineText: null, dueDate: '2027-02-28', dueAtNextMeeting: false },
        file: { deadlineText: 'تا ۱۰ آبان', dueDate: '2022-11-01', dueAtNextMeeting: false },
      },
      {
        key: `${await id(5)}:text`,
        publicNumber: 5,
        field: 'text',
        choice: null,
        stored: 'متن اصلاح‌شده در میز',
        file: 'متن تازه از فایل',
      },
    ]);
    const imported = await app.db.prisma.meetingImport.count();
    const refused = await reimport(changed).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UndecidedConflictsError);
    expect((refused as UndecidedConflictsError).conflicts.map((c) => c.publicNumber)).toEqual([2, 5]);
    // All or nothing: not even the uncontested change to item 7 was stored.
    expect((await item(7)).text).toBe('برای مستندسازی فرآیندها سیستمی تهیه گردد.');
    expect(await app.db.prisma.meetingImport.count()).toBe(imported);
    // One answered alone; the other by the answer for all.
    const decided = await plan(changed).then((x) => x.conflicts);
    await reimport(changed, { decisions: { choices: { [decided[0]!.key]: 'stored' }, all: 'file' } });
    expect((await item(2)).dueDate).toBe('2027-02-28');
    expect((await item(5)).text).toBe('متن تازه از فایل');
    expect((await item(7)).text).toBe('ردیف هفت در فایل تازه');
    expect(await imports(2)).toEqual([]);
    expect((await imports(5)).map((e) => [e.before.text, e.after.text])).toEqual([
      ['متن اصلاح‌شده در میز', 'متن تازه از فایل'],
    ]);
    // The same file again: the kept correction is no longer in conflict with it.
    const again = await plan(changed);
    expect(again.conflicts).toEqual([]);
    expect(again.items[1]!.deadline).toMatchObject({ outcome: 'kept' });
  });

  run('the same value on both sides is no conflict', async () => {
    await setDeadline(2, '2022-11-01');
    const p = await plan(seedMinutes({ 2: { deadline: 'تا ۱۰ آبان', dueDate: '2022-11-01' } }));
    expect(p.conflicts).toEqual([]);
    expect(p.items[1]!.deadline).toBeNull();
  });

  run('a meeting imported before imports were kept: its history tells what was corrected', async () => {
    // An earlier version's re-import changed item 4; a correction followed it.
    await reimport(seedMinutes({ 4: { text: 'متن چهارم بار دوم' } }));
    await setDeadline(4, '2027-01-10');
    await setDeadline(1, '2027-02-28');
    const three = stateOf(await item(3));
    const added = { ownerId: await ownerId('کارگروه روش شناسی'), status: 'open' as const };
    const after = { ...three, owners: [...three.owners, added] };
    await app.deps.corrections!.correct((await item(3)).id, 'owners', three, after, SECRETARY, 'telegram:-100');
    // The desk's older log kept only the field it changed, owners by name.
    const six = await item(6);
    await app.db.prisma.resolution.update({ where: { id: six.id }, data: { dueDate: '2027-03-01' } });
    await app.db.prisma.resolutionEvent.create({
      data: {
        resolutionId: six.id,
        type: 'deadline',
        before: JSON.stringify({ dueDate: null, dueAtNextMeeting: false }),
        after: JSON.stringify({ dueDate: '2027-03-01', dueAtNextMeeting: false }),
        actorPlatform: 'telegram',
        actorId: '100',
        chatAddress: 'desk',
      },
    });
    // Those versions kept no record of what each import read.
    await app.db.prisma.meetingImport.deleteMany({});
    const file = seedMinutes({ 4: { text: 'متن چهارم بار دوم' }, 7: { text: 'ردیف هفت در فایل تازه' } });
    const p = await plan(file);
    expect(p.conflicts).toEqual([]);
    for (const i of [0, 3, 5]) expect(p.items[i]!.deadline).toMatchObject({ outcome: 'kept' });
    expect(p.items[2]!.ownersKept).not.toBeNull();
    expect(p.items[6]!.text).toMatchObject({ outcome: 'apply' });
    await reimport(file);
    expect((await item(1)).dueDate).toBe('2027-02-28');
    expect((await item(4)).dueDate).toBe('2027-01-10');
    expect((await item(6)).dueDate).toBe('2027-03-01');
    expect(await owners(3)).toContain('کارگروه روش شناسی');
    expect((await item(7)).text).toBe('ردیف هفت در فایل تازه');
    // From now on the import is kept, and is the base of the next one.
    expect(await app.db.prisma.meetingImport.count()).toBe(1);
  });

  run('a row added by hand that the file now has too: no import read it, so each difference is asked', async () => {
    const meeting = await app.db.prisma.meeting.findFirstOrThrow();
    const owner = await ownerId('دبیرخانه');
    const input = {
      meetingId: meeting.id,
      text: 'گزارش به دست افزوده',
      ownerIds: [owner],
      deadline: { kind: 'none' as const },
    };
    await app.desk.editor.addResolution(input, SECRETARY, 'desk');
    const longer = seedMinutes();
    longer.resolutions.push({
      number: 8,
      text: 'ردیف هشتم صورتجلسه',
      owners: ['کمیته فاوا'],
      deadline: null,
      dueDate: null,
    });
    const p = await plan(longer);
    expect(p.items[7]).toMatchObject({
      publicNumber: 8,
      isNew: false,
      ownersChange: { to: ['دبیرخانه', 'کمیته فاوا'] },
    });
    expect(p.conflicts).toMatchObject([
      { publicNumber: 8, field: 'text', stored: 'گزارش به دست افزوده', file: 'ردیف هشتم صورتجلسه' },
    ]);
    await reimport(longer, { decisions: { all: 'stored' } });
    expect((await item(8)).text).toBe('گزارش به دست افزوده');
    expect(await owners(8)).toEqual(['دبیرخانه', 'کمیته فاوا']);
  });

  run('a row inserted in the middle: every item keeps its content, number and correction', async () => {
    await setDeadline(3, '2027-02-28');
    const shifted = seedMinutes();
    shifted.resolutions = [
      shifted.resolutions[0]!,
      { number: 2, text: 'ردیف تازه میان ردیف‌ها', owners: ['دبیرخانه'], deadline: null, dueDate: null },
      ...shifted.resolutions.slice(1).map((r) => ({ ...r, number: r.number + 1 })),
    ];
    const p = await plan(shifted);
    expect(p.items.map((i) => i.publicNumber)).toEqual([1, 8, 2, 3, 4, 5, 6, 7]);
    expect(p.items[3]).toMatchObject({ movedFrom: 3, row: 4, text: null, deadline: { outcome: 'kept' } });
    expect(p.missing).toEqual([]);
    await reimport(shifted);
    const rows = await app.db.prisma.resolution.findMany({
      orderBy: { row: 'asc' },
      select: { row: true, publicNumber: true },
    });
    expect(rows.map((r) => r.publicNumber)).toEqual([1, 8, 2, 3, 4, 5, 6, 7]);
    expect(await item(3)).toMatchObject({ dueDate: '2027-02-28', text: seedMinutes().resolutions[2]!.text });
  });

  run('a row dropped and the next one moved up: the dropped item is kept and moves off the row', async () => {
    const shorter = seedMinutes();
    shorter.resolutions = [...shorter.resolutions.slice(0, 5), { ...shorter.resolutions[6]!, number: 6 }];
    const p = await plan(shorter);
    expect(p.missing).toEqual([expect.objectContaining({ publicNumber: 6, row: 6, newRow: 8 })]);
    expect(p.items[5]).toMatchObject({ publicNumber: 7, movedFrom: 7, row: 6 });
    await reimport(shorter);
    expect(await item(6)).toMatchObject({ text: seedMinutes().resolutions[5]!.text });
    expect(await owners(6)).toEqual(['کمیته فاوا', 'کارگروه روش شناسی']);
    const row = (n: number) =>
      app.db.prisma.resolution.findFirst({ where: { publicNumber: n }, select: { row: true } });
    expect(await row(6)).toEqual({ row: 8 });
    expect(await row(7)).toEqual({ row: 6 });
  });
});
