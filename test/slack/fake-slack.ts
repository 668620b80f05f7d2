// A local fake of Slack's Web API: answers the methods the adapter calls, records every call, keeps the
// messages it was sent (so chat.update and conversations.history behave), and can answer 429 on demand.
// File uploads (files.uploadV2) take their three steps here too: the upload URL points back at this server.
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Call {
  method: string;
  args: Record<string, unknown>;
}

/** A file shared by files.completeUploadExternal, with the bytes posted to its upload URL. */
export interface FakeUpload {
  id: string;
  filename: string;
  title?: string;
  channel?: string;
  threadTs?: string;
  comment?: string;
  bytes: Buffer;
}

export interface FakeUser {
  name: string;
  locale?: string;
  admin?: boolean;
}

export interface FakeSlack {
  url: string;
  apiUrl: string;
  calls: Call[];
  /** Messages by ts, as posted or last updated. */
  messages: Map<string, { channel: string; text: string; blocks: unknown[] }>;
  /** Files shared in channels, in the order their uploads completed. */
  uploads: FakeUpload[];
  /**
   * Files people shared, by id: served at `url_private_download` (`<url>/download/<id>`) to a request with the
   * bot's token only, as Slack serves private files.
   */
  shared: Map<string, Buffer>;
  /** The file object a message event carries for a shared file. */
  sharedFile(id: string, name: string, data: Buffer, mimetype: string): Record<string, unknown>;
  users: Record<string, FakeUser>;
  channelCreators: Record<string, string>;
  /** The URL apps.connections.open returns (Socket Mode). */
  socketUrl?: string;
  /** The next calls of `method` answer HTTP 429 with this Retry-After (seconds). */
  rateLimit(method: string, times: number, retryAfterSeconds: number): void;
  /** The next call of `method` answers `{ok: false, error}`. */
  failNext(method: string, error: string): void;
  of(method: string): Record<string, unknown>[];
  close(): Promise<void>;
}

/** What Slack shows of a message's `text`: the isolates that lay out Persian lines show nothing. */
export const shown = (text: unknown) => String(text).replace(/[\u200E\u200F\u2066-\u2069]/g, '');

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of req) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

