// Backups that move between databases: SQLite → PostgreSQL → SQLite gives the same export and the same rows;
// a truncated or foreign archive, or a non-empty target, is refused with one clear error and nothing changed.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupCli, restoreCli } from '../../src/cli/backup.js';
import { exportCli } from '../../src/cli/export.js';
import type { CliCommand } from '../../src/cli/types.js';
import { openDatabase } from '../../src/db/client.js';
import { PrismaCorrections } from '../../src/db/corrections.js';
import { loadMigrations } from '../../src/db/migrate.js';
import { decodeBackup, rowCounts } from '../../src/db/restore.js';
import { seedSampleMinutes } from '../../src/sample.js';
import { chatter } from '../helpers/chat.js';
import { type FreshDatabase, freshApp, freshDatabase, postgresAvailable } from '../helpers/db.js';

const dir = mkdtempSync(join(tmpdir(), 'peygir-backup-'));
const pg = await postgresAvailable();
const dropped: FreshDatabase[] = [];
let sourceUrl = '';

/** Runs a CLI command against DATABASE_URL as the user's shell would set it. */
async function cli(command: CliCommand, url: string, ...args: string[]) {
  let stdout = '';
  const out = new Writable({
    write(c, _e, cb) {
      stdout += String(c);
      cb();
    },
  });
  const saved = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  try {
    const code = await command.run(args, { stdout: out, stderr: out, confirm: async () => false });
    return { code, stdout };
  } finally {
    process.env.DATABASE_URL = saved;
  }
}

async function fresh(kind: 'sqlite' | 'postgresql') {
  const db = await freshDatabase(kind);
  dropped.push(db);
  return db.url;
}

beforeAll(async () => {
  const app = await freshApp('sqlite', { SECRETARY_IDS: 'console:sec' });
  await seedSampleMinutes(app);
  const say = chatter(app);
  await say('g1', '/link chair', { user: 'sec' });
  await say('g1', '/done 3 تحویل شد', { user: 'sec' });
  await say('g1', '/progress 4', { user: 'sec' });
  await say('g1', '/note 4 در دست بررسی', { user: 'sec' });
  await say('g1', '/undo', { user: 'sec' });
  await say('g1', '/meeting 1405/01/20 08:30 confirm', { user: 'sec' });
  sourceUrl = app.config.databaseUrl;
  await app.close();
});

