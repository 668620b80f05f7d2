// Node's request listener for a Fetch-style app, with the adapter (@hono/node-server) imported by the first
// request. The adapter reads the global Request and Response when it loads, and that makes Node load its whole
// fetch implementation: a good part of start-up, spent before any request has come. Binding the port stays
// eager, so a port in use is still reported at start.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { getRequestListener } from '@hono/node-server';
import { loadOnce } from './lazy.js';

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

export function lazyRequestListener(
  fetch: Parameters<typeof getRequestListener>[0],
  opts: { hostname?: string; onLoadError?: (err: unknown) => void } = {},
): Listener {
  // Not kept when it fails: the next request tries the import again.
  const listener = loadOnce(async () =>
    (await import('@hono/node-server')).getRequestListener(fetch, { hostname: opts.hostname }),
  );
  return (req, res) => {
    listener().then(
      (serve) => serve(req, res),
      (err) => {
        opts.onLoadError?.(err);
        res.writeHead(500).end();
      },
    );
  };
}
