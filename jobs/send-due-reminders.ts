// The sweep: compute what is due → claim it → send one message per chat → record. Safe to run on any number
// of instances at once and after any crash: the database's unique keys and leases decide who sends what.
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { App } from '../src/app.js';
import { civilDate } from '../src/core/calendar.js';
import type { ResolutionView } from '../src/core/ports.js';
import {
  dueOccurrences,
  effectiveDueDate,
  type Occurrence,
  type ReminderBinding,
} from '../src/core/schedule/occurrences.js';
import { defaultSettings, type ScheduleSettings } from '../src/core/schedule/settings.js';
import { type WorkCalendar, workCalendar } from '../src/core/schedule/workdays.js';
import type { Notifier } from '../src/core/types.js';
import { loadCandidates } from '../src/db/reminder-candidates.js';
import { type ClaimRow, groupBy, ReminderClaims } from '../src/db/reminders.js';
import { type Outages, ServiceRuns } from '../src/db/service-runs.js';
import { readCorrections } from '../src/db/sql/days-off.js';
import { type DeliverContext, deliver } from './deliver.js';
import { PlatformBreaker } from './outage.js';
import { UnsentClaims } from './unsent.js';
import { WorkQueue } from './work-queue.js';

export type EngineApp = Pick<App, 'db' | 'store' | 'config' | 'logger' | 'councilId' | 'clock' | 'outbox'>;

export interface SweepStats {
  due: number;
  claimed: number;
  sent: number;
  failed: number;
  ms: number;
}

export interface EngineOptions {
  instanceId?: string;
  /** Chats sent to at once; each platform's notifier enforces its own rate limits. */
  concurrency?: number;
  /** The longest one chat's message may take (a backstop over the platforms' own call timeouts). */
  deliveryTimeoutMs?: number;
  /** How long `stop()` waits for the sends in flight before it gives up on them. */
  stopGraceMs?: number;
  /** Chats claimed (or taken over) in one go at most. */
  maxClaimBatch?: number;
}

/** Above the slowest platform's whole-call bound, so that bound fires first and the send really ends. */
const DELIVERY_TIMEOUT_MS = 120_000;
/** What a stop waits for the sends in flight by default (main.ts gives its own, within its forced exit). */
const STOP_GRACE_MS = 5_000;
/** Chats claimed in one go at most (the claim statements themselves hold whole chats, a few hundred rows). */
const MAX_CLAIM_BATCH = 64;

/** One sweep's work: the chats to claim in the order this instance takes them, and what sending needs. */
interface SweepPlan {
  now: Date;
  byChat: Map<string, Occurrence[]>;
  order: string[];
  platformOf: Map<number, string>;
  addressOf: Map<number, string>;
  stats: SweepStats;
  delivery: DeliverContext;
}

/** The catch-up horizon never drops below a few ticks, so a late tick still finds its minute. */
const MIN_WINDOW_MS = 5 * 60_000;

export class ReminderEngine {
  readonly calendar: WorkCalendar;
  readonly defaults: ScheduleSettings;
  readonly claims: ReminderClaims;
  /** When the service ran: what fell between two runs is sent marked late. */
  readonly runs: ServiceRuns;
  private readonly notifiers: Map<string, Notifier>;
  /** Keys already claimed by someone, so steady-state sweeps skip the database lookup. Pruned by slot date. */
  private readonly known = new Map<string, string>();
  private stopping = false;
  private running: Promise<SweepStats> | null = null;
  /** What the sweep in progress has claimed and not yet finished with, for a stop to give back. */
  private readonly unsent: UnsentClaims;

