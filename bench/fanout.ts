// Fan-out: one reminder to each of many Telegram chats, through the real path (ReminderEngine sweep →
// TelegramNotifier → grammY with the throttler and auto-retry) to a local Bot API that enforces the flood
// limit the throttler is built for (its documented default: 30 messages per second overall) and answers 429
// above it. The limit imposes a minimum time of messages / rate; the figure is the sweep's time against it.
import { ReminderEngine } from '../jobs/send-due-reminders.js';
import { createBot } from '../src/platforms/telegram/bot.js';
import { messengerDeps } from '../src/platforms/telegram/start.js';
import { type Figure, plain } from './figure.js';
import { BOT_INFO, freshApp, round } from './fixture.js';
import { startRateLimitedApi } from './rate-limited-api.js';

/** grammY's apiThrottler default for all chats together. */
export const THROTTLER_GLOBAL_PER_SECOND = 30;
const NOW = new Date('2025-01-05T05:31:00Z');
const TODAY = '2025-01-05';

export interface FanoutResult {
  chats: number;
  sent: number;
  tooMany: number;
  seconds: number;
  /** From the sweep's start to the first message: computing and claiming. */
  firstSendSeconds: number;
  minimumSeconds: number;
}

export async function benchFanout(chats: number): Promise<FanoutResult> {
  const app = await freshApp('sqlite', { REMINDER_CATCHUP_HOURS: '0' });
  const api = await startRateLimitedApi(THROTTLER_GLOBAL_PER_SECOND);
  try {
    const prisma = app.db.prisma;
    const councilId = app.councilId;
    const meeting = await prisma.meeting.create({ data: { councilId, key: 'fan', number: '1', sourceText: '-' } });
    await prisma.owner.createMany({
      data: Array.from({ length: chats }, (_, c) => ({ councilId, name: `committee ${c}` })),
    });
    const owners = await prisma.owner.findMany({ orderBy: { id: 'asc' }, select: { id: true } });
    await prisma.resolution.createMany({
      data: owners.map((_, c) => ({
        councilId,
        meetingId: meeting.id,
        row: c + 1,
        publicNumber: c + 1,
        text: `item ${c}`,
        dueDate: TODAY,
      })),
    });
    const items = await prisma.resolution.findMany({ orderBy: { id: 'asc' }, select: { id: true } });
    await prisma.assignment.createMany({ data: items.map((r, c) => ({ resolutionId: r.id, ownerId: owners[c]!.id })) });
    await prisma.chatBinding.createMany({
      data: owners.map((o, c) => ({
        councilId,
        address: `telegram:${-1_000_000 - c}`,
        platform: 'telegram',
        chatId: String(-1_000_000 - c),
        role: 'committee',
        ownerId: o.id,
        target: `owner:${o.id}`,
      })),
    });
    // Flood control on, exactly as in production: the throttler's defaults and auto-retry.
    const { notifier } = createBot(
      { token: '1:FAN', apiRoot: api.url, botInfo: BOT_INFO },
      messengerDeps(app, 'telegram'),
    );
    const engine = new ReminderEngine(app, [notifier], { instanceId: 'bench' });
    const started = performance.now();
    const stats = await engine.sweep(NOW);
    const seconds = (performance.now() - started) / 1000;
    if (stats.sent !== chats) throw new Error(`fan-out sent ${stats.sent} of ${chats}`);
    return {
      chats,
      sent: api.sent,
      tooMany: api.tooMany,
      seconds,
      firstSendSeconds: (api.firstAt - started) / 1000,
      minimumSeconds: chats / THROTTLER_GLOBAL_PER_SECOND,
    };
  } finally {
    await api.close();
    await app.cleanup();
  }
}

export const fanoutFigure: Figure = {
  name: 'fanout',
  async run(quick) {
    const f = await benchFanout(Number(process.env.BENCH_FANOUT_CHATS ?? (quick ? 300 : 1000)));
    return {
      rows: [
        [
          `fan-out to ${f.chats} chats (30 msg/s)`,
          `${round(f.seconds, 1)} s`,
          `minimum ${round(f.minimumSeconds, 1)} s`,
          `${f.tooMany} × 429, first send ${round(f.firstSendSeconds, 1)} s`,
        ],
      ],
      values: [plain('fanoutVsLimit', f.seconds / f.minimumSeconds), plain('fanout429s', f.tooMany)],
    };
  },
};
