// Sends one chat's claimed occurrences as one message and records the outcome.
import type { App } from '../src/app.js';
import { civilDate } from '../src/core/calendar.js';
import { withDeadline } from '../src/core/deadline.js';
import { MESSAGES } from '../src/core/i18n.js';
import type { ResolutionView } from '../src/core/ports.js';
import type { ReminderBinding } from '../src/core/schedule/occurrences.js';
import type { Attachment, Notifier } from '../src/core/types.js';
import type { ClaimRow, ReminderClaims } from '../src/db/reminders.js';
import { type ComposeContext, composeReminder } from './compose.js';

export interface DeliverContext extends ComposeContext {
  app: Pick<App, 'db' | 'store' | 'config' | 'logger' | 'outbox'> & Partial<Pick<App, 'evidence'>>;
  claims: ReminderClaims;
  notifiers: ReadonlyMap<string, Notifier>;
  /** Every active binding, by chat address. */
  chats: ReadonlyMap<string, ReminderBinding[]>;
  /** The instant now, as the sweep's clock has moved on since it began. */
  at(): Date;
  /** The longest one chat's message may take to send, all parts and retries included. */
  deliveryTimeoutMs: number;
}

export type Outcome = 'sent' | 'failed' | 'skipped' | 'none';

export async function deliver(ctx: DeliverContext, address: string, claimed: ClaimRow[], now: Date): Promise<Outcome> {
  const { app, claims } = ctx;
  const bindings = ctx.chats.get(address) ?? [];
  const chat = bindings[0];
  const notifier = chat ? ctx.notifiers.get(chat.platform) : undefined;
  if (!chat || !notifier) {
    // The chat was unlinked (or its platform is not running) since the claim.
    await claims.markSkipped(claimed.map((r) => r.id));
    return 'skipped';
  }
  const held = await claims.hold(claimed, ctx.at());
  const rows = claimed.filter((r) => held.has(r.id));
  if (rows.length === 0) return 'none';
  const { reply, allItems } = await composeReminder(ctx, bindings, rows, now);
  const ids = rows.map((r) => r.id);
  if (!reply) {
    await claims.markSkipped(ids);
    return 'skipped';
  }
  // A message keeps its key on every try, whatever else is retried with it: a sender that de-duplicates (Safir)
  // sends it once. Claims from before messages were recorded keep the key they were first sent under.
  reply.key =
    rows[0]!.message ??
    rows
      .map((r) => r.key)
      .sort()
      .join('\n');
  if (allItems && allItems.length > 0) {
    // The digest matters more than its files: one that cannot be made is logged, not retried.
    const files = await Promise.all([
      preMeetingChart(ctx, allItems, now).catch((err) => {
        app.logger.error({ err }, 'the pre-meeting chart could not be drawn');
        return null;
      }),
      preMeetingFollowup(ctx, allItems, now).catch((err) => {
        app.logger.error({ err }, 'the pre-meeting follow-up report could not be written');
        return null;
      }),
    ]);
    const attached = files.filter((f): f is Attachment => f !== null);
    if (attached.length > 0) reply.attachments = attached;
  }
  try {
    const target = { platform: chat.platform, chatId: chat.chatId, threadId: chat.threadId || undefined };
    await withDeadline(notifier.send(target, reply), ctx.deliveryTimeoutMs, `sending to ${address}`);
  } catch (err) {
    const message = (err as Error).message ?? String(err);
    const dead = await claims.markFailed(rows, ctx.at(), message.slice(0, 500));
    app.logger.warn({ err, address, attempts: rows[0]?.attempts }, 'reminder send failed');
    if (dead.length > 0) await reportGiveUp(ctx, address, dead);
    return 'failed';
  }
  // The notifier has recorded what it sent (Notifier contract), so buttons and replies find the items.
  await claims.markSent(ids, ctx.at());
  return 'sent';
}

/** After the last try: logged, and told to the chair's chats (best effort, not retried). */
async function reportGiveUp(ctx: DeliverContext, address: string, dead: ClaimRow[]): Promise<void> {
  const { app } = ctx;
  const attempts = Math.max(...dead.map((r) => r.attempts));
  app.logger.error({ address, keys: dead.map((r) => r.key), attempts }, 'reminder given up after the last try');
  // The chair knows committees and group names, not platform addresses.
  const bindings = ctx.chats.get(address) ?? [];
  const committees = [...new Set(bindings.map((b) => b.ownerName).filter((n): n is string => !!n))].join('، ');
  const chat = bindings.find((b) => b.title)?.title ?? address;
  const text = MESSAGES[app.outbox.languageFor()].remind.gaveUp(committees, chat, attempts);
  // Not to the chat that failed (when it is the chair's own), and no longer than a delivery may take.
  await app.outbox.reportToChair(
    { blocks: [{ type: 'text', text }], kind: 'reminder-failed' },
    { except: address, timeoutMs: ctx.deliveryTimeoutMs },
  );
}

/** The progress chart the chair reads with the pre-meeting digest (loaded on demand: it is heavy). */
async function preMeetingChart(ctx: DeliverContext, all: ResolutionView[], now: Date): Promise<Attachment> {
  const { renderStatusChart } = await import('../src/reports/chart.js');
  const lang = ctx.app.outbox.languageFor();
  const today = civilDate(now, ctx.app.config.COUNCIL_TIMEZONE);
  return {
    name: `peygir-chart-${today}.png`,
    mime: 'image/png',
    data: await renderStatusChart(all, today, lang),
    caption: MESSAGES[lang].chartCaption,
  };
}

/**
 * The follow-up report «گزارش پیگیری مصوبات» (.docx) the chair brings to the meeting: the digest's items, with
 * each owner's status, progress and notes (loaded on demand, as the chart is).
 */
async function preMeetingFollowup(ctx: DeliverContext, all: ResolutionView[], now: Date): Promise<Attachment> {
  const { app } = ctx;
  const [{ followupAttachment, letterheadNote }, { reportRows }] = await Promise.all([
    import('../src/reports/followup.js'),
    import('../src/reports/data.js'),
  ]);
  const today = civilDate(now, app.config.COUNCIL_TIMEZONE);
  const lang = app.outbox.languageFor();
  const { file, imageLeftOut } = await followupAttachment(
    app.store,
    await reportRows(app.store, all, today, {}, app.evidence),
    {
      lang,
      timeZone: app.config.COUNCIL_TIMEZONE,
      today,
      labels: [],
      letterhead: { text: app.config.REPORT_LETTERHEAD, image: app.config.REPORT_LETTERHEAD_IMAGE },
      log: app.logger,
    },
  );
  // Made without its letterhead image (removed or replaced since start-up): its caption says so.
  return imageLeftOut ? { ...file, caption: `${file.caption}\n${letterheadNote(imageLeftOut, lang)}` } : file;
}