  constructor(
    readonly app: EngineApp,
    notifiers: readonly Notifier[],
    opts: EngineOptions = {},
  ) {
    const c = app.config;
    this.calendar = workCalendar(c);
    this.defaults = defaultSettings(c);
    this.notifiers = new Map(notifiers.map((n) => [n.platform, n]));
    // Reports to the chair (a reminder given up) leave through the outbox, on the same senders.
    for (const n of notifiers) app.outbox.register(n);
    const id = opts.instanceId ?? `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
    this.claims = new ReminderClaims(app.db, id, c.REMINDER_LEASE_SECONDS * 1000);
    this.runs = new ServiceRuns(app.db.sql, app.councilId);
    this.unsent = new UnsentClaims(this.claims);
    this.concurrency = opts.concurrency ?? 8;
    this.deliveryTimeoutMs = opts.deliveryTimeoutMs ?? DELIVERY_TIMEOUT_MS;
    this.stopGraceMs = opts.stopGraceMs ?? STOP_GRACE_MS;
    this.maxClaimBatch = opts.maxClaimBatch ?? MAX_CLAIM_BATCH;
  }

  private readonly maxClaimBatch: number;
  private readonly concurrency: number;
  private readonly deliveryTimeoutMs: number;
  private readonly stopGraceMs: number;

  /** Everything due at `now` within the catch-up horizon that nobody has claimed yet (reads only). */
  async due(now: Date): Promise<{
    occurrences: Occurrence[];
    bindings: ReminderBinding[];
    nextMeetingAt: Date | null;
    settingsFor(ownerId: number | null): ScheduleSettings;
    dueOn(res: ResolutionView): string | null;
    missed: Outages;
  }> {
    const horizon = Math.max(this.app.config.REMINDER_CATCHUP_HOURS * 3_600_000, MIN_WINDOW_MS);
    const since = new Date(now.getTime() - horizon);
    const tz = this.app.config.COUNCIL_TIMEZONE;
    // The desk's corrections to the days off, as stored now: another instance's desk may have made them.
    this.calendar.correct(await readCorrections(this.app.db.sql, this.app.councilId));
    const c = await loadCandidates(this.app.db.sql, this.app.councilId, {
      now,
      timeZone: tz,
      calendar: this.calendar,
      defaults: this.defaults,
      ...(this.app.config.NOTICE_ON_IMPORT ? { noticesSince: since } : {}),
    });
    const all = dueOccurrences({ ...c, now, since, timeZone: tz, calendar: this.calendar });
    const fresh = all.filter((o) => !this.known.has(o.key));
    const existing = await this.claims.existingKeys(fresh.map((o) => o.key));
    for (const o of fresh) if (existing.has(o.key)) this.known.set(o.key, o.slot);
    const first = civilDate(since, tz);
    for (const [k, slot] of this.known) if (slot < first) this.known.delete(k);
    const meeting = c.nextMeetingAt ? civilDate(c.nextMeetingAt, tz) : null;
    return {
      occurrences: fresh.filter((o) => !existing.has(o.key)),
      bindings: c.bindings,
      nextMeetingAt: c.nextMeetingAt,
      settingsFor: c.settingsFor,
      dueOn: (res) => effectiveDueDate(res, meeting, this.calendar, c.meetingDates),
      missed: await this.runs.outages(since),
    };
  }

  /** One sweep; concurrent calls share the one in progress. */
  sweep(now: Date = this.app.clock.now()): Promise<SweepStats> {
    if (this.stopping) return Promise.resolve({ due: 0, claimed: 0, sent: 0, failed: 0, ms: 0 });
    this.running ??= this.run(now).finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async run(now: Date): Promise<SweepStats> {
    const started = performance.now();
    // The sweep's instant moved on by the time really spent: claims, leases and send times are recorded when
    // they happen, not when the sweep began (a sweep can take longer than a lease).
    const t0 = this.app.clock.now().getTime();
    const at = () => new Date(now.getTime() + (this.app.clock.now().getTime() - t0));
    // Recorded first, so the instants up to now count as run, whatever the sweep then finds.
    await this.runs.beat(now);
    const plan = await this.plan(now, at);
    // Claiming and sending overlap: workers send each chat as soon as it is claimed, so the database's
    // commits run while the platforms' rate limits pace the sends instead of before them.
    const queue = new WorkQueue<[string, ClaimRow[]]>();
    const breaker = new PlatformBreaker(Math.max(3, this.concurrency));
    const workers = Array.from({ length: Math.max(1, this.concurrency) }, () => this.work(plan, queue, breaker));
    await Promise.all([this.claimAll(plan, queue), ...workers]);
    plan.stats.ms = Math.round(performance.now() - started);
    this.app.logger.debug(plan.stats, 'reminder sweep');
    return plan.stats;
  }

  /** What this sweep is to claim, chat by chat, and what sending needs to know. */
  private async plan(now: Date, at: () => Date): Promise<SweepPlan> {
    const { occurrences, bindings, nextMeetingAt, settingsFor, dueOn, missed } = await this.due(now);
    const platformOf = new Map(bindings.map((b) => [b.id, b.platform as string]));
    const sendable = occurrences.filter((o) => this.notifiers.has(platformOf.get(o.bindingId) ?? ''));
    const byChat = groupBy(sendable, (o) => o.address);
    // Each instance starts at a different chat, so several instances share the work instead of queueing.
    const addresses = [...byChat.keys()].sort();
    const offset = addresses.length > 0 ? Math.floor(Math.random() * addresses.length) : 0;
    return {
      now,
      byChat,
      order: [...addresses.slice(offset), ...addresses.slice(0, offset)],
      platformOf,
      addressOf: new Map(bindings.map((b) => [b.id, b.address])),
      stats: { due: occurrences.length, claimed: 0, sent: 0, failed: 0, ms: 0 },
      delivery: {
        app: this.app,
        claims: this.claims,
        notifiers: this.notifiers,
        settingsFor,
        dueOn,
        missed,
        chats: groupBy(bindings, (b) => b.address),
        nextMeetingAt,
        at,
        deliveryTimeoutMs: this.deliveryTimeoutMs,
      },
    };
  }

  /** Claims the plan's chats in growing batches, then the retries and expired leases, feeding the queue. */
  private async claimAll(plan: SweepPlan, queue: WorkQueue<[string, ClaimRow[]]>): Promise<void> {
    const { at } = plan.delivery;
    const chatOf = (id: number) => plan.addressOf.get(id) ?? `#${id}`;
    const enqueue = async (rows: ClaimRow[]) => {
      plan.stats.claimed += rows.length;
      if (await this.unsent.add(rows, at())) queue.push(...groupBy(rows, (r) => chatOf(r.bindingId)));
    };
    try {
      // The first batch feeds every worker at once; later ones grow, so a fan-out to a thousand chats
      // claims in a handful of commits instead of one per chat while the first messages already go out.
      let size = Math.max(1, this.concurrency);
      for (
        let i = 0;
        i < plan.order.length && !this.stopping;
        i += size, size = Math.min(size * 2, this.maxClaimBatch)
      ) {
        const groups = plan.order.slice(i, i + size).map((address) => plan.byChat.get(address)!);
        await enqueue(await this.claims.claimChats(groups, at()));
        for (const o of groups.flat()) this.known.set(o.key, o.slot);
      }
      for await (const taken of this.claims.claimRetries(at(), chatOf, this.maxClaimBatch)) {
        for (const r of taken.lost)
          this.app.logger.error({ key: r.key }, 'reminder lease expired twice; not sent again');
        await enqueue(taken.claimed);
        if (this.stopping) break;
      }
    } finally {
      queue.close();
    }
  }

