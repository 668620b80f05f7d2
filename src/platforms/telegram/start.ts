// Starts Telegram and/or Bale from configuration: long polling by default, webhooks on the one HTTP listener
// when WEBHOOK_PUBLIC_URL is set. Startup never crashes on an unreachable API; it keeps retrying in the background.
import { randomBytes } from 'node:crypto';
import { webhookCallback } from 'grammy';
import { Hono } from 'hono';
import type { Logger } from 'pino';
import type { App } from '../../app.js';
import type { Reply } from '../../core/types.js';
import type { HttpRoutes } from '../../http/server.js';
import type { RunningPlatform } from '../index.js';
import { createBot, type MessengerBot, TELEGRAM_API_ROOT } from './bot.js';
import { prismaChatDirectory } from './chats.js';
import type { MessengerDeps } from './deps.js';
import type { TelegramNotifier } from './notifier.js';
import type { Messenger } from './send.js';

export interface RunningMessengers extends RunningPlatform {
  bots: Map<Messenger, MessengerBot>;
  /** The webhook paths served on the HTTP listener, in webhook mode (`/hook/telegram`). */
  webhookPaths: string[];
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

/** The webhook routes of both messengers: `<public url's path>/telegram` and `…/bale`, POST only. */
function webhookRoutes(bots: Map<Messenger, MessengerBot>, base: string, secretToken: string): Hono {
  const routes = new Hono();
  for (const [name, { bot }] of bots)
    routes.post(`${base}/${name}`, webhookCallback(bot, 'hono', { secretToken, onTimeout: 'return' }));
  return routes;
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

export async function startMessengers(app: App, http: HttpRoutes): Promise<RunningMessengers | null> {
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
    const m = createBot({ token: w.token!, apiRoot: w.apiRoot }, messengerDeps(app, w.name, notifiers));
    bots.set(w.name, m);
    notifiers.set(w.name, m.notifier);
  }

  let stopped = false;
  const isStopped = () => stopped;
  const commands = (m: MessengerBot, name: string) =>
    m.publishCommands().catch((err) => logger.warn({ err, platform: name }, 'setMyCommands failed'));
  const webhookPaths: string[] = [];
  if (config.WEBHOOK_PUBLIC_URL) {
    const secret = config.WEBHOOK_SECRET ?? randomBytes(24).toString('hex');
    const base = config.WEBHOOK_PUBLIC_URL.replace(/\/+$/, '');
    const path = new URL(base).pathname.replace(/\/+$/, '');
    http.mount('/', webhookRoutes(bots, path, secret));
    for (const name of bots.keys()) webhookPaths.push(`${path}/${name}`);
    for (const [name, m] of bots) {
      void keepTrying(
        async () => {
          await m.bot.api.setWebhook(`${base}/${name}`, { secret_token: secret });
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
  logger.info(
    { messengers: [...bots.keys()], mode: webhookPaths.length > 0 ? 'webhook' : 'polling' },
    'messengers started',
  );
  return {
    name: [...bots.keys()].join('+'),
    notifiers: [...notifiers.values()],
    bots,
    webhookPaths,
    async stop() {
      stopped = true;
      for (const { bot } of bots.values()) if (bot.isRunning()) await bot.stop();
    },
  };
}
