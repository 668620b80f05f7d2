// A stand-in for Bale's Bot API on 127.0.0.1, behaving where Bale differs from Telegram: methods Bale lacks
// (setMyCommands and the like) are rejected, chats are `group` or `private` (no supergroups, no topics),
// HTML is shown as typed while Bale's Markdown markers are rendered, getChatMember answers only a bot that
// administers the group, a chat it no longer knows is «no such group or user», webhook deliveries carry no secret
// header, and a file sent to the bot is fetched as Bale documents it (getFile, then /file/bot<token>/<file_path>).
import { createServer, type Server } from 'node:http';
import type { Update } from 'grammy/types';

export interface BaleCall {
  method: string;
  payload: Record<string, unknown>;
}

export interface FakeBale {
  url: string;
  calls: BaleCall[];
  /** Groups where the bot is an admin (so getChatMember works there). */
  botAdminIn: Set<number>;
  /** Users getChatMember reports as administrators. */
  admins: Set<number>;
  /** Chats that no longer exist for the bot. */
  gone: Set<number>;
  /**
   * Files people sent, by file_id: getFile names each a `file_path`, and `/file/bot<token>/<file_path>` serves its
   * bytes, as Bale documents.
   */
  files: Map<string, Buffer>;
  push(update: Omit<Update, 'update_id'>): void;
  /** POSTs an update to a webhook the way Bale does: JSON, no secret header. */
  deliver(url: string, update: Omit<Update, 'update_id'>): Promise<Response>;
  waitFor(test: (c: BaleCall) => boolean): Promise<BaleCall>;
  close(): Promise<void>;
}

const METHODS = new Set([
  'getMe',
  'getUpdates',
  'sendMessage',
  'editMessageText',
  'answerCallbackQuery',
  'getChatMember',
  'setWebhook',
  'deleteWebhook',
  'sendDocument',
  'getFile',
]);

/**
 * What a Bale user sees, by the forms Bale documents and nothing more: `*bold*` and `_italic_` with a space
 * (or a line's edge) outside each marker and none inside, `[text](url)` shown as its text, and
 * ```` ```[title]text``` ```` shown as its title and text; anything else (HTML too) as sent. The invisible
 * characters stay (see `visible`).
 */
export function seenInBale(text: string): string {
  return text
    .replace(/```\[([^\]\n]*)\]([\s\S]*?)```/g, '$1\n$2')
    .replace(/\[([^\]\n]*)\]\(([^)\s]*)\)/g, '$1')
    .replace(/(^|\s)\*(\S(?:[^*\n]*\S)?)\*(?=\s|$)/gm, '$1$2')
    .replace(/(^|\s)_(\S(?:[^_\n]*\S)?)_(?=\s|$)/gm, '$1$2');
}

/** The links Bale makes of `[text](url)`: their addresses. */
export function linksInBale(text: string): string[] {
  return [...text.matchAll(/\[[^\]\n]*\]\(([^)\s]*)\)/g)].map((m) => m[1]!);
}

/** What a reader can see of a text: without direction marks and word joiners, which show nothing. */
export const visible = (text: string) => text.replace(/[\u200E\u200F\u2060\u2066-\u2069]/g, '');

export async function startFakeBale(): Promise<FakeBale> {
  const calls: BaleCall[] = [];
  const queue: Update[] = [];
  const watchers: { test: (c: BaleCall) => boolean; resolve: (c: BaleCall) => void }[] = [];
  const botAdminIn = new Set<number>();
  const admins = new Set<number>();
  const gone = new Set<number>();
  const files = new Map<string, Buffer>();
  let waiter: (() => void) | undefined;
  let updateId = 1;
  let messageId = 700;

  type Answer = { ok: true; result: unknown } | { ok: false; error_code: number; description: string };
  async function answer(method: string, p: Record<string, unknown>): Promise<Answer> {
    if (!METHODS.has(method)) return { ok: false, error_code: 404, description: 'Not Found: method not found' };
    const chatId = Number(p.chat_id);
    const chat = { id: chatId, type: chatId < 0 ? 'group' : 'private' };
    if (gone.has(chatId)) return { ok: false, error_code: 400, description: 'Bad Request: no such group or user' };
    switch (method) {
      case 'getMe':
        return { ok: true, result: { id: 2, is_bot: true, first_name: 'Peygir', username: 'peygir_bot' } };
      case 'getUpdates': {
        while (queue.length && queue[0]!.update_id < Number(p.offset ?? 0)) queue.shift();
        if (!queue.length && p.timeout) {
          await new Promise<void>((r) => {
            waiter = r;
            setTimeout(r, Number(p.timeout) * 1000).unref();
          });
        }
        return { ok: true, result: queue.slice(0, Number(p.limit ?? 100)) };
      }
      case 'sendMessage':
      case 'sendDocument':
        return { ok: true, result: { message_id: messageId++, date: 1, chat, text: p.text } };
      case 'editMessageText':
        return { ok: true, result: { message_id: p.message_id, date: 1, chat, text: p.text } };
      case 'getFile': {
        const data = files.get(String(p.file_id));
        if (!data) return { ok: false, error_code: 400, description: 'Bad Request: file not found' };
        return {
          ok: true,
          result: {
            file_id: p.file_id,
            file_unique_id: p.file_id,
            file_size: data.length,
            file_path: `documents/${p.file_id}`,
          },
        };
      }
      case 'getChatMember':
        if (!botAdminIn.has(chatId)) return { ok: false, error_code: 403, description: 'Forbidden: permission_denied' };
        return {
          ok: true,
          result: { status: admins.has(Number(p.user_id)) ? 'administrator' : 'member', user: { id: p.user_id } },
        };
      default:
        return { ok: true, result: true };
    }
  }

  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', async () => {
      const file = /^\/file\/bot[^/]+\/documents\/(.+)$/.exec(req.url ?? '');
      if (file) {
        const data = files.get(decodeURIComponent(file[1]!));
        calls.push({ method: 'download', payload: { path: req.url } });
        res.writeHead(data ? 200 : 404).end(data);
        return;
      }
      const method = /\/bot[^/]+\/(\w+)$/.exec(req.url ?? '')?.[1] ?? '';
      const type = req.headers['content-type'] ?? '';
      const payload = type.includes('json') && body ? (JSON.parse(body) as Record<string, unknown>) : {};
      const call = { method, payload };
      calls.push(call);
      const out = await answer(method, payload);
      res.writeHead(out.ok ? 200 : out.error_code, { 'content-type': 'application/json' }).end(JSON.stringify(out));
      for (const w of watchers.filter((w) => w.test(call))) {
        watchers.splice(watchers.indexOf(w), 1);
        w.resolve(call);
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    botAdminIn,
    admins,
    gone,
    files,
    push(update) {
      queue.push({ update_id: updateId++, ...update } as Update);
      waiter?.();
    },
    deliver: (url, update) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ update_id: updateId++, ...update }),
      }),
    waitFor(test) {
      const done = calls.find(test);
      return done ? Promise.resolve(done) : new Promise((resolve) => watchers.push({ test, resolve }));
    },
    close: () =>
      new Promise<void>((r) => {
        waiter?.();
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
