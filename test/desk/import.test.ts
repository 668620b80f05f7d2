// Importing minutes at the desk: the upload form refuses what is not minutes or too big on the same form, the
// table shows what the parser read and what a re-import would change, edits are stored through Confirm all
// or nothing, and Cancel stores nothing.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/core/i18n.js';
import { parseMinutesText } from '../../src/minutes/index.js';
import { chatter } from '../helpers/chat.js';
import { CHAIR, type Desk, ORIGIN, startDesk } from './harness.js';

const fa = MESSAGES.fa;
const SAMPLE = readFileSync(new URL('../../src/minutes/samples/census-council-55.fa.txt', import.meta.url));
const NEW_MEETING = `صورتجلسه
شماره جلسه: ۵۶
تاریخ جلسه: ۱۴۰۱/۰۸/۰۲
رئیس جلسه: جواد حسین زاده
دبیر جلسه: سعید عباسی

مصوبات:
۱- کمیته فاوا گزارش سامانه را تا ۱۴۰۱/۰۹/۰۱ ارائه کند.
۲- دبیرخانه برنامه آموزش را تهیه کند.
`;

let desk: Desk;
afterEach(() => desk?.app.cleanup());

async function upload(name: string, data: Buffer | string, csrf: string) {
  const form = new FormData();
  form.set('_csrf', csrf);
  form.set('file', new File([data], name));
  return desk.http.request(`${ORIGIN}/desk/import`, {
    method: 'POST',
    body: form,
    headers: { origin: ORIGIN, cookie: desk.cookie },
  });
}

/** Uploads and opens the table; returns its address and HTML. */
async function review(name: string, data: Buffer | string, csrf: string) {
  const res = await upload(name, data, csrf);
  expect(res.status).toBe(303);
  const path = res.headers.get('location')!;
  expect(path).toMatch(/^\/desk\/import\/[\w-]+$/);
  return { path, html: await (await desk.get(path)).text() };
}

const count = () => desk.app.store.prisma.resolution.count();

