// Invites on the console: a code typed as `/link <code>` binds the chat to its owner whoever types it, once;
// an unknown, used, expired or revoked code binds nothing and says why; every use is recorded with the owner.
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { chatter } from '../helpers/chat.js';
import { freshApp, type Provider, postgresAvailable, type TestApp } from '../helpers/db.js';
import { seed } from '../helpers/seed.js';
import { FakeClock } from '../reminders/harness.js';

const pgUp = await postgresAvailable();
let app: TestApp | undefined;
let clock: FakeClock;
let say: ReturnType<typeof chatter>;
afterEach(async () => {
  await app?.cleanup();
  app = undefined;
});

const secretary = { platform: 'console' as const, userId: 'sec', name: 'دبیر' };
async function invite(owner: string, opts: { days?: number; uses?: number } = {}) {
  const found = await app!.store.findOwner(owner);
  return (await app!.invites.issue(found!.id, 'any', secretary, 'desk', opts)).code;
}
const bound = async (address: string) => (await app!.store.bindingsFor(address)).map((b) => b.ownerName ?? b.role);

describe.each(['sqlite', 'postgresql'] as Provider[])('invites on the console, %s', (provider) => {
  beforeEach(async () => {
    if (provider === 'postgresql' && !pgUp) return;
    clock = new FakeClock(new Date('2026-12-06T08:00:00Z'));
    app = await freshApp(provider, {}, { clock });
    await seed(app);
    say = chatter(app);
  });
  const it = test.skipIf(provider === 'postgresql' && !pgUp);

  it('bind the chat to the owner for whoever types the code, once, and the use is recorded', async () => {
    const code = await invite('سازمان برنامه و بودجه');
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    // Not an admin, not the secretary: the code is the leave to bind.
    const reply = await say('jafari', `/link ${code.toLowerCase()}`, { admin: false });
    expect(reply).toContain('به سازمان برنامه و بودجه وصل شد');
    expect(reply).toContain('یادآوری‌ها و پیگیری کارهای سازمان برنامه و بودجه');
    expect(await bound('console:jafari')).toEqual(['سازمان برنامه و بودجه']);
    expect(await say('jafari', '/list', { admin: false })).toContain('خانم جعفری بحث تخصیص بودجه');

    const again = await say('other', `/link ${code}`, { admin: false });
    expect(again).toMatch(/این دعوت در ۱۴۰۵\/۰۹\/۱۵ ۱۱:۳۰ به کار رفته است و دوباره کار نمی‌کند؛ چیزی تغییر نکرد/);
    expect(await bound('console:other')).toEqual([]);

    const changes = await app!.db.prisma.recordChange.findMany({ where: { subject: 'owner', field: 'invite' } });
    expect(changes.map((c) => [c.chatAddress, c.actorId])).toEqual([
      ['desk', 'sec'],
      ['console:jafari', 'jafari-member'],
    ]);
    const binding = await app!.db.prisma.chatBinding.findFirstOrThrow({ where: { address: 'console:jafari' } });
    expect(binding.createdBy).toMatch(/invite \d+$/);
  });

  it('binds one chat only when two use a one-time code at once', async () => {
    const code = await invite('کمیته فاوا');
    const replies = await Promise.all(['a', 'b', 'c'].map((chat) => say(chat, `/link ${code}`, { admin: false })));
    expect(replies.filter((r) => r.includes('وصل شد'))).toHaveLength(1);
    expect(replies.filter((r) => r.includes('دوباره کار نمی‌کند'))).toHaveLength(2);
    expect(await app!.db.prisma.chatBinding.count()).toBe(1);
  });

  it('an unknown, expired or revoked code binds nothing and says why', async () => {
    expect(await say('a', '/link ABCD-EFGH-JKMN', { admin: false })).toContain(
      'این کد دعوت شناخته نشد؛ چیزی تغییر نکرد',
    );
    const old = await invite('کمیته فاوا', { days: 1 });
    const revoked = await invite('کمیته فاوا');
    const row = await app!.db.prisma.invite.findFirstOrThrow({ orderBy: { id: 'desc' } });
    expect(await app!.invites.revoke(row.id, secretary, 'desk')).toBe(true);
    expect(await app!.invites.revoke(row.id, secretary, 'desk')).toBe(false);
    clock.t = new Date('2026-12-08T08:00:00Z');
    expect(await say('a', `/link ${old}`, { admin: false })).toContain('این دعوت در ۱۴۰۵/۰۹/۱۶ ۱۱:۳۰ منقضی شده است');
    expect(await say('a', `/link ${revoked}`, { admin: false })).toContain('این دعوت در ۱۴۰۵/۰۹/۱۵ ۱۱:۳۰ لغو شده است');
    expect(await bound('console:a')).toEqual([]);
    // In English too, through the same catalogue.
    expect(await say('a', `/link ${old}`, { admin: false, language: 'en' })).toContain(
      'This invite expired on 1405/09/16',
    );
  });

  it('is not spent on the chair’s chat or on a chat already bound to its owner', async () => {
    await say('chair', '/link chair');
    const code = await invite('کمیته فاوا');
    expect(await say('chair', `/link ${code}`, { admin: false })).toContain(
      'گروه رئیس جلسه است و به کمیته فاوا وصل نمی‌شود',
    );
    await say('fava', '/link کمیته فاوا');
    expect(await say('fava', `/link ${code}`, { admin: false })).toContain(
      'پیش‌تر به کمیته فاوا وصل است؛ دعوت مصرف نشد',
    );
    expect((await app!.db.prisma.invite.findFirstOrThrow()).usesLeft).toBe(1);
    // Persian digits and no dashes read as the same code.
    const typed = code.replace(/-/g, '').replace(/[2-9]/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);
    expect(await say('office', `/link ${typed}`, { admin: false })).toContain('به کمیته فاوا وصل شد');
  });
});
