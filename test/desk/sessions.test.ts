// Desk sessions say what is true: the role comes from the configuration on every request (a restart that
// takes someone out of SECRETARY_IDS or CHAIR_IDS ends their session at its next request), and the
// secretary's sessions page lists who is signed in, with what role now, since when, last seen and from which
// link, and ends any of them, on record. On SQLite and on PostgreSQL.
import { afterEach, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/core/i18n.js';
import type { DeskIdentity } from '../../src/db/desk-sessions.js';
import { type Provider, postgresAvailable } from '../helpers/db.js';
import { CHAIR, type Desk, restartDesk, SECRETARY, startDesk } from './harness.js';

const fa = MESSAGES.fa;
const pgUp = await postgresAvailable();
const OPERATOR: DeskIdentity = {
  platform: 'console',
  userId: 'operator',
  name: 'operator',
  role: 'secretary',
  origin: 'cli:operator',
};

let desks: Desk[] = [];
afterEach(async () => {
  // The restarted processes first; the first desk's cleanup drops the database.
  for (const d of desks.reverse()) await d.app.cleanup();
  desks = [];
});

describe.each(['sqlite', 'postgresql'] as Provider[])('desk sessions on %s', (provider) => {
  const run = it.skipIf(provider === 'postgresql' && !pgUp);
  const start = async (env: Record<string, string> = {}, now?: () => Date) => {
    const desk = await startDesk(env, now ? { now } : undefined, provider);
    desks.push(desk);
    return desk;
  };
  const restart = async (desk: Desk, env: Record<string, string>, now?: () => Date) => {
    const again = await restartDesk(desk, env, now ? { now } : undefined);
    desks.push(again);
    return again;
  };
  const text7 = async (desk: Desk) => (await desk.app.store.getResolution({ kind: 'number', number: 7 }))!.text;

  run(
    'the local operator signed in without SECRETARY_IDS is no secretary once SECRETARY_IDS names someone',
    async () => {
      const desk = await start({ SECRETARY_IDS: '' });
      await desk.signIn(OPERATOR);
      expect(await (await desk.get('/desk')).text()).toContain('operator (دبیر)');
      const csrf = await desk.csrf();

      const after = await restart(desk, { SECRETARY_IDS: 'console:sec' });
      const refused = await after.post('/desk/r/7/text', { _csrf: csrf, text: 'دستکاری با نشست کهنه' });
      expect(refused.status).toBe(403);
      expect(await refused.text()).toContain(fa.desk.roleGone);
      expect(refused.headers.get('set-cookie')).toMatch(/^peygir_desk=;/);
      expect(await text7(after)).toBe('برای مستندسازی فرآیندها سیستمی تهیه گردد.');
      // Ended on record, by the configuration; the cookie opens nothing any more.
      const row = await after.app.store.prisma.deskSession.findFirstOrThrow();
      expect(row).toMatchObject({ endReason: 'role', endedBy: null, origin: 'cli:operator' });
      expect(row.endedAt).not.toBeNull();
      expect((await after.get('/desk')).status).toBe(401);
    },
  );

  run('a secretary moved to CHAIR_IDS is the chair at the next request; one taken out gets no session', async () => {
    const desk = await start();
    await desk.signIn(SECRETARY);
    const csrf = await desk.csrf();
    const url = await desk.app.desk.links.issue(CHAIR);
    const moved = await restart(desk, { SECRETARY_IDS: 'telegram:300', CHAIR_IDS: 'telegram:100' });
    expect(await (await moved.get('/desk')).text()).toContain('سعید عباسی (رئیس جلسه)');
    const text = await moved.post('/desk/r/7/text', { _csrf: csrf, text: 'متن دبیر پیشین' });
    expect(text.status).toBe(403);
    expect(await text.text()).toContain(fa.desk.secretaryOnly);
    expect(await text7(moved)).toBe('برای مستندسازی فرآیندها سیستمی تهیه گردد.');
    // The chair's link, asked for before the restart, opens nothing now that CHAIR_IDS no longer names them.
    moved.cookie = '';
    const link = await moved.post(new URL(url!).pathname, {});
    expect(link.status).toBe(403);
    expect(await link.text()).toContain(fa.desk.roleGone);
    expect(link.headers.get('set-cookie')).toBeNull();
    expect(await moved.app.store.prisma.deskSession.count()).toBe(1);
  });

  run(
    'the sessions page: who, role now, since, last seen, link origin; the secretary ends one, on record',
    async () => {
      let now = new Date('2026-03-01T06:00:00Z');
      const desk = await start({}, () => now);
      await desk.signIn(SECRETARY);
      // The chair's browser, on a second instance of the same configuration.
      const chair = await restart(desk, { SECRETARY_IDS: 'telegram:100', CHAIR_IDS: 'telegram:200' }, () => now);
      // The chair asks for a link with /desk in a private chat.
      const [reply] = await chair.app.dispatcher().handle({
        chat: { platform: 'telegram', chatId: '200', kind: 'private' },
        user: { id: '200', name: 'جواد حسین زاده' },
        text: '/desk',
        isAdmin: async () => false,
      });
      const url = /(http:\S+)/.exec(reply!.blocks.map((b) => ('text' in b ? b.text : '')).join(' '))![1]!;
      const signedIn = await chair.post(new URL(url).pathname, {});
      chair.cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;

      // «Last seen» is written at most every five minutes.
      now = new Date('2026-03-01T06:03:00Z');
      await desk.get('/desk');
      now = new Date('2026-03-01T06:07:00Z');
      await chair.get('/desk');
      const rows = await desk.app.store.prisma.deskSession.findMany({ orderBy: { id: 'asc' } });
      expect(rows.map((r) => r.lastSeenAt?.toISOString())).toEqual([
        '2026-03-01T06:00:00.000Z',
        '2026-03-01T06:07:00.000Z',
      ]);

      expect((await chair.get('/desk/sessions')).status).toBe(403);
      const html = await (await desk.get('/desk/sessions')).text();
      expect(html).toContain('<a href="/desk/sessions">نشست‌ها</a>');
      expect(html).toContain('سعید عباسی · telegram:100');
      expect(html).toContain(fa.deskSessions.thisSession);
      expect(html).toContain('جواد حسین زاده · telegram:200');
      expect(html).toContain(`<td>${fa.desk.role.chair}</td>`);
      expect(html).toContain(fa.deskSessions.originChat('telegram:200'));
      expect(html).toContain('۱۴۰۴/۱۲/۱۰ ۰۹:۳۰'); // since: 06:00 UTC in Tehran
      expect(html).toContain('۱۴۰۴/۱۲/۱۰ ۰۹:۳۷'); // the chair last seen at 06:07

      const chairId = rows[1]!.id;
      const csrf = await desk.csrf();
      const end = await desk.post(`/desk/sessions/${chairId}/end`, { _csrf: csrf });
      expect(end.headers.get('location')).toBe('/desk/sessions?ended=1');
      expect((await chair.get('/desk')).status).toBe(401);
      const ended = await (await desk.get('/desk/sessions?ended=1')).text();
      expect(ended).toContain(fa.deskSessions.endedFlash);
      expect(ended).toContain(
        fa.deskSessions.endedLine(
          'جواد حسین زاده · telegram:200',
          '۱۴۰۴/۱۲/۱۰ ۰۹:۳۷',
          fa.deskSessions.reason.ended('سعید عباسی'),
        ),
      );
      expect(await desk.app.store.prisma.deskSession.findUniqueOrThrow({ where: { id: chairId } })).toMatchObject({
        endReason: 'ended',
        endedBy: 'telegram:100',
        endedByName: 'سعید عباسی',
      });
      const again = await desk.post(`/desk/sessions/${chairId}/end`, { _csrf: csrf });
      expect(await again.text()).toContain(fa.deskSessions.alreadyEnded);
      // Signing out is recorded as the person's own ending.
      await desk.post('/desk/signout', { _csrf: csrf });
      expect(await desk.app.store.prisma.deskSession.findUniqueOrThrow({ where: { id: rows[0]!.id } })).toMatchObject({
        endReason: 'signout',
        endedBy: 'telegram:100',
      });
    },
  );
});
