// The chair's overview: totals, per-owner counts, overdue items oldest first, blocked items with reasons.
// Used by /status, the pre-meeting digest and reports.
import { daysLate } from './format.js';
import { MESSAGES } from './i18n.js';
import { sharePercent } from './percent.js';
import type { DigestItem } from './ports.js';
import { isOverdue, resolutionProgress } from './status.js';
import type { Block, Language, Status } from './types.js';

/** One owner's assignments in exclusive parts: done, overdue, in progress, blocked, open. */
export interface OwnerCounts {
  ownerId: number;
  name: string;
  open: number;
  inProgress: number;
  done: number;
  blocked: number;
  overdue: number;
  /** The average of the shares' progress (done 100, none reported 0), or null when every share is cancelled. */
  percent: number | null;
}

/** Over items read whole (ResolutionView) or only as far as the overview needs (DigestItem). */
export interface Digest<T extends DigestItem = DigestItem> {
  total: number;
  done: number;
  open: number;
  overdue: number;
  owners: OwnerCounts[];
  overdueItems: { res: T; days: number }[];
  blockedItems: { res: T; reasons: { owner: string; note: string | null }[] }[];
}

export function buildDigest<T extends DigestItem>(resolutions: readonly T[], today: string): Digest<T> {
  const owners = new Map<number, OwnerCounts>();
  let done = 0;
  let overdue = 0;
  const overdueItems: Digest<T>['overdueItems'] = [];
  const blockedItems: Digest<T>['blockedItems'] = [];
  // Each owner's progress as a running sum and count (averagePercent's rule, share by share): collecting every
  // owner's shares into arrays first cost a copy per share and made a large council's digest quadratic.
  const percents = new Map<number, { sum: number; count: number }>();
  for (const r of resolutions) {
    const p = resolutionProgress(r.assignments.map((a) => a.status));
    if (p.status === 'done' || p.status === 'cancelled') done++;
    const days = daysLate(r, today);
    if (days > 0) {
      overdue++;
      overdueItems.push({ res: r, days });
    }
    const blocked = r.assignments.filter((a) => a.status === 'blocked');
    if (blocked.length > 0) {
      blockedItems.push({ res: r, reasons: blocked.map((a) => ({ owner: a.ownerName, note: a.lastNote })) });
    }
    for (const a of r.assignments) {
      const c = owners.get(a.ownerId) ?? {
        ownerId: a.ownerId,
        name: a.ownerName,
        open: 0,
        inProgress: 0,
        done: 0,
        blocked: 0,
        overdue: 0,
        percent: null,
      };
      const share = sharePercent(a);
      if (share !== null) {
        const p = percents.get(a.ownerId);
        if (p) {
          p.sum += share;
          p.count++;
        } else percents.set(a.ownerId, { sum: share, count: 1 });
      }
      // Exclusive parts, so a committee's numbers add up to its items (and stack in the chart): a late
      // item counts as overdue, not also as open, in progress or blocked. Cancelled items count nowhere.
      const s: Status = a.status;
      if (s === 'done') c.done++;
      else if (isOverdue(r.dueDate, s, today)) c.overdue++;
      else if (s === 'in_progress') c.inProgress++;
      else if (s === 'blocked') c.blocked++;
      else if (s === 'open') c.open++;
      owners.set(a.ownerId, c);
    }
  }
  for (const c of owners.values()) {
    const p = percents.get(c.ownerId);
    c.percent = p ? Math.round(p.sum / p.count) : null;
  }
  overdueItems.sort((a, b) => b.days - a.days || a.res.publicNumber - b.res.publicNumber);
  return {
    total: resolutions.length,
    done,
    open: resolutions.length - done,
    overdue,
    owners: [...owners.values()],
    overdueItems,
    blockedItems,
  };
}

const short = (s: string, n = 80) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * The digest as reply blocks. `reached`, when given, holds the owners some chat is bound to: the others are
 * marked as reminded to nobody.
 */
export function digestBlocks(d: Digest, lang: Language, title?: string, reached?: ReadonlySet<number>): Block[] {
  const t = MESSAGES[lang];
  if (d.total === 0) return [{ type: 'text', text: t.nothingYet }];
  const blocks: Block[] = [
    { type: 'heading', text: title ?? t.statusTitle },
    { type: 'text', text: t.statusTotals(d.total, d.done, d.open, d.overdue) },
  ];
  for (const o of d.owners) {
    blocks.push({
      type: 'text',
      text: `• ${t.statusOwnerLine(reached && !reached.has(o.ownerId) ? t.invite.unreachedLine(o.name) : o.name, o.open, o.inProgress, o.blocked, o.overdue, o.done)}${o.percent === null ? '' : ` · ${t.loop.averagePercent(o.percent)}`}`,
    });
  }
  if (d.overdueItems.length > 0) {
    blocks.push({ type: 'heading', text: t.overdueTitle });
    for (const { res, days } of d.overdueItems) {
      const owners = res.assignments
        .filter((a) => a.status !== 'done' && a.status !== 'cancelled')
        .map((a) => a.ownerName)
        .join(t.listSep);
      blocks.push({
        type: 'item',
        number: res.publicNumber,
        text: short(res.text),
        meta: `${owners} · ${t.daysOverdue(days)}`,
      });
    }
  }
  if (d.blockedItems.length > 0) {
    blocks.push({ type: 'heading', text: t.blockedTitle });
    for (const { res, reasons } of d.blockedItems) {
      blocks.push({
        type: 'item',
        number: res.publicNumber,
        text: short(res.text),
        meta: reasons.map((r) => `${r.owner}: ${r.note ?? '—'}`).join(' · '),
      });
    }
  }
  return blocks;
}
