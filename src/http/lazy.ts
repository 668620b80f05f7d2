// A sub-app whose code is imported by the first request under its path: the desk weighs a good part of start-up
// (its pages, forms and the messages they show), and a bot that nobody opens the desk of never needs it.
import { type Env, Hono } from 'hono';

/**
 * Routes under `path` served by the app `load` resolves to, loaded once, by the first request. A failed load
 * is not kept (the next request tries again); errors reach the listener's own error boundary.
 */
export function lazyRoutes<E extends Env>(path: string, load: () => Promise<Hono<E>>): Hono<E> {
  const inner = loadOnce(async () => {
    // Mounted at the same path on an app of its own, so the request's full path routes as it would eagerly.
    const app = new Hono<E>().route(path, await load());
    app.onError((err) => {
      throw err;
    });
    return app;
  });
  const lazy = new Hono<E>();
  lazy.all('*', async (c) => (await inner()).fetch(c.req.raw, c.env));
  return lazy;
}

/** `load`, run by the first call and shared by every call after; a failure is not kept, the next call retries. */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () => {
    loading ??= load().catch((err) => {
      loading = undefined;
      throw err;
    });
    return loading;
  };
}
