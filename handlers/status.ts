// /status: the chair's overview, narrowed by `نام کمیته`, `جلسه ۵۵` or a Jalali range;
// /status N (or 55/3): one item with its owners, its full audit trail, and the latest corrections to the
// item itself (text, deadline, owners) from the one log, wherever they were made.
import { isUnlinked } from '../src/core/auth.js';
import { formatJalaliDateTime } from '../src/core/calendar.js';
import { buildDigest, digestBlocks } from '../src/core/digest.js';
import { itemBlock } from '../src/core/format.js';
import { parseItemRef } from '../src/core/numbers.js';
import type { ChatSnapshot, HistoryEntry, ResolutionView } from '../src/core/ports.js';
import { DESK_ADDRESS, entryPhrase, type LogEntry, logChanges } from '../src/core/resolution-log.js';
import type { Block, Reply } from '../src/core/types.js';
import { loadDigestItems, scopeFromArgs } from '../src/reports/data.js';
import { type CommandContext, type CommandHandler, refusal } from './context.js';

/** A chat as the event kept it: what it was bound to, and its title. */
function snapshotName(ctx: CommandContext, chat: ChatSnapshot): string | null {
  const { t } = ctx;
  const bound = chat.bindings.map((b) => (b.role === 'chair' ? t.chairChat : t.chatOfOwner(b.owner ?? '?')));
  const title = chat.title ? `«${chat.title}»` : '';
  if (bound.length === 0) return title || null;
  return [bound.join(t.listSep), title].filter(Boolean).join(' ');
}

/** How many corrections /status N shows: the latest; the desk's page has them all. */
const CORRECTIONS_SHOWN = 5;

type Located = { chatAddress: string; chat?: ChatSnapshot | null };

/**
 * A readable name for the chat each event came from: the desk by name, else as the event kept it, else
 * (older events) the chat's bindings now, else its address.
 */
async function chatNames<E extends Located>(ctx: CommandContext, history: E[]): Promise<Map<E, string>> {
  const now = new Map<string, string>();
  const names = new Map<E, string>();
  for (const e of history) {
    if (e.chatAddress === DESK_ADDRESS) {
      names.set(e, ctx.t.desk.via);
      continue;
    }
    const kept = e.chat && snapshotName(ctx, e.chat);
    if (kept) {
      names.set(e, kept);
      continue;
    }
    if (!now.has(e.chatAddress)) {
      const bindings = await ctx.deps.store.bindingsFor(e.chatAddress);
      const owners = bindings.filter((b) => b.ownerName).map((b) => ctx.t.chatOfOwner(b.ownerName!));
      if (bindings.some((b) => b.role === 'chair')) owners.unshift(ctx.t.chairChat);
      now.set(e.chatAddress, owners.length > 0 ? owners.join(ctx.t.listSep) : e.chatAddress);
    }
    names.set(e, now.get(e.chatAddress)!);
  }
  return names;
}

/** A Jalali date and time in the council's zone. */
const whenOf = (ctx: CommandContext, at: Date) => formatJalaliDateTime(at, ctx.deps.timeZone, ctx.lang);

function historyLine(ctx: CommandContext, e: HistoryEntry, chat: string): string {
  const { t } = ctx;
  const when = whenOf(ctx, e.createdAt);
  const who = e.actorName ?? e.actorId;
  const via = ` (${t.historyVia(chat)})`;
  switch (e.type) {
    case 'import':
      return t.historyImport(when, e.ownerName);
    case 'note':
      return t.historyNote(when, who, e.ownerName, e.note ?? '') + via;
    case 'undo':
      return t.historyUndo(when, who, e.ownerName, t.status[e.toStatus ?? 'open']) + via;
    case 'seen':
      return t.loop.historySeen(when, who, e.ownerName) + via;
    case 'request':
      return t.ext.historyRequest(when, who, e.ownerName, e.note ?? '') + via;
    case 'approved':
      return t.ext.historyApproved(when, who, e.ownerName) + via;
    case 'declined':
      return t.ext.historyDeclined(when, who, e.ownerName, e.note ?? '') + via;
    case 'claim':
      return t.acc.historyClaim(when, who, e.ownerName) + (e.note ? ` — ${e.note}` : '') + via;
    case 'returned':
      return t.acc.historyReturned(when, who, e.ownerName, e.note ?? '') + via;
    case 'evidence':
      return t.acc.historyEvidence(when, who, e.ownerName, e.note ?? '') + via;
    case 'reopened':
      return t.acc.historyReopened(when, who, e.ownerName) + via;
    case 'claim-withdrawn':
      return t.acc.historyWithdrawn(when, who, e.ownerName) + via;
    case 'request-withdrawn':
      return t.ext.historyWithdrawn(when, who, e.ownerName) + via;
    case 'progress': {
      const line = `${when} — ${who} (${e.ownerName}): ${t.loop.historyPercent(e.percent ?? 0)}`;
      return (e.note ? `${line} — ${e.note}` : line) + via;
    }
    default: {
      const line = t.historyLine(
        when,
        who,
        e.ownerName,
        t.status[e.fromStatus ?? 'open'],
        t.status[e.toStatus ?? 'open'],
      );
      const percent = e.percent === null ? '' : ` (${t.loop.historyPercent(e.percent)})`;
      return (e.note ? `${line}${percent} — ${e.note}` : line + percent) + via;
    }
  }
}

