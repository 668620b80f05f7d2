// Starts Telegram and/or Bale from configuration: long polling by default, one webhook server for both when
// WEBHOOK_PUBLIC_URL is set. Startup never crashes on an unreachable API; it keeps retrying in the background.
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { RunnerHandle } from '@grammyjs/runner';
import { webhookCallback } from 'grammy';
import type { Logger } from 'pino';
import type { App } from '../../app.js';
import type { Reply } from '../../core/types.js';
import type { RunningPlatform } from '../index.js';
import { createBot, type MessengerBot, TELEGRAM_API_ROOT } from './bot.js';
import { prismaChatDirectory } from './chats.js';
import type { MessengerDeps } from './deps.js';
import type { TelegramNotifier } from './notifier.js';
import { startPolling } from './polling.js';
import type { Messenger } from './send.js';
import type { CallTimeouts } from './timeouts.js';

export interface StartOptions {
  /** Overrides WEBHOOK_PORT (tests listen on port 0). */
  webhookPort?: number;
  /** Overrides the messengers' call timeouts (tests use short ones). */
  timeouts?: CallTimeouts;
}

export interface RunningMessengers extends RunningPlatform {
  bots: Map<Messenger, MessengerBot>;
  /** The port the webhook server listens on, in webhook mode. */
  webhookPort?: number;
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

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/** One HTTP server for both messengers: `<public url>/telegram` and `<public url>/bale`. */
function webhookServer(bots: Map<Messenger, MessengerBot>, secretToken: string, logger: Logger): Server {
  const handlers = new Map<string, (req: never, res: never) => Promise<void>>();
  for (const [name, { bot }] of bots)
    handlers.set(name, webhookCallback(bot, 'http', { secretToken, onTimeout: 'return' }));
  return createServer((req, res) => {
    const name = new URL(req.url ?? '/', 'http://localhost').pathname.split('/').filter(Boolean).pop() ?? '';
    const handle = handlers.get(name);
    if (req.method !== 'POST' || !handle) {
      res.writeHead(404).end();
      return;
    }
    handle(req as never, res as never).catch((err: unknown) => {
      logger.error({ err }, 'webhook request failed');
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
}

/** Wires one messenger to the App; `notifiers` (filled as bots are made) carry reports to the chair's chats. */
export function messengerDeps(app: App, messenger: Messenger, notifiers: Map<string, TelegramNotifier>): MessengerDeps {
  const chats = prismaChatDirectory(app.store.prisma, app.councilId);
  const logger = app.logger.child({ platform: messenger });
  return {
    messenger,
    store: app.store,
    chats,
    dispatcher: (username) => app.dispatcher(username),
    language: app.config.LANGUAGE,
    logger,
    async reportToChair(reply: Reply) {
      for (const target of await chats.chairChats()) {
        const notifier = notifiers.get(target.platform);
        if (notifier) await notifier.send(target, reply).catch((err) => logger.warn({ err }, 'chair report failed'));
        else logger.warn({ platform: target.platform }, 'the chair chat is on a platform this process does not run');
      }
    },
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
    app.status.expect(w.name);
    const bot = { token: w.token!, apiRoot: w.apiRoot, messenger: w.name, timeouts: opts.timeouts };
    const m = createBot(bot, messengerDeps(app, w.name, notifiers));
    bots.set(w.name, m);
    notifiers.set(w.name, m.notifier);
  }

  let stopped = false;
  const isStopped = () => stopped;
  const commands = (m: MessengerBot, name: string) =>
    m.publishCommands().catch((err) => logger.warn({ err, platform: name }, 'setMyCommands failed'));
  const runners: RunnerHandle[] = [];
  let server: Server | undefined;
  let webhookPort: number | undefined;
  if (config.WEBHOOK_PUBLIC_URL) {
    const secret = config.WEBHOOK_SECRET ?? randomBytes(24).toString('hex');
    server = webhookServer(bots, secret, logger);
    webhookPort = await listen(server, opts.webhookPort ?? config.WEBHOOK_PORT);
    const base = config.WEBHOOK_PUBLIC_URL.replace(/\/+$/, '');
    for (const [name, m] of bots) {
      void keepTrying(
        async () => {
          await m.bot.init();
          await m.bot.api.setWebhook(`${base}/${name}`, { secret_token: secret });
          app.status.connected(name, `@${m.bot.botInfo.username}, webhook ${base}/${name}`);
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
    notifiers: [...notifiers.values()],
    bots,
    webhookPort,
    async stop() {
      stopped = true;
      for (const runner of runners) if (runner.isRunning()) await runner.stop();
      if (server) await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
