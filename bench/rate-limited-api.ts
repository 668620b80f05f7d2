// A Bot API on 127.0.0.1 that enforces Telegram's flood limits the way the real one does: a global budget of
// messages per second (a token bucket, so a steady rate passes and a burst above it does not) and one message
// per second per chat. Over the limit it answers 429 with retry_after, and counts it.
import { createServer } from 'node:http';

export interface RateLimitedApi {
  url: string;
  sent: number;
  tooMany: number;
  /** performance.now() of the first and the last accepted message. */
  firstAt: number;
  lastAt: number;
  close(): Promise<void>;
}

export async function startRateLimitedApi(perSecond: number): Promise<RateLimitedApi> {
  let tokens = perSecond;
  let last = performance.now();
  const lastByChat = new Map<string, number>();
  const state = { sent: 0, tooMany: 0, firstAt: 0, lastAt: 0 };
  let messageId = 1;

  const take = (chat: string): boolean => {
    const now = performance.now();
    tokens = Math.min(perSecond, tokens + ((now - last) / 1000) * perSecond);
    last = now;
    const previous = lastByChat.get(chat);
    if (tokens < 1 || (previous !== undefined && now - previous < 1000)) return false;
    tokens -= 1;
    lastByChat.set(chat, now);
    return true;
  };

  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => {
      const method = /\/bot[^/]+\/(\w+)$/.exec(req.url ?? '')?.[1] ?? '';
      const p = (body ? JSON.parse(body) : {}) as Record<string, unknown>;
      const json = (status: number, value: object) =>
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
      if (method !== 'sendMessage') return json(200, { ok: true, result: true });
      if (!take(String(p.chat_id))) {
        state.tooMany++;
        return json(429, {
          ok: false,
          error_code: 429,
          description: 'Too Many Requests: retry after 1',
          parameters: { retry_after: 1 },
        });
      }
      state.sent++;
      state.lastAt = performance.now();
      if (state.sent === 1) state.firstAt = state.lastAt;
      const chat = { id: Number(p.chat_id), type: 'supergroup' };
      json(200, { ok: true, result: { message_id: messageId++, date: 1, chat, text: p.text } });
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    get sent() {
      return state.sent;
    },
    get tooMany() {
      return state.tooMany;
    },
    get firstAt() {
      return state.firstAt;
    },
    get lastAt() {
      return state.lastAt;
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
