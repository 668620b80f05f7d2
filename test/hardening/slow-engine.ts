// A child process for the shutdown test: the reminder engine on DATABASE_URL with a notifier whose sends take
// 300 ms, stopped the way main.ts stops on SIGTERM. Prints "sending" at the first send and its stats at exit.
import { ReminderEngine } from '../../jobs/send-due-reminders.js';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import type { Notifier, SendTarget, SentRef } from '../../src/core/types.js';
import { chatAddress } from '../../src/core/types.js';
import { createLogger } from '../../src/logger.js';

let sent = 0;
const notifier: Notifier = {
  platform: 'console',
  async send(target: SendTarget): Promise<SentRef[]> {
    if (sent === 0) process.stdout.write('sending\n');
    await new Promise((r) => setTimeout(r, 300));
    sent++;
    return [{ address: chatAddress(target), messageId: String(sent) }];
  },
};

const app = await createApp(loadConfig(), createLogger('silent'), { lock: true });
const engine = new ReminderEngine(app, [notifier], { instanceId: 'child', concurrency: 2 });
process.on('SIGTERM', async () => {
  await engine.stop();
  await app.close();
  process.stdout.write(`${JSON.stringify({ sent })}\n`);
  process.exit(0);
});
await engine.sweep(new Date(process.env.SWEEP_AT!));
