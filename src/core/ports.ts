// What the core needs from storage, in domain terms. src/db implements it over Prisma; tests may fake it.
import type { ChatBindingInfo } from './auth.js';
import type { ActorContext } from './followup.js';
import type { InviteLinks, InviteUse } from './invites.js';
import type { ItemRef } from './numbers.js';
import type {
  Attachment,
  ChatRef,
  Incoming,
  Language,
  Notifier,
  Platform,
  Reply,
  SendTarget,
  SentRef,
  Status,
} from './types.js';

export interface AssignmentView {
  id: number;
  ownerId: number;
  ownerName: string;
  status: Status;
  lastNote: string | null;
  snoozedUntil: Date | null;
  updatedAt: Date;
  /** When the owner got the share: a notice goes out for shares given since the reminder engine's horizon. */
  createdAt: Date;
  /** The progress the owner last reported, 0–100, or null. */
  percent: number | null;
  /** When the owner's chat acknowledged the notice («رویت شد»), and who did; null while nobody has. */
  seenAt: Date | null;
  seenBy: string | null;
  /** Since when the owner's claim of «done» waits for the chair (REQUIRE_ACCEPTANCE); null or absent otherwise. */
  claimedAt?: Date | null;
}

export interface ResolutionView {
  id: number;
  publicNumber: number;
  meetingId: number;
  meetingNumber: string | null;
  /** The meeting's Gregorian civil date, when known. */
  meetingDate: string | null;
  row: number;
  text: string;
  deadlineText: string | null;
  dueDate: string | null;
  dueAtNextMeeting: boolean;
  assignments: AssignmentView[];
}

/** What the chair's overview (digest.ts) reads of a share: no timestamps. */
export type DigestShare = Pick<AssignmentView, 'ownerId' | 'ownerName' | 'status' | 'lastNote' | 'percent'>;

/**
 * What the chair's overview reads of an item, and the meeting's date a date range narrows by: a council's
 * whole register is read for /status, so nothing more.
 */
export interface DigestItem {
  id: number;
  publicNumber: number;
  text: string;
  dueDate: string | null;
  meetingDate: string | null;
  assignments: DigestShare[];
}

export interface Actor {
  platform: Platform;
  userId: string;
  name: string;
}

/** A chat as it was when something happened in it: its title and what it was bound to. */
export interface ChatSnapshot {
  title: string | null;
  bindings: { role: 'committee' | 'chair'; owner: string | null }[];
}

export interface HistoryEntry {
  id: number;
  assignmentId: number;
  ownerName: string;
  publicNumber: number;
  type:
    | 'status'
    | 'note'
    | 'undo'
    | 'import'
    | 'seen'
    | 'progress'
    | 'request'
    | 'approved'
    | 'declined'
    /** A claim of «done» sent to the chair for acceptance, and the chair sending it back with a reason. */
    | 'claim'
    | 'returned'
    /** A file kept as evidence (its name and SHA-256 in the note). */
    | 'evidence'
    /** An answer of the chair undone: the request waits again. */
    | 'reopened'
    /** The owner's chat took back its claim of «done», or its request for more time, before the chair answered. */
    | 'claim-withdrawn'
    | 'request-withdrawn';
  fromStatus: Status | null;
  toStatus: Status | null;
  note: string | null;
  /** The progress percentage reported with the change, when one was. */
  percent: number | null;
  actorName: string | null;
  actorId: string;
  actorPlatform: string;
  chatAddress: string;
  /** The chat at the time of the event; null for events recorded before chats were kept with them. */
  chat: ChatSnapshot | null;
  batch: string | null;
  undoOfId: number | null;
  createdAt: Date;
}

/** One change inside a command: compare-and-set on the assignment's status, plus its history event. */
export interface StatusChange {
  assignmentId: number;
  /** The status the command saw; the change fails if another chat changed it meanwhile. */
  from: Status;
  to: Status;
  note: string | null;
  /** `progress`: a new percentage, the status unchanged; `seen`: the owner's chat acknowledged the notice. */
  type: 'status' | 'note' | 'undo' | 'seen' | 'progress';
  undoOfId?: number;
  /** A progress percentage reported with it (kept on the share and in the history); absent keeps the share's. */
  percent?: number | null;
}

export class ConflictError extends Error {
  override name = 'ConflictError';
}

export interface OwnerInfo {
  id: number;
  name: string;
  aliases: string[];
}

export interface BindRequest {
  address: string;
  platform: Platform;
  chatId: string;
  threadId?: string;
  role: 'committee' | 'chair';
  ownerId: number | null;
  title?: string;
  createdBy: string;
}

