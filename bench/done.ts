// The full `/done N` path (update → auth → database write → history → reply) through grammY's handleUpdate on
// the real Telegram adapter, against a bare grammY bot that only replies. Both bots get the same in-process
// Bot API, so the difference is peygir's own work. /done N and /undo alternate, so every operation changes a
// status and appends a history event.
import { Bot } from 'grammy';
import type { Update } from 'grammy/types';
import { importMinutes } from '../src/db/import.js';
import type { ParsedMinutes } from '../src/minutes/types.js';
import { createBot } from '../src/platforms/telegram/bot.js';
import { messengerDeps } from '../src/platforms/telegram/start.js';
import { BOT_INFO, botApiResult, freshApp, percentile, settle } from './fixture.js';

const CHAT = { id: -555, type: 'group' as const, title: 'کمیته فاوا' };
const USER = { id: 42, is_bot: false, first_name: 'علی', language_code: 'fa' };
const ITEMS = 50;

export interface DoneResult {
  opsPerSec: number;
  p50Ms: number;
  p99Ms: number;
  bareOpsPerSec: number;
  bareP50Ms: number;
  bareP99Ms: number;
  statusEvents: number;
}

type Handle = (u: Update) => Promise<void>;

function withLocalApi(bot: Bot): Bot {
  bot.api.config.use(async (_prev, method, payload) => ({
    ok: true as const,
    result: botApiResult(method, (payload ?? {}) as Record<string, unknown>) as never,
  }));
  return bot;
}

let updateId = 1;
function command(text: string): Update {
  const word = /^\/\S+/.exec(text)![0];
  return {
    update_id: updateId++,
    message: {
      message_id: updateId,
      date: 1,
      chat: CHAT,
      from: USER,
      text,
      entities: [{ type: 'bot_command', offset: 0, length: word.length }],
    },
  } as Update;
}

/** Operation i: `/done n` on even i, `/undo` (which reopens n) on odd i. */
const textOf = (i: number) => (i % 2 === 0 ? `/done ${(Math.floor(i / 2) % ITEMS) + 1}` : '/undo');

/** Runs `count` operations starting at `from`; returns each one's latency in ms. */
async function batch(handle: Handle, from: number, count: number, out: number[]): Promise<number> {
  const started = performance.now();
  for (let i = from; i < from + count; i++) {
    const t = performance.now();
    await handle(command(textOf(i)));
    out.push(performance.now() - t);
  }
  return performance.now() - started;
}

const minutes: ParsedMinutes = {
  meeting: {
    number: '55',
    date: '1401-07-25',
    calendar: 'jalali',
    gregorianDate: '2022-10-17',
    chair: null,
    secretary: null,
    startTime: null,
    endTime: null,
  },
  resolutions: Array.from({ length: ITEMS }, (_, i) => ({
    number: i + 1,
    text: `مقرر شد گزارش شماره ${i + 1} تهیه شود.`,
    owners: ['کمیته فاوا'],
    deadline: null,
    dueDate: null,
  })),
  warnings: [],
};

export interface DoneOptions {
  ops: number;
  rounds: number;
  warmup: number;
  /** A diagnostic run without waiting for the disk (`PRAGMA synchronous = NORMAL`), to separate fsync from CPU. */
  synchronous?: 'NORMAL';
}

export async function benchDone(opts: DoneOptions): Promise<DoneResult> {
  const app = await freshApp('sqlite');
  try {
    if (opts.synchronous) await app.db.prisma.$queryRawUnsafe(`PRAGMA synchronous = ${opts.synchronous}`);
    const actor = { platform: 'console' as const, userId: 'bench', name: 'bench' };
    await importMinutes(app.db.prisma, app.councilId, minutes, { text: 'bench' }, actor);
    const owner = await app.store.findOwner('کمیته فاوا');
    const address = `telegram:${CHAT.id}`;
    await app.store.bind({
      address,
      platform: 'telegram',
      chatId: String(CHAT.id),
      role: 'committee',
      ownerId: owner!.id,
      createdBy: 'bench',
    });
    const peygir = createBot(
      { token: '1:BENCH', botInfo: BOT_INFO, floodControl: false },
      messengerDeps(app, 'telegram'),
    );
    withLocalApi(peygir.bot);
    const bare = withLocalApi(new Bot('1:BARE', { botInfo: BOT_INFO }));
    bare.command(['done', 'undo'], (ctx) => ctx.reply(`ok ${ctx.match}`));
    const handlers: Record<'peygir' | 'bare', Handle> = {
      peygir: (u) => peygir.bot.handleUpdate(u),
      bare: (u) => bare.handleUpdate(u),
    };
    const eventsBefore = await app.db.prisma.statusEvent.count();
    // Warm-up (JIT, prepared statements), then rounds that alternate the two bots so load on the machine
    // falls on both alike.
    for (const h of Object.values(handlers)) await batch(h, 0, opts.warmup, []);
    let next = opts.warmup;
    const lat = { peygir: [] as number[], bare: [] as number[] };
    const time = { peygir: 0, bare: 0 };
    const per = Math.ceil(opts.ops / opts.rounds / 2) * 2;
    for (let r = 0; r < opts.rounds; r++) {
      for (const name of ['peygir', 'bare'] as const) {
        settle();
        time[name] += await batch(handlers[name], next, per, lat[name]);
      }
      next += per;
    }
    const events = (await app.db.prisma.statusEvent.count()) - eventsBefore;
    // Only the /done operations count for the latency figures (/undo is the same kind of write).
    const doneOnly = (xs: number[]) => xs.filter((_, i) => i % 2 === 0).sort((a, b) => a - b);
    const p = doneOnly(lat.peygir);
    const b = doneOnly(lat.bare);
    return {
      opsPerSec: (lat.peygir.length / time.peygir) * 1000,
      p50Ms: percentile(p, 50),
      p99Ms: percentile(p, 99),
      bareOpsPerSec: (lat.bare.length / time.bare) * 1000,
      bareP50Ms: percentile(b, 50),
      bareP99Ms: percentile(b, 99),
      statusEvents: events,
    };
  } finally {
    await app.cleanup();
  }
}