function parseArgs(body: Buffer, contentType: string): Record<string, unknown> {
  const raw = body.toString('utf8');
  if (contentType.includes('json')) return raw ? JSON.parse(raw) : {};
  const args: Record<string, unknown> = {};
  for (const [k, v] of new URLSearchParams(raw)) args[k] = /^[[{]/.test(v) ? JSON.parse(v) : v;
  return args;
}

export async function startFakeSlack(): Promise<FakeSlack> {
  let seq = 0;
  const limits = new Map<string, { times: number; retryAfter: number }>();
  const failures = new Map<string, string>();
  // Files between files.getUploadURLExternal and files.completeUploadExternal.
  const pending = new Map<string, { filename: string; bytes?: Buffer }>();
  const fake = {
    calls: [] as Call[],
    messages: new Map(),
    uploads: [] as FakeUpload[],
    shared: new Map<string, Buffer>(),
    users: {} as Record<string, FakeUser>,
    channelCreators: {} as Record<string, string>,
  } as FakeSlack;
  fake.sharedFile = (id, name, data, mimetype) => {
    fake.shared.set(id, data);
    return { id, name, mimetype, size: data.length, url_private_download: `${fake.url}/download/${id}` };
  };

  const answer = (method: string, a: Record<string, unknown>): Record<string, unknown> => {
    const nextTs = () => `1700000000.${String(++seq).padStart(6, '0')}`;
    switch (method) {
      case 'auth.test':
        return { user_id: 'UBOT', bot_id: 'B1', team: 'Census', team_id: 'T1' };
      case 'chat.postMessage': {
        const ts = nextTs();
        fake.messages.set(ts, {
          channel: String(a.channel),
          text: String(a.text ?? ''),
          blocks: (a.blocks as []) ?? [],
        });
        return { channel: a.channel, ts };
      }
      case 'chat.update': {
        fake.messages.set(String(a.ts), {
          channel: String(a.channel),
          text: String(a.text ?? ''),
          blocks: a.blocks as [],
        });
        return { channel: a.channel, ts: a.ts };
      }
      case 'chat.postEphemeral':
        return { message_ts: nextTs() };
      case 'views.open':
        return { view: { id: `V${++seq}` } };
      case 'users.info': {
        const u = fake.users[String(a.user)];
        if (!u) return { ok: false, error: 'user_not_found' };
        const profile = { display_name: u.name, real_name: u.name };
        return { user: { id: a.user, name: u.name.toLowerCase(), profile, locale: u.locale, is_admin: !!u.admin } };
      }
      case 'conversations.info':
        return { channel: { id: a.channel, creator: fake.channelCreators[String(a.channel)] ?? 'UNOBODY' } };
      case 'conversations.history': {
        const m = fake.messages.get(String(a.latest));
        return { messages: m ? [{ type: 'message', ts: a.latest, text: m.text, blocks: m.blocks }] : [] };
      }
      case 'files.getUploadURLExternal': {
        const id = `F${++seq}`;
        pending.set(id, { filename: String(a.filename) });
        return { upload_url: `${fake.url}/upload/${id}`, file_id: id };
      }
      case 'files.completeUploadExternal': {
        const files = a.files as { id: string; title?: string }[];
        for (const f of files) {
          const p = pending.get(f.id);
          if (!p?.bytes) return { ok: false, error: 'file_not_uploaded' };
          pending.delete(f.id);
          fake.uploads.push({
            id: f.id,
            filename: p.filename,
            title: f.title,
            channel: a.channel_id as string | undefined,
            threadTs: a.thread_ts as string | undefined,
            comment: a.initial_comment as string | undefined,
            bytes: p.bytes,
          });
        }
        return { files: files.map((f) => ({ id: f.id, title: f.title })) };
      }
      case 'apps.connections.open':
        return { url: fake.socketUrl };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  };

  const server = createServer(async (req, res) => {
    const body = await readBody(req);
    const path = req.url ?? '';
    const contentType = req.headers['content-type'] ?? '';
    if (path.startsWith('/download/')) {
      const data = fake.shared.get(path.slice('/download/'.length));
      const authorized = req.headers.authorization === 'Bearer xoxb-test';
      fake.calls.push({ method: 'download', args: { path, authorized } });
      res.writeHead(data && authorized ? 200 : 404);
      res.end(data && authorized ? data : undefined);
      return;
    }
    if (path.startsWith('/upload/')) {
      // The bytes arrive as multipart/form-data, in a field named `body`.
      const id = path.slice('/upload/'.length);
      const form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
      const file = form.get('body');
      const p = pending.get(id);
      fake.calls.push({ method: 'upload', args: { file_id: id } });
      if (p && file instanceof Blob) p.bytes = Buffer.from(await file.arrayBuffer());
      res.writeHead(p && file instanceof Blob ? 200 : 404, { 'content-type': 'text/plain' });
      res.end(p ? 'OK' : 'no such upload');
      return;
    }
    const args = parseArgs(body, contentType);
    const method = path.startsWith('/api/') ? path.slice(5).split('?')[0]! : 'response_url';
    fake.calls.push({ method, args });
    const limit = limits.get(method);
    if (limit && limit.times > 0) {
      limit.times--;
      res.writeHead(429, { 'retry-after': String(limit.retryAfter), 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' });
    const error = failures.get(method);
    if (error) {
      failures.delete(method);
      res.end(JSON.stringify({ ok: false, error }));
      return;
    }
    res.end(JSON.stringify(method === 'response_url' ? { ok: true } : { ok: true, ...answer(method, args) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  fake.url = `http://127.0.0.1:${port}`;
  fake.apiUrl = `${fake.url}/api/`;
  fake.rateLimit = (method, times, retryAfter) => limits.set(method, { times, retryAfter });
  fake.failNext = (method, error) => failures.set(method, error);
  fake.of = (method) => fake.calls.filter((c) => c.method === method).map((c) => c.args);
  fake.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return fake;
}
