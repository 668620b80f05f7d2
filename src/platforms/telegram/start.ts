// Starts Telegram and/or Bale from configuration: long polling by default, one webhook server for both when
// WEBHOOK_PUBLIC_URL is set. Startup never crashes on an unreachable API; it keeps retrying in the background.
import { randomBytes } from 'node:crypto';
import type { Server } from 'node:http';
import type { Logger } from 'pino';
import type { App } from '../../app.js';
import type { RunningPlatform } from '../index.js';
import { createBot, type MessengerBot, TELEGRAM_API_ROOT } from './bot.js';
import type { MessengerDeps } from './deps.js';
import type { TelegramNotifier } from './notifier.js';
import type { Messenger } from './send.js';
import { webhookPath, webhookRoutes, webhookServer } from './webhook.js';

export interface StartOptions {
  /** Overrides WEBHOOK_PORT (tests listen on port 0). */
  webhookPort?: number;
}

export interface RunningMessengers extends RunningPlatform {
  bots: Map<Messenger, MessengerBot>;
  /** The port the webhook server listens on, in webhook mode. */
  webhookPort?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms).unref());

/** Runs `step` until it succeeds or `stopped()`, backing off up to a minute between attempts. */
async function keepTrying(step: () => Promise<void>, stopped: () => boolean, logger: Logger, what: string) {
  for (let delay = 1000; !stopped(); delay = Math.min(delay * 2, 60_000)) {
    try {
      await step();
      return;
    } catch (err) {
      logger.error({ err }, `${what} failed; retrying in ${delay / 1000} s`);
      await sleep(delay);
    }
  }
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/** Wires one messenger to the App. */
export function messengerDeps(app: App, messenger: Messenger): MessengerDeps {
  return {
    messenger,
    outbox: app.outbox,
    dispatcher: (username) => app.dispatcher(username),
    language: app.config.LANGUAGE,
    logger: app.logger.child({ platform: messenger }),
  };
}

export async function startMessengers(app: App, opts: StartOptions = {}): Promise<RunningMessengers | null> {
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
    const m = createBot({ token: w.token!, apiRoot: w.apiRoot }, messengerDeps(app, w.name));
    bots.set(w.name, m);
    notifiers.set(w.name, m.notifier);
    app.outbox.register(m.notifier);
  }

  let stopped = false;
  const isStopped = () => stopped;
  const commands = (m: MessengerBot, name: string) =>
    m.publishCommands().catch((err) => logger.warn({ err, platform: name }, 'setMyCommands failed'));
  let server: Server | undefined;
  let webhookPort: number | undefined;
  if (config.WEBHOOK_PUBLIC_URL) {
    const secret = config.WEBHOOK_SECRET ?? randomBytes(24).toString('hex');
    server = webhookServer(webhookRoutes(bots, secret), logger);
    webhookPort = await listen(server, opts.webhookPort ?? config.WEBHOOK_PORT);
    const base = config.WEBHOOK_PUBLIC_URL.replace(/\/+$/, '');
    const port = new URL(base).port;
    if (bots.has('bale') && port && port !== '88')
      logger.warn({ url: base }, 'Bale delivers webhooks only to ports 443 and 88');
    for (const [name, m] of bots) {
      void keepTrying(
        async () => {
          const url = `${base}${webhookPath(name, secret)}`;
          // Bale's setWebhook takes the URL alone: its secret is in the path.
          await m.bot.api.setWebhook(url, name === 'bale' ? {} : { secret_token: secret });
          await commands(m, name);
        },
        isStopped,
        logger,
        `${name} setWebhook`,
      );
    }
  } else {
    for (const [name, m] of bots) {
      // bot.start() resolves on stop(); it rejects only when it cannot begin (bad token, API unreachable).
      void keepTrying(
        () => m.bot.start({ onStart: () => void commands(m, name) }),
        isStopped,
        logger,
        `${name} polling`,
      );
    }
  }
  logger.info({ messengers: [...bots.keys()], mode: server ? 'webhook' : 'polling' }, 'messengers started');
  return {
    name: [...bots.keys()].join('+'),
    notifiers: [...notifiers.values()],
    bots,
    webhookPort,
    async stop() {
      stopped = true;
      for (const { bot } of bots.values()) if (bot.isRunning()) await bot.stop();
      if (server) await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
