// Starts peygir: the one HTTP listener (desk, webhooks, Slack events), every configured chat platform, the
// reminder jobs, or — with no chat token — the console chat on the embedded database with the sample minutes.
import { type Jobs, startJobs } from '../jobs/index.js';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import type { Notifier } from './core/types.js';
import { DatabaseError } from './db/client.js';
import { deskRoutes } from './desk/app.js';
import { createHttpServer, HttpPortError, type ListeningHttp } from './http/server.js';
import { createLogger } from './logger.js';
import { ConsoleNotifier, runConsole } from './platforms/console.js';
import { PLATFORM_STARTERS, type RunningPlatform } from './platforms/index.js';
import { seedSampleMinutes } from './sample.js';

function parseArgs(argv: string[]) {
  const chat = argv.indexOf('--chat');
  return { chat: chat >= 0 ? (argv[chat + 1] ?? 'console') : 'console' };
}

async function main(): Promise<void> {
  try {
    process.loadEnvFile();
  } catch {
    // No .env file: the environment alone configures peygir.
  }
  const config = loadConfig();
  const interactive = process.stdin.isTTY === true;
  const logger = createLogger(interactive ? 'warn' : config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL);
  const app = await createApp(config, logger, { lock: true });
  const http = createHttpServer(logger);
  const running: RunningPlatform[] = [];
  let listening: ListeningHttp | undefined;

  let jobs: Jobs | null = null;
  const startReminders = (notifiers: Notifier[]) => {
    if (config.REMINDERS_ENABLED) jobs = startJobs(app, notifiers);
  };
  let stopping = false;
  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    await jobs?.stop().catch((err) => logger.error({ err }, 'stopping the reminder jobs failed'));
    for (const p of running) await p.stop().catch((err) => logger.error({ err }, `stopping ${p.name} failed`));
    await listening?.close();
    await app.close();
    process.exit(code);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());

  try {
    for (const start of PLATFORM_STARTERS) {
      const platform = await start(app, http);
      if (platform) running.push(platform);
    }
    http.mount('/desk', deskRoutes(app));
    listening = await http.listen(config.HTTP_PORT, config.HTTP_HOST);
  } catch (err) {
    for (const p of running) await p.stop().catch(() => undefined);
    await app.close();
    throw err;
  }
  app.desk.links.listeningAt(listening.url);
  const deskUrl = `${(config.DESK_PUBLIC_URL ?? listening.url).replace(/\/+$/, '')}/desk`;

  if (running.length > 0) {
    startReminders(running.flatMap((p) => p.notifiers));
    logger.info(
      { platforms: running.map((p) => p.name), database: app.db.location, http: listening.url },
      'peygir is running',
    );
    return;
  }

  const seeded = await seedSampleMinutes(app);
  const say = (s: string) => process.stdout.write(`${s}\n`);
  say(
    `peygir console chat «${parseArgs(process.argv).chat}» (database: ${app.db.location}${seeded ? ', sample minutes imported' : ''}). ` +
      'To connect Telegram, set TELEGRAM_BOT_TOKEN in .env (see .env.example). Type /help; /press done 3 presses a button; /quit leaves.',
  );
  say(`Desk: ${deskUrl} — sign-in link: npm run --silent peygir -- desk-link`);
  startReminders([new ConsoleNotifier(process.stdout, config.LANGUAGE)]);
  await runConsole(app.dispatcher(), {
    chat: parseArgs(process.argv).chat,
    user: process.env.USER ?? 'console',
    language: config.LANGUAGE,
    input: process.stdin,
    output: process.stdout,
    interactive,
  });
  await stop(0);
}

main().catch((err) => {
  if (err instanceof ConfigError || err instanceof DatabaseError || err instanceof HttpPortError) {
    process.stderr.write(`peygir: ${err.message}\n`);
  } else {
    process.stderr.write(`peygir: could not start: ${(err as Error).message}\n`);
  }
  process.exit(1);
});