afterAll(async () => {
  for (const d of dropped) await d.drop();
  rmSync(dir, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it.skipIf(!pg)(
    'SQLite → PostgreSQL → SQLite keeps every row and the same export',
    async () => {
      const first = join(dir, 'first.json.gz');
      expect((await cli(backupCli, sourceUrl, first)).stdout).toContain('Backup written');
      const pgUrl = await fresh('postgresql');
      expect((await cli(restoreCli, pgUrl, first)).stdout).toMatch(/Restored \d+ rows/);
      const second = join(dir, 'second.json.gz');
      await cli(backupCli, pgUrl, second);
      const back = await fresh('sqlite');
      await cli(restoreCli, back, second);

      const exported = async (url: string) => (await cli(exportCli, url, '--format', 'json')).stdout;
      const before = await exported(sourceUrl);
      expect(JSON.parse(before).resolutions.length).toBeGreaterThan(5);
      expect(await exported(pgUrl)).toBe(before);
      expect(await exported(back)).toBe(before);

      const third = join(dir, 'third.json.gz');
      await cli(backupCli, back, third);
      const names = loadMigrations('sqlite').map((m) => m.name);
      const a = decodeBackup(readFileSync(first), names);
      const c = decodeBackup(readFileSync(third), names);
      expect(c.tables).toEqual(a.tables);
      expect(a.tables.StatusEvent!.length).toBeGreaterThan(3);

      // Ids continue after the restored ones on PostgreSQL (its sequences were moved on).
      const db = await openDatabase(pgUrl);
      const maxOwner = Math.max(...a.tables.Owner!.map((r) => r.id as number));
      const added = await db.prisma.owner.create({ data: { councilId: 1, name: 'کمیته تازه' } });
      await db.close();
      expect(added.id).toBe(maxOwner + 1);
    },
    120_000,
  );

  it('refuses a non-empty database unless told to replace it', async () => {
    const file = join(dir, 'again.json.gz');
    await cli(backupCli, sourceUrl, file);
    await expect(cli(restoreCli, sourceUrl, file)).rejects.toThrow(/not empty .*--replace/);
    const target = await fresh('sqlite');
    await cli(restoreCli, target, file);
    await expect(cli(restoreCli, target, file)).rejects.toThrow(/not empty/);
    expect((await cli(restoreCli, target, file, '--replace')).code).toBe(0);
  });

  it('an archive from before the one log restores its desk edits into it', async () => {
    const { gzipSync, gunzipSync } = await import('node:zlib');
    const file = join(dir, 'current.json.gz');
    await cli(backupCli, sourceUrl, file);
    const archive = JSON.parse(gunzipSync(readFileSync(file)).toString());
    // As the release before wrote it: its migrations end before the one log, and it has the desk's own table.
    const resolutionId = archive.tables.Resolution[1].id as number;
    const desk = {
      resolutionId,
      actorPlatform: 'telegram',
      actorId: '100',
      actorName: 'سعید عباسی',
      chatAddress: 'desk',
    };
    const old = {
      ...archive,
      migrations: archive.migrations.slice(
        0,
        archive.migrations.findIndex((m: string) => m.endsWith('_one_resolution_log')),
      ),
      tables: {
        ...archive.tables,
        ResolutionChange: [
          {
            id: 1,
            field: 'owners',
            fromValue: 'کمیته فاوا',
            toValue: 'دبیرخانه',
            reason: 'جابه‌جایی',
            ...desk,
            createdAt: '2026-11-30T08:05:00.000Z',
          },
          {
            id: 2,
            field: 'deadline',
            fromValue: null,
            toValue: 'next-meeting',
            reason: null,
            ...desk,
            createdAt: '2026-11-30T08:01:00.000Z',
          },
        ],
      },
      dates: { ...archive.dates, ResolutionChange: ['createdAt'] },
    };
    expect(old.migrations.at(-1)).toMatch(/_record_changes$/);
    const oldFile = join(dir, 'before-one-log.json.gz');
    writeFileSync(oldFile, gzipSync(JSON.stringify(old)));
    const target = await fresh('sqlite');
    expect((await cli(restoreCli, target, oldFile)).code).toBe(0);
    const db = await openDatabase(target);
    try {
      const log = await new PrismaCorrections(db.prisma).log(resolutionId);
      const desks = log.filter((e) => e.chatAddress === 'desk');
      expect(desks.map((e) => [e.type, e.before, e.after, e.reason, e.actorName, e.createdAt.toISOString()])).toEqual([
        [
          'deadline',
          { dueDate: null, dueAtNextMeeting: false },
          { dueDate: null, dueAtNextMeeting: true },
          null,
          'سعید عباسی',
          '2026-11-30T08:01:00.000Z',
        ],
        [
          'owners',
          { ownerNames: 'کمیته فاوا' },
          { ownerNames: 'دبیرخانه' },
          'جابه‌جایی',
          'سعید عباسی',
          '2026-11-30T08:05:00.000Z',
        ],
      ]);
      // Every event the archive already had is still there, under its own id.
      expect(await db.prisma.resolutionEvent.count()).toBe((archive.tables.ResolutionEvent?.length ?? 0) + 2);
    } finally {
      await db.close();
    }
  });

  it('a truncated or foreign archive: one clear error, nothing changed', async () => {
    const good = readFileSync(join(dir, 'again.json.gz'));
    const truncated = join(dir, 'truncated.json.gz');
    writeFileSync(truncated, good.subarray(0, Math.floor(good.length / 2)));
    const foreign = join(dir, 'foreign.json.gz');
    writeFileSync(foreign, 'id,name\n1,x\n');
    const target = await fresh('sqlite');
    await expect(cli(restoreCli, target, truncated)).rejects.toThrow(/truncated.json.gz: not a complete peygir backup/);
    await expect(cli(restoreCli, target, foreign)).rejects.toThrow(/not a complete peygir backup \(not a gzip file\)/);
    const { gzipSync } = await import('node:zlib');
    const other = join(dir, 'other.json.gz');
    writeFileSync(other, gzipSync(JSON.stringify({ hello: 'world' })));
    await expect(cli(restoreCli, target, other)).rejects.toThrow(/no peygir-backup header/);
    const newer = join(dir, 'newer.json.gz');
    const archive = JSON.parse((await import('node:zlib')).gunzipSync(good).toString());
    writeFileSync(
      newer,
      gzipSync(JSON.stringify({ ...archive, migrations: [...archive.migrations, '29990101000000_future'] })),
    );
    await expect(cli(restoreCli, target, newer)).rejects.toThrow(/newer peygir/);
    // The target was never even created as a database with rows.
    const db = await openDatabase(target);
    const counts = await rowCounts(db);
    await db.close();
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
  });
});

describe('daily backup', () => {
  it('writes one archive a day into BACKUP_DIR and keeps the newest BACKUP_KEEP', async () => {
    const { dailyBackup } = await import('../../jobs/daily-backup.js');
    const { loadConfig } = await import('../../src/config.js');
    const { createLogger } = await import('../../src/logger.js');
    const backups = join(dir, 'daily');
    const config = loadConfig({ DATABASE_URL: sourceUrl, BACKUP_DIR: backups, BACKUP_KEEP: '2' });
    const db = await openDatabase(sourceUrl);
    let now = new Date('2026-03-01T00:00:00Z');
    const app = { db, config, logger: createLogger('silent'), clock: { now: () => now } };
    const written: string[] = [];
    try {
      for (let day = 0; day < 3; day++, now = new Date(now.getTime() + 86_400_000))
        written.push(await dailyBackup(app));
    } finally {
      await db.close();
    }
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(backups).sort()).toEqual(['peygir-2026-03-02T0000.json.gz', 'peygir-2026-03-03T0000.json.gz']);
    const newest = decodeBackup(
      readFileSync(written[2]!),
      loadMigrations('sqlite').map((m) => m.name),
    );
    expect(newest.tables.Resolution!.length).toBeGreaterThan(5);
  });
});
