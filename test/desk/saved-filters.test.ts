// The register's saved filters through request injection: kept under a name for the whole council, listed on
// the register as links that open the same rows, refused with a clear message when the name is missing or
// taken or there is nothing to save, deleted only after a page that asks, and both changes in the audit trail.
import { afterEach, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/core/i18n.js';
import { type Provider, postgresAvailable } from '../helpers/db.js';
import { CHAIR, type Desk, startDesk } from './harness.js';

const pgUp = await postgresAvailable();

const fa = MESSAGES.fa;
const f = fa.deskFilters;
let desk: Desk;
afterEach(() => desk?.app.cleanup());

const numbers = (html: string) => [...html.matchAll(/<a href="\/desk\/r\/(\d+)">/g)].map((m) => Number(m[1]));
const unescapeAmp = (s: string) => s.replaceAll('&amp;', '&');
const kept = () => desk.app.store.prisma.savedFilter.findMany({ orderBy: { id: 'asc' } });

describe('saved filters', () => {
  it.each(['sqlite', 'postgresql'] as Provider[])(
    'keeps the register’s filters under a name; the link opens the same rows; bad input changes nothing (%s)',
    async (provider) => {
      if (provider === 'postgresql' && !pgUp) {
        if (process.env.CI) throw new Error('CI must reach PostgreSQL');
        process.stderr.write('saved filters on PostgreSQL SKIPPED: no server on 127.0.0.1:5432\n');
        return;
      }
      desk = await startDesk({}, undefined, provider);
      await desk.signIn();
      const csrf = await desk.csrf();
      const owner = encodeURIComponent('دبیرخانه');
      const query = `owner=${owner}&open=1&sort=due`;
      const direct = await (await desk.get(`/desk?${query}`)).text();
      // The register offers to save its filters; with none chosen there is nothing to save.
      expect(direct).toContain(`action="/desk/filters?${query.replaceAll('&', '&amp;')}"`);
      expect(await (await desk.get('/desk')).text()).not.toContain('action="/desk/filters');

      const res = await desk.post(`/desk/filters?${query}&page=2`, { _csrf: csrf, name: 'کارهای دبیرخانه' });
      expect(res.status).toBe(303);
      const back = res.headers.get('location')!;
      expect(back).toContain(query);
      expect(back).not.toContain('page=');
      const landed = await (await desk.get(back)).text();
      expect(landed).toContain(f.saved('کارهای دبیرخانه'));
      // Listed on every register page as a link to exactly the same rows.
      const plain = await (await desk.get('/desk')).text();
      const link = /<ul class="inline-list"><li><a href="([^"]+)">کارهای دبیرخانه<\/a>/.exec(plain)!;
      expect(numbers(await (await desk.get(unescapeAmp(link[1]!))).text())).toEqual(numbers(direct));
      expect(numbers(direct).length).toBeGreaterThan(0);

      // Refused: no name, a name taken, nothing chosen, a filter that cannot be read; each says why, stores nothing.
      const refusals: [string, Record<string, string>, string][] = [
        [`/desk/filters?${query}`, { _csrf: csrf, name: '  ' }, f.needName],
        [`/desk/filters?overdue=1`, { _csrf: csrf, name: 'کارهای دبیرخانه' }, f.nameTaken('کارهای دبیرخانه')],
        ['/desk/filters', { _csrf: csrf, name: 'همه' }, f.nothingToSave],
        [`/desk/filters?owner=${encodeURIComponent('ناشناس')}`, { _csrf: csrf, name: 'ناشناس' }, f.badFilters],
      ];
      for (const [path, form, message] of refusals) {
        const refused = await desk.post(path, form);
        expect(refused.status, path).toBe(400);
        const html = await refused.text();
        expect(html).toContain(message);
        // What was typed stays in the field.
        if (form.name!.trim()) expect(html).toContain(`value="${form.name}"`);
      }
      expect((await kept()).map((k) => k.name)).toEqual(['کارهای دبیرخانه']);

      // The filters page says what each selects and who made it.
      const list = await (await desk.get('/desk/filters')).text();
      expect(list).toContain(`${fa.desk.owner}: دبیرخانه`);
      expect(list).toContain(fa.deskHome.openOnly);
      expect(list).toContain('سعید عباسی');
    },
  );

  it('deletes only after asking, keeps the row, and the audit trail has both changes; the chair may too', async () => {
    desk = await startDesk();
    await desk.signIn(CHAIR);
    const csrf = await desk.csrf();
    await desk.post('/desk/filters?overdue=1', { _csrf: csrf, name: 'معوق‌ها' });
    const [row] = await kept();
    // The link on the list opens a page that asks; opening it changes nothing.
    const list = await (await desk.get('/desk/filters')).text();
    expect(list).toContain(`href="/desk/filters/${row!.id}/delete"`);
    const ask = await desk.get(`/desk/filters/${row!.id}/delete`);
    expect(ask.status).toBe(200);
    const askHtml = await ask.text();
    expect(askHtml).toContain(f.deleteAsk('معوق‌ها'));
    expect(askHtml).toContain(`action="/desk/filters/${row!.id}/delete"`);
    expect((await kept())[0]!.deletedAt).toBeNull();

    const res = await desk.post(`/desk/filters/${row!.id}/delete`, { _csrf: csrf });
    expect(res.status).toBe(303);
    expect(await (await desk.get(res.headers.get('location')!)).text()).toContain(f.deleted('معوق‌ها'));
    // Kept with when it was deleted; gone from the register and the list; a second delete says it is gone.
    expect((await kept())[0]!.deletedAt).not.toBeNull();
    expect(await (await desk.get('/desk')).text()).not.toContain('>معوق‌ها</a>');
    const again = await desk.post(`/desk/filters/${row!.id}/delete`, { _csrf: csrf });
    expect(again.status).toBe(404);
    expect(await again.text()).toContain(f.gone);
    // The name is free again.
    expect((await desk.post('/desk/filters?blocked=1', { _csrf: csrf, name: 'معوق‌ها' })).status).toBe(303);

    // The audit trail: made, deleted, made again, each with who and what it selects.
    const trail = await (await desk.get('/desk/audit?source=desk')).text();
    const lines = [...trail.matchAll(/<li><a href="\/desk\/filters">([^<]+)<\/a>: ([^<]+)<\/li>/g)].map((m) => m[2]!);
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain('جواد حسین زاده');
    expect(lines[1]).toContain(fa.desk.overdueOnly);
    expect(lines.filter((l) => l.includes('حذف'))).toHaveLength(1);
  });
});