export interface ResolutionFilter {
  ownerIds?: number[];
  /** Only resolutions with at least one assignment that is neither done nor cancelled (of those owners). */
  openOnly?: boolean;
  meetingNumber?: string;
}

/** An assignment's latest history: its last event, and its last note from a person (not an import). */
export interface AssignmentActivity {
  lastEventId: number;
  lastAt: Date;
  noteEventId: number | null;
  note: string | null;
}

export interface Store {
  bindingsFor(address: string): Promise<ChatBindingInfo[]>;
  bind(req: BindRequest): Promise<ChatBindingInfo>;
  /** Deactivates (never deletes) every active binding of the chat; returns how many. */
  unbind(address: string, reason: string): Promise<ChatBindingInfo[]>;
  /** The chat moved (Telegram group → supergroup): its bindings follow. */
  moveChat(fromAddress: string, to: { address: string; chatId: string }): Promise<number>;
  findOwner(name: string): Promise<OwnerInfo | null>;
  /** The owners some active chat is bound to; the others are reminded to nobody. */
  reachedOwnerIds(): Promise<Set<number>>;
  listOwners(): Promise<OwnerInfo[]>;
  getResolution(ref: ItemRef): Promise<ResolutionView | null>;
  listResolutions(filter?: ResolutionFilter): Promise<ResolutionView[]>;
  /** The same items with only what the chair's overview reads (/status over a whole council). */
  listDigestItems(filter?: ResolutionFilter): Promise<DigestItem[]>;
  /** The latest activity of every assignment of the resolutions the filter selects, by assignment id. */
  latestActivity(filter?: ResolutionFilter): Promise<Map<number, AssignmentActivity>>;
  /** How many times each item's deadline was extended at its owners' request, by resolution id. */
  extensionCounts(): Promise<Map<number, number>>;
  /** Applies every change and its history event in one transaction; throws ConflictError on a stale `from`. */
  applyChanges(changes: StatusChange[], actor: Actor, chatAddress: string, chat?: ChatSnapshot): Promise<void>;
  /**
   * Marks the shares as seen by `actor` (those nobody acknowledged meanwhile), each with a `seen` history event, in
   * one transaction.
   */
  markSeen(assignmentIds: number[], actor: Actor, chatAddress: string, chat?: ChatSnapshot): Promise<void>;
  /** The latest command from this chat that changed statuses and has not been undone. */
  lastUndoable(chatAddress: string): Promise<HistoryEntry[]>;
  history(resolutionId: number): Promise<HistoryEntry[]>;
  /** Records the sender; returns their stored role. */
  touchMember(actor: Actor): Promise<'secretary' | 'chair' | null>;
  /** Remembers a message the bot sent, with the items it lists (and whom it asked, for a question). */
  recordOutbound(address: string, messageId: string, sent: OutboundRecord): Promise<void>;
  outbound(address: string, messageId: string): Promise<OutboundRecord | null>;
  /** Sets when the next meeting starts, recorded with who did it when `by` says; false when it was already so. */
  setNextMeeting(at: Date | null, by?: { actor: Actor; via: string }): Promise<boolean>;
  getCouncil(): Promise<{ id: number; name: string; chairName: string | null; nextMeetingAt: Date | null }>;
}

/** What peygir remembers of a message it sent. */
export interface OutboundRecord {
  kind: string;
  items: number[];
  /** The user a question (the reason an item is blocked) was put to: only their reply answers it. */
  askedUserId?: string;
  /** What a question is about beyond its items (the request a «رد» button named, `3#12`). */
  about?: string;
}

/** Minutes sent as a file in a chat: a preview with Confirm / Cancel, then the all-or-nothing import. */
export interface MinutesService {
  preview(file: { name: string; data: Buffer }, lang: Language): Promise<{ reply: Reply; token: string }>;
  confirm(token: string, ctx: ActorContext, lang: Language): Promise<Reply>;
  cancel(token: string, lang: Language): Promise<Reply>;
}

/** Where bound chats are, for the outbox's chat life-cycle and the chair's reports. */
export interface ChatDirectory {
  /** Active binding addresses of a chat and of its forum topics. */
  addressesOfChat(platform: Platform, chatId: string): Promise<string[]>;
  /** Active chair chats, on any platform. */
  chairChats(): Promise<ChatRef[]>;
  /** Active chats bound to this owner, on any platform. */
  ownerChats(ownerId: number): Promise<ChatRef[]>;
}

