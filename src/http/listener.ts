// Node's request listener for a Fetch-style app, with the adapter (@hono/node-server) imported by the first
// request. The adapter reads the global Request and Response when it loads, and that makes Node load its whole
// fetch implementation: a good part of start-up, spent before any request has come. Binding the port stays
// eager, so a port in use is still reported at start.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { getRequestListener } from '@hono/node-server';

type Listener = (req: IncomingMessage, res: ServerResponse) => void;

export function lazyRequestListener(
  fetch: Parameters<typeof getRequestListener>[0],
  opts: { hostname?: string; onLoadError?: (err: unknown) => void } = {},
): Listener {
  let loading: Promise<ReturnType<typeof getRequestListener>> | undefined;
  return (req, res) => {
    loading ??= import('@hono/node-server').then(({ getRequestListener }) =>
      getRequestListener(fetch, { hostname: opts.hostname }),
    );
    loading.then(
      (listener) => listener(req, res),
      (err) => {
        // Not kept: the next request tries the import again.
        loading = undefined;
        opts.onLoadError?.(err);
        res.writeHead(500).end();
      },
    );
  };
}