  /**
   * One worker: sends each chat it takes, message by message (a chat's retries may hold several messages that
   * failed apart, and each goes out again as it first did), unless the engine is stopping or the chat's platform
   * keeps failing this sweep, in which case the claims are given back for the next sweep or another instance.
   */
  private async work(plan: SweepPlan, queue: WorkQueue<[string, ClaimRow[]]>, breaker: PlatformBreaker) {
    const { at } = plan.delivery;
    for (let next = await queue.take(); next; next = await queue.take()) {
      const [address, chat] = next;
      const platform = plan.platformOf.get(chat[0]!.bindingId) ?? '';
      for (const rows of groupBy(chat, (r) => r.message ?? '').values()) {
        if (this.stopping || breaker.isOpen(platform)) {
          await this.claims.release(
            rows.map((r) => r.id),
            at(),
          );
          this.unsent.done(rows);
          continue;
        }
        this.unsent.started(rows);
        const outcome = await deliver(plan.delivery, address, rows, plan.now).catch((err) => {
          this.app.logger.error({ err, address }, 'reminder delivery failed');
          return 'failed' as const;
        });
        this.unsent.done(rows);
        if (outcome === 'sent') plan.stats.sent++;
        if (outcome === 'failed') plan.stats.failed++;
        if (outcome === 'sent' || outcome === 'failed') breaker.record(platform, outcome === 'sent');
        if (breaker.isOpen(platform) && outcome === 'failed')
          this.app.logger.warn({ platform }, 'sends keep failing; this sweep leaves the platform alone');
      }
    }
  }

  /**
   * Lets the sweep in progress finish the sends already started, for `graceMs` at most; then every claim it has
   * not sent, a send still hanging included, is given back, so another instance (or the next start) sends it at
   * once rather than after its lease. Returns when that is recorded.
   */
  async stop(graceMs = this.stopGraceMs): Promise<void> {
    this.stopping = true;
    if (!this.running) return;
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((r) => {
      timer = setTimeout(r, graceMs);
    });
    await Promise.race([this.running.catch(() => {}), grace]);
    clearTimeout(timer);
    await this.unsent.giveBack(this.app.clock.now());
  }
}
