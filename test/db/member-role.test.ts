// A chat role lives in the configuration: restarted without a person in SECRETARY_IDS, their next message
// finds them without the role, and the stored member says so too (it used to keep «secretary» for ever).
import { afterEach, expect, it } from 'vitest';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { type FreshDatabase, freshDatabase } from '../helpers/db.js';

let fresh: FreshDatabase | undefined;
afterEach(async () => fresh?.drop());

const actor = { platform: 'console' as const, userId: 'sec', name: 'دبیر' };

async function roleUnder(env: Record<string, string>) {
  const app = await createApp(loadConfig({ DATABASE_URL: fresh!.url, ...env }), createLogger('silent'));
  try {
    const role = await app.store.touchMember(actor);
    const stored = await app.db.prisma.member.findUnique({
      where: { platform_userId: { platform: 'console', userId: 'sec' } },
    });
    return { role, stored: stored?.role ?? null };
  } finally {
    await app.close();
  }
}

it('drops a chat role once the configuration no longer names the person', async () => {
  fresh = await freshDatabase('sqlite');
  expect(await roleUnder({ SECRETARY_IDS: 'console:sec' })).toEqual({ role: 'secretary', stored: 'secretary' });
  expect(await roleUnder({ CHAIR_IDS: 'console:sec' })).toEqual({ role: 'chair', stored: 'chair' });
  expect(await roleUnder({})).toEqual({ role: null, stored: null });
});
