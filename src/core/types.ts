// Platform-neutral shapes shared by the core, the handlers and every chat adapter.

/**
 * A messenger's name, as in chat addresses (`telegram`, `bale`, `slack`, `console`). Open-ended: a messenger is
 * added as a folder of its own and a line in the registry, and the rest of peygir asks what it can do.
 */
export type Platform = string;

export const STATUSES = ['open', 'in_progress', 'done', 'blocked', 'cancelled'] as const;
export type Status = (typeof STATUSES)[number];

export type Language = 'fa' | 'en';

/** A chat, or a topic/thread inside one. */
export interface ChatRef {
  platform: Platform;
  chatId: string;
  /** Forum topic (Telegram) or thread (Slack); absent for the chat itself. */
  threadId?: string;
}

/** `platform:chat[:thread]`, e.g. `telegram:-1001234:17`: one readable string per chat for bindings and logs. */
export function chatAddress(ref: ChatRef): string {
  return ref.threadId ? `${ref.platform}:${ref.chatId}:${ref.threadId}` : `${ref.platform}:${ref.chatId}`;
}

export interface User {
  id: string;
  name: string;
  /** The user's interface language as the platform reports it (e.g. `fa`, `en-US`). */
  languageCode?: string;
}

/** A button press: the action and value a rendered Button carried, and the message it sat on. */
export interface ActionPress {
  action: ButtonAction;
  value: string;
  messageId?: string;
}

export interface IncomingFile {
  name: string;
  /** The type and size the platform states before the download, when it states them. */
  mime?: string;
  size?: number;
  /** Fetches the content through the platform's adapter. */
  load(): Promise<Buffer>;
}

/** One message (or button press) arriving from any platform, already translated by its adapter. */
export interface Incoming {
  chat: ChatRef & { kind: 'private' | 'group'; title?: string };
  user: User;
  /** The text as typed, e.g. `/done ۳ گزارش ارسال شد`; empty for button presses and files. */
  text: string;
  /** The bot message this one replies to, when the platform says so. */
  replyToMessageId?: string;
  action?: ActionPress;
  file?: IncomingFile;
  /** Whether the sender administers this chat (group admin, channel creator, workspace admin). */
  isAdmin(): Promise<boolean>;
}

export type ButtonAction =
  | 'done'
  | 'progress'
  | 'blocked'
  | 'snooze'
  | 'import-confirm'
  | 'import-cancel'
  /** The notice was seen: `3,5,7`, or empty for the items of the message the button sits on. */
  | 'seen'
  /** The chair answers a request about item N (`3`): an extension, for now. */
  | 'approve'
  | 'decline'
  /** The answer to «read this spelling as that owner from now on?»: `yes|no:<from owner id>:<to owner id>`. */
  | 'alias';

export interface Button {
  label: string;
  action: ButtonAction;
  /** Small payload, e.g. the resolution's public number; adapters put `action:value` into callback data. */
  value: string;
  /** Under a whole message, this button begins a new row where the platform lays buttons out in rows. */
  startsRow?: boolean;
}

/** A building block of a reply. Text is plain: every renderer escapes it for its platform. */
export type Block =
  | { type: 'heading'; text: string }
  | { type: 'text'; text: string }
  | {
      type: 'item';
      /** The resolution's public number. */
      number: number;
      text: string;
      /** Second line: owners, due date, status. */
      meta?: string;
      buttons?: Button[];
    };

export interface Attachment {
  name: string;
  mime: string;
  data: Buffer;
  caption?: string;
}

/** A platform-neutral message. Adapters render it (HTML, Block Kit, plain text) and split it at their limits. */
export interface Reply {
  blocks: Block[];
  /** Buttons under the whole message. */
  buttons?: Button[];
  /** Only the sender should see it (Slack ephemeral); elsewhere it is a normal reply. */
  private?: boolean;
  /** Replace the message the pressed button sat on instead of sending a new one. */
  replaceOriginal?: boolean;
  /** Ask the platform to make the user's next message a reply to this one (Telegram force_reply). */
  expectReply?: boolean;
  /** Do not @-mention the sender in it: they muted mentions (`/schedule mute`). */
  noMention?: boolean;
  /** A question put to one user (`expectReply`): only that user's reply answers it. */
  askedUserId?: string;
  /** What a question is about beyond its items, as the command its answer completes (`3#12`: that request). */
  about?: string;
  attachments?: Attachment[];
  /** Resolution numbers the message lists, so replies to it ("انجام شد") can find them. */
  items?: number[];
  /** What kind of message this is (for logs and for recording what was sent). */
  kind?: string;
  /**
   * The same on every try of one logical message (a reminder's claimed occurrences), so a sender whose service
   * de-duplicates by a request id (Safir) never delivers a retry twice.
   */
  key?: string;
}

/** Where a notifier sends: a bound chat or topic. */
export interface SendTarget extends ChatRef {}

export interface SentRef {
  address: string;
  messageId: string;
}

/**
 * Sends replies to chats outside of an incoming message (reminders, digests). One per platform. An
 * implementation records each message it sends with its items (through the outbox), so buttons and
 * replies under it find them, and applies its platform's rate limits.
 */
export interface Notifier {
  readonly platform: Platform;
  send(target: SendTarget, reply: Reply): Promise<SentRef[]>;
}

/** The time, injectable so schedules are tested without waiting. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };
