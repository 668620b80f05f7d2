// Evidence and the chair's acceptance on every messenger: a document with `/done 1` as its caption, a photo sent in
// reply to a list, fetched through the platform (getFile and the file path on Telegram, the same on Bale's stand-in
// as Bale documents it, the private download address with the bot's token on Slack), checked and kept; under
// REQUIRE_ACCEPTANCE the claim reaches the chair's chat with «تأیید» / «برگشت» and a press answers it. A file over
// the limit is refused before it is downloaded.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createHttpServer, type ListeningHttp } from '../../src/http/server.js';
import { type RunningMessengers, startMessengers } from '../../src/platforms/telegram/start.js';
import { type FakeBale, startFakeBale } from '../bale/fake-bale-api.js';
import { freshApp, type TestApp } from '../helpers/db.js';
import { JPEG, PDF } from '../helpers/evidence.js';
import { DATA, FAVA, pressPayload, type Harness as SlackHarness, startHarness } from '../slack/harness.js';
import { ADMIN, ALI, BOT_INFO, bindChat, CHATS, type Harness, harness, seedMinutes } from '../telegram/harness.js';

/** Serves `/file/bot1:T/documents/<id>` as the Bot API's file host does. */
async function fileHost(files: Map<string, Buffer>): Promise<{ url: string; server: Server; hits: string[] }> {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    const data = files.get(decodeURIComponent(/\/documents\/(.+)$/.exec(req.url ?? '')?.[1] ?? ''));
    res.writeHead(data ? 200 : 404).end(data);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server, hits };
}

/** What a reader sees: without the direction marks and isolates that lay out mixed lines. */
const marksOff = (text: string) => text.replace(/[\u200E\u200F\u2060\u2066-\u2069]/g, '');

let nextId = 5000;
const documentMessage = (
  chat: (typeof CHATS)[keyof typeof CHATS],
  caption: string | undefined,
  doc: { file_id: string; file_name: string; mime_type: string; file_size: number },
  replyTo?: number,
) => ({
  message: {
    message_id: nextId++,
    date: 1,
    chat,
    from: ALI,
    document: { ...doc, file_unique_id: doc.file_id },
    ...(caption ? { caption, caption_entities: [{ type: 'bot_command', offset: 0, length: 5 }] } : {}),
    ...(replyTo ? { reply_to_message: { message_id: replyTo, date: 1, chat, from: BOT_INFO, text: '…' } } : {}),
  },
});

