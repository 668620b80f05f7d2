// The messengers' webhooks as routes any HTTP listener can mount (Fetch API Request → Response). Telegram
// proves each update with the secret header setWebhook gave it; Bale's setWebhook takes only a URL, so Bale
// posts to a path that carries the secret instead, and every other path is unknown.
import { webhookCallback } from 'grammy';
import type { MessengerBot } from './bot.js';
import type { Messenger } from './dialect.js';

export interface WebhookRoute {
  messenger: Messenger;
  /** The path POSTs arrive at, e.g. `/telegram` or `/bale/<secret>`. */
  path: string;
  handle(req: Request): Promise<Response>;
}

/** Where a messenger's webhook lives under the public URL. */
export function webhookPath(messenger: Messenger, secret: string): string {
  return messenger === 'bale' ? `/bale/${secret}` : '/telegram';
}

export function webhookRoutes(bots: Map<Messenger, MessengerBot>, secret: string): WebhookRoute[] {
  return [...bots].map(([messenger, { bot }]) => ({
    messenger,
    path: webhookPath(messenger, secret),
    handle: webhookCallback(bot, 'std/http', {
      // grammY answers 401 to an update without the header, which Bale never sends.
      secretToken: messenger === 'bale' ? undefined : secret,
      onTimeout: 'return',
    }),
  }));
}

/** Finds the route of a request path; a reverse proxy may keep a prefix in front of it. */
export function matchRoute(routes: WebhookRoute[], pathname: string): WebhookRoute | undefined {
  return routes.find((r) => pathname === r.path || pathname.endsWith(r.path));
}
