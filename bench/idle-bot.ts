// A child process for the idle-memory figure: `peygir` starts the App, the Telegram bot (long polling the
// fake Bot API at BENCH_API_ROOT) and the reminder jobs, the way `npm start` does; `bare` starts a grammY bot
// that only replies. After a quiet while it prints its resident set size as JSON and keeps idling until killed.
import { join } from 'node:path';
import { Bot } from 'grammy';

const kind = process.argv[2];
const apiRoot = process.env.BENCH_API_ROOT!;
const IDLE_MS = 2000;

if (kind === 'bare') {
  const bot = new Bot('2:BARE', { client: { apiRoot } });
  bot.on('message', (ctx) => ctx.reply('ok'));
  void bot.start();
} else {
  const { createApp } = await import('../src/app.js');
  const { loadConfig } = await import('../src/config.js');
  const { createLogger } = await import('../src/logger.js');
  const { startMessengers } = await import('../src/platforms/telegram/start.js');
  const { startJobs } = await import('../jobs/index.js');
  const { createHttpServer } = await import('../src/http/server.js');
  // The parent owns the folder and removes it: this process is killed, not stopped.
  const dir = process.env.BENCH_DIR!;
  const config = loadConfig({
    DATABASE_URL: `file:${join(dir, 'idle.db')}`,
    TELEGRAM_BOT_TOKEN: '1:IDLE',
    TELEGRAM_API_ROOT: apiRoot,
  });
  const app = await createApp(config, createLogger('silent'), { lock: true });
  const running = await startMessengers(app, createHttpServer());
  startJobs(app, running?.messengers ?? []);
}

await new Promise((r) => setTimeout(r, IDLE_MS));
(globalThis as { gc?: () => void }).gc?.();
await new Promise((r) => setTimeout(r, 200));
process.stdout.write(`${JSON.stringify({ rss: process.memoryUsage().rss })}\n`);