/** Invitations that bind the chat they are used in to an owner (`/link <code>`, Telegram's `/start <code>`). */
export interface InviteRedeemer {
  redeem(code: string, chat: Omit<BindRequest, 'role' | 'ownerId'>, actor: Actor): Promise<InviteUse>;
}

// ── Messengers ──────────────────────────────────────────────────────────────────────────────────────────────
// One interface for every chat platform. Each platform's folder under src/platforms implements it and is one
// line in the registry (src/platforms/registry.ts); everything outside those folders asks what a messenger can
// do (its capabilities) and never which one it is.

/** What a messenger can do. Declared by its folder and read without loading its library. */
export interface MessengerCapabilities {
  /** People write to peygir there; false for a send-only channel (reminders and digests go out, nothing in). */
  receive: boolean;
  /** Buttons under a message; a press comes back as `Incoming.action`. */
  buttons: boolean;
  /** A message peygir sent can be changed (a pressed message shows who did what). */
  edit: boolean;
  /** Files go out (a report's workbook and chart) · come in (minutes sent as a document). */
  sendFiles: boolean;
  receiveFiles: boolean;
  /** A link opens a private chat with the bot carrying a code, which arrives as `/start <code>`. */
  startLinks: boolean;
  /** A link adds the bot to a group carrying a code. */
  groupStartLinks: boolean;
  /** The platform lists the bot's commands in a menu it is given. */
  commandMenu: boolean;
  /** What a chat and a part of it are called: a group with forum topics, a channel with threads, or no parts. */
  chatNoun: 'group' | 'channel';
  threads: 'topic' | 'thread' | null;
  /** The bot hears when it is removed or blocked; elsewhere a chat gone shows only as a failed send. */
  memberUpdates: boolean;
  /** One person sits at it (the console): whatever they send, a file too, is meant for peygir. */
  singleUser: boolean;
}

/** A messenger as the desk, the command line and the handlers see it: what it is called and what it can do. */
export interface MessengerInfo {
  platform: Platform;
  /** Its name as people know it: `Telegram`, `بله · Bale`. */
  label: string;
  /** Its tokens are set: this process starts it. */
  configured: boolean;
  capabilities: MessengerCapabilities;
  /** The bot's username as configured, for links to it; and the setting that holds it, for the operator. */
  username?: string;
  usernameSetting?: string;
  /** What an invite sends: links that carry the code (start links), else a link to the bot's chat. */
  inviteLinks?(username: string, code: string): InviteLinks;
}

/** Every messenger this build knows, configured or not. */
export interface MessengerDirectory {
  list(): MessengerInfo[];
  get(platform: Platform): MessengerInfo | undefined;
  /** What the platform can do; a platform no longer installed can do nothing special. */
  capabilities(platform: Platform): MessengerCapabilities;
}

/** Where a messenger hands what arrives: each message or press as an Incoming, and the Replies to send back. */
export interface Inbox {
  handle(incoming: Incoming): Promise<Reply[]>;
}

/**
 * What a messenger reports about its chats. The outbox implements it: a chat gone (the bot removed or
 * blocked, the chat deleted) or a topic gone has its bindings disabled and the chair told; a chat that moved
 * (a Telegram group that became a supergroup) takes its bindings along.
 */
export interface ChatEvents {
  chatGone(chat: ChatRef & { title?: string }, scope: 'chat' | 'topic', reason: string): Promise<number>;
  chatMoved(platform: Platform, fromChatId: string, toChatId: string): Promise<number>;
}

/**
 * One chat platform, running. It receives (each update as an Incoming handed to an Inbox, the replies sent back
 * in its own way), sends a rendered Reply (`send`, from Notifier), and reports chats gone or moved through
 * ChatEvents. The optional methods exist where its capabilities say so.
 */
export interface Messenger extends Notifier {
  readonly capabilities: MessengerCapabilities;
  /** Replaces a message it sent (`capabilities.edit`). */
  edit?(target: SendTarget, messageId: string, reply: Reply, lang?: Language): Promise<void>;
  /** Answers a button press with a short text: a toast, or an alert that stays until dismissed. */
  answerPress?(pressId: string, answer: { text?: string; alert?: boolean }): Promise<void>;
  /** Sends one file (`capabilities.sendFiles`); the messages it took, none where the platform shares it apart. */
  sendFile?(target: SendTarget, file: Attachment): Promise<SentRef[]>;
  /** Fetches a file someone sent, by the id the platform gave it (`capabilities.receiveFiles`). */
  fetchFile?(fileId: string): Promise<Buffer>;
}
