// The seed meeting (55) plus a small meeting 56, with statuses and due dates chosen so every chart part
// (done, in progress, open, overdue) and a blocked item appear. "Today" is 1401/09/10 (2022-12-01).
import type { App } from '../../src/app.js';
import type { Status } from '../../src/core/types.js';
import { freshApp, type TestApp } from '../helpers/db.js';
import { seed, seedMinutes } from '../helpers/seed.js';

export const TODAY = '2022-12-01';
export const NOW = new Date('2022-12-01T06:30:00Z');

const meeting56 = () => {
  const m = seedMinutes();
  return {
    ...m,
    meeting: { ...m.meeting, number: '56', date: '1401-08-23', gregorianDate: '2022-11-14' },
    resolutions: [
      { ...m.resolutions[0]!, number: 1, text: 'مقرر شد گزارش پیشرفت سرشماری هر ماه ارائه شود.', owners: ['دبیرخانه'] },
      {
        ...m.resolutions[1]!,
        number: 2,
        text: 'مقرر شد برآورد هزینه سرشماری ثبتی (نسخه "1.2", به ریال) ارائه شود.',
        owners: ['کمیته فاوا'],
        dueDate: '2022-11-24',
      },
    ],
  };
};

/** [item, owner, status, note] applied in order, as chats would. */
const CHANGES: [number, string, Status, string | null][] = [
  [1, 'کمیته فاوا', 'done', 'دستورالعمل به‌روز شد'],
  [2, 'کمیته فاوا', 'in_progress', null],
  [3, 'کمیته فاوا', 'done', null],
  [3, 'کمیته تامین داده', 'in_progress', 'ریزداده در حال دریافت است'],
  [4, 'کمیته فاوا', 'blocked', 'منتظر پاسخ ثبت احوال'],
  [6, 'کارگروه روش شناسی', 'done', null],
  [6, 'کمیته فاوا', 'in_progress', null],
];

export async function setStatus(app: App, number: number, owner: string, to: Status, note: string | null) {
  const r = await app.store.getResolution({ kind: 'number', number });
  const a = r!.assignments.find((x) => x.ownerName === owner)!;
  await app.store.applyChanges(
    [{ assignmentId: a.id, from: a.status, to, note, type: 'status' }],
    { platform: 'console', userId: 'secretary', name: 'سعید عباسی' },
    'console:secretariat',
  );
}

export async function reportApp(): Promise<TestApp> {
  const app = await freshApp('sqlite', {}, { clock: { now: () => NOW } });
  await seed(
    app,
    seedMinutes({
      2: { dueDate: '2022-11-20' },
      3: { dueDate: '2022-12-20' },
      4: { dueDate: '2022-11-01' },
      5: { dueDate: '2022-11-21' },
      6: { dueDate: '2023-01-10' },
    }),
  );
  await seed(app, meeting56());
  for (const [n, owner, to, note] of CHANGES) await setStatus(app, n, owner, to, note);
  return app;
}
