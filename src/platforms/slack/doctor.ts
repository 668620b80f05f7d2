// peygir doctor's check of the Slack token (auth.test), read with fetch alone.
import type { Config } from '../../config.js';
import type { Check } from '../../ops/check.js';
import { probe as call } from '../probe.js';

export async function slackChecks(config: Config, clocks: number[]): Promise<Check[]> {
  const out: Check[] = [];
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
