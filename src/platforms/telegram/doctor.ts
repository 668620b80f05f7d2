// peygir doctor's checks of the Bot API messengers: each token (getMe) and the webhook it has registered. Read
// with fetch alone, so the doctor does not load grammY.
import type { Config } from '../../config.js';
import type { Check } from '../../ops/check.js';
import { probe as call } from '../probe.js';
import { TELEGRAM_API_ROOT } from './info.js';

export async function botApiChecks(config: Config, clocks: number[]): Promise<Check[]> {
  const out: Check[] = [];
  const messengers = [
    { name: 'telegram', token: config.TELEGRAM_BOT_TOKEN, root: config.TELEGRAM_API_ROOT ?? TELEGRAM_API_ROOT },
    { name: 'bale', token: config.BALE_BOT_TOKEN, root: config.BALE_API_ROOT },
  ];
  for (const m of messengers) {
    if (!m.token) continue;
    const base = `${m.root.replace(/\/+$/, '')}/bot${m.token}`;
    try {
      const me = await call(`${base}/getMe`);
      if (me.date) clocks.push(me.date);
      if (!me.json.ok) {
        const fix = `the token was refused: copy it again from the BotFather in ${m.name} into ${m.name.toUpperCase()}_BOT_TOKEN`;
        out.push({ name: `${m.name} token`, verdict: 'fail', detail: String(me.json.description), fix });
        continue;
      }
      const username = (me.json.result as { username?: string }).username;
      out.push({ name: `${m.name} token`, verdict: 'ok', detail: `@${username}` });
      const info = await call(`${base}/getWebhookInfo`);
      const url = String((info.json.result as { url?: string } | undefined)?.url ?? '');
      const lastError = (info.json.result as { last_error_message?: string } | undefined)?.last_error_message;
      const wanted = config.WEBHOOK_PUBLIC_URL ? `${config.WEBHOOK_PUBLIC_URL.replace(/\/+$/, '')}/${m.name}` : '';
      if (!info.json.ok) {
        out.push({
          name: `${m.name} webhook`,
          verdict: 'warn',
          detail: String(info.json.description),
          fix: 'retry later',
        });
      } else if (url === wanted) {
        const detail = wanted
          ? `registered at ${wanted}${lastError ? `; last error: ${lastError}` : ''}`
          : 'none (polling)';
        const verdict = lastError ? 'warn' : 'ok';
        out.push({
          name: `${m.name} webhook`,
          verdict,
          detail,
          fix: lastError ? 'check the reverse proxy and TLS in front of WEBHOOK_PORT' : undefined,
        });
      } else {
        const detail = `registered at "${url || 'nothing'}", expected "${wanted || 'nothing (polling)'}"`;
        out.push({
          name: `${m.name} webhook`,
          verdict: 'warn',
          detail,
          fix: 'start peygir once: it registers (or removes) the webhook itself',
        });
      }
    } catch (err) {
      const detail = `cannot reach ${m.root}: ${(err as Error).message}`;
      out.push({
        name: `${m.name} token`,
        verdict: 'fail',
        detail,
        fix: `check the network, or ${m.name.toUpperCase()}_API_ROOT`,
      });
    }
  }
  return out;
}
