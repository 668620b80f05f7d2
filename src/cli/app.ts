// Opening the configured database for one CLI command.
import { type App, createApp } from '../app.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';

export async function withApp<T>(fn: (app: App) => Promise<T>): Promise<T> {
  const config = loadConfig();
  // A person waits for the running bot's write lock longer than the bot itself would.
  const app = await createApp(config, createLogger(config.LOG_LEVEL), {
    busyTimeoutMs: config.SQLITE_WAIT_SECONDS * 1000,
  });
  try {
    return await fn(app);
  } finally {
    await app.close();
  }
}
