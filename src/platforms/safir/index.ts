// Bale's Safir as a send-only messenger: started when SAFIR_API_KEY and SAFIR_BOT_ID are set; it receives
// nothing and serves no endpoint, and sends only to owners whose phone number is their one way in.
import type { App } from '../../app.js';
import type { RunningPlatform } from '../index.js';
import { SafirClient } from './client.js';
import { SafirNotifier } from './notifier.js';

export function safirClient(app: Pick<App, 'config'>): SafirClient {
  const c = app.config;
  return new SafirClient({
    apiUrl: c.SAFIR_API_URL,
    apiKey: c.SAFIR_API_KEY!,
    botId: c.SAFIR_BOT_ID!,
    perMinute: c.SAFIR_PER_MINUTE,
  });
}

export function startSafir(app: App): RunningPlatform {
  const messenger = new SafirNotifier(safirClient(app), app.outbox);
  return { name: 'safir', messengers: [messenger], sendOnly: true, stop: async () => {} };
}
