// A Telegram (or Bale) bot on a fresh database, driven with bot.handleUpdate; a transformer records every
// API call and answers it the way the Bot API would, with errors injectable per method.
import type { Update, UserFromGetMe } from 'grammy/types';
import type { Logger } from 'pino';
import type { ParsedMinutes } from '../../src/minutes/types.js';
import { createBot, type MessengerBot } from '../../src/platforms/telegram/bot.js';
import type { TelegramNotifier } from '../../src/platforms/telegram/notifier.js';
import type { Messenger } from '../../src/platforms/telegram/send.js';
import { messengerDeps } from '../../src/platforms/telegram/start.js';
import { freshApp, type TestApp } from '../helpers/db.js';
import { seedMinutes as councilMinutes, seed } from '../helpers/seed.js';

export const BOT_INFO: UserFromGetMe = {
  id: 999,
  is_bot: true,
  first_name: 'Peygir',
  username: 'peygir_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: false,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
} as UserFromGetMe;

/** Three resolutions; the second is owned by two committees. Text 1 carries characters HTML must escape. */
export const MINUTES: ParsedMinutes = {
  meeting: councilMinutes().meeting,
  resolutions: [
    {
      number: 1,
      text: 'مقرر شد سامانه <ثبت> & *گزارش* راه‌اندازی شود.',
      owners: ['کمیته فاوا'],
      deadline: null,
      dueDate: null,
    },
    {
      number: 2,
      text: 'مقرر شد ریزداده دریافت و سرویس ایجاد شود.',
      owners: ['کمیته فاوا', 'کمیته تامین داده'],
      deadline: null,
      dueDate: null,
    },
    { number: 3, text: 'مقرر شد پوشش داده پیگیری شود.', owners: ['کمیته تامین داده'], deadline: null, dueDate: null },
  ],
  warnings: [],
};

export const CHATS = {
  group: { id: -555, type: 'group' as const, title: 'کمیته فاوا' },
  supergroup: { id: -1001, type: 'supergroup' as const, title: 'تامین داده' },
  forum: { id: -1002, type: 'supergroup' as const, title: 'شورا', is_forum: true as const },
  chair: { id: -1003, type: 'supergroup' as const, title: 'رئیس جلسه' },
  private: { id: 42, type: 'private' as const, first_name: 'علی' },
};
export type ChatName = keyof typeof CHATS;

export const ALI = { id: 42, is_bot: false, first_name: 'علی', last_name: 'رضایی', language_code: 'fa' };
export const ADMIN = { id: 7, is_bot: false, first_name: 'Sara', language_code: 'en' };

export interface Call {
  method: string;
  payload: Record<string, unknown>;
}

export interface Harness {
  app: TestApp;
  bot: MessengerBot['bot'];
  notifier: TelegramNotifier;
  publishCommands(): Promise<void>;
  calls: Call[];
  /** Makes the next call of `method` fail with this Bot API error. */
  failNext(method: string, error: { error_code: number; description: string; parameters?: object }): void;
  /** Users getChatMember reports as administrators. */
  admins: Set<number>;
  send(text: string, opts?: MessageOptions): Promise<Call[]>;
  press(
    data: string,
    messageId: number,
    opts?: MessageOptions & { messageText?: string; keyboard?: { text: string; callback_data: string }[][] },
  ): Promise<Call[]>;
  update(update: Omit<Update, 'update_id'>): Promise<Call[]>;
  status(publicNumber: number): Promise<string[]>;
  bindings(): Promise<{ address: string; active: boolean; target: string; disabledReason: string | null }[]>;
  cleanup(): Promise<void>;
}

export interface MessageOptions {
  chat?: ChatName;
  from?: typeof ALI | typeof ADMIN;
  replyTo?: number;
  thread?: number;
}

let nextMessageId = 1000;

/** The harness's three resolutions, imported as the shared test seed imports minutes. */
export async function seedMinutes(app: TestApp): Promise<void> {
  await seed(app, MINUTES);
}

/** Binds a chat to a committee directly, as a finished /link would. */
export async function bindChat(app: TestApp, address: string, owner: string): Promise<void> {
  const [platform, chatId] = address.split(':') as ['telegram', string];
  const found = await app.store.findOwner(owner);
  await app.store.bind({ address, platform, chatId, role: 'committee', ownerId: found!.id, createdBy: 'test' });
}

