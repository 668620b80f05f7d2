// peygir doctor's checks against the messengers' APIs: each token (getMe, auth.test) and the webhook each
// messenger has registered. The servers' Date headers are collected for the clock check.
import type { Config } from '../config.js';
import type { Check } from './doctor.js';

const TIMEOUT_MS = 10_000;

interface Probe {
  json: Record<string, unknown>;
  /** The server's clock, from its Date header. */
  date: number | null;
}

async function call(url: string, init: RequestInit = {}): Promise<Probe> {
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  const date = res.headers.get('date');
  return { json: (await res.json()) as Record<string, unknown>, date: date ? Date.parse(date) : null };
}

export async function messengerChecks(config: Config, clocks: number[]): Promise<Check[]> {
  const out: Check[] = [];
  // Loaded here, so the other CLI commands do not carry grammY.
  const { TELEGRAM_API_ROOT } = await import('../platforms/telegram/bot.js');
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
  if (config.SLACK_BOT_TOKEN) {
    const root = (config.SLACK_API_URL ?? 'https://slack.com/api/').replace(/\/*$/, '/');
    try {
      const auth = await call(`${root}auth.test`, {
        method: 'POST',
        headers: { authorization: `Bearer ${config.SLACK_BOT_TOKEN}` },
      });
      if (auth.date) clocks.push(auth.date);
      out.push(
        auth.json.ok
          ? { name: 'slack token', verdict: 'ok', detail: `${auth.json.team} as ${auth.json.user}` }
          : {
              name: 'slack token',
              verdict: 'fail',
              detail: String(auth.json.error),
              fix: 'reinstall the Slack app and copy its Bot User OAuth Token into SLACK_BOT_TOKEN',
            },
      );
    } catch (err) {
      out.push({
        name: 'slack token',
        verdict: 'fail',
        detail: `cannot reach ${root}: ${(err as Error).message}`,
        fix: 'check the network, or SLACK_API_URL',
      });
    }
  }
  return out;
}