describe('importing minutes at the desk', () => {
  it('refuses another type, an empty choice and a file over 10 MB on the same form, storing nothing', async () => {
    desk = await startDesk();
    await desk.signIn();
    const csrf = await desk.csrf();
    const pdf = await upload('minutes.pdf', '%PDF-1.4', csrf);
    expect(pdf.status).toBe(400);
    const html = await pdf.text();
    expect(html).toContain(fa.deskImport.badType('minutes.pdf'));
    expect(html).toContain('enctype="multipart/form-data"');
    const big = await upload('minutes.txt', Buffer.alloc(10 * 1024 * 1024 + 1, 0x61), csrf);
    expect(big.status).toBe(413);
    expect(await big.text()).toContain(fa.deskImport.tooBig);
    const empty = await upload('minutes.txt', '', csrf);
    expect(await empty.text()).toContain(fa.deskImport.noFile);
    const binary = await upload('minutes.docx', 'not a zip', csrf);
    expect(binary.status).toBe(400);
    expect(await count()).toBe(7);
    // Without the CSRF token the upload is not even read.
    expect((await upload('minutes.txt', NEW_MEETING, 'forged')).status).toBe(403);
  });

  it('a new meeting: the table shows the header and rows; a corrected row is stored as typed, and chats see it', async () => {
    desk = await startDesk();
    await desk.signIn();
    const csrf = await desk.csrf();
    const { path, html } = await review('minutes-56.txt', NEW_MEETING, csrf);
    expect(html).toContain('name="number" value="۵۶"');
    expect(html).toContain('name="date" value="۱۴۰۱/۰۸/۰۲"');
    expect(html).toContain('name="chair" value="جواد حسین زاده"');
    expect(html).toContain('گزارش سامانه');
    expect(html).toContain('name="due.0" value="۱۴۰۱/۰۹/۰۱"');
    expect(html).toContain(fa.imp.isNew);

    // A date that is not Jalali: refused with the typed value kept, nothing stored.
    const bad = await desk.post(path, { _csrf: csrf, op: 'confirm', 'due.1': '۱۴۰۱/۱۴/۰۱' });
    expect(bad.status).toBe(400);
    const badHtml = await bad.text();
    expect(badHtml).toContain(fa.deskImport.rowError(2, fa.desk.badDate('۱۴۰۱/۱۴/۰۱')));
    expect(badHtml).toContain('name="due.1" value="۱۴۰۱/۱۴/۰۱"');
    expect(await count()).toBe(7);
    // A Gregorian date and a row text over the limit: each said, neither stored nor cut.
    const long = 'ت'.repeat(4001);
    const worse = await desk.post(path, { _csrf: csrf, op: 'confirm', 'due.1': '2025-01-01', 'text.0': long });
    expect(worse.status).toBe(400);
    const worseHtml = await worse.text();
    expect(worseHtml).toContain(fa.deskImport.rowError(2, fa.desk.gregorianDate('2025-01-01', '1403/10/12')));
    expect(worseHtml).toContain(fa.deskImport.rowError(1, fa.tooLong(4000, 4001)));
    expect(await count()).toBe(7);

    const done = await desk.post(path, {
      _csrf: csrf,
      op: 'confirm',
      'owners.1': 'کمیته فاوا',
      'due.1': 'جلسه بعدی',
      'text.1': 'کمیته فاوا برنامه آموزش را تهیه کند.',
    });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain(fa.deskImport.done(2, 0));
    const r9 = await desk.app.store.getResolution({ kind: 'number', number: 9 });
    expect(r9).toMatchObject({
      text: 'کمیته فاوا برنامه آموزش را تهیه کند.',
      dueAtNextMeeting: true,
      meetingNumber: '56',
    });
    expect(r9!.assignments.map((a) => a.ownerName)).toEqual(['کمیته فاوا']);
    // Recorded as made at the desk by the person signed in, as every other desk change is.
    const prisma = desk.app.store.prisma;
    const where = { resolution: { publicNumber: { in: [8, 9] } } };
    const logged = await prisma.resolutionEvent.findMany({ where });
    const events = await prisma.statusEvent.findMany({ where: { assignment: where } });
    expect(logged.length + events.length).toBeGreaterThan(0);
    for (const e of [...logged, ...events])
      expect(e).toMatchObject({
        chatAddress: 'desk',
        actorPlatform: 'telegram',
        actorId: '100',
        actorName: 'سعید عباسی',
      });
    const say = chatter(desk.app);
    await say('fava', '/link کمیته فاوا');
    expect(await say('fava', '/list')).toContain('کمیته فاوا برنامه آموزش را تهیه کند.');
    // The table is spent: it cannot be stored twice.
    expect((await desk.get(path)).status).toBe(410);
  });

  it('leaves out a row that is no resolution and adds one the parser missed, both only on Confirm', async () => {
    desk = await startDesk();
    await desk.signIn();
    const csrf = await desk.csrf();
    const minutes = `${NEW_MEETING}۳- گزارش کمیته فاوا ارائه شد.\n`;
    const { path, html } = await review('minutes-56.txt', minutes, csrf);
    expect(html).toContain('name="leave.2" value="1"');
    expect(html).toContain('name="text.new"');

    // Every row left out and none written: refused, nothing stored, the boxes as they were ticked.
    const none = await desk.post(path, { _csrf: csrf, op: 'confirm', 'leave.0': '1', 'leave.1': '1', 'leave.2': '1' });
    expect(none.status).toBe(400);
    const noneHtml = await none.text();
    expect(noneHtml).toContain(fa.deskImport.nothingLeft);
    expect(noneHtml).toMatch(/name="leave\.1" value="1" checked/);
    // Owners typed under the table with no text: the row is refused by its number, the one after the last.
    const textless = await desk.post(path, { _csrf: csrf, op: 'confirm', 'owners.new': 'دبیرخانه' });
    expect(textless.status).toBe(400);
    const textlessHtml = await textless.text();
    expect(textlessHtml).toContain(fa.deskImport.rowError(4, fa.desk.textRequired));
    expect(textlessHtml).toContain('name="owners.new" value="دبیرخانه"');
    expect(await count()).toBe(7);

    // «Check again» shows the table without the row left out, the added row among the others.
    const checked = await desk.post(path, {
      _csrf: csrf,
      op: 'check',
      'leave.2': '1',
      'text.new': 'دبیرخانه فهرست حاضران را به کمیته‌ها بفرستد.',
      'owners.new': 'دبیرخانه',
      'due.new': 'جلسه بعدی',
    });
    expect(checked.status).toBe(200);
    const checkedHtml = await checked.text();
    expect(checkedHtml).not.toContain('گزارش کمیته فاوا ارائه شد');
    expect(checkedHtml).toContain('name="owners.2" value="دبیرخانه"');
    expect(await count()).toBe(7);

    const done = await desk.post(path, { _csrf: csrf, op: 'confirm' });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain(fa.deskImport.done(3, 0));
    const stored = await desk.app.store.prisma.resolution.findMany({
      where: { meeting: { number: '56' } },
      orderBy: { row: 'asc' },
      include: { assignments: { include: { owner: true } } },
    });
    expect(stored.map((r) => [r.row, r.text, r.dueAtNextMeeting])).toEqual([
      [1, 'کمیته فاوا گزارش سامانه را تا ۱۴۰۱/۰۹/۰۱ ارائه کند.', false],
      [2, 'دبیرخانه برنامه آموزش را تهیه کند.', false],
      [4, 'دبیرخانه فهرست حاضران را به کمیته‌ها بفرستد.', true],
    ]);
    expect(stored[2]!.assignments.map((a) => a.owner.name)).toEqual(['دبیرخانه']);
  });

  it('a known meeting: the table says what would change row by row; Cancel stores nothing', async () => {
    desk = await startDesk();
    await desk.signIn();
    const csrf = await desk.csrf();
    const { path, html } = await review('census-55.txt', SAMPLE, csrf);
    expect(html).toContain(fa.importUpdate);
    // Each change from the old value to the new one, every row where it was.
    expect(html).toMatch(/متن از «برای مستندسازی فرآیندها سیستمی تهیه گردد\.» به «[^»]+» تغییر می‌کند/);
    expect(html).not.toContain(fa.imp.moved(6, 7));
    const before = await desk.app.store.getResolution({ kind: 'number', number: 7 });
    const cancelled = await desk.post(path, { _csrf: csrf, op: 'cancel' });
    expect(await cancelled.text()).toContain(fa.importCancelled);
    expect(await desk.app.store.getResolution({ kind: 'number', number: 7 })).toEqual(before);
    expect((await desk.get(path)).status).toBe(410);
  });

  it('marks the fields the parser doubts and lists its warnings', async () => {
    desk = await startDesk();
    await desk.signIn();
    const doubtful = `شماره جلسه: ۱۲
تاریخ جلسه: ۱۴۰۲/۰۱/۱۵

مصوبات:
۸- مقرر شد دبیرخانه ظرف دو هفته گزارش را ارسال کند.
۹- مقرر شد گزارش در اسرع وقت تهیه شود.
`;
    const { html } = await review('minutes-12.md', doubtful, await desk.csrf());
    expect(html).toMatch(
      /<td data-label="[^"]+" class="doubted"><input type="text" name="owners\.1"[^>]*><span class="unsure"/,
    );
    // Exactly the doubted text, owner and deadline cells are marked.
    const doubts = parseMinutesText(doubtful).resolutions.flatMap((r) => r.doubts ?? []);
    const marked = doubts.filter((d) => d !== 'number').length;
    expect(html.match(/<td data-label="[^"]+" class="doubted">/g)).toHaveLength(marked);
    expect(html).toContain(fa.imp.doubtNote);
    expect(html).toContain(fa.memory.noOwner([9]));
  });

  it('a table belongs to whoever uploaded it', async () => {
    desk = await startDesk();
    await desk.signIn();
    const { path } = await review('minutes-56.txt', NEW_MEETING, await desk.csrf());
    await desk.signIn(CHAIR);
    expect((await desk.get(path)).status).toBe(410);
  });
});
