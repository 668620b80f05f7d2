// The outbox picks every message's language (the person's, else the council's) and reaches the chair's chat
// on the console as on any messenger: the console notifier renders in the language the outbox picks.
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConsoleNotifier } from '../../src/platforms/console.js';
import { freshApp, type TestApp } from '../helpers/db.js';
import { seed } from '../helpers/seed.js';

let app: TestApp;
afterEach(async () => {
  vi.useRealTimers();
  await app?.cleanup();
});

async function consoleApp(language: 'fa' | 'en') {
  app = await freshApp('sqlite', { LANGUAGE: language });
  await seed(app);
  const output = new PassThrough();
  let printed = '';
  output.on('data', (chunk) => {
    printed += String(chunk);
  });
  app.outbox.register(new ConsoleNotifier(output, app.outbox));
  const owner = await app.store.findOwner('کمیته فاوا');
  for (const [chatId, role] of [
    ['chair', 'chair'],
    ['fava', 'committee'],
  ] as const)
    await app.store.bind({
      address: `console:${chatId}`,
      platform: 'console',
      chatId,
      role,
      ownerId: role === 'chair' ? null : owner!.id,
      title: chatId === 'fava' ? 'Fava group' : 'Chair',
      createdBy: 'secretary',
    });
  return { printed: () => printed };
}

describe('outbox', () => {
  it('picks the person’s language when their messenger reports Persian or English, else the council’s', async () => {
    await consoleApp('en');
    expect(app.outbox.languageFor({ languageCode: 'fa-IR' })).toBe('fa');
    expect(app.outbox.languageFor({ languageCode: 'en-US' })).toBe('en');
    expect(app.outbox.languageFor({ languageCode: 'de' })).toBe('en');
    expect(app.outbox.languageFor()).toBe('en');
  });

  it('reports a chat gone to the chair’s console chat, in the council’s language', async () => {
    const out = await consoleApp('en');
    const disabled = await app.outbox.chatGone({ platform: 'console', chatId: 'fava' }, 'chat', 'left');
    expect(disabled).toBe(1);
    expect(out.printed()).toContain('[console:chair]\n');
    expect(out.printed()).toContain('peygir can no longer reach “chat fava” (left)');
    expect(out.printed()).toContain('کمیته فاوا');
  });

  it.each([
    ['fa', '۱۲', '12'],
    ['en', '12', '۱۲'],
  ] as const)('with the council writing %s, the console renders digits in it', async (language, shown, notShown) => {
    const out = await consoleApp(language);
    await app.outbox.reportToChair({ blocks: [{ type: 'item', number: 12, text: 'گزارش' }] });
    expect(out.printed()).toContain(`[console:chair]\n[${shown}]`);
    expect(out.printed()).not.toContain(notShown);
  });

  it('skips the chat a report is about and gives up on a chair chat that hangs, without throwing', async () => {
    const out = await consoleApp('en');
    const reply = { blocks: [{ type: 'text' as const, text: 'a reminder could not be sent' }] };
    await app.outbox.reportToChair(reply, { except: 'console:chair' });
    expect(out.printed()).toBe('');
    // A messenger that never answers: the report is abandoned at its deadline, the caller carries on. The
    // deadline is counted on fake timers, from the moment the send began.
    let sending!: () => void;
    const began = new Promise<void>((r) => {
      sending = r;
    });
    app.outbox.register({
      platform: 'console',
      send: () => {
        sending();
        return new Promise(() => {});
      },
    });
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let done = false;
    const report = app.outbox.reportToChair(reply, { timeoutMs: 200 }).then(() => {
      done = true;
    });
    await began;
    await vi.advanceTimersByTimeAsync(199);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await report;
    expect(done).toBe(true);
  });
});
