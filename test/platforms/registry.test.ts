// A messenger is one folder and one line in the registry: this test adds a made-up one («pigeon», channels with
// threads, no buttons) through the registry alone and runs commands through it end to end. Nothing else in
// peygir names it, so every answer that depends on what it can do must come from its capabilities.
import { afterEach, describe, expect, it } from 'vitest';
import type { Messenger, MessengerCapabilities } from '../../src/core/ports.js';
import type { Incoming, Reply, SendTarget, SentRef } from '../../src/core/types.js';
import { createHttpServer } from '../../src/http/server.js';
import { MESSENGERS, type MessengerModule, type RunningPlatform, startPlatforms } from '../../src/platforms/index.js';
import { renderPlain } from '../../src/platforms/plain.js';
import { freshApp, type TestApp } from '../helpers/db.js';
import { seed } from '../helpers/seed.js';

const PIGEON: MessengerCapabilities = {
  receive: true,
  buttons: false,
  edit: false,
  sendFiles: false,
  receiveFiles: false,
  startLinks: false,
  groupStartLinks: false,
  commandMenu: false,
  chatNoun: 'channel',
  threads: 'thread',
  memberUpdates: false,
  singleUser: false,
};

/** The made-up messenger: what it sends is kept as plain text per chat. */
class PigeonMessenger implements Messenger {
  readonly platform = 'pigeon';
  readonly capabilities = PIGEON;
  readonly sent: { address: string; text: string }[] = [];
  private next = 0;

  constructor(private readonly outbox: TestApp['outbox']) {}

  async send(target: SendTarget, reply: Reply): Promise<SentRef[]> {
    const address = `pigeon:${target.chatId}${target.threadId ? `:${target.threadId}` : ''}`;
    const messageId = String(++this.next);
    this.sent.push({ address, text: renderPlain(reply, this.outbox.languageFor()) });
    await this.outbox.record(address, messageId, reply);
    return [{ address, messageId }];
  }
}

/** The whole of the messenger's folder, as a test holds it: what it is, and how it starts. */
function pigeonModule(started: PigeonMessenger[]): MessengerModule {
  return {
    describe: () => [{ platform: 'pigeon', label: 'Pigeon', configured: true, capabilities: PIGEON }],
    start: async (app) => {
      const messenger = new PigeonMessenger(app.outbox);
      started.push(messenger);
      const running: RunningPlatform = { name: 'pigeon', messengers: [messenger], stop: async () => {} };
      return running;
    },
  };
}

let app: TestApp | undefined;
afterEach(async () => {
  await app?.cleanup();
  app = undefined;
});

/** One message typed in a pigeon channel, handled as the messenger's receiving side would: replies sent back. */
async function typed(
  messenger: PigeonMessenger,
  text: string,
  chat = { chatId: 'C1' } as { chatId: string; threadId?: string },
) {
  const incoming: Incoming = {
    chat: { platform: 'pigeon', ...chat, kind: 'group', title: 'Fava channel' },
    user: { id: 'U1', name: 'Maryam', languageCode: 'fa' },
    text,
    isAdmin: async () => true,
  };
  for (const reply of await app!.dispatcher().handle(incoming)) await messenger.send(incoming.chat, reply);
  return messenger.sent.at(-1)?.text ?? '';
}

describe('the messenger registry', () => {
  it('starts a messenger added to it and runs commands through it, worded by its capabilities', async () => {
    const started: PigeonMessenger[] = [];
    app = await freshApp('sqlite', {}, { messengers: [...MESSENGERS, pigeonModule(started)] });
    await seed(app);
    const running = await startPlatforms(app, createHttpServer());
    // No other messenger has a token here: the registry started only the one added.
    expect(running.map((p) => p.name)).toEqual(['pigeon']);
    const pigeon = started[0]!;

    expect(app.messengers.capabilities('pigeon')).toBe(PIGEON);
    // A pigeon chat is a channel: the reply says so, though no code outside the registry names the messenger.
    expect(await typed(pigeon, '/link کمیته فاوا')).toContain('این کانال به کمیته فاوا وصل شد');
    expect(await typed(pigeon, '/link کمیته فاوا', { chatId: 'C2', threadId: 'T9' })).toContain(
      'این رشته گفتگو به کمیته فاوا وصل شد',
    );

    expect(await typed(pigeon, '/done 3')).toContain('مصوبه ۳ برای کمیته فاوا: انجام شد');
    const item = await app.store.getResolution({ kind: 'number', number: 3 });
    expect(item?.assignments.find((a) => a.ownerName === 'کمیته فاوا')?.status).toBe('done');
    const history = await app.store.history(item!.id);
    expect(history.at(-1)).toMatchObject({ actorPlatform: 'pigeon', chatAddress: 'pigeon:C1', toStatus: 'done' });

    // The way out reaches it too: a report to the chair's chat on the new messenger.
    await app.store.bind({
      address: 'pigeon:CHAIR',
      platform: 'pigeon',
      chatId: 'CHAIR',
      role: 'chair',
      ownerId: null,
      createdBy: 'test',
    });
    await app.outbox.reportToChair({ blocks: [{ type: 'text', text: 'گزارش آزمایشی' }] });
    expect(pigeon.sent.at(-1)).toEqual({ address: 'pigeon:CHAIR', text: 'گزارش آزمایشی' });
    for (const p of running) await p.stop();
  });

  it('lists every messenger it knows with what each can do, and takes an unknown one for plain text', async () => {
    app = await freshApp('sqlite', { TELEGRAM_BOT_TOKEN: '1:T' });
    const byName = new Map(app.messengers.list().map((m) => [m.platform, m]));
    expect([...byName.keys()]).toEqual(['telegram', 'bale', 'slack', 'safir', 'console']);
    expect(byName.get('telegram')).toMatchObject({ configured: true, capabilities: { startLinks: true } });
    expect(byName.get('bale')).toMatchObject({ configured: false, capabilities: { startLinks: false, threads: null } });
    expect(byName.get('slack')?.capabilities).toMatchObject({ chatNoun: 'channel', threads: 'thread' });
    // Safir sends to a phone number and takes nothing in.
    expect(byName.get('safir')).toMatchObject({ configured: false, capabilities: { receive: false, buttons: false } });
    expect(app.messengers.capabilities('gone-messenger')).toMatchObject({ buttons: false, chatNoun: 'group' });
  });
});
