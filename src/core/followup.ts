// The follow-up rules applied to the store: report a status, add a note, undo. Pure orchestration:
// authorization and transitions come from auth.ts and status.ts, persistence from the Store port.
import { type AuthContext, boundOwnerIds, canChangeAssignment, hasCouncilRights } from './auth.js';
import { lookUpItems } from './item-lookup.js';
import type {
  Actor,
  AssignmentView,
  ChatSnapshot,
  HistoryEntry,
  ResolutionView,
  StatusChange,
  Store,
} from './ports.js';
import { canTransition, type Progress, resolutionProgress } from './status.js';
import type { Status } from './types.js';

export interface ActorContext {
  auth: AuthContext;
  actor: Actor;
  address: string;
  /** The chat as it is now, kept with every change so history still names it after an unlink. */
  chat?: ChatSnapshot;
}

export type Outcome =
  | { kind: 'bad_number'; token: string }
  | { kind: 'not_found'; token: string }
  | { kind: 'not_yours'; number: number }
  | { kind: 'already'; number: number; status: Status }
  | { kind: 'cannot'; number: number; from: Status; to: Status }
  /** /reopen of a share that is not done: nothing to reopen. */
  | { kind: 'not_done'; number: number; status: Status }
  | {
      kind: 'changed';
      number: number;
      resolution: ResolutionView;
      owners: string[];
      progress: Progress;
      /** The progress percentage recorded with the change, when one was. */
      percent?: number;
    };

/** The assignments of a resolution this chat acts on: its own owners', or all of them for the council. */
export function actingAssignments(res: ResolutionView, auth: AuthContext): AssignmentView[] | null {
  const mine = boundOwnerIds(auth);
  const own = res.assignments.filter((a) => mine.includes(a.ownerId));
  if (own.length > 0) return own;
  if (hasCouncilRights(auth)) return res.assignments.filter((a) => a.status !== 'cancelled');
  return null;
}

interface Planned {
  outcomes: Outcome[];
  changes: StatusChange[];
}

async function plan(
  store: Store,
  ctx: ActorContext,
  tokens: string[],
  decide: (res: ResolutionView, a: AssignmentView) => StatusChange | Outcome,
): Promise<Planned> {
  const outcomes: Outcome[] = [];
  const changes: StatusChange[] = [];
  for (const found of await lookUpItems(store, tokens)) {
    if (found.kind !== 'found') {
      outcomes.push(found);
      continue;
    }
    const { res } = found;
    const acting = actingAssignments(res, ctx.auth)?.filter((a) => canChangeAssignment(ctx.auth, a.ownerId));
    if (!acting || acting.length === 0) {
      outcomes.push({ kind: 'not_yours', number: res.publicNumber });
      continue;
    }
    const mine: StatusChange[] = [];
    let firstRefusal: Outcome | null = null;
    for (const a of acting) {
      const d = decide(res, a);
      if ('assignmentId' in d) mine.push(d);
      else firstRefusal ??= d;
    }
    if (mine.length === 0) {
      outcomes.push(firstRefusal!);
      continue;
    }
    changes.push(...mine);
    const changed = new Map(mine.map((c) => [c.assignmentId, c]));
    const after: ResolutionView = {
      ...res,
      assignments: res.assignments.map((a) => {
        const c = changed.get(a.id);
        return c ? { ...a, status: c.to, percent: c.percent ?? a.percent } : a;
      }),
    };
    const percent = mine.find((c) => typeof c.percent === 'number')?.percent;
    outcomes.push({
      kind: 'changed',
      number: res.publicNumber,
      resolution: after,
      owners: res.assignments.filter((a) => changed.has(a.id)).map((a) => a.ownerName),
      progress: resolutionProgress(after.assignments.map((a) => a.status)),
      ...(typeof percent === 'number' ? { percent } : {}),
    });
  }
  return { outcomes, changes };
}

