// Life-cycle updates: the bot joins a group (greets and says how to /link), leaves or is blocked (bindings
// disabled, chair told), the group becomes a supergroup (bindings follow), a member leaves (admin cache).
// Bale never sends `my_chat_member`: there the outbox learns a chat is gone from send errors alone.
import type { Bot, Context } from 'grammy';
import type { ChatMember } from 'grammy/types';
import type { Dispatcher } from '../../../handlers/index.js';
import { MESSAGES } from '../../core/i18n.js';
import type { MessengerDeps } from './deps.js';
import { DIALECTS } from './dialect.js';
import { type AdminCheck, displayName, eventIncoming } from './incoming.js';
import type { TelegramNotifier } from './notifier.js';

const inside = (m: ChatMember) =>
  m.status === 'member' ||
  m.status === 'administrator' ||
  m.status === 'creator' ||
  (m.status === 'restricted' && m.is_member);

export interface EventDeps {
  deps: MessengerDeps;
  dispatcher: (ctx: Context) => Dispatcher;
  notifier: TelegramNotifier;
  admins: AdminCheck;
}

export function registerLifecycle(bot: Bot, events: EventDeps): void {
  if (DIALECTS[events.deps.messenger].memberUpdates) registerMembership(bot, events);
  const { deps, admins } = events;

  bot.on('message:migrate_to_chat_id', async (ctx) => {
    await deps.outbox.chatMoved(deps.messenger, String(ctx.chat.id), String(ctx.msg.migrate_to_chat_id));
  });

  bot.on('message:left_chat_member', (ctx) => {
    const left = ctx.msg.left_chat_member;
    // The bot's own departure arrives as my_chat_member; a person leaving loses any admin rights we cached.
    if (left.id !== ctx.me.id) admins.forget(ctx.chat.id, left.id);
    deps.logger.debug({ chat: ctx.chat.id, user: left.id }, 'member left');
  });
}

/** The bot joined a chat (greeting), or left it or was blocked (bindings disabled, the chair told). */
function registerMembership(bot: Bot, { deps, dispatcher, notifier, admins }: EventDeps): void {
  bot.on('my_chat_member', async (ctx) => {
    const { chat, from, old_chat_member: before, new_chat_member: after } = ctx.myChatMember;
    if (chat.type === 'channel') return;
    const ref = { platform: deps.messenger, chatId: String(chat.id), title: 'title' in chat ? chat.title : undefined };
    if (!inside(before) && inside(after) && chat.type !== 'private') {
      // The /start text says what peygir does and how to /link: the greeting is the dispatcher's to write.
      const incoming = eventIncoming(deps.messenger, chat, from, '/start', admins);
      const lang = deps.outbox.languageFor({ languageCode: from.language_code });
      for (const reply of await dispatcher(ctx).handle(incoming)) await notifier.send(ref, reply, { lang });
    } else if (inside(before) && !inside(after)) {
      const t = MESSAGES[deps.outbox.languageFor()];
      const reason = chat.type === 'private' ? t.blockedBy(displayName(from)) : t.removedBy(displayName(from));
      await deps.outbox.chatGone(ref, 'chat', reason);
    }
  });
}
