// What the core needs from storage, in domain terms. src/db implements it over Prisma; tests may fake it.
import type { ChatBindingInfo } from './auth.js';
import type { ActorContext } from './followup.js';
import type { InviteUse } from './invites.js';
import type { ItemRef } from './numbers.js';
import type { ChatRef, Language, Platform, Reply, Status } from './types.js';

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
  type: 'status' | 'note' | 'undo' | 'import' | 'seen' | 'progress' | 'request' | 'approved' | 'declined';
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