/**
 * `/done 3 5`, `/progress 3 60%`, `/blocked 3 reason`: every change of the command in one transaction. A
 * percentage (only with in progress) is kept on the share and in its history; reported again on a share already
 * in progress, it is a change of its own.
 */
export async function reportStatus(
  store: Store,
  ctx: ActorContext,
  tokens: string[],
  to: Status,
  note: string | null,
  percent: number | null = null,
): Promise<Outcome[]> {
  const { outcomes, changes } = await plan(store, ctx, tokens, decideStatus(to, note, percent));
  if (changes.length > 0) await store.applyChanges(changes, ctx.actor, ctx.address, ctx.chat);
  return outcomes;
}

function decideStatus(to: Status, note: string | null, percent: number | null = null) {
  return (res: ResolutionView, a: AssignmentView): StatusChange | Outcome => {
    const withPercent = percent === null ? {} : { percent };
    if (a.status === to) {
      if (percent !== null && percent !== a.percent)
        return { assignmentId: a.id, from: a.status, to, note, type: 'progress', percent };
      return { kind: 'already', number: res.publicNumber, status: to };
    }
    if (!canTransition(a.status, to)) return { kind: 'cannot', number: res.publicNumber, from: a.status, to };
    return { assignmentId: a.id, from: a.status, to, note, type: 'status', ...withPercent };
  };
}

/** Why this chat could not move item `token` to `to` (nothing is changed), or null when it could. */
export async function statusRefusal(
  store: Store,
  ctx: ActorContext,
  token: string,
  to: Status,
): Promise<Outcome | null> {
  const { outcomes } = await plan(store, ctx, [token], decideStatus(to, null));
  return outcomes.find((o) => o.kind !== 'changed') ?? null;
}

/**
 * `/reopen 3 reason`: this chat's done shares of the item are open again, the reason kept with the change (an
 * audited status event like any other, which /undo can revert). A cancelled share is the desk's to restore.
 */
export async function reopen(store: Store, ctx: ActorContext, tokens: string[], reason: string): Promise<Outcome[]> {
  const { outcomes, changes } = await plan(store, ctx, tokens, (res, a) => {
    if (a.status === 'done') return { assignmentId: a.id, from: 'done', to: 'open', note: reason, type: 'status' };
    if (a.status === 'cancelled') return { kind: 'cannot', number: res.publicNumber, from: 'cancelled', to: 'open' };
    return { kind: 'not_done', number: res.publicNumber, status: a.status };
  });
  if (changes.length > 0) await store.applyChanges(changes, ctx.actor, ctx.address, ctx.chat);
  return outcomes;
}

/** `/note 3 text`: a history entry that keeps the status. */
export async function addNote(store: Store, ctx: ActorContext, token: string, note: string): Promise<Outcome[]> {
  const { outcomes, changes } = await plan(store, ctx, [token], (_res, a) => ({
    assignmentId: a.id,
    from: a.status,
    to: a.status,
    note,
    type: 'note',
  }));
  if (changes.length > 0) await store.applyChanges(changes, ctx.actor, ctx.address, ctx.chat);
  return outcomes;
}

/**
 * `/undo`: reverts the last command from this chat with new, audited events (nothing is deleted); `events`, when
 * given, is the part of it to revert (`/undo 3`: the events about item 3 of the chat's last command).
 */
export async function undoLast(store: Store, ctx: ActorContext, events?: HistoryEntry[]): Promise<HistoryEntry[]> {
  const last = events ?? (await store.lastUndoable(ctx.address));
  if (last.length === 0) return [];
  const changes: StatusChange[] = last.map((e) => ({
    assignmentId: e.assignmentId,
    from: e.toStatus!,
    to: e.fromStatus!,
    note: null,
    type: 'undo',
    undoOfId: e.id,
  }));
  await store.applyChanges(changes, ctx.actor, ctx.address, ctx.chat);
  return last.map((e) => ({ ...e, type: 'undo', fromStatus: e.toStatus, toStatus: e.fromStatus, undoOfId: e.id }));
}
