// Faults lose nothing: an unreachable server is a clear message, a second process on one SQLite file is
// refused, a full disk or a lost database answers "try again" with nothing half-written.

import { writeFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatcher } from '../../handlers/index.js';
import { createApp } from '../../src/app.js';
import { loadConfig } from '../../src/config.js';
import { DatabaseError, openDatabase, sqlitePath } from '../../src/db/client.js';
import { createLogger } from '../../src/logger.js';
import { chatter, statuses } from '../helpers/chat.js';
import { freshApp, freshDatabase, PG_ADMIN_URL, postgresAvailable, type TestApp } from '../helpers/db.js';
import { seed } from '../helpers/seed.js';

const pgUp = await postgresAvailable();
let app: TestApp | undefined;
afterEach(async () => {
  await app?.cleanup();
  app = undefined;
});

function captureLogs() {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk, _enc, cb) {
      lines.push(JSON.parse(String(chunk)));
      cb();
    },
  });
  return { lines, logger: createLogger('info', stream) };
}

describe('database faults', () => {
  it('an unreachable PostgreSQL server is one clear message after retries', async () => {
    const err = await openDatabase('postgresql://peygir:secret@127.0.0.1:1/x', { attempts: 2 }).catch((e) => e);
    expect(err).toBeInstanceOf(DatabaseError);
    expect(err.message).toContain('cannot reach the PostgreSQL server at postgresql://peygir:***@127.0.0.1:1/x');
    expect(err.message).not.toContain('secret');
    expect(err.message).not.toContain('\n');
  });

  it('a second process on the same SQLite file is refused; a stale lock is taken over', async () => {
    const fresh = await freshDatabase('sqlite');
    const first = await openDatabase(fresh.url, { lock: true });
    await expect(openDatabase(fresh.url, { lock: true })).rejects.toThrow(/Another peygir process \(pid \d+\)/);
    await first.close();
    writeFileSync(`${sqlitePath(fresh.url)}.lock`, '999999999');
    const again = await openDatabase(fresh.url, { lock: true });
    await again.close();
    await fresh.drop();
  });

  it('a full disk answers "try again", logs it as such, and saves nothing', async () => {
    app = await freshApp('sqlite');
    await seed(app);
    const { lines, logger } = captureLogs();
    await chatter(app)('fava', '/link کمیته فاوا');
    const dispatcher = createDispatcher(app.deps, { logger });
    const pages = (await app.db.prisma.$queryRawUnsafe<{ page_count: bigint }[]>('PRAGMA page_count'))[0]!.page_count;
    await app.db.prisma.$queryRawUnsafe(`PRAGMA max_page_count = ${Number(pages)}`);
    const events = await app.db.prisma.statusEvent.count();
    const [reply] = await dispatcher.handle({
      chat: { platform: 'console', chatId: 'fava', kind: 'group' },
      user: { id: 'u', name: 'u' },
      // A long note, within the text limit, needs pages the full disk cannot give.
      text: `/done 1 ${'گزارش مفصل '.repeat(360)}`,
      isAdmin: async () => true,
    });
    expect(JSON.stringify(reply)).toContain('کمی بعد دوباره امتحان کنید');
    expect(lines.some((l) => l.failure === 'disk_full' && String(l.msg).includes('disk is full'))).toBe(true);
    await app.db.prisma.$queryRawUnsafe('PRAGMA max_page_count = 1073741823');
    expect(await app.db.prisma.statusEvent.count()).toBe(events);
    expect(await statuses(app, 1)).toEqual({ 'کمیته فاوا': 'open' });
  });

  it.skipIf(!pgUp)('PostgreSQL lost mid-run: "try again", nothing half-written, then it works again', async () => {
    app = await freshApp('postgresql');
    await seed(app);
    const say = chatter(app);
    await say('fava', '/link کمیته فاوا');
    const dbName = app.config.databaseUrl.split('/').pop()!;
    const admin = new pg.Client({ connectionString: PG_ADMIN_URL });
    await admin.connect();
    try {
      await admin.query(`ALTER DATABASE ${dbName} ALLOW_CONNECTIONS false`);
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [dbName]);
      expect(await say('fava', '/done 1 2')).toContain('کمی بعد دوباره امتحان کنید');
    } finally {
      await admin.query(`ALTER DATABASE ${dbName} ALLOW_CONNECTIONS true`);
      await admin.end();
    }
    expect(await statuses(app, 1)).toEqual({ 'کمیته فاوا': 'open' });
    expect(await say('fava', '/done 1 2')).toContain('مصوبه ۲ برای کمیته فاوا: انجام شد');
  });
});

describe('start-up', () => {
  it('createApp on an unreachable server fails with the DatabaseError, not a crash', async () => {
    const config = loadConfig({ DATABASE_URL: 'postgresql://x@127.0.0.1:1/none' });
    await expect(createApp(config, createLogger('silent'))).rejects.toBeInstanceOf(DatabaseError);
  }, 30_000);
});