describe.each(['telegram', 'bale'] as const)('evidence on %s (bot.handleUpdate)', (messenger) => {
  let h: Harness;
  let host: Awaited<ReturnType<typeof fileHost>>;
  afterEach(async () => {
    await h?.cleanup();
    host?.server.close();
  });

  it('keeps a document captioned /done 1 and a photo sent in reply to a list; refuses one over the limit', async () => {
    const files = new Map([
      ['doc-1', PDF],
      ['photo-1', JPEG],
    ]);
    host = await fileHost(files);
    h = await harness(messenger, undefined, { EVIDENCE_MAX_MB: '1' }, host.url);
    await h.send('/link کمیته فاوا', { from: ADMIN });
    const sent = await h.update(
      documentMessage(CHATS.group, '/done 1 نامه ۱۲۳۴', {
        file_id: 'doc-1',
        file_name: 'letter.pdf',
        mime_type: 'application/pdf',
        file_size: PDF.length,
      }) as never,
    );
    expect(sent.map((c) => c.method)).toContain('getFile');
    const reply = String(sent.find((c) => c.method === 'sendMessage')!.payload.text);
    expect(reply).toContain('مستند');
    expect(await h.status(1)).toEqual(['کمیته فاوا:done']);
    expect(await h.app.db.prisma.evidence.findFirstOrThrow()).toMatchObject({ name: 'letter.pdf', size: PDF.length });

    // A photo in reply to the list of item 2 alone is evidence for item 2.
    const list = await h.send('/list');
    const listId = Number(
      (await h.app.db.prisma.outboundMessage.findFirstOrThrow({ where: { kind: 'list' }, orderBy: { id: 'desc' } }))
        .messageId,
    );
    expect(list.length).toBeGreaterThan(0);
    await h.update({
      message: {
        message_id: nextId++,
        date: 1,
        chat: CHATS.group,
        from: ALI,
        photo: [
          { file_id: 'photo-small', file_unique_id: 's', width: 90, height: 90, file_size: 10 },
          { file_id: 'photo-1', file_unique_id: 'p', width: 800, height: 800, file_size: JPEG.length },
        ],
        caption: '2 گزارش تصویری',
        reply_to_message: { message_id: listId, date: 1, chat: CHATS.group, from: BOT_INFO, text: '…' },
      },
    } as never);
    expect(await h.app.db.prisma.evidence.findFirstOrThrow({ where: { name: 'photo.jpg' } })).toMatchObject({
      mime: 'image/jpeg',
    });
    expect((await h.status(2)).find((s) => s.startsWith('کمیته فاوا'))).toBe('کمیته فاوا:done');

    // Over the limit as the platform states it: refused before any download, nothing changed.
    const before = host.hits.length;
    const big = await h.update(
      documentMessage(CHATS.group, '/done 1', {
        file_id: 'doc-big',
        file_name: 'big.pdf',
        mime_type: 'application/pdf',
        file_size: 5 * 1024 * 1024,
      }) as never,
    );
    expect(big.map((c) => c.method)).not.toContain('getFile');
    expect(host.hits.length).toBe(before);
    expect(String(big.find((c) => c.method === 'sendMessage')!.payload.text)).toContain('بزرگ‌تر از حد مجاز');
    expect(await h.app.db.prisma.evidence.count()).toBe(2);
  });

  it('under REQUIRE_ACCEPTANCE sends the claim to the chair, who accepts it with the button', async () => {
    host = await fileHost(new Map([['doc-1', PDF]]));
    h = await harness(messenger, undefined, { REQUIRE_ACCEPTANCE: 'true' }, host.url);
    await h.send('/link کمیته فاوا', { from: ADMIN });
    await h.send('/link chair', { chat: 'chair', from: ADMIN });
    const sent = await h.update(
      documentMessage(CHATS.group, '/done 1 نامه ۱۲۳۴', {
        file_id: 'doc-1',
        file_name: 'letter.pdf',
        mime_type: 'application/pdf',
        file_size: PDF.length,
      }) as never,
    );
    const toChair = sent.find((c) => c.method === 'sendMessage' && c.payload.chat_id === String(CHATS.chair.id))!;
    expect(String(toChair.payload.text)).toContain('کمیته فاوا انجام مصوبه ۱ را اعلام کرد');
    expect(marksOff(String(toChair.payload.text))).toContain('📎 letter.pdf');
    const keyboard = (
      toChair.payload.reply_markup as { inline_keyboard: { text: string; callback_data: string }[][] }
    ).inline_keyboard.flat();
    // The buttons name the claim (request 1), so a press answers it alone.
    expect(keyboard.map((b) => b.callback_data)).toEqual(['approve:1#1', 'decline:1#1']);
    expect(keyboard[1]!.text).toContain('برگشت');
    expect(await h.status(1)).toEqual(['کمیته فاوا:open']);
    // A press in the owner's chat is refused and changes nothing.
    await h.press('approve:1#1', 80, { chat: 'group' });
    expect(await h.status(1)).toEqual(['کمیته فاوا:open']);
    const approved = await h.press('approve:1#1', 81, { chat: 'chair', from: ADMIN });
    expect(approved.map((c) => c.method)).toContain('answerCallbackQuery');
    expect(await h.status(1)).toEqual(['کمیته فاوا:done']);
    const told = approved.find((c) => c.method === 'sendMessage' && c.payload.chat_id === String(CHATS.group.id));
    expect(String(told?.payload.text)).toContain('تأیید شد');
  });
});

