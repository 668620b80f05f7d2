// What one messenger (Telegram or Bale) needs from the rest of peygir; the starter builds it from the App.
import type { Logger } from 'pino';
import type { Dispatcher } from '../../../handlers/index.js';
import type { Store } from '../../core/ports.js';
import type { Language, Reply } from '../../core/types.js';
import type { ChatDirectory } from './chats.js';
import type { Messenger } from './send.js';

export interface MessengerDeps {
  messenger: Messenger;
  store: Store;
  chats: ChatDirectory;
  /** A dispatcher that knows the bot's username (so `/done@other_bot` is left alone). */
  dispatcher(botUsername?: string): Dispatcher;
  /** The council's default language, for messages not addressed to one user. */
  language: Language;
  logger: Logger;
  /** Tells the chair's chats (on whichever messenger they are) about something that needs a person. */
  reportToChair(reply: Reply): Promise<void>;
}
