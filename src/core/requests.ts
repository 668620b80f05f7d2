// Requests to the chair: an owner's chat asks for something about its share (`/extend 3 ۱۴۰۶/۰۲/۱۵ reason`: more
// time; under REQUIRE_ACCEPTANCE, `/done 3 evidence`: a claim of «done») and the chair answers once (`/approve 3`,
// `/decline 3 reason`, or the buttons). A request has a kind, so another kind of question reuses the same
// answering; each kind says what approving it changes on the item (the deadline moves; the share is done).
import { boundOwnerIds, hasCouncilRights } from './auth.js';
import { parseUserDate } from './calendar.js';
import type { ActorContext } from './followup.js';
import { lookUpItems } from './item-lookup.js';
import { type ItemState, stateOf } from './item-state.js';
import { parseItemRef } from './numbers.js';
import type { NamedOwner } from './owners.js';
import type { Actor, HistoryEntry, ResolutionView, Store } from './ports.js';
import { chooseRequests, groupAsks, sameAsk } from './request-choice.js';
import { canTransition, isClosed } from './status.js';
import { toLatinDigits } from './text.js';
import type { Status } from './types.js';

export type RequestKind = 'extension' | 'acceptance';
/** `withdrawn`: the owner's chat took it back before the chair answered (/undo). */
export type RequestState = 'pending' | 'approved' | 'declined' | 'withdrawn';

export interface ChairRequestView {
  id: number;
  assignmentId: number;
  resolutionId: number;
  publicNumber: number;
  ownerId: number;
  ownerName: string;
  kind: RequestKind;
  state: RequestState;
  /** For an extension: the deadline asked for (ISO date), as typed, and the one it would replace. */
  dueDate: string | null;
  deadlineText: string | null;
  previousDue: string | null;
  reason: string;
  actorName: string | null;
  chatAddress: string;
  createdAt: Date;
  decidedAt: Date | null;
  deciderName: string | null;
  answer: string | null;
}

export interface NewRequest {
  assignmentId: number;
  kind: RequestKind;
  dueDate: string | null;
  deadlineText: string | null;
  previousDue: string | null;
  reason: string;
}

/** Requests over the store: each step in one transaction with its history event on the share. */
export interface ChairRequestStore {
  /** The item's requests (all, or only those in `state`), oldest first. */
  forResolution(resolutionId: number, state?: RequestState): Promise<ChairRequestView[]>;
  /** Every request, for exports and reports. */
  all(): Promise<ChairRequestView[]>;
  /**
   * Records the requests (a claim of «done» also marks its share as awaiting the chair) and answers their ids, in the
   * order given; throws ConflictError when one of the shares has a request of the same kind pending meanwhile.
   */
  ask(requests: NewRequest[], actor: Actor, chatAddress: string): Promise<number[]>;
  /**
   * The newest requests this chat asked with one command (on one item, when given) that were not withdrawn since,
   * whatever their answer: what its /undo would take back.
   */
  lastAsked(chatAddress: string, resolutionId?: number): Promise<ChairRequestView[]>;
  /**
   * The owner's chat takes pending requests back (/undo): each is answered as withdrawn (kept, never deleted), a
   * claim's share stops awaiting the chair, and each share's history says so, in one transaction; throws
   * ConflictError when one was answered meanwhile.
   */
  withdraw(ids: number[], actor: Actor, chatAddress: string): Promise<void>;
  /**
   * Answers pending requests; throws ConflictError when one was answered meanwhile. `move` (an approval that
   * changes the item) goes through the item's own log of changes, as a correction would, in the same transaction.
   * An accepted claim makes its share done (a status event the chair's /undo can revert); one sent back only
   * ends the wait.
   */
  decide(
    ids: number[],
    decision: 'approved' | 'declined',
    answer: string | null,
    actor: Actor,
    chatAddress: string,
    move?: { type: 'deadline'; before: ItemState; after: ItemState },
  ): Promise<void>;
  /**
   * The requests answered in this history batch (an accepted claim's status change), or by this entry of the item's
   * log (an approved extension's deadline): what /undo of that answer puts back to pending.
   */
  answeredBy(ref: { batch: string } | { logEventId: number }): Promise<ChairRequestView[]>;
  /**
   * /undo of an accepted claim (`events`: the status changes its answer wrote): each share goes back to the status it
   * had and the claim waits for the chair again, in one transaction; throws ConflictError on a share changed since.
   */
  undoAccepted(events: HistoryEntry[], actor: Actor, chatAddress: string): Promise<void>;
}