describe('evidence on the Bale stand-in, over HTTP', () => {
  let fake: FakeBale;
  let app: TestApp;
  let running: RunningMessengers | null;
  let listening: ListeningHttp | undefined;
  afterEach(async () => {
    await running?.stop();
    await listening?.close();
    await app?.cleanup();
    await fake?.close();
  });

  it('fetches a document with getFile and the documented file path, and keeps it', async () => {
    fake = await startFakeBale();
    fake.files.set('bale-doc', PDF);
    app = await freshApp('sqlite', { BALE_BOT_TOKEN: '2:BALE', BALE_API_ROOT: fake.url });
    await seedMinutes(app);
    await bindChat(app, 'bale:-2001', 'کمیته فاوا');
    const http = createHttpServer();
    running = await startMessengers(app, http);
    listening = await http.listen(0, '127.0.0.1');
    fake.push({
      message: {
        message_id: 77,
        date: 1,
        chat: { id: -2001, type: 'group', title: 'گروه' },
        from: ALI,
        caption: '/done 1 نامه ۱۲۳۴',
        caption_entities: [{ type: 'bot_command', offset: 0, length: 5 }],
        document: { file_id: 'bale-doc', file_unique_id: 'u', file_name: 'نامه.pdf', file_size: PDF.length },
      },
    } as never);
    await fake.waitFor((c) => c.method === 'sendMessage' && String(c.payload.text).includes('مستند'));
    expect(fake.calls.map((c) => c.method)).toEqual(expect.arrayContaining(['getFile', 'download']));
    expect(await app.db.prisma.evidence.findFirstOrThrow()).toMatchObject({
      name: 'نامه.pdf',
      mime: 'application/pdf',
    });
  });
});

describe('evidence on slack', () => {
  let h: SlackHarness;
  afterEach(() => h?.close());

  it('keeps a file shared with «done 1», fetched with the bot token; the chair accepts a claim with the button', async () => {
    h = await startHarness({ REQUIRE_ACCEPTANCE: 'true' });
    await h.slash('UCREATOR', FAVA, '/link', 'کمیته فاوا');
    await h.slash('UCREATOR', DATA, '/link', 'chair');
    const res = await h.event({
      type: 'message',
      subtype: 'file_share',
      channel: FAVA,
      user: 'UMEMBER',
      ts: '1700000100.000001',
      text: 'done 1 نامه ۱۲۳۴',
      files: [h.fake.sharedFile('F1', 'letter.pdf', PDF, 'application/pdf')],
    });
    expect(res.status).toBe(200);
    await expect.poll(() => h.app.db.prisma.evidence.count()).toBe(1);
    expect(h.fake.of('download')).toEqual([expect.objectContaining({ authorized: true })]);
    const claim = await h.app.db.prisma.chairRequest.findFirstOrThrow();
    expect(claim).toMatchObject({ kind: 'acceptance', state: 'pending', reason: 'نامه ۱۲۳۴' });
    await expect
      .poll(() =>
        [...h.fake.messages.values()].some(
          (m) => m.channel === DATA && marksOff(JSON.stringify(m.blocks)).includes('letter.pdf'),
        ),
      )
      .toBe(true);
    const ts = [...h.fake.messages.keys()].filter((k) => h.fake.messages.get(k)!.channel === DATA).at(-1)!;
    expect(JSON.stringify(h.fake.messages.get(ts)!.blocks)).toContain('decline:1#1');
    expect((await h.interact(pressPayload(h.fake, 'UCREATOR', ts, 'approve:1#1'))).status).toBe(200);
    await expect
      .poll(async () => (await h.app.store.getResolution({ kind: 'number', number: 1 }))!.assignments[0]!.status)
      .toBe('done');
    // A file of a type not allowed changes nothing.
    await h.event({
      type: 'message',
      subtype: 'file_share',
      channel: FAVA,
      user: 'UMEMBER',
      ts: '1700000100.000002',
      text: 'done 2',
      files: [h.fake.sharedFile('F2', 'run.exe', Buffer.from('MZ'), 'application/octet-stream')],
    });
    await expect.poll(() => [...h.fake.calls].some((c) => JSON.stringify(c.args).includes('پذیرفته نیست'))).toBe(true);
    expect(await h.app.db.prisma.evidence.count()).toBe(1);
    expect(await h.app.db.prisma.chairRequest.count()).toBe(1);
  });
});
