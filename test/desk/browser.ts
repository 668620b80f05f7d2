// Finding a Chromium for the browser tests: CHROMIUM_PATH, then Debian's /usr/bin/chromium. Playwright's
// own browser download cannot work offline, so playwright-core drives the system's.
import { existsSync } from 'node:fs';

export function chromiumPath(): string | null {
  for (const p of [process.env.CHROMIUM_PATH, '/usr/bin/chromium']) if (p && existsSync(p)) return p;
  return null;
}

const found = chromiumPath();
if (!found) {
  if (process.env.CI) throw new Error('CI must run the browser tests: install chromium or set CHROMIUM_PATH');
  process.stderr.write('desk browser tests SKIPPED: no Chromium (set CHROMIUM_PATH or apt-get install chromium)\n');
}
export const CHROMIUM = found;
