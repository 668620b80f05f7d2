// Invites on Telegram: `t.me/<bot>?start=<code>` arrives as `/start <code>` in the person's private chat and
// binds it to the owner (a person such as «سازمان برنامه و بودجه»'s officer, who could never /link there);
// `?startgroup=<code>` arrives as `/start@<bot> <code>` in the group it adds the bot to. The person then gets
// the owner's reminders in that private chat and answers them there.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReminderEngine } from '../../jobs/send-due-reminders.js';
import { ALI, type Harness, harness, sentTexts } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await harness();
});
afterEach(() => h.cleanup());

const issue = async (owner: string) => {
  const found = await h.app.store.findOwner(owner);
  const by = { platform: 'console' as const, userId: 'sec', name: 'دبیر' };
  return (await h.app.invites.issue(found!.id, 'telegram', by, 'desk')).code;
};

describe('telegram invites', () => {
  it('a start link binds the person’s private chat; reminders then reach them there, and /done works', async () => {
    const code = await issue('کمیته تامین داده');
    // Ali is neither an admin nor the secretary: /link in his private chat is refused without an invite.
    const refused = sentTexts(await h.send('/link کمیته تامین داده', { chat: 'private' })).join('\n');
    expect(refused).toContain('کد دعوتی را که دبیرخانه فرستاده بنویسید');
    expect(await h.bindings()).toEqual([]);
    const start = sentTexts(await h.send(`/start ${code}`, { chat: 'private', from: ALI }));
    expect(start.join('\n')).toContain('به کمیته تامین داده وصل شد');
    expect((await h.bindings()).map((b) => [b.address, b.target])).toEqual([
      ['telegram:42', expect.stringMatching(/^owner:/)],
    ]);

    // The owner's weekly digest goes to the private chat (Saturday 09:00 in Tehran).
    const engine = new ReminderEngine(h.app, [h.notifier]);
    const before = h.calls.length;
    await engine.sweep(new Date('2030-01-05T05:31:00Z'));
    const digests = h.calls.slice(before).filter((c) => c.method === 'sendMessage');
    expect(digests.map((c) => c.payload.chat_id)).toEqual(['42']);
    expect(String(digests[0]!.payload.text)).toContain('پوشش داده پیگیری شود');

    const done = sentTexts(await h.send('/done 3', { chat: 'private' }));
    expect(done.join('\n')).toContain('مصوبه ۳ برای کمیته تامین داده');
    expect(await h.status(3)).toEqual(['کمیته تامین داده:done']);
  });

  it('a startgroup link binds the group it adds the bot to; a second use says the invite was used', async () => {
    const code = await issue('کمیته فاوا');
    const bound = sentTexts(await h.send(`/start@peygir_bot ${code}`, { chat: 'supergroup' }));
    expect(bound.join('\n')).toContain('این گروه به کمیته فاوا وصل شد');
    const again = sentTexts(await h.send(`/start ${code}`, { chat: 'private' }));
    expect(again.join('\n')).toContain('به کار رفته است و دوباره کار نمی‌کند');
    expect((await h.bindings()).map((b) => b.address)).toEqual(['telegram:-1001']);
    // /start with no code still says what peygir is.
    expect(sentTexts(await h.send('/start', { chat: 'private' })).join()).toContain('پیگیر مصوبات');
  });
});