export type RequestOutcome =
  | { kind: 'usage' }
  | { kind: 'bad_number'; token: string }
  | { kind: 'not_found'; token: string }
  | { kind: 'not_yours'; number: number }
  | { kind: 'closed'; number: number }
  | { kind: 'bad_date'; text: string }
  | { kind: 'not_after'; number: number; current: string }
  | { kind: 'need_reason'; number: number }
  | { kind: 'already_pending'; number: number; dueDate: string | null }
  | {
      kind: 'asked';
      number: number;
      res: ResolutionView;
      dueDate: string;
      owners: string[];
      reason: string;
      /** The first of the requests asked: the chair's buttons name it, so a press answers this request alone. */
      requestId: number;
    };

export type ClaimOutcome =
  | { kind: 'bad_number'; token: string }
  | { kind: 'not_found'; token: string }
  | { kind: 'not_yours'; number: number }
  | { kind: 'already'; number: number; status: 'done' }
  | { kind: 'already_claimed'; number: number }
  | { kind: 'cannot'; number: number; from: Status; to: Status }
  | {
      kind: 'claimed';
      number: number;
      res: ResolutionView;
      owners: string[];
      text: string | null;
      /** The first of the item's claims: the chair's buttons name it, so a press answers this claim alone. */
      requestId: number;
    };

export type AnswerOutcome =
  | { kind: 'usage' }
  | { kind: 'not_allowed' }
  | { kind: 'bad_number'; token: string }
  | { kind: 'not_found'; token: string }
  | { kind: 'nothing_pending'; number: number }
  | { kind: 'need_reason'; number: number; choice: string | null }
  /** A request named by its own number (a button) that is no longer pending: answered, or withdrawn by its owner. */
  | { kind: 'gone'; number: number; request: ChairRequestView }
  /**
   * More than one request waits on the item and the text did not say which: nothing answered; each request as the
   * chair saw it, oldest first, and what was wrong with the choice when one was named.
   */
  | {
      kind: 'several';
      number: number;
      groups: ChairRequestView[][];
      problem: null | { kind: 'unknown'; text: string } | { kind: 'ambiguous'; owner: string };
    }
  | {
      kind: 'answered';
      number: number;
      decision: 'approved' | 'declined';
      requests: ChairRequestView[];
      /** An approved extension: the deadline before and after. */
      before?: string | null;
      after?: string | null;
      answer: string | null;
    };

type Found = { res: ResolutionView } | Extract<RequestOutcome, { kind: 'bad_number' | 'not_found' }>;

async function find(store: Store, token: string): Promise<Found> {
  const ref = parseItemRef(token);
  if (!ref) return { kind: 'bad_number', token };
  const res = await store.getResolution(ref);
  return res ? { res } : { kind: 'not_found', token };
}

/** `/extend 3 ۱۴۰۶/۰۲/۱۵ reason`: this chat's open shares of item 3 ask the chair for time until that date. */
export async function requestExtension(
  store: Store,
  requests: ChairRequestStore,
  ctx: ActorContext,
  args: string,
  today: string,
): Promise<RequestOutcome> {
  const m = /^(\S+)(?:\s+(\S+))?\s*([\s\S]*)$/.exec(args.trim());
  if (!m?.[1] || !m[2]) return { kind: 'usage' };
  const found = await find(store, m[1]);
  if (!('res' in found)) return found;
  const { res } = found;
  const mine = boundOwnerIds(ctx.auth);
  const own = res.assignments.filter((a) => mine.includes(a.ownerId));
  if (own.length === 0) return { kind: 'not_yours', number: res.publicNumber };
  const open = own.filter((a) => !isClosed(a.status));
  if (open.length === 0) return { kind: 'closed', number: res.publicNumber };
  const date = parseUserDate(m[2]);
  if (!date) return { kind: 'bad_date', text: m[2] };
  // Not after the current deadline (or, with none, not after today): no extension at all.
  const current = res.dueDate ?? today;
  if (date <= current) return { kind: 'not_after', number: res.publicNumber, current };
  const reason = (m[3] ?? '').trim();
  if (!reason) return { kind: 'need_reason', number: res.publicNumber };
  const pending = await requests.forResolution(res.id, 'pending');
  const waiting = pending.find((p) => p.kind === 'extension' && open.some((a) => a.id === p.assignmentId));
  if (waiting) return { kind: 'already_pending', number: res.publicNumber, dueDate: waiting.dueDate };
  const [requestId] = await requests.ask(
    open.map((a) => ({
      assignmentId: a.id,
      kind: 'extension' as const,
      dueDate: date,
      deadlineText: m[2]!,
      previousDue: res.dueDate,
      reason,
    })),
    ctx.actor,
    ctx.address,
  );
  return {
    kind: 'asked',
    number: res.publicNumber,
    res,
    dueDate: date,
    owners: open.map((a) => a.ownerName),
    reason,
    requestId: requestId!,
  };
}

