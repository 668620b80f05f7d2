// The composition root of one messenger bot (Telegram or Bale): grammY with flood control, the error
// boundary, life-cycle events, button presses and messages, all translated for the dispatcher.
import { autoRetry } from '@grammyjs/auto-retry';
import { apiThrottler } from '@grammyjs/transformer-throttler';
import { Bot, type Context } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { Dispatcher } from '../../../handlers/index.js';
import { MESSAGES } from '../../core/i18n.js';
import type { Language } from '../../core/types.js';
import { withUpdate } from '../../logger.js';
import { layout } from '../text/bidi.js';
import type { MessengerDeps } from './deps.js';
import { DIALECTS } from './dialect.js';
import { registerLifecycle } from './events.js';
import { AdminCheck, callbackIncoming, messageIncoming } from './incoming.js';
import { TELEGRAM_API_ROOT } from './info.js';
import { TelegramNotifier } from './notifier.js';
import { perChatOrder } from './polling.js';
import { handlePress } from './press.js';
import { ChatGoneError, type Messenger } from './send.js';
import { attemptTimeout, CALL_TIMEOUTS, type CallTimeouts, callTimeout } from './timeouts.js';
import { updateProblem } from './valid-update.js';

export { TELEGRAM_API_ROOT };

/**
 * About 30 messages a second overall, as the throttler's default, but spread out (minTime) rather than sent as
 * a burst of 30 at the start of each second: a burst meets a sliding limit just before it has refilled and
 * earns a 429.
 */
const GLOBAL_LIMIT = { reservoir: 30, reservoirRefreshAmount: 30, reservoirRefreshInterval: 1000, minTime: 34 };

export interface BotOptions {
  token: string;
  apiRoot?: string;
  /** Known bot identity (tests); otherwise grammY asks getMe on start. */
  botInfo?: UserFromGetMe;
  /** Throttle and retry on 429 (default on; tests that record calls turn it off). */
  floodControl?: boolean;
  /** Which messenger's call timeouts apply (Telegram's by default). */
  messenger?: Messenger;
  /** Overrides the messenger's call timeouts (tests use short ones). */
  timeouts?: CallTimeouts;
}

export interface MessengerBot {
  bot: Bot;
  notifier: TelegramNotifier;
  /** Publishes the command menu in Persian and English (by the user's language) and the council default. */
  publishCommands(): Promise<void>;
}

export function createBot(opts: BotOptions, deps: MessengerDeps): MessengerBot {
  const apiRoot = opts.apiRoot ?? TELEGRAM_API_ROOT;
  const bot = new Bot(opts.token, { botInfo: opts.botInfo, client: { apiRoot } });
  const timeouts = opts.timeouts ?? CALL_TIMEOUTS[opts.messenger ?? deps.messenger];
  bot.api.config.use(attemptTimeout(timeouts));
  if (opts.floodControl !== false) {
    // autoRetry is installed last so it wraps the throttler: every retry waits its turn again.
    bot.api.config.use(apiThrottler({ global: GLOBAL_LIMIT }));
    bot.api.config.use(autoRetry({ maxRetryAttempts: 5, maxDelaySeconds: 120 }));
  }
  bot.api.config.use(callTimeout(timeouts));
  const admins = new AdminCheck(bot.api, deps.messenger);
  const notifier = new TelegramNotifier(bot.api, deps, { token: opts.token, apiRoot });
  let dispatcher: Dispatcher | undefined;
  const dispatch = (ctx: Context) => {
    dispatcher ??= deps.dispatcher(ctx.me.username);
    return dispatcher;
  };
  const langOf = (ctx: Context): Language => deps.outbox.languageFor({ languageCode: ctx.from?.language_code });

  // Every line logged while this update is handled names it (src/logger.ts).
  bot.use((ctx, next) =>
    withUpdate({ platform: deps.messenger, chat: ctx.chat?.id, update: ctx.update.update_id }, next),
  );
  // The edge: what is not an update peygir reads never reaches a handler (valid-update.ts).
  bot.use(async (ctx, next) => {
    const problem = updateProblem(ctx.update);
    if (!problem) return next();
    deps.logger.debug({ update: ctx.update.update_id, problem }, `${deps.messenger} update dropped`);
  });
  bot.use(perChatOrder());
  bot.use(async (ctx, next) => {
    try {
      await next();
    } catch (err) {
      if (err instanceof ChatGoneError) return; // its bindings are already disabled; nobody to apologise to
      deps.logger.error({ err, update: ctx.update.update_id, chat: ctx.chat?.id }, `${deps.messenger} update failed`);
      // Laid out and escaped like every other message, though it says nothing a layout would change today.
      const lang = langOf(ctx);
      const dialect = DIALECTS[deps.messenger];
      const sorry = layout(MESSAGES[lang].tryAgain, lang, dialect.marks);
      if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: sorry, show_alert: true }).catch(() => {});
      else if (ctx.chat) {
        const topic = ctx.msg?.is_topic_message ? ctx.msg.message_thread_id : undefined;
        await ctx
          .reply(dialect.escape(sorry), { message_thread_id: topic, parse_mode: dialect.parseMode })
          .catch(() => {});
      }
    }
  });

  registerLifecycle(bot, { deps, dispatcher: dispatch, notifier, admins });

  bot.on('callback_query:data', async (ctx) => {
    const incoming = callbackIncoming(ctx, deps.messenger, admins);
    if (!incoming) return ctx.answerCallbackQuery();
    await handlePress(ctx, incoming, langOf(ctx), {
      messenger: deps.messenger,
      outbox: deps.outbox,
      dispatcher: dispatch(ctx),
      notifier,
      logger: deps.logger,
    });
  });

  bot.on('message', async (ctx) => {
    const incoming = messageIncoming(ctx, deps.messenger, admins, (id) => notifier.fetchFile(id));
    if (!incoming) return;
    const replyTo = incoming.chat.kind === 'group' ? ctx.msg.message_id : undefined;
    for (const reply of await dispatch(ctx).handle(incoming)) {
      await notifier.send(incoming.chat, reply, { lang: langOf(ctx), replyTo });
    }
  });

  // Last resort: the boundary above catches handler errors; this keeps polling alive whatever happens.
  bot.catch((err) => deps.logger.error({ err: err.error }, `${deps.messenger} middleware error`));

  const publishCommands = async () => {
    // Bale has no command menu; calling setMyCommands there only earns an error.
    if (!DIALECTS[deps.messenger].commandMenu) return;
    const commands = deps.dispatcher().commands.filter((c) => /^[a-z0-9_]{1,32}$/.test(c.name));
    const list = (lang: Language) => commands.map((c) => ({ command: c.name, description: c.summary[lang] }));
    await bot.api.setMyCommands(list('fa'), { language_code: 'fa' });
    await bot.api.setMyCommands(list('en'), { language_code: 'en' });
    await bot.api.setMyCommands(list(deps.outbox.languageFor()));
  };
  return { bot, notifier, publishCommands };
}
