// A council's memory at the desk: an uploaded file is read against the register and the import table marks
// each owner known or new; a name the secretary corrected (in the import table, or by replacing a misread
// owner on a resolution's page) is remembered only when ticked.
import { afterEach, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/core/i18n.js';
import { seed, seedMinutes } from '../helpers/seed.js';
import { CHAIR, type Desk, ORIGIN, startDesk } from './harness.js';

const fa = MESSAGES.fa;
let desk: Desk;
afterEach(() => desk?.app.cleanup());

// The seeded council (meeting 55) has «کمیته فاوا» (also «فاوا»), «دبیرخانه» and others registered.
const MINUTES = `صورتجلسه شماره ۵۷
تاریخ جلسه: ۱۴۰۱/۰۸/۱۶
مصوبات:
۱- مقرر شد كميته‌ی فاوا نسخه تازه سامانه را نصب نماید.
۲- مقرر شد شهردار محترم محل برگزاری نمایشگاه را معرفی نماید.
۳- فهرست حاضران نشست بعدی تهیه شود.
`;

describe('the desk import reads against the register', () => {
  it('names registered owners as registered and marks each known or new', async () => {
    desk = await startDesk();
    await desk.signIn();
    const html = await (await desk.get(await desk.uploadMinutes('minutes-57.txt', MINUTES))).text();
    expect(html).toContain('name="owners.0" value="کمیته فاوا"');
    expect(html).toContain(fa.memory.marked('کمیته فاوا', fa.memory.known));
    expect(html).toContain(fa.memory.marked('شهردار', fa.memory.fresh));
    expect(html).toContain(fa.memory.noOwner([10]));
  });
});

const registrar = { platform: 'console' as const, userId: 'op', name: 'op' };
const owners = () => desk.app.register.known();
const ticks = (html: string) => [...html.matchAll(/name="learn" value="([^"]+)"/g)].map((m) => m[1]!);

describe('the desk remembers a corrected name only when the secretary ticks it', () => {
  it('after an import whose owner cell was corrected', async () => {
    desk = await startDesk();
    await desk.app.register.register('شهرداری', [], registrar, 'cli');
    await desk.signIn();
    const csrf = await desk.csrf();
    const path = await desk.uploadMinutes('minutes-57.txt', MINUTES);
    // «شهردار» (new) corrected to «شهرداری»; the other rows as read.
    const done = await desk.post(path, { _csrf: csrf, op: 'confirm', 'owners.1': 'شهرداری' });
    const html = await done.text();
    expect(html).toContain(fa.deskImport.done(3, 0));
    expect(html).toContain(fa.memory.offer('شهردار', 'شهرداری'));
    const [offer] = ticks(html);
    expect(ticks(html)).toHaveLength(1);
    // Sent without a tick: nothing is learned.
    const before = await owners();
    expect(await (await desk.post('/desk/learn', { _csrf: csrf })).text()).toContain(fa.memory.nothingChosen);
    expect(await owners()).toEqual(before);
    // The chair may not teach the register.
    await desk.signIn(CHAIR);
    expect((await desk.post('/desk/learn', { _csrf: await desk.csrf(), learn: offer! })).status).toBe(403);
    expect(await owners()).toEqual(before);
    await desk.signIn();
    const learned = await desk.post('/desk/learn', { _csrf: await desk.csrf(), learn: offer! });
    expect(await learned.text()).toContain(fa.memory.learned('شهردار', 'شهرداری'));
    expect((await desk.app.store.findOwner('شهردار'))?.name).toBe('شهرداری');
    // The next file reads «شهردار محترم» as the city.
    const next = MINUTES.replace('۵۷', '۵۸').replace('۱۴۰۱/۰۸/۱۶', '۱۴۰۱/۰۸/۳۰');
    const table = await (await desk.get(await desk.uploadMinutes('minutes-58.txt', next))).text();
    expect(table).toContain('name="owners.1" value="شهرداری"');
    expect(table).toContain(fa.memory.marked('شهرداری', fa.memory.known));
    const city = (await owners()).find((o) => o.name === 'شهرداری')!;
    const history = await (await desk.get(`/desk/owners/${city.id}`)).text();
    expect(history).toContain('«شهردار» افزوده شد');
  });

  it('after a misread owner is replaced on a resolution’s page', async () => {
    desk = await startDesk();
    await desk.app.register.register('شهرداری', [], registrar, 'cli');
    const later = seedMinutes();
    later.meeting = { ...later.meeting, number: '60', gregorianDate: '2022-12-01' };
    later.resolutions = [
      { number: 1, text: 'مقرر شد شهردار طرح را اجرا نماید.', owners: ['شهردار'], deadline: null, dueDate: null },
    ];
    await seed(desk.app, later);
    await desk.signIn();
    const csrf = await desk.csrf();
    const misread = (await owners()).find((o) => o.name === 'شهردار')!;
    const res = await desk.post('/desk/r/8/owners', {
      _csrf: csrf,
      op: 'replace',
      owner: String(misread.id),
      name: 'شهرداری',
    });
    expect(res.status).toBe(303);
    const page = await (await desk.get(res.headers.get('location')!)).text();
    expect(page).toContain(fa.memory.offer('شهردار', 'شهرداری'));
    const learned = await desk.post('/desk/learn', { _csrf: csrf, learn: ticks(page)[0]! });
    expect(await learned.text()).toContain(fa.memory.learned('شهردار', 'شهرداری'));
    expect((await desk.app.store.findOwner('شهردار'))?.name).toBe('شهرداری');
    // The misread owner's own record says where its name went.
    expect(await (await desk.get(`/desk/owners/${misread.id}`)).text()).toContain(
      '«شهردار» از این پس «شهرداری» خوانده می‌شود',
    );

    // Replacing an owner that still holds other items is a reassignment: nothing to ask.
    const fava = (await owners()).find((o) => o.name === 'کمیته فاوا')!;
    const moved = await desk.post('/desk/r/2/owners', {
      _csrf: csrf,
      op: 'replace',
      owner: String(fava.id),
      name: 'دبیرخانه',
    });
    expect(moved.headers.get('location')).toBe('/desk/r/2?saved=1');
  });
});

describe('the desk’s learn form is judged whole', () => {
  it('refuses a value the page did not write, or a name over the limit, and learns none of the ticks', async () => {
    desk = await startDesk();
    const city = await desk.app.register.register('شهرداری', [], registrar, 'cli');
    const cityId = (await owners()).find((o) => o.name === city.owner)!.id;
    await desk.signIn();
    const csrf = await desk.csrf();
    const send = (...learn: string[]) => {
      const body = new URLSearchParams({ _csrf: csrf });
      for (const v of learn) body.append('learn', v);
      return desk.http.request(`${ORIGIN}/desk/learn`, {
        method: 'POST',
        body,
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          origin: ORIGIN,
          cookie: desk.cookie,
        },
      });
    };
    const before = await owners();
    const forged = await send(`${cityId}:شهردار`, 'شهردار');
    expect(forged.status).toBe(400);
    expect(await forged.text()).toContain(fa.desk.badForm);
    // Never cut to fit: a name over the limit is refused with its length.
    const long = await send(`${cityId}:${'ش'.repeat(450)}`);
    expect(long.status).toBe(400);
    expect(await long.text()).toContain(fa.tooLong(400, 450 + String(cityId).length + 1));
    expect(await owners()).toEqual(before);
    // Two ticks at once are both learned.
    const both = await send(`${cityId}:شهردار`, `${cityId}:شهرداری محترم`);
    expect(both.status).toBe(200);
    expect((await desk.app.store.findOwner('شهردار'))?.name).toBe('شهرداری');
    expect((await desk.app.store.findOwner('شهرداری محترم'))?.name).toBe('شهرداری');
  });
});
