// A small Bot API on 127.0.0.1 for real-HTTP tests: any root prefix (`/bale/bot<token>/…` serves Bale),
// updates queued per token for long polling, every call recorded, errors (429) injectable, and calls that can
// be answered slowly or not at all.
import { createServer, type Server } from 'node:http';
import type { Update } from 'grammy/types';

export interface ApiCall {
  root: string;
  token: string;
  method: string;
  payload: Record<string, unknown>;
}

export interface FakeBotApi {
  url: string;
  calls: ApiCall[];
  admins: Set<number>;
  push(token: string, update: Omit<Update, 'update_id'>): void;
  /** The next `times` calls of `method` fail with this error. */
  fail(method: string, error: { error_code: number; description: string; parameters?: object }, times?: number): void;
  /**
   * Holds each call for as many milliseconds as `delay` says before answering it (a throttled messenger), or
   * never answers it (Infinity: a hung one) until `stall(null)` or `close()`.
   */
  stall(delay: ((c: ApiCall) => number) | null): void;
  /** Resolves once a call matching `test` has been made. */
  waitFor(test: (c: ApiCall) => boolean): Promise<ApiCall>;
  close(): Promise<void>;
}

export async function startFakeBotApi(): Promise<FakeBotApi> {
  const calls: ApiCall[] = [];
  const queues = new Map<string, Update[]>();
  const waiters = new Map<string, () => void>();
  const failures: { method: string; error: object; times: number }[] = [];
  const watchers: { test: (c: ApiCall) => boolean; resolve: (c: ApiCall) => void }[] = [];
  const admins = new Set<number>();
  let delayOf: ((c: ApiCall) => number) | null = null;
  /** Calls held without an answer; released when the stall is lifted or the server closes. */
  let held: (() => void)[] = [];
  const hold = (ms: number) =>
    new Promise<void>((r) => {
      if (Number.isFinite(ms)) setTimeout(r, ms).unref();
      else held.push(r);
    });
  let updateId = 1;
  let messageId = 500;
  const queue = (token: string) => queues.get(token) ?? queues.set(token, []).get(token)!;

  async function answer(token: string, method: string, p: Record<string, unknown>): Promise<unknown> {
    const chat = { id: Number(p.chat_id), type: 'supergroup' };
    switch (method) {
      case 'getMe':
        return { id: Number(token.split(':')[0]), is_bot: true, first_name: 'Peygir', username: 'peygir_bot' };
      case 'getUpdates': {
        const q = queue(token);
        while (q.length && q[0]!.update_id < Number(p.offset ?? 0)) q.shift();
        if (!q.length && p.timeout) {
          // unref: a pending long poll must never keep the test process alive.
          await new Promise<void>((r) => {
            waiters.set(token, r);
            setTimeout(r, Number(p.timeout) * 1000).unref();
          });
        }
        return q.slice(0, Number(p.limit ?? 100));
      }
      case 'sendMessage':
        return { message_id: messageId++, date: 1, chat, text: p.text };
      case 'editMessageText':
        return { message_id: p.message_id, date: 1, chat, text: p.text };
      case 'getChatMember':
        return { status: admins.has(Number(p.user_id)) ? 'administrator' : 'member', user: { id: p.user_id } };
      case 'answerCallbackQuery':
      case 'setMyCommands':
      case 'deleteWebhook':
      case 'setWebhook':
        return true;
      default:
        return undefined;
    }
  }

  const server: Server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', async () => {
      const m = /^(.*)\/bot([^/]+)\/(\w+)$/.exec(req.url ?? '');
      const reply = (status: number, json: object) =>
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
      if (!m) return reply(404, { ok: false, error_code: 404, description: 'Not Found' });
      const [, root, token, method] = m as unknown as [string, string, string, string];
      const payload = body ? (JSON.parse(body) as Record<string, unknown>) : {};
      const call = { root, token, method, payload };
      calls.push(call);
      const delay = delayOf?.(call) ?? 0;
      if (delay > 0) await hold(delay);
      if (res.destroyed) return;
      const failure = failures.find((f) => f.method === method && f.times > 0);
      if (failure) {
        failure.times--;
        return reply((failure.error as { error_code: number }).error_code, { ok: false, ...failure.error });
      }
      const result = await answer(token, method, payload);
      if (result === undefined) return reply(404, { ok: false, error_code: 404, description: 'Not Found: method' });
      reply(200, { ok: true, result });
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
    admins,
    push(token, update) {
      queue(token).push({ update_id: updateId++, ...update } as Update);
      waiters.get(token)?.();
    },
    stall(delay) {
      delayOf = delay;
      if (!delay) {
        for (const r of held) r();
        held = [];
      }
    },
    fail(method, error, times = 1) {
      failures.push({ method, error, times });
    },
    waitFor(test) {
      const done = calls.find(test);
      return done ? Promise.resolve(done) : new Promise((resolve) => watchers.push({ test, resolve }));
    },
    close: () =>
      new Promise<void>((r) => {
        for (const w of waiters.values()) w();
        for (const r of held) r();
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
