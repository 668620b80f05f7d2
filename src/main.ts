// Starts peygir: the one HTTP listener (desk, webhooks, Slack events, health), every configured chat platform,
// the reminder jobs, or — with no chat token — the console chat on the embedded database with the sample minutes.
// What is not needed to answer the first message (the desk, the reminder engine, backups, the console) is imported
// when it is first used, after the bot is up: start-up time and idle memory pay only for what runs.
import type { BackupJob } from '../jobs/daily-backup.js';
import type { Jobs } from '../jobs/index.js';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import type { Notifier } from './core/types.js';
import { DatabaseError, sqliteDriverError } from './db/client.js';
import { healthRoutes } from './http/health.js';
import { lazyRoutes } from './http/lazy.js';
import { createHttpServer, HttpPortError, type ListeningHttp } from './http/server.js';
import { createLogger } from './logger.js';
import { appReadiness } from './ops/readiness.js';
import { startupLine } from './ops/startup-log.js';
import { type RunningPlatform, startPlatforms } from './platforms/index.js';

/** How long stopping may take after SIGTERM or Ctrl-C before the process leaves anyway. */
const STOP_GRACE_MS = 9_000;
/**
 * What the reminder sends in flight get of it: the rest is for giving back the claims not sent (a hung send's
 * too) and closing, so that they are given back before the forced exit, not left to wait out their lease.
 */
const SEND_GRACE_MS = 5_000;

function parseArgs(argv: string[]) {
  const chat = argv.indexOf('--chat');
  const out = argv.indexOf('--out');
  return { chat: chat >= 0 ? (argv[chat + 1] ?? 'console') : 'console', outDir: out >= 0 ? argv[out + 1] : undefined };
}

async function main(): Promise<void> {
  try {
    process.loadEnvFile();
  } catch {
    // No .env file: the environment alone configures peygir.
  }
  const config = loadConfig();
  const interactive = process.stdin.isTTY === true;
  const logger = createLogger(config.LOG_LEVEL);
  const app = await createApp(config, logger, { lock: true });
  const http = createHttpServer(logger);
  const running: RunningPlatform[] = [];
  let listening: ListeningHttp | undefined;

  let backups: Promise<BackupJob | null> | null = null;
  let jobs: Promise<Jobs | null> | null = null;
  const failed = (what: string) => (err: unknown) => {
    logger.error({ err }, `${what} could not start`);
    return null;
  };
  const startBackground = (notifiers: Notifier[]) => {
    if (config.BACKUP_KEEP > 0) {
      backups = import('../jobs/daily-backup.js').then(
        ({ startDailyBackups }) => startDailyBackups(app),
        failed('the daily backup'),
      );
    }
    if (config.REMINDERS_ENABLED) {
      jobs = import('../jobs/index.js').then(({ startJobs }) => startJobs(app, notifiers), failed('the reminder jobs'));
    }
  };
  let stopping = false;
  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    // A send or a messenger that hangs must not keep a service manager waiting: leave within 10 s regardless.
    setTimeout(() => {
      logger.warn('stopping took too long; leaving now');
      process.exit(code);
    }, STOP_GRACE_MS).unref();
    await (await jobs)?.stop(SEND_GRACE_MS).catch((err) => logger.error({ err }, 'stopping the reminder jobs failed'));
    await (await backups)?.stop().catch((err) => logger.error({ err }, 'stopping the daily backup failed'));
    for (const p of running) await p.stop().catch((err) => logger.error({ err }, `stopping ${p.name} failed`));
    await listening?.close();
    await app.close();
    process.exit(code);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
  // Started by npm or another supervisor that died without passing the signal on: no orphan keeps polling.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent) void stop();
  }, 2000).unref();

  try {
    running.push(...(await startPlatforms(app, http)));
    http.mount('/', healthRoutes(appReadiness(app)));
    http.mount(
      '/desk',
      lazyRoutes('/desk', async () => (await import('./desk/app.js')).deskRoutes(app)),
    );
    listening = await http.listen(config.HTTP_PORT, config.HTTP_HOST);
  } catch (err) {
    for (const p of running) await p.stop().catch(() => undefined);
    await app.close();
    throw err;
  }
  app.desk.links.listeningAt(listening.url);
  const deskUrl = `${(config.DESK_PUBLIC_URL ?? listening.url).replace(/\/+$/, '')}/desk`;

  const platforms = running.map((p) => p.name);
  // The console chat prints its own human line instead; the operator's line is for a bot.
  const chatting = running.some((p) => !p.sendOnly);
  logger[chatting ? 'info' : 'debug'](
    startupLine(config, { database: app.db.location, platforms, deskUrl }),
    'peygir started',
  );
  if (chatting) {
    startBackground(running.flatMap((p) => p.messengers));
    return;
  }

  const [{ seedSampleMinutes }, { ConsoleNotifier, runConsole }] = await Promise.all([
    import('./sample.js'),
    import('./platforms/console.js'),
  ]);
  const seeded = await seedSampleMinutes(app);
  const say = (s: string) => process.stdout.write(`${s}\n`);
  say(
    `peygir console chat «${parseArgs(process.argv).chat}» (database: ${app.db.location}${seeded ? ', sample minutes imported' : ''}). ` +
      'To connect Telegram, set TELEGRAM_BOT_TOKEN in .env (see .env.example). Type /help; /press done 3 presses a button; /quit leaves.',
  );
  say(`Desk: ${deskUrl} — sign-in link: npm run --silent peygir -- desk-link`);
  const outDir = parseArgs(process.argv).outDir ?? process.cwd();
  const notifier = new ConsoleNotifier(process.stdout, app.outbox, outDir);
  app.outbox.register(notifier);
  startBackground([notifier, ...running.flatMap((p) => p.messengers)]);
  await runConsole(app.dispatcher(), {
    chat: parseArgs(process.argv).chat,
    user: process.env.USER ?? 'console',
    language: config.LANGUAGE,
    input: process.stdin,
    output: process.stdout,
    interactive,
    outDir,
    outbox: app.outbox,
  });
  await stop(0);
}

main().catch((thrown) => {
  const err = sqliteDriverError(thrown) ?? thrown;
  if (err instanceof ConfigError || err instanceof DatabaseError || err instanceof HttpPortError) {
    process.stderr.write(`peygir: ${err.message}\n`);
  } else {
    process.stderr.write(`peygir: could not start: ${(err as Error).message}\n`);
  }
  process.exit(1);
});
