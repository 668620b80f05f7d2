// Importing the same minutes again at the desk after correcting them there: the table says each correction is
// kept, Confirm keeps it; a field the file changed too is a choice on the table, and Confirm without it stores
// nothing and says which.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/core/i18n.js';
import { type Desk, ORIGIN, startDesk } from './harness.js';

const fa = MESSAGES.fa;
const SAMPLE = readFileSync(new URL('../../src/minutes/samples/census-council-55.fa.txt', import.meta.url), 'utf8');
const ROW_1 = 'وارد شود تا یک سطح بالاتر رود.\tکمیته فاوا\t-';
const dueOn = (date: string) => SAMPLE.replace(ROW_1, ROW_1.replace(/-$/, date));

let desk: Desk;
afterEach(() => desk?.app.cleanup());

/** Uploads a file and returns the table's address and HTML. */
async function review(data: string, csrf: string) {
  const form = new FormData();
  form.set('_csrf', csrf);
  form.set('file', new File([data], 'census-55.txt'));
  const res = await desk.http.request(`${ORIGIN}/desk/import`, {
    method: 'POST',
    body: form,
    headers: { origin: ORIGIN, cookie: desk.cookie },
  });
  expect(res.status).toBe(303);
  const path = res.headers.get('location')!;
  return { path, html: await (await desk.get(path)).text() };
}

const item = async (n: number) => (await desk.app.store.getResolution({ kind: 'number', number: n }))!;

describe('importing minutes again at the desk', () => {
  it('deadlines and an owner set at the desk survive the same minutes imported again', async () => {
    desk = await startDesk();
    await desk.signIn();
    const csrf = await desk.csrf();
    const first = await review(SAMPLE, csrf);
    expect((await desk.post(first.path, { _csrf: csrf, op: 'confirm' })).status).toBe(200);
    for (const n of [1, 2, 6])
      expect((await desk.post(`/desk/r/${n}/deadline`, { _csrf: csrf, kind: 'date', date: '۱۴۰۵/۱۲/۱۰' })).status).toBe(
        303,
      );
    const added = await desk.post('/desk/r/3/owners', { _csrf: csrf, op: 'add', name: 'کارگروه روش شناسی', owner: '' });
    expect(added.status).toBe(303);

    const again = await review(SAMPLE, csrf);
    expect(again.html.match(/مهلت «۱۴۰۵\/۱۲\/۱۰»: اصلاح‌شده — حفظ شد \(در فایل: «بدون مهلت»\)/g)).toHaveLength(3);
    expect(again.html).toContain('کارگروه روش شناسی»: اصلاح‌شده — حفظ شد');
    expect(again.html).not.toContain('name="conflict.');
    const done = await desk.post(again.path, { _csrf: csrf, op: 'confirm' });
    expect(await done.text()).toContain(fa.deskImport.done(0, 7));
    for (const n of [1, 2, 6]) expect((await item(n)).dueDate).toBe('2027-03-01');
    expect((await item(3)).assignments.map((a) => a.ownerName)).toContain('کارگروه روش شناسی');
  });

  it('a deadline the file changed too: chosen on the table, the correction or the file', async () => {
    desk = await startDesk();
    await desk.signIn();
    const csrf = await desk.csrf();
    await desk.post((await review(SAMPLE, csrf)).path, { _csrf: csrf, op: 'confirm' });
    await desk.post('/desk/r/1/deadline', { _csrf: csrf, kind: 'date', date: '۱۴۰۵/۱۲/۱۰' });

    const asked = await review(dueOn('۱۴۰۲/۰۱/۱۵'), csrf);
    expect(asked.html).toContain(fa.deskImport.conflict(fa.imp.field.deadline));
    expect(asked.html).toContain(fa.deskImport.keepChoice('۱۴۰۵/۱۲/۱۰'));
    expect(asked.html).toContain(fa.deskImport.fileChoice('۱۴۰۲/۰۱/۱۵'));
    expect(asked.html).toContain(fa.imp.conflictsNote(1));
    const name = /name="(conflict\.[^"]+)" value="stored"/.exec(asked.html)![1]!;
    expect(asked.html).not.toMatch(/value="(stored|file)" checked/);
    // Confirm with the choice left open stores nothing and says which.
    const refused = await desk.post(asked.path, { _csrf: csrf, op: 'confirm' });
    expect(refused.status).toBe(400);
    expect(await refused.text()).toContain(fa.deskImport.chooseEach(`۱ ${fa.imp.field.deadline}`));
    expect((await item(1)).dueDate).toBe('2027-03-01');
    // Check again keeps the choice shown; Confirm keeps the correction.
    const checked = await desk.post(asked.path, { _csrf: csrf, op: 'check', [name]: 'stored' });
    expect(await checked.text()).toContain('value="stored" checked');
    await desk.post(asked.path, { _csrf: csrf, op: 'confirm', [name]: 'stored' });
    expect((await item(1)).dueDate).toBe('2027-03-01');

    // The next file changes it again: this time the file's date is taken.
    const next = await review(dueOn('۱۴۰۲/۰۲/۱۵'), csrf);
    const taken = await desk.post(next.path, { _csrf: csrf, op: 'confirm', [name]: 'file' });
    expect(await taken.text()).toContain(fa.deskImport.done(0, 7));
    expect((await item(1)).dueDate).toBe('2023-05-05');
  });
});
