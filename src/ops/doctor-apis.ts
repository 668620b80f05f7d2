// peygir doctor's checks against the messengers' APIs: each messenger of the registry checks its own tokens and
// webhooks. The servers' Date headers are collected for the clock check.
import type { Config } from '../config.js';
import { MESSENGERS } from '../platforms/index.js';
import type { Check } from './check.js';

export async function messengerChecks(config: Config, clocks: number[]): Promise<Check[]> {
  const out: Check[] = [];
  for (const m of MESSENGERS) out.push(...((await m.doctor?.(config, clocks)) ?? []));
  return out;
}