/** `logger` is the app's (the dispatcher's and the adapter's); silent unless a test reads it. */
export async function harness(
  messenger: Messenger = 'telegram',
  logger?: Logger,
  env: Record<string, string> = {},
  /** Where files sent to the bot are downloaded from (`<apiRoot>/file/bot1:T/<file_path>`); the API calls stay here. */
  apiRoot?: string,
): Promise<Harness> {
  const app = await freshApp('sqlite', env, {}, logger);
  await seedMinutes(app);
  const m = createBot(
    { token: '1:T', botInfo: BOT_INFO, floodControl: false, ...(apiRoot ? { apiRoot } : {}) },
    messengerDeps(app, messenger),
  );
  app.outbox.register(m.notifier);
  const calls: Call[] = [];
  const failures = new Map<string, object>();
  const admins = new Set<number>([ADMIN.id]);
  m.bot.api.config.use(async (_prev, method, payload) => {
    const p = (payload ?? {}) as Record<string, unknown>;
    calls.push({ method, payload: p });
    const failure = failures.get(method);
    if (failure) {
      failures.delete(method);
      return { ok: false, ...failure } as never;
    }
    return { ok: true, result: fakeResult(method, p, admins) } as never;
  });
  let updateId = 1;
  const chatOf = (o: MessageOptions) => CHATS[o.chat ?? 'group'];
  const update = async (u: Omit<Update, 'update_id'>) => {
    const before = calls.length;
    await m.bot.handleUpdate({ update_id: updateId++, ...u } as Update);
    return calls.slice(before);
  };
  return {
    app,
    bot: m.bot,
    notifier: m.notifier,
    publishCommands: m.publishCommands,
    calls,
    admins,
    failNext: (method, error) => failures.set(method, error),
    send: (text, o = {}) => {
      const command = /^\/\S+/.exec(text);
      return update({
        message: {
          message_id: nextMessageId++,
          date: 1,
          chat: chatOf(o),
          from: o.from ?? ALI,
          text,
          ...(command ? { entities: [{ type: 'bot_command', offset: 0, length: command[0].length }] } : {}),
          ...(o.replyTo
            ? { reply_to_message: { message_id: o.replyTo, date: 1, chat: chatOf(o), from: BOT_INFO, text: '…' } }
            : {}),
          ...(o.thread ? { message_thread_id: o.thread, is_topic_message: true } : {}),
        },
      } as Omit<Update, 'update_id'>);
    },
    press: (data, messageId, o = {}) =>
      update({
        callback_query: {
          id: `cb${updateId}`,
          chat_instance: 'ci',
          from: o.from ?? ALI,
          data,
          message: {
            message_id: messageId,
            date: 1,
            chat: chatOf(o),
            from: BOT_INFO,
            text: o.messageText ?? 'یادآوری مصوبه ۱',
            entities: [{ type: 'bold', offset: 0, length: 7 }],
            reply_markup: { inline_keyboard: o.keyboard ?? [[{ text: '✅ انجام شد', callback_data: data }]] },
            ...(o.thread ? { message_thread_id: o.thread, is_topic_message: true } : {}),
          },
        },
      } as Omit<Update, 'update_id'>),
    update,
    async status(publicNumber) {
      const r = await app.store.getResolution({ kind: 'number', number: publicNumber });
      return r?.assignments.map((a) => `${a.ownerName}:${a.status}`) ?? [];
    },
    bindings: () =>
      app.db.prisma.chatBinding.findMany({
        select: { address: true, active: true, target: true, disabledReason: true },
        orderBy: { id: 'asc' },
      }),
    cleanup: () => app.cleanup(),
  };
}

function fakeResult(method: string, p: Record<string, unknown>, admins: Set<number>): unknown {
  const chat = { id: Number(p.chat_id), type: 'supergroup' };
  switch (method) {
    case 'sendMessage':
    case 'sendDocument':
      return { message_id: nextMessageId++, date: 1, chat, text: p.text };
    case 'editMessageText':
      return { message_id: p.message_id, date: 1, chat, text: p.text };
    case 'getFile':
      return { file_id: p.file_id, file_unique_id: p.file_id, file_path: `documents/${p.file_id}` };
    case 'getChatMember':
      return { status: admins.has(Number(p.user_id)) ? 'administrator' : 'member', user: { id: p.user_id } };
    default:
      return true;
  }
}

/** The texts of the sendMessage calls among `calls`. */
export const sentTexts = (calls: Call[]) =>
  calls.filter((c) => c.method === 'sendMessage').map((c) => String(c.payload.text));
