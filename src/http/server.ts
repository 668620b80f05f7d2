// The one HTTP listener: webhooks (Telegram, Bale), Slack's HTTP events, the desk and the health checks are
// sub-apps mounted on one Hono app, served on HTTP_HOST:HTTP_PORT, so one reverse proxy fronts them all.
import { createServer } from 'node:http';
import type { HttpBindings } from '@hono/node-server';
import { type Env, Hono } from 'hono';
import type { Logger } from 'pino';
import { lazyRequestListener } from './listener.js';

export type HttpEnv = { Bindings: HttpBindings };

export interface HttpRoutes {
  /** Mounts a sub-app under `path` ('/' for the root); routes mounted earlier win. */
  mount<E extends Env>(path: string, sub: Hono<E>): void;
}

export interface HttpServer extends HttpRoutes {
  readonly app: Hono<HttpEnv>;
  /** Starts listening; rejects with HttpPortError when the port is taken. */
  listen(port: number, host: string): Promise<ListeningHttp>;
}

export interface ListeningHttp {
  port: number;
  /** `http://host:port`, for banners and tests. */
  url: string;
  close(): Promise<void>;
}

/** The port is in use or not ours to take: one clear line naming the variable that sets it. */
export class HttpPortError extends Error {
  override name = 'HttpPortError';
}

export function createHttpServer(logger?: Logger): HttpServer {
  const app = new Hono<HttpEnv>();
  // One error boundary for every sub-app: the failure is logged, the client gets a bare 500, nothing more.
  app.onError((err, c) => {
    logger?.error({ err, path: c.req.path }, 'HTTP request failed');
    return c.text('Internal Server Error', 500);
  });
  return {
    app,
    mount(path, sub) {
      // Each sub-app declares the variables it sets itself; the listener only provides Node's bindings.
      app.route(path, sub as unknown as Hono<HttpEnv>);
    },
    listen(port, host) {
      return new Promise((resolve, reject) => {
        const server = createServer(
          lazyRequestListener(app.fetch, {
            hostname: host,
            onLoadError: (err) => logger?.error({ err }, 'the HTTP adapter could not be loaded'),
          }),
        );
        server.once('error', (err: NodeJS.ErrnoException) => {
          const why = err.code === 'EADDRINUSE' ? 'is already in use' : `cannot be opened (${err.code ?? err.message})`;
          reject(new HttpPortError(`HTTP_PORT ${port} on ${host} ${why}; set HTTP_PORT to a free port.`));
        });
        server.once('listening', () => {
          const address = server.address();
          const bound = typeof address === 'object' && address ? address.port : port;
          const shownHost = host.includes(':') ? `[${host}]` : host;
          resolve({
            port: bound,
            url: `http://${shownHost}:${bound}`,
            close: () =>
              new Promise<void>((done) => {
                server.close(() => done());
                // Keep-alive connections from browsers would hold close() open until they time out.
                server.closeAllConnections();
              }),
          });
        });
        server.listen(port, host);
      });
    },
  };
}
