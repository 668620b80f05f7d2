// /healthz and /readyz, asked through Hono's app.request(): ready only when the database answers and is
// migrated, every messenger is connected and the reminder sweep is recent; the JSON says which fact is wrong.
import { afterEach, describe, expect, it } from 'vitest';
import { healthRoutes } from '../../src/http/health.js';
import { appReadiness } from '../../src/ops/readiness.js';
import { freshApp, type TestApp } from '../helpers/db.js';
import { FakeClock } from '../reminders/harness.js';

const NOW = new Date('2026-06-01T06:00:00Z');
let app: TestApp | undefined;
afterEach(async () => {
  await app?.cleanup();
  app = undefined;
});

async function ready(a: TestApp) {
  const res = await healthRoutes(appReadiness(a)).request('/readyz');
  type Body = {
    database: Record<string, unknown>;
    messengers: Record<string, Record<string, unknown>>;
    reminders: Record<string, unknown>;
  };
  return { status: res.status, body: (await res.json()) as Body };
}

describe('health checks', () => {
  it('/healthz answers while the process lives', async () => {
    app = await freshApp('sqlite');
    const res = await healthRoutes(appReadiness(app)).request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('/readyz: 503 until the first sweep and while a messenger is down, 200 when all is well', async () => {
    app = await freshApp('sqlite', {}, { clock: new FakeClock(NOW) });
    app.status.expect('telegram');
    let r = await ready(app);
    expect(r.status).toBe(503);
    expect(r.body).toMatchObject({
      ready: false,
      database: { reachable: true, migrated: true },
      messengers: { telegram: { connected: false } },
      reminders: { enabled: true, lastSweepAgeSeconds: null },
    });

    app.status.connected('telegram', '@council_bot, polling');
    app.status.swept(new Date(NOW.getTime() - 40_000));
    const occurrence = (state: string, claimedAt: Date, key: string) =>
      app!.db.prisma.reminderOccurrence.create({
        data: {
          key,
          kind: 'weekly',
          bindingId: 1,
          slot: '2026-06-01',
          dueAt: claimedAt,
          state,
          claimedAt,
          attempts: 5,
        },
      });
    await occurrence('dead', new Date(NOW.getTime() - 3_600_000), 'a');
    await occurrence('dead', new Date(NOW.getTime() - 3 * 86_400_000), 'b');
    await occurrence('sent', new Date(NOW.getTime() - 3_600_000), 'c');
    r = await ready(app);
    expect(r.status).toBe(200);
    expect(r.body).toEqual({
      ready: true,
      database: { reachable: true, migrated: true },
      messengers: { telegram: { connected: true, detail: '@council_bot, polling' } },
      reminders: { enabled: true, lastSweepAgeSeconds: 40, gaveUpLastDay: 1 },
    });

    app.status.failed('telegram', new Error('401: Unauthorized'));
    r = await ready(app);
    expect(r.status).toBe(503);
    expect(r.body.messengers.telegram).toMatchObject({ connected: false, lastError: '401: Unauthorized' });

    app.status.connected('telegram', '@council_bot, polling');
    app.status.swept(new Date(NOW.getTime() - 10 * 60_000));
    r = await ready(app);
    expect(r.status).toBe(503);
    expect(r.body.reminders.lastSweepAgeSeconds).toBe(600);
  });

  it('/readyz: 503 with the pending migration named, and when the database is gone', async () => {
    app = await freshApp('sqlite', { REMINDERS_ENABLED: 'false' });
    expect((await ready(app)).status).toBe(200);
    const last = await app.db.prisma.$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT migration_name FROM _prisma_migrations ORDER BY migration_name DESC LIMIT 1',
    );
    await app.db.prisma.$executeRawUnsafe(
      `DELETE FROM _prisma_migrations WHERE migration_name = '${last[0]!.migration_name}'`,
    );
    let r = await ready(app);
    expect(r.status).toBe(503);
    expect(r.body.database).toEqual({ reachable: true, migrated: false, pending: [last[0]!.migration_name] });
    expect(r.body.reminders).toEqual({ enabled: false });

    await app.db.prisma.$executeRawUnsafe('DROP TABLE _prisma_migrations');
    r = await ready(app);
    expect(r.status).toBe(503);
    expect(r.body.database).toMatchObject({ reachable: false, migrated: false });
    expect(r.body.database.error).toMatch(/_prisma_migrations/);
  });
});
