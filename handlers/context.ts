// What every command handler receives. Handlers are platform-neutral: they read an Incoming, call the
// core, and return Replies; adapters do the rest.
import type { AuthContext } from '../src/core/auth.js';
import type { EvidenceLimits, EvidenceStore } from '../src/core/evidence.js';
import type { ActorContext } from '../src/core/followup.js';
import type { Messages } from '../src/core/i18n.js';
import type { CorrectionStore } from '../src/core/item-state.js';
import type { OwnerMemory } from '../src/core/owner-memory.js';
import type {
  InviteRedeemer,
  MessengerCapabilities,
  MessengerDirectory,
  MinutesService,
  Store,
} from '../src/core/ports.js';
import type { ChairRequestStore } from '../src/core/requests.js';
import type { ReminderAdmin } from '../src/core/schedule/ports.js';
import { type Clock, chatAddress, type Incoming, type Language, type Reply, type User } from '../src/core/types.js';
import type { LetterheadSettings } from '../src/reports/followup.js';
import type { ReportLog } from '../src/reports/letterhead.js';

/** Services shared by all handlers. Later features add optional services here. */
export interface HandlerDeps {
  store: Store;
  clock: Clock;
  timeZone: string;
  /** The language a person is answered in (the outbox's rule: theirs when known, else the council's). */
  languageFor: (person?: Pick<User, 'languageCode'>) => Language;
  /** Imports minutes sent as a file in a chat (preview, then confirm). */
  minutes: MinutesService;
  /** Corrections of owners and deadlines from chat (/owner, /deadline). */
  corrections?: CorrectionStore;
  /** The owners' spellings a correction may teach the next import (/owner offers, the buttons answer). */
  memory?: OwnerMemory;
  /** Invites that bind a chat to an owner (/link <code>, /start <code>). */
  invites?: InviteRedeemer;
  /** Requests to the chair and their answers (/extend, /approve, /decline). */
  requests?: ChairRequestStore;
  /** A claim of «done» from an owner's chat waits for the chair's acceptance (REQUIRE_ACCEPTANCE). */
  requireAcceptance?: boolean;
  /** Evidence files sent with /done, and the limits they are checked against. */
  evidence?: { store: EvidenceStore; limits: EvidenceLimits };
  /** Messages to other chats than the sender's: the chair's chats, an owner's chats. Best effort. */
  tell?: {
    chair(reply: Reply): Promise<void>;
    owner(ownerId: number, reply: Reply): Promise<void>;
  };
  /** Reminder settings and snoozes (/schedule, /snooze). */
  reminders: ReminderAdmin;
  /** Extra commands registered by features (reminders, reports). */
  extraCommands?: Command[];
  /** The follow-up report's letterhead (/report's .docx), from the configuration. */
  letterhead?: LetterheadSettings;
  /** Where a command logs what the person it answers need not read (a letterhead image left out of /report). */
  logger?: ReportLog;
  /** What each messenger can do; without it every chat is taken for plain text. */
  messengers?: Pick<MessengerDirectory, 'capabilities'>;
}

export interface CommandContext extends ActorContext {
  incoming: Incoming;
  /** What the messenger the message came from can do: handlers ask this, never which messenger it is. */
  can: MessengerCapabilities;
  /** Everything after the command word, trimmed. */
  args: string;
  lang: Language;
  t: Messages;
  deps: HandlerDeps;
  auth: AuthContext;
  /** Today's civil date in the council's time zone. */
  today: string;
  /** The date usage examples show (a week ahead, in the reply's language), so an example works as typed. */
  example: string;
  /** Every command this dispatcher knows, in menu order: /help, menus and Slack's registration read it. */
  commands: readonly Command[];
}

export interface Command {
  /** The command word, without the slash. */
  name: string;
  /** Other words that start it (e.g. Persian). */
  aliases?: string[];
  summary: { fa: string; en: string };
  run(ctx: CommandContext): Promise<Reply | Reply[]>;
}

/** What a command's own module exports: the code only, loaded on first use (handlers/catalog.ts). */
export type CommandHandler = Pick<Command, 'run'>;

/** A reply made of plain lines. */
export function textReply(...lines: string[]): Reply {
  return { blocks: lines.map((text) => ({ type: 'text' as const, text })) };
}

/** A refusal or usage hint: nothing was recorded, so only the sender needs to see it (Slack ephemeral). */
export function refusal(...lines: string[]): Reply {
  return { ...textReply(...lines), private: true, kind: 'refusal' };
}

/** The chat a command came from, as a binding records it (`/link` and an invite bind it alike). */
export function chatToBind(incoming: Incoming) {
  return {
    address: chatAddress(incoming.chat),
    platform: incoming.chat.platform,
    chatId: incoming.chat.chatId,
    threadId: incoming.chat.threadId,
    title: incoming.chat.title,
    createdBy: `${incoming.user.name} (${incoming.chat.platform}:${incoming.user.id})`,
  };
}
