// /undo reverts this chat's last change; /undo 3 its last change to item 3. The last change is the newest of three:
// a status change (the chair's acceptance of a claim among them, whose request then waits again), a correction
// (/owner, /deadline, or the chair's approval of an extension), and a request this chat asked of the chair (a claim
// of «done» under REQUIRE_ACCEPTANCE, a request for more time), which /undo takes back while the chair has not
// answered it. Every undo is a new, audited event; nothing is deleted.
import { formatJalali } from '../src/core/calendar.js';
import { undoLast } from '../src/core/followup.js';
import { MESSAGES } from '../src/core/i18n.js';
import type { CorrectionEntry } from '../src/core/item-state.js';
import { parseItemRef } from '../src/core/numbers.js';
import type { HistoryEntry } from '../src/core/ports.js';
import { type ChairRequestView, lastAsk, pendingNotHere, withdrawAsk } from '../src/core/requests.js';
import { DESK_ADDRESS } from '../src/core/resolution-log.js';
import { toLatinDigits } from '../src/core/text.js';
import type { Reply } from '../src/core/types.js';
import { type CommandContext, type CommandHandler, refusal, textReply } from './context.js';
import { describe } from './correction-reply.js';

/**
 * Reverts a correction of this chat (or the chair's approval of an extension, whose request then waits again). When
 * the item was changed again since from somewhere else (the desk above all), putting the old state back would undo
 * that change too: refused, with what to do instead.
 */
async function undoCorrection(ctx: CommandContext, last: CorrectionEntry): Promise<Reply> {
  const corrections = ctx.deps.corrections!;
  if (last.changedLaterBy === DESK_ADDRESS) return refusal(ctx.t.fix.undoAfterDesk(last.publicNumber));
  if (last.changedLaterBy) return refusal(ctx.t.fix.undoAfterOther(last.publicNumber));
  const reopened = await corrections.undoCorrection(last, ctx.actor, ctx.address);
  const line = ctx.t.fix.undone(last.publicNumber, await describe(ctx, last.type, last.before));
  return reopened > 0 ? textReply(line, ctx.t.acc.answerUndone(last.publicNumber)) : textReply(line);
}

/**
 * Reverts status changes of this chat's last command (`events`; `batch`: the whole command). The chair's acceptance
 * of a claim of «done» is reverted whole: the share goes back and the claim waits for the chair again, both in one
 * transaction.
 */
async function undoStatus(ctx: CommandContext, events: HistoryEntry[], batch: HistoryEntry[]): Promise<Reply> {
  const { t } = ctx;
  const requests = ctx.deps.requests;
  const answer = batch[0]?.batch;
  if (requests && answer && (await requests.answeredBy({ batch: answer })).length > 0) {
    await requests.undoAccepted(batch, ctx.actor, ctx.address);
    return textReply(
      ...batch.map((e) => t.undone(e.publicNumber, e.ownerName, t.status[e.fromStatus ?? 'open'])),
      ...[...new Set(batch.map((e) => e.publicNumber))].map((n) => t.acc.answerUndone(n)),
    );
  }
  const undone = await undoLast(ctx.deps.store, ctx, events);
  return textReply(...undone.map((e) => t.undone(e.publicNumber, e.ownerName, t.status[e.toStatus ?? 'open'])));
}

