// What happens to bindings when a chat changes under the bot: removed or blocked (bindings disabled, which
// pauses their reminders, and the chair is told), a group upgraded to a supergroup (bindings follow it).
import { MESSAGES } from '../../core/i18n.js';
import { type ChatRef, chatAddress } from '../../core/types.js';
import type { MessengerDeps } from './deps.js';
import { LIFECYCLE_MESSAGES } from './messages.js';

export type ChatGoneDeps = Pick<
  MessengerDeps,
  'messenger' | 'store' | 'chats' | 'language' | 'logger' | 'reportToChair'
>;

/** Disables the bindings of a chat (scope 'chat', with all its topics) or of one topic, and reports it. */
export async function disableChat(
  deps: ChatGoneDeps,
  chat: ChatRef & { title?: string },
  scope: 'chat' | 'topic',
  reason: string,
): Promise<number> {
  const addresses =
    scope === 'topic' && chat.threadId
      ? [chatAddress(chat)]
      : await deps.chats.addressesOfChat(deps.messenger, chat.chatId);
  const disabled = (await Promise.all(addresses.map((a) => deps.store.unbind(a, reason)))).flat();
  deps.logger.info({ chat: chatAddress(chat), disabled: disabled.length, reason }, 'chat bindings disabled');
  if (disabled.length > 0) {
    const t = LIFECYCLE_MESSAGES[deps.language];
    const owners = [...new Set(disabled.map((b) => b.ownerName ?? MESSAGES[deps.language].chair))];
    const where = chat.title ?? t.unnamedChat(chat.chatId);
    const text = t.removed(where, owners.join(deps.language === 'fa' ? '، ' : ', '), reason);
    await deps
      .reportToChair({ blocks: [{ type: 'text', text }], kind: 'chat-removed' })
      .catch((err) => deps.logger.error({ err }, 'could not report a removed chat to the chair'));
  }
  return disabled.length;
}

/** A basic group became a supergroup with a new id: its bindings move with it. */
export async function moveChat(
  deps: Pick<MessengerDeps, 'messenger' | 'store' | 'logger'>,
  fromChatId: string,
  toChatId: string,
): Promise<number> {
  const from = chatAddress({ platform: deps.messenger, chatId: fromChatId });
  const to = chatAddress({ platform: deps.messenger, chatId: toChatId });
  const moved = await deps.store.moveChat(from, { address: to, chatId: toChatId });
  deps.logger.info({ from, to, moved }, 'chat migrated; bindings moved');
  return moved;
}