/** The latest corrections to the item itself: what changed, who, when and from where. */
async function correctionBlocks(ctx: CommandContext, res: ResolutionView): Promise<Block[]> {
  const { t } = ctx;
  const log = (await ctx.deps.corrections?.log(res.id)) ?? [];
  const latest: LogEntry[] = log.slice(-CORRECTIONS_SHOWN);
  if (latest.length === 0) return [];
  const owners = await ctx.deps.store.listOwners();
  const ownerName = (id: number) => owners.find((o) => o.id === id)?.name ?? String(id);
  const names = await chatNames(ctx, latest);
  const words = { none: t.fix.noDeadline, nextMeeting: t.desk.deadlineNext, listSep: t.listSep };
  return [
    { type: 'heading', text: t.fix.correctionsTitle(res.publicNumber) },
    ...latest.map((e) => {
      const what = entryPhrase(t, ctx.lang, e, logChanges(e, ownerName), words);
      const line = t.fix.logLine(whenOf(ctx, e.createdAt), e.actorName ?? e.actorId, what);
      return { type: 'text' as const, text: `${line} (${t.historyVia(names.get(e) ?? e.chatAddress)})` };
    }),
  ];
}

async function itemHistory(ctx: CommandContext, res: ResolutionView): Promise<Reply> {
  const history = await ctx.deps.store.history(res.id);
  const names = await chatNames(ctx, history);
  const { t } = ctx;
  const blocks: Block[] = [
    itemBlock(res, ctx.lang, { today: ctx.today }),
    // Who acknowledged the notice, when, and which owners have not.
    ...res.assignments
      .filter((a) => a.status !== 'cancelled')
      .map((a) => ({
        type: 'text' as const,
        text: a.seenAt
          ? t.loop.seenLine(a.ownerName, a.seenBy ?? '', whenOf(ctx, a.seenAt))
          : t.loop.unseenLine(a.ownerName),
      })),
    { type: 'heading', text: ctx.t.historyTitle(res.publicNumber) },
    ...history.map((e) => ({
      type: 'text' as const,
      text: historyLine(ctx, e, names.get(e) ?? e.chatAddress),
    })),
    ...(await correctionBlocks(ctx, res)),
  ];
  return { blocks, items: [res.publicNumber], kind: 'history' };
}

export const handler: CommandHandler = {
  async run(ctx) {
    const { t, deps } = ctx;
    if (isUnlinked(ctx.auth)) return refusal(t.notLinked);
    const arg = ctx.args.trim();
    const ref = arg ? parseItemRef(arg) : null;
    if (ref) {
      const res = await deps.store.getResolution(ref);
      return res ? itemHistory(ctx, res) : refusal(t.notFound(t.num(arg)));
    }
    const scope = await scopeFromArgs(deps.store, arg, ctx.lang);
    if ('error' in scope) return refusal(scope.error);
    const list = await loadDigestItems(deps.store, scope.filter);
    if (list.length === 0 && scope.labels.length > 0) return refusal(t.statusNoMatch);
    const title = scope.labels.length > 0 ? `${t.statusTitle} — ${scope.labels.join(' · ')}` : undefined;
    const reached = await deps.store.reachedOwnerIds();
    return { blocks: digestBlocks(buildDigest(list, ctx.today), ctx.lang, title, reached), kind: 'status' };
  },
};
