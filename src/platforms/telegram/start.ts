// Starts Telegram and/or Bale from configuration: long polling by default, webhooks on the one HTTP listener
// when WEBHOOK_PUBLIC_URL is set. Startup never crashes on an unreachable API; it keeps retrying in the background.
import { randomBytes } from 'node:crypto';
import type { RunnerHandle } from '@grammyjs/runner';
import { Hono } from 'hono';
import type { Logger } from 'pino';
import type { App } from '../../app.js';
import type { HttpRoutes } from '../../http/server.js';
import type { RunningPlatform } from '../index.js';
import { createBot, type MessengerBot, TELEGRAM_API_ROOT } from './bot.js';
import type { MessengerDeps } from './deps.js';
import type { TelegramNotifier } from './notifier.js';
import { startPolling } from './polling.js';
import type { Messenger } from './send.js';
import type { CallTimeouts } from './timeouts.js';
import { webhookPath, webhookRoutes } from './webhook.js';

export interface StartOptions {
  /** Overrides the messengers' call timeouts (tests use short ones). */
  timeouts?: CallTimeouts;
}

export interface RunningMessengers extends RunningPlatform {
  bots: Map<Messenger, MessengerBot>;
  /** The webhook paths served on the HTTP listener, in webhook mode (`/hook/telegram`, `/hook/bale/<secret>`). */
  webhookPaths: string[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms).unref());

/** Runs `step` until it succeeds or `stopped()`, backing off up to a minute between attempts. */
async function keepTrying(
  step: () => Promise<void>,
  stopped: () => boolean,
  logger: Logger,
  what: string,
  onFail?: (err: unknown) => void,
) {
  for (let delay = 1000; !stopped(); delay = Math.min(delay * 2, 60_000)) {
    try {
      await step();
      return;
    } catch (err) {
      onFail?.(err);
      logger.error({ err }, `${what} failed; retrying in ${delay / 1000} s`);
      await sleep(delay);
    }
  }
}

/** Wires one messenger to the App. */
export function messengerDeps(app: App, messenger: Messenger): MessengerDeps {
  return {
    messenger,
    outbox: app.outbox,
    dispatcher: (username) => app.dispatcher(username),
    logger: app.logger.child({ platform: messenger }),
  };
}

export async function startMessengers(
  app: App,
  http: HttpRoutes,
  opts: StartOptions = {},
): Promise<RunningMessengers | null> {
  const { config, logger } = app;
  const wanted: { name: Messenger; token?: string; apiRoot: string }[] = [
    { name: 'telegram', token: config.TELEGRAM_BOT_TOKEN, apiRoot: config.TELEGRAM_API_ROOT ?? TELEGRAM_API_ROOT },
    { name: 'bale', token: config.BALE_BOT_TOKEN, apiRoot: config.BALE_API_ROOT },
  ];
  const configured = wanted.filter((w) => w.token);
  if (configured.length === 0) return null;

  const notifiers = new Map<string, TelegramNotifier>();
  const bots = new Map<Messenger, MessengerBot>();
  for (const w of configured) {
    app.status.expect(w.name);
    const bot = { token: w.token!, apiRoot: w.apiRoot, messenger: w.name, timeouts: opts.timeouts };
    const m = createBot(bot, messengerDeps(app, w.name));
    bots.set(w.name, m);
    notifiers.set(w.name, m.notifier);
    app.outbox.register(m.notifier);
  }

  let stopped = false;
  const isStopped = () => stopped;
  const commands = (m: MessengerBot, name: string) =>
    m.publishCommands().catch((err) => logger.warn({ err, platform: name }, 'setMyCommands failed'));
  const runners: RunnerHandle[] = [];
  const webhookPaths: string[] = [];
  if (config.WEBHOOK_PUBLIC_URL) {
    const secret = config.WEBHOOK_SECRET ?? randomBytes(24).toString('hex');
    const base = config.WEBHOOK_PUBLIC_URL.replace(/\/+$/, '');
    // The public URL's path is where the reverse proxy forwards to; the routes live under it, POST only.
    const prefix = new URL(base).pathname.replace(/\/+$/, '');
    const routes = new Hono();
    for (const r of webhookRoutes(bots, secret)) {
      routes.post(`${prefix}${r.path}`, (c) => r.handle(c.req.raw));
      webhookPaths.push(`${prefix}${r.path}`);
    }
    http.mount('/', routes);
    const port = new URL(base).port;
    if (bots.has('bale') && port && port !== '88')
      logger.warn({ url: base }, 'Bale delivers webhooks only to ports 443 and 88');
    for (const [name, m] of bots) {
      void keepTrying(
        async () => {
          await m.bot.init();
          const url = `${base}${webhookPath(name, secret)}`;
          // Bale's setWebhook takes the URL alone: its secret is in the path.
          await m.bot.api.setWebhook(url, name === 'bale' ? {} : { secret_token: secret });
          app.status.usernames.set(name, m.bot.botInfo.username);
          app.status.connected(name, `@${m.bot.botInfo.username}, webhook`);
          await commands(m, name);
        },
        isStopped,
        logger,
        `${name} setWebhook`,
        (err) => app.status.failed(name, err),
      );
    }
  } else {
    for (const [name, m] of bots) {
      void keepTrying(
        async () => {
          if (stopped) return;
          const runner = await startPolling(m.bot);
          // Stopped while it was starting: it must not outlive stop().
          if (stopped) return runner.stop();
          runners.push(runner);
          app.status.usernames.set(name, m.bot.botInfo.username);
          app.status.connected(name, `@${m.bot.botInfo.username}, polling`);
          void commands(m, name);
          runner.task()?.catch((err: unknown) => logger.error({ err, platform: name }, 'polling stopped'));
        },
        isStopped,
        logger,
        `${name} polling`,
        (err) => app.status.failed(name, err),
      );
    }
  }
  return {
    name: [...bots.keys()].join('+'),
    messengers: [...notifiers.values()],
    bots,
    webhookPaths,
    async stop() {
      stopped = true;
      for (const runner of runners) if (runner.isRunning()) await runner.stop();
    },
  };
}