/**
 * `/done 3 evidence` from an owner's chat under REQUIRE_ACCEPTANCE: the chat's shares of each item claim «done»
 * and wait for the chair (reminders pause meanwhile); the text is kept as the claim's evidence.
 */
export async function claimDone(
  store: Store,
  requests: ChairRequestStore,
  ctx: ActorContext,
  tokens: string[],
  text: string | null,
): Promise<ClaimOutcome[]> {
  const outcomes: ClaimOutcome[] = [];
  const asks: NewRequest[] = [];
  /** Where each claimed item's first request is in `asks`, to give it its id once asked. */
  const firstAsk = new Map<ClaimOutcome, number>();
  const mine = boundOwnerIds(ctx.auth);
  for (const found of await lookUpItems(store, tokens)) {
    if (found.kind !== 'found') {
      outcomes.push(found);
      continue;
    }
    const { res } = found;
    const own = res.assignments.filter((a) => mine.includes(a.ownerId) && a.status !== 'cancelled');
    if (own.length === 0) {
      outcomes.push({ kind: 'not_yours', number: res.publicNumber });
      continue;
    }
    const open = own.filter((a) => a.status !== 'done' && !a.claimedAt);
    if (open.length === 0) {
      outcomes.push(
        own.some((a) => a.claimedAt)
          ? { kind: 'already_claimed', number: res.publicNumber }
          : { kind: 'already', number: res.publicNumber, status: 'done' },
      );
      continue;
    }
    const able = open.filter((a) => canTransition(a.status, 'done'));
    if (able.length === 0) {
      outcomes.push({ kind: 'cannot', number: res.publicNumber, from: open[0]!.status, to: 'done' });
      continue;
    }
    const claimed: ClaimOutcome = {
      kind: 'claimed',
      number: res.publicNumber,
      res,
      owners: able.map((a) => a.ownerName),
      text,
      requestId: 0,
    };
    firstAsk.set(claimed, asks.length);
    for (const a of able)
      asks.push({
        assignmentId: a.id,
        kind: 'acceptance',
        dueDate: null,
        deadlineText: null,
        previousDue: null,
        reason: text ?? '',
      });
    outcomes.push(claimed);
  }
  if (asks.length === 0) return outcomes;
  const ids = await requests.ask(asks, ctx.actor, ctx.address);
  return outcomes.map((o) => (o.kind === 'claimed' ? { ...o, requestId: ids[firstAsk.get(o)!]! } : o));
}

/** The text after the item's number: a request named by its own number (`#12`, as the buttons name it), or not. */
function requestNamed(text: string): { id: number; rest: string } | null {
  const m = /^#([\d۰-۹٠-٩]{1,9})(?:\s+([\s\S]*))?$/.exec(text);
  return m ? { id: Number(toLatinDigits(m[1]!)), rest: (m[2] ?? '').trim() } : null;
}

/**
 * `/approve 3`, `/decline 3 reason` (and the buttons): the chair's chat, the chair or the secretary answers a pending
 * request of the item. With one waiting (or several asked with one command), that one, as the text after the number
 * is its answer; with more, the text chooses (an owner's name, a place in the list, or «همه» for all: see
 * request-choice.ts), and a choice not made answers nothing and lists them. A button names its request by number
 * (`3#12`). An approved extension moves the deadline to the latest date asked.
 */
