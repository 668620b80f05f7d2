// A local stand-in for Bale's Safir, built only from what docs.bale.ai/safir documents: POST
// /api/v3/send_message with JSON, the organisation's key in the `api-access-key` header, a numeric `bot_id`, a
// `phone_number` that starts with 98 and has nothing but digits, `message_data` (here `message.text`), and a
// `request_id` under which a repeated request is sent once. What Safir does not document (its answer's body,
// its error statuses, its rate limit) the stand-in chooses and the tests name as chosen: 200 with
// {"message_id"}, 400 for a bad body, 401 for a wrong key, 429 with Retry-After when asked to limit.
import { createServer, type IncomingMessage } from 'node:http';

export interface Delivered {
  requestId: string | null;
  phone: string;
  text: string;
}

export interface FakeSafir {
  url: string;
  /** Messages delivered to phones, each once. */
  delivered: Delivered[];
  /** Every request that reached the stand-in, delivered or not. */
  requests: { requestId: string | null; status: number }[];
  /** The next `n` requests are answered `status` without delivering anything. */
  failNext(n: number, status: number, body?: string, headers?: Record<string, string>): void;
  /** The next `n` requests are delivered, then answered 502, as when the answer is lost on the way back. */
  loseAnswers(n: number): void;
  /** Requests closer together than `ms` (by `now`) are answered 429 with `Retry-After: retryAfterS`. */
  limit(ms: number, retryAfterS: number): void;
  close(): Promise<void>;
}

const read = (req: IncomingMessage) =>
  new Promise<string>((resolve) => {
    let body = '';
    req.on('data', (c) => {
      body += c;
    });
    req.on('end', () => resolve(body));
  });

export async function startFakeSafir(opts: { key: string; botId: number; now?: () => number }): Promise<FakeSafir> {
  const now = opts.now ?? Date.now;
  const delivered: Delivered[] = [];
  const requests: FakeSafir['requests'] = [];
  const answers = new Map<string, string>();
  let failures: { status: number; body: string; headers: Record<string, string> }[] = [];
  let lose = 0;
  let gap: { ms: number; retryAfterS: number } | null = null;
  let last: number | null = null;
  let n = 0;
  const server = createServer(async (req, res) => {
    const body = await read(req);
    let requestId: string | null = null;
    const answer = (status: number, json: unknown, headers: Record<string, string> = {}) => {
      requests.push({ requestId, status });
      res.writeHead(status, { 'content-type': 'application/json', ...headers });
      res.end(JSON.stringify(json));
    };
    if (req.method !== 'POST' || req.url !== '/api/v3/send_message') return answer(404, { error: 'not found' });
    if (req.headers['api-access-key'] !== opts.key) return answer(401, { error: 'bad api-access-key' });
    let msg: {
      request_id?: unknown;
      bot_id?: unknown;
      phone_number?: unknown;
      message_data?: { message?: { text?: unknown } };
    };
    try {
      msg = JSON.parse(body);
    } catch {
      return answer(400, { error: 'not JSON' });
    }
    requestId = typeof msg.request_id === 'string' ? msg.request_id : null;
    if (msg.request_id !== undefined && requestId === null) return answer(400, { error: 'request_id is a string' });
    if (!Number.isInteger(msg.bot_id)) return answer(400, { error: 'bot_id is an integer' });
    if (msg.bot_id !== opts.botId) return answer(400, { error: 'unknown bot' });
    if (typeof msg.phone_number !== 'string' || !/^98\d+$/.test(msg.phone_number))
      return answer(400, { error: 'phone_number starts with 98, digits only' });
    const text = msg.message_data?.message?.text;
    if (typeof msg.message_data !== 'object' || typeof text !== 'string') return answer(400, { error: 'no message' });
    const failure = failures.shift();
    if (failure) return answer(failure.status, JSON.parse(failure.body), failure.headers);
    if (gap) {
      const t = now();
      if (last !== null && t - last < gap.ms)
        return answer(429, { error: 'slow down' }, { 'retry-after': String(gap.retryAfterS) });
      last = t;
    }
    // A repeated request_id: answered as before, not sent again.
    const before = requestId ? answers.get(requestId) : undefined;
    if (before) return answer(200, JSON.parse(before));
    delivered.push({ requestId, phone: msg.phone_number, text });
    const reply = JSON.stringify({ message_id: `m${++n}` });
    if (requestId) answers.set(requestId, reply);
    if (lose > 0) {
      lose--;
      return answer(502, { error: 'bad gateway' });
    }
    return answer(200, JSON.parse(reply));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}`,
    delivered,
    requests,
    failNext(count, status, body = '{"error":"failed"}', headers = {}) {
      failures = [...failures, ...Array.from({ length: count }, () => ({ status, body, headers }))];
    },
    loseAnswers(count) {
      lose += count;
    },
    limit(ms, retryAfterS) {
      gap = { ms, retryAfterS };
    },
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
