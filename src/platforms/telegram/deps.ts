// What one messenger (Telegram or Bale) needs from the rest of peygir; the starter builds it from the App.
import type { Logger } from 'pino';
import type { Dispatcher } from '../../../handlers/index.js';
import type { Outbox } from '../../outbox.js';
import type { Messenger } from './dialect.js';

export interface MessengerDeps {
  messenger: Messenger;
  /** Records what was sent, follows chats that go or move, and picks each message's language. */
  outbox: Outbox;
  /** A dispatcher that knows the bot's username (so `/done@other_bot` is left alone). */
  dispatcher(botUsername?: string): Dispatcher;
  logger: Logger;
}
