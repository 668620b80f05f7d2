// The loop on every messenger: /progress with a percentage, the notice with its «رویت شد» button as each platform
// draws it, the press and /seen — on the Telegram and Bale stand-ins (bot.handleUpdate) and on Slack (signed
// requests to Bolt against the fake Web API).
import { afterEach, describe, expect, it } from 'vitest';
import { ReminderEngine } from '../../jobs/send-due-reminders.js';
import type { App } from '../../src/app.js';
import { fromJalali, zonedInstant } from '../../src/core/calendar.js';
import { FAVA, pressPayload, type Harness as SlackHarness, startHarness } from '../slack/harness.js';
import { ADMIN, type Harness, harness } from '../telegram/harness.js';

/** A work day at ten, the items given five minutes before and the chats linked the day before. */
const T0 = zonedInstant(fromJalali(1404, 9, 16)!, '10:00', 'Asia/Tehran');
async function givenJustBefore(app: App) {
  await app.db.prisma.chatBinding.updateMany({ data: { createdAt: new Date(T0.getTime() - 86_400_000) } });
  await app.db.prisma.assignment.updateMany({ data: { createdAt: new Date(T0.getTime() - 5 * 60_000) } });
}
const share = async (app: App, n: number, owner = 'کمیته فاوا') =>
  (await app.store.getResolution({ kind: 'number', number: n }))!.assignments.find((a) => a.ownerName === owner)!;

describe.each(['telegram', 'bale'] as const)('on %s', (messenger) => {
  let h: Harness;
  afterEach(() => h?.cleanup());

  it('records /progress 1 ۶۰٪, sends the notice with its button, and takes the press and /seen', async () => {
    h = await harness(messenger);
    h.app.config.NOTICE_ON_IMPORT = true;
    await h.send('/link کمیته فاوا', { from: ADMIN });
    await h.send('/progress 1 ۶۰٪');
    expect(await share(h.app, 1)).toMatchObject({ status: 'in_progress', percent: 60 });

    await givenJustBefore(h.app);
    const before = h.calls.length;
    await new ReminderEngine(h.app, [h.notifier], { instanceId: 'e' }).sweep(T0);
    const notice = h.calls.slice(before).find((c) => c.method === 'sendMessage')!;
    expect(String(notice.payload.text)).toContain('ابلاغ مصوبات به کمیته فاوا');
    const keyboard = (notice.payload.reply_markup as { inline_keyboard: { callback_data: string }[][] })
      .inline_keyboard;
    expect(keyboard.flat().map((b) => b.callback_data)).toContain('seen:1,2');

    const pressed = await h.press('seen:1,2', 90, { messageText: 'ابلاغ مصوبات به کمیته فاوا' });
    expect(pressed.map((c) => c.method)).toContain('answerCallbackQuery');
    expect((await share(h.app, 2)).seenBy).toBeTruthy();
    const again = await h.send('/seen 1');
    expect(String(again.find((c) => c.method === 'sendMessage')!.payload.text)).toContain('پیش‌تر رویت شده است');
  });
});

describe('on slack', () => {
  let h: SlackHarness;
  afterEach(() => h?.close());

  it('records /progress with a percentage and takes /seen and the «seen» button', async () => {
    h = await startHarness({ NOTICE_ON_IMPORT: 'true' });
    await h.slash('UCREATOR', FAVA, '/link', 'کمیته فاوا');
    await h.slash('UMEMBER', FAVA, '/progress', '2 40%');
    expect(await share(h.app, 2)).toMatchObject({ status: 'in_progress', percent: 40 });
    await h.slash('UMEMBER', FAVA, '/progress', '2 140%');
    expect(await share(h.app, 2)).toMatchObject({ percent: 40 });

    await givenJustBefore(h.app);
    await new ReminderEngine(h.app, [h.bot.notifier], { instanceId: 'e' }).sweep(T0);
    const ts = [...h.fake.messages.keys()].at(-1)!;
    expect(JSON.stringify(h.fake.messages.get(ts)!.blocks)).toContain('seen:1,2');
    expect((await h.interact(pressPayload(h.fake, 'UMEMBER', ts, 'seen:1'))).status).toBe(200);
    expect((await share(h.app, 1)).seenAt).not.toBeNull();
    await h.slash('UMEMBER', FAVA, '/seen', '2');
    expect((await share(h.app, 2)).seenAt).not.toBeNull();
  });
});