export async function answerRequests(
  store: Store,
  requests: ChairRequestStore,
  ctx: ActorContext,
  decision: 'approved' | 'declined',
  args: string,
  owners: () => Promise<NamedOwner[]>,
): Promise<AnswerOutcome> {
  if (!hasCouncilRights(ctx.auth)) return { kind: 'not_allowed' };
  // A button's value `3#12` reads as `3 #12`.
  const m = /^([^\s#]+)(?:#([\d۰-۹٠-٩]+))?\s*([\s\S]*)$/.exec(args.trim());
  if (!m?.[1]) return { kind: 'usage' };
  const found = await find(store, m[1]);
  if (!('res' in found)) return found;
  const { res } = found;
  const number = res.publicNumber;
  const text = m[2] ? `#${m[2]} ${m[3] ?? ''}`.trim() : (m[3] ?? '').trim();
  const all = await requests.forResolution(res.id);
  const pending = all.filter((r) => r.state === 'pending');
  let chosen: ChairRequestView[];
  let rest = text;
  let choice: string | null = null;
  // The owners a name may choose: those with a request waiting, under any of their names.
  const waiting = async () => (await owners()).filter((o) => pending.some((r) => r.ownerId === o.id));
  const named = requestNamed(text);
  if (named) {
    const request = all.find((r) => r.id === named.id);
    if (!request) return { kind: 'nothing_pending', number };
    if (request.state !== 'pending') return { kind: 'gone', number, request };
    chosen = pending.filter((r) => sameAsk(r, request));
    rest = named.rest;
    choice = `#${named.id}`;
  } else {
    if (pending.length === 0) return { kind: 'nothing_pending', number };
    const groups = groupAsks(pending);
    if (groups.length === 1) {
      // One request waits: the text is its answer, as it always was; an approval that only names it keeps none.
      chosen = groups[0]!;
      if (decision === 'approved' && text) {
        const c = chooseRequests(groups, text, await waiting());
        if (c.kind === 'chosen' && c.rest === '') {
          chosen = c.requests;
          rest = '';
        }
      }
    } else {
      const c = chooseRequests(groups, text, await waiting(), decision === 'declined');
      if (c.kind === 'unclear') return { kind: 'several', number, groups, problem: c.problem };
      chosen = c.requests;
      rest = c.rest;
      choice = text.slice(0, text.length - c.rest.length).trim() || null;
    }
  }
  const answer = rest || null;
  if (decision === 'declined' && !answer) return { kind: 'need_reason', number, choice };
  const ids = chosen.map((p) => p.id);
  const base = { kind: 'answered' as const, number, decision, requests: chosen, answer };
  if (decision === 'declined') {
    await requests.decide(ids, decision, answer, ctx.actor, ctx.address);
    return base;
  }
  const asked = chosen
    .filter((p) => p.kind === 'extension' && p.dueDate)
    .sort((a, b) => (a.dueDate! < b.dueDate! ? 1 : -1))[0];
  if (!asked) {
    await requests.decide(ids, decision, answer, ctx.actor, ctx.address);
    return base;
  }
  const before = stateOf(res);
  const after: ItemState = {
    ...before,
    deadlineText: asked.deadlineText,
    dueDate: asked.dueDate,
    dueAtNextMeeting: false,
  };
  await requests.decide(ids, decision, answer, ctx.actor, ctx.address, { type: 'deadline', before, after });
  return { ...base, before: res.dueDate, after: asked.dueDate };
}

export type WithdrawOutcome =
  /** Taken back: the pending requests of one command of this chat (those answered meanwhile are `answered`). */
  | { kind: 'withdrawn'; withdrawn: ChairRequestView[]; answered: ChairRequestView[] }
  /** Every request of that command was answered already: nothing to take back. */
  | { kind: 'answered'; answered: ChairRequestView[] };

/**
 * The newest requests this chat asked with one command (on one item, when given) for owners it is still bound to:
 * what its /undo takes back. Empty when there are none.
 */
export async function lastAsk(
  requests: ChairRequestStore,
  ctx: ActorContext,
  resolutionId?: number,
): Promise<ChairRequestView[]> {
  const mine = boundOwnerIds(ctx.auth);
  if (mine.length === 0) return [];
  return (await requests.lastAsked(ctx.address, resolutionId)).filter((r) => mine.includes(r.ownerId));
}

/** /undo of a request of this chat (`ask`, from lastAsk): the pending ones are withdrawn; an answered one cannot be. */
export async function withdrawAsk(
  requests: ChairRequestStore,
  ctx: ActorContext,
  ask: ChairRequestView[],
): Promise<WithdrawOutcome> {
  const pending = ask.filter((r) => r.state === 'pending');
  const answered = ask.filter((r) => r.state !== 'pending');
  if (pending.length === 0) return { kind: 'answered', answered };
  await requests.withdraw(
    pending.map((r) => r.id),
    ctx.actor,
    ctx.address,
  );
  return { kind: 'withdrawn', withdrawn: pending, answered };
}

/**
 * Why this chat has nothing of item `resolutionId` to take back although a request waits on it: the waiting ones are
 * other owners' (`others`), or this chat's owners' asked from another of their chats (`elsewhere`). Null when none waits.
 */
export async function pendingNotHere(
  requests: ChairRequestStore,
  ctx: ActorContext,
  resolutionId: number,
): Promise<{ kind: 'others'; owners: string[] } | { kind: 'elsewhere' } | null> {
  const pending = await requests.forResolution(resolutionId, 'pending');
  if (pending.length === 0) return null;
  const mine = boundOwnerIds(ctx.auth);
  if (pending.some((r) => mine.includes(r.ownerId))) return { kind: 'elsewhere' };
  return { kind: 'others', owners: [...new Set(pending.map((r) => r.ownerName))] };
}