/** The requests of `ask` by item and kind, in the order asked: one line (and one word to the chair) each. */
function byItemAndKind(ask: ChairRequestView[]): ChairRequestView[][] {
  const groups = new Map<string, ChairRequestView[]>();
  for (const r of ask) {
    const key = `${r.publicNumber}|${r.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()];
}

/**
 * Takes back the requests this chat asked with one command (`ask`): those the chair has not answered are withdrawn,
 * the chair's chats are told; one already answered cannot be, and the reply says how it was answered.
 */
async function withdraw(ctx: CommandContext, ask: ChairRequestView[]): Promise<Reply> {
  const { deps, t } = ctx;
  const o = await withdrawAsk(deps.requests!, ctx, ask);
  const answeredLines = byItemAndKind(o.answered).map((g) => {
    const { publicNumber: n, kind, state } = g[0]!;
    if (kind === 'acceptance') return state === 'approved' ? t.acc.alreadyAccepted(n) : t.acc.alreadyReturned(n);
    return state === 'approved' ? t.ext.alreadyApproved(n) : t.ext.alreadyDeclined(n);
  });
  if (o.kind === 'answered') return refusal(...answeredLines);
  const lang = deps.languageFor();
  const c = MESSAGES[lang];
  const lines: string[] = [];
  for (const g of byItemAndKind(o.withdrawn)) {
    const { publicNumber: n, kind } = g[0]!;
    const res = await deps.store.getResolution({ kind: 'number', number: n });
    const owners = (m: typeof t) => g.map((r) => r.ownerName).join(m.listSep);
    if (kind === 'acceptance') {
      // The share as it is now: as it was before the claim, which only made it wait for the chair.
      const status = res?.assignments.find((a) => a.id === g[0]!.assignmentId)?.status ?? 'open';
      lines.push(t.acc.withdrawn(n, owners(t), t.status[status]));
    } else {
      lines.push(t.ext.withdrawn(n, res?.dueDate ? formatJalali(res.dueDate, ctx.lang) : t.ext.noDeadline));
    }
    const asked = g[0]!.dueDate ? formatJalali(g[0]!.dueDate, lang) : c.ext.noDeadline;
    // The chair's chats were asked: they hear, in the council's language, that it no longer waits for them.
    await deps.tell?.chair({
      ...textReply(
        kind === 'acceptance' ? c.acc.withdrawnToChair(n, owners(c)) : c.ext.withdrawnToChair(n, owners(c), asked),
      ),
      items: [n],
      kind: 'request-withdrawn',
    });
  }
  return { ...textReply(...lines, ...answeredLines), kind: 'status-change' };
}

/** Which of a chat's candidates is its last change: the newest; of the same instant, the one named first. */
function newest<T extends string>(candidates: [T, Date | undefined][]): T | null {
  let best: [T, Date] | null = null;
  for (const [name, at] of candidates) if (at && (!best || at > best[1])) best = [name, at];
  return best?.[0] ?? null;
}

/** This chat's last change of each kind: what /undo (or /undo 3, narrowed to item 3) chooses from. */
async function candidates(ctx: CommandContext, item?: { id: number; publicNumber: number }) {
  const { deps } = ctx;
  const [correction, batch, ask] = await Promise.all([
    deps.corrections?.lastCorrection(ctx.address) ?? null,
    deps.store.lastUndoable(ctx.address),
    deps.requests ? lastAsk(deps.requests, ctx, item?.id) : [],
  ]);
  return {
    correction: correction && (!item || correction.resolutionId === item.id) ? correction : null,
    batch,
    events: item ? batch.filter((e) => e.publicNumber === item.publicNumber) : batch,
    ask,
  };
}

async function undo(ctx: CommandContext, c: Awaited<ReturnType<typeof candidates>>): Promise<Reply | null> {
  // Of the same instant, a request before a correction before a status change.
  const which = newest([
    ['ask', c.ask[0]?.createdAt],
    ['correction', c.correction?.createdAt],
    ['status', c.events[0]?.createdAt],
  ]);
  if (which === 'ask') return withdraw(ctx, c.ask);
  if (which === 'correction') return undoCorrection(ctx, c.correction!);
  if (which === 'status') return undoStatus(ctx, c.events, c.batch);
  return null;
}

/** /undo 3: this chat's last change to item 3; with none, why (a request waiting there is someone else's). */
async function undoItem(ctx: CommandContext): Promise<Reply> {
  const { deps, t } = ctx;
  const words = ctx.args.split(/\s+/);
  if (words.length !== 1) return refusal(t.undoUsage);
  const ref = parseItemRef(words[0]!);
  if (!ref) return refusal(t.badNumber(t.num(toLatinDigits(words[0]!).slice(0, 20))));
  const res = await deps.store.getResolution(ref);
  if (!res) return refusal(t.notFound(t.num(toLatinDigits(words[0]!))));
  const done = await undo(ctx, await candidates(ctx, res));
  if (done) return done;
  const why = deps.requests ? await pendingNotHere(deps.requests, ctx, res.id) : null;
  if (why?.kind === 'others') return refusal(t.ext.othersRequest(res.publicNumber, why.owners.join(t.listSep)));
  if (why?.kind === 'elsewhere') return refusal(t.ext.elsewhereRequest(res.publicNumber));
  return refusal(t.nothingToUndoOn(res.publicNumber));
}

export const handler: CommandHandler = {
  async run(ctx) {
    if (ctx.args) return undoItem(ctx);
    return (await undo(ctx, await candidates(ctx))) ?? refusal(ctx.t.nothingToUndo);
  },
};
