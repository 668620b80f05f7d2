// Backups that move between databases: SQLite → PostgreSQL → SQLite gives the same export, the same rows and the
// same evidence files; a truncated or foreign archive, an evidence file missing from it or not matching its
// record, or a non-empty target, is refused with one clear error and nothing changed; an older backup without
// files still restores, and says so.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupCli, restoreCli } from '../../src/cli/backup.js';
import { exportCli } from '../../src/cli/export.js';
import type { CliCommand } from '../../src/cli/types.js';
import { openDatabase } from '../../src/db/client.js';
import { PrismaCorrections } from '../../src/db/corrections.js';
import { loadMigrations } from '../../src/db/migrate.js';
import { readBackup, rowCounts } from '../../src/db/restore.js';
import { TAR_END, TarReader, tarHeader, tarPadding } from '../../src/db/tar.js';
import { seedSampleMinutes } from '../../src/sample.js';
import { chatter } from '../helpers/chat.js';
import { type FreshDatabase, freshApp, freshDatabase, postgresAvailable } from '../helpers/db.js';
import { PDF } from '../helpers/evidence.js';

const dir = mkdtempSync(join(tmpdir(), 'peygir-backup-'));
const pg = await postgresAvailable();
const dropped: FreshDatabase[] = [];
let sourceUrl = '';
/** Each database's EVIDENCE_DIR, by its URL. */
const evidenceDirs = new Map<string, string>();
const names = loadMigrations('sqlite').map((m) => m.name);

/** Two evidence files the source holds: a letter sent twice (kept once) and a scan. */
const LETTER = PDF;
const SCAN = Buffer.concat([PDF, Buffer.from('scan of the signed minutes\n'), Buffer.alloc(70_000, 7)]);
const sha = (data: Buffer) => createHash('sha256').update(data).digest('hex');
const kept = (evidence: string, data: Buffer) => join(evidence, sha(data).slice(0, 2), sha(data));

/** Runs a CLI command against DATABASE_URL and EVIDENCE_DIR as the user's shell would set them. */
async function cli(command: CliCommand, url: string, ...args: string[]) {
  let stdout = '';
  let stderr = '';
  const writer = (add: (s: string) => void) =>
    new Writable({
      write(c, _e, cb) {
        add(String(c));
        cb();
      },
    });
  const out = writer((s) => {
    stdout += s;
  });
  const err = writer((s) => {
    stderr += s;
  });
  const saved = { url: process.env.DATABASE_URL, evidence: process.env.EVIDENCE_DIR };
  process.env.DATABASE_URL = url;
  process.env.EVIDENCE_DIR = evidenceDirs.get(url)!;
  try {
    const code = await command.run(args, { stdout: out, stderr: err, confirm: async () => false });
    return { code, stdout, stderr };
  } finally {
    process.env.DATABASE_URL = saved.url;
    process.env.EVIDENCE_DIR = saved.evidence;
  }
}

async function fresh(kind: 'sqlite' | 'postgresql') {
  const db = await freshDatabase(kind);
  dropped.push(db);
  evidenceDirs.set(db.url, mkdtempSync(join(dir, 'evidence-')));
  return db.url;
}

/** Every file under an evidence folder, by its path inside it. */
function filesIn(evidence: string): string[] {
  if (!existsSync(evidence)) return [];
  return readdirSync(evidence, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(evidence.length + 1))
    .sort();
}

/** An archive's entries, unzipped. */
async function entries(file: string): Promise<{ name: string; data: Buffer }[]> {
  const reader = new TarReader([gunzipSync(readFileSync(file))]);
  const out: { name: string; data: Buffer }[] = [];
  for (let e = await reader.next(); e; e = await reader.next()) out.push({ name: e.name, data: await reader.body() });
  return out;
}

/** Writes an archive of these entries, as a backup is written. */
function writeEntries(file: string, list: { name: string; data: Buffer }[]) {
  const at = new Date('2026-12-01T00:00:00Z');
  const parts = list.flatMap((e) => [tarHeader(e.name, e.data.length, at), e.data, tarPadding(e.data.length)]);
  writeFileSync(file, gzipSync(Buffer.concat([...parts, TAR_END])));
}

beforeAll(async () => {
  const app = await freshApp('sqlite', { SECRETARY_IDS: 'console:sec' });
  await seedSampleMinutes(app);
  const say = chatter(app);
  const sent = (name: string, data: Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, data);
    return path;
  };
  await say('g1', '/link chair', { user: 'sec' });
  await say('g1', '/done 3 تحویل شد', { user: 'sec' });
  await say('g1', '/progress 4', { user: 'sec' });
  await say('g1', '/note 4 در دست بررسی', { user: 'sec' });
  await say('g1', '/undo', { user: 'sec' });
  await say('g1', '/meeting 1405/01/20 08:30 confirm', { user: 'sec' });
  await say('g1', `/file ${sent('letter.pdf', LETTER)} /done 1 نامه ۱۲۳۴`, { user: 'sec' });
  await say('g1', `/file ${sent('letter-again.pdf', LETTER)} /done 2`, { user: 'sec' });
  await say('g1', `/file ${sent('scan.pdf', SCAN)} /done 5`, { user: 'sec' });
  sourceUrl = app.config.databaseUrl;
  evidenceDirs.set(sourceUrl, app.config.EVIDENCE_DIR);
  expect(await app.db.prisma.evidence.count()).toBeGreaterThanOrEqual(3);
  await app.close();
});

afterAll(async () => {
  for (const d of dropped) await d.drop();
  rmSync(dir, { recursive: true, force: true });
  rmSync(evidenceDirs.get(sourceUrl)!, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it.skipIf(!pg)(
    'SQLite → PostgreSQL → SQLite keeps every row, every evidence file and the same export',
    async () => {
      const first = join(dir, 'first.tar.gz');
      const written = await cli(backupCli, sourceUrl, first);
      expect(written.stdout).toMatch(/Backup written: .*first.tar.gz \(\d+ rows, \d+ migrations, 2 evidence files, /);
      expect(written.stderr).toBe('');
      const pgUrl = await fresh('postgresql');
      const restored = await cli(restoreCli, pgUrl, first);
      expect(restored.stdout).toMatch(/Restored \d+ rows/);
      expect(restored.stdout).toContain(`Evidence files: 2 put into ${evidenceDirs.get(pgUrl)}, 0 already there`);
      const second = join(dir, 'second.tar.gz');
      await cli(backupCli, pgUrl, second);
      const back = await fresh('sqlite');
      await cli(restoreCli, back, second);

      const exported = async (url: string) => (await cli(exportCli, url, '--format', 'json')).stdout;
      const before = await exported(sourceUrl);
      expect(JSON.parse(before).resolutions.length).toBeGreaterThan(5);
      expect(await exported(pgUrl)).toBe(before);
      expect(await exported(back)).toBe(before);
      // The files themselves, byte for byte, where the rows say they are.
      for (const url of [pgUrl, back]) {
        const evidence = evidenceDirs.get(url)!;
        expect(filesIn(evidence)).toEqual(filesIn(evidenceDirs.get(sourceUrl)!));
        expect(readFileSync(kept(evidence, LETTER)).equals(LETTER)).toBe(true);
        expect(readFileSync(kept(evidence, SCAN)).equals(SCAN)).toBe(true);
      }

      const third = join(dir, 'third.tar.gz');
      await cli(backupCli, back, third);
      const a = await readBackup(first, names);
      const c = await readBackup(third, names);
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

  it('one archive: the records, then each evidence file once by its hash, then their list', async () => {
    const file = join(dir, 'layout.tar.gz');
    await cli(backupCli, sourceUrl, file);
    const list = await entries(file);
    expect(list.map((e) => e.name)).toEqual([
      'peygir-backup.json',
      ...[sha(LETTER), sha(SCAN)].sort().map((h) => `evidence/${h.slice(0, 2)}/${h}`),
      'peygir-evidence.json',
    ]);
    expect(JSON.parse(list[0]!.data.toString())).toMatchObject({ format: 'peygir-backup', version: 2 });
    expect(JSON.parse(list.at(-1)!.data.toString())).toEqual({ files: 2, leftOut: [] });
    expect(list.find((e) => e.name.endsWith(sha(SCAN)))!.data.equals(SCAN)).toBe(true);
  });

  it('refuses a non-empty database unless told to replace it', async () => {
    const file = join(dir, 'again.tar.gz');
    await cli(backupCli, sourceUrl, file);
    await expect(cli(restoreCli, sourceUrl, file)).rejects.toThrow(/not empty .*--replace/);
    const target = await fresh('sqlite');
    await cli(restoreCli, target, file);
    await expect(cli(restoreCli, target, file)).rejects.toThrow(/not empty/);
    const again = await cli(restoreCli, target, file, '--replace');
    expect(again.code).toBe(0);
    // The files were there already, the same: nothing to put in, nothing overwritten.
    expect(again.stdout).toContain('Evidence files: 0 put into');
    expect(again.stdout).toContain('2 already there');
  });

  it('an evidence file that does not match its record, or is missing from the archive: refused, nothing changed', async () => {
    const good = join(dir, 'again.tar.gz');
    const list = await entries(good);
    const scan = list.findIndex((e) => e.name.endsWith(sha(SCAN)));
    // One byte of the scan changed on the way.
    const flipped = Buffer.from(list[scan]!.data);
    flipped.writeUInt8(flipped.readUInt8(flipped.length - 1) ^ 1, flipped.length - 1);
    const altered = join(dir, 'altered.tar.gz');
    writeEntries(altered, list.with(scan, { ...list[scan]!, data: flipped }));
    // The scan left out, its list untouched.
    const lacking = join(dir, 'lacking.tar.gz');
    writeEntries(lacking, list.toSpliced(scan, 1));
    // The scan cut short, its header claiming its size.
    const short = join(dir, 'short.tar.gz');
    const whole = gunzipSync(readFileSync(good));
    writeFileSync(short, gzipSync(whole.subarray(0, whole.indexOf(SCAN) + 1000)));

    const target = await fresh('sqlite');
    const evidence = evidenceDirs.get(target)!;
    await expect(cli(restoreCli, target, altered)).rejects.toThrow(
      /altered.tar.gz: the backup's evidence file «scan.pdf» \(sha256 [0-9a-f]{12}…\) does not match its record .*; nothing was changed$/,
    );
    await expect(cli(restoreCli, target, lacking)).rejects.toThrow(
      /lacking.tar.gz: the backup's list of evidence files names 2 files; the backup holds 1; nothing was changed/,
    );
    await expect(cli(restoreCli, target, short)).rejects.toThrow(/short.tar.gz: not a complete peygir backup \(/);
    const db = await openDatabase(target);
    expect(Object.values(await rowCounts(db)).every((n) => n === 0)).toBe(true);
    await db.close();
    expect(readdirSync(evidence)).toEqual([]);

    // Over a database that holds data, --replace or not, the same: its rows and files stay as they were.
    await cli(restoreCli, target, good);
    const before = filesIn(evidence);
    rmSync(kept(evidence, SCAN));
    const counts = async () => {
      const d = await openDatabase(target);
      const n = await rowCounts(d);
      await d.close();
      return n;
    };
    const rows = await counts();
    await expect(cli(restoreCli, target, altered, '--replace')).rejects.toThrow(/does not match its record/);
    expect(await counts()).toEqual(rows);
    expect(filesIn(evidence)).toEqual(before.filter((f) => !f.endsWith(sha(SCAN))));
  });

  it('rows that fail to go in take the files they brought back out', async () => {
    const list = await entries(join(dir, 'again.tar.gz'));
    const records = JSON.parse(list[0]!.data.toString());
    // Two owners under one id: the insert fails after the files were put in place.
    records.tables.Owner.push({ ...records.tables.Owner[0] });
    const broken = join(dir, 'broken.tar.gz');
    writeEntries(broken, [{ name: list[0]!.name, data: Buffer.from(JSON.stringify(records)) }, ...list.slice(1)]);
    const target = await fresh('sqlite');
    await expect(cli(restoreCli, target, broken)).rejects.toThrow();
    expect(filesIn(evidenceDirs.get(target)!)).toEqual([]);
    const db = await openDatabase(target);
    expect(Object.values(await rowCounts(db)).every((n) => n === 0)).toBe(true);
    await db.close();
  });

  it('a file gone from EVIDENCE_DIR is named when the backup is taken, and again when it is restored', async () => {
    const source = evidenceDirs.get(sourceUrl)!;
    const scan = readFileSync(kept(source, SCAN));
    rmSync(kept(source, SCAN));
    const file = join(dir, 'without-scan.tar.gz');
    try {
      const written = await cli(backupCli, sourceUrl, file);
      expect(written.code).toBe(0);
      expect(written.stdout).toContain('1 evidence file,');
      expect(written.stderr).toMatch(
        /^warning: 1 evidence file named by the records could not be put in the backup:\n {2}«scan.pdf» \(sha256 [0-9a-f]{12}…\): not in EVIDENCE_DIR\n$/,
      );
    } finally {
      writeFileSync(kept(source, SCAN), scan);
    }
    const target = await fresh('sqlite');
    const restored = await cli(restoreCli, target, file);
    expect(restored.stdout).toContain('Evidence files: 1 put into');
    expect(restored.stderr).toContain(
      '1 evidence file could not be put in this backup when it was taken, and is not restored',
    );
    expect(filesIn(evidenceDirs.get(target)!)).toEqual([`${sha(LETTER).slice(0, 2)}/${sha(LETTER)}`]);
  });

  it('an archive from before the one log restores its desk edits into it', async () => {
    const file = join(dir, 'current.tar.gz');
    await cli(backupCli, sourceUrl, file);
    const archive = await readBackup(file, names);
    // As the release before wrote it: its migrations end before the one log, and it has the desk's own table.
    const resolutionId = archive.tables.Resolution![1]!.id as number;
    const desk = {
      resolutionId,
      actorPlatform: 'telegram',
      actorId: '100',
      actorName: 'سعید عباسی',
      chatAddress: 'desk',
    };
    const old = {
      ...archive,
      version: 1,
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
    // Its format: the records alone, gzipped, without the evidence files.
    const oldFile = join(dir, 'before-one-log.json.gz');
    writeFileSync(oldFile, gzipSync(JSON.stringify(old)));
    const target = await fresh('sqlite');
    const restored = await cli(restoreCli, target, oldFile);
    expect(restored.code).toBe(0);
    const records = new Set(archive.tables.Evidence!.map((r) => r.sha256)).size;
    expect(restored.stdout).toContain(
      `Evidence files were not in this backup (an older peygir's format): of the ${records} files its records name, 0 are in ${evidenceDirs.get(target)} and ${records} are not`,
    );
    expect(restored.stderr).toContain('«scan.pdf»');
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
    // With the files copied into EVIDENCE_DIR by hand, the same backup says they are there.
    const again = await fresh('sqlite');
    const evidence = evidenceDirs.get(again)!;
    for (const data of [LETTER, SCAN]) {
      const { mkdirSync } = await import('node:fs');
      mkdirSync(join(evidence, sha(data).slice(0, 2)), { recursive: true });
      writeFileSync(kept(evidence, data), data);
    }
    const said = await cli(restoreCli, again, oldFile);
    expect(said.stdout).toContain(`of the 2 files its records name, 2 are in ${evidence} and 0 are not`);
    expect(said.stderr).toBe('');
  });

  it('a truncated or foreign archive: one clear error, nothing changed', async () => {
    const good = readFileSync(join(dir, 'again.tar.gz'));
    const truncated = join(dir, 'truncated.tar.gz');
    writeFileSync(truncated, good.subarray(0, Math.floor(good.length / 2)));
    const foreign = join(dir, 'foreign.tar.gz');
    writeFileSync(foreign, 'id,name\n1,x\n');
    const target = await fresh('sqlite');
    await expect(cli(restoreCli, target, truncated)).rejects.toThrow(/truncated.tar.gz: not a complete peygir backup/);
    await expect(cli(restoreCli, target, foreign)).rejects.toThrow(/not a complete peygir backup \(not a gzip file\)/);
    const other = join(dir, 'other.json.gz');
    writeFileSync(other, gzipSync(JSON.stringify({ hello: 'world' })));
    await expect(cli(restoreCli, target, other)).rejects.toThrow(/no peygir-backup header/);
    const tarball = join(dir, 'other.tar.gz');
    writeEntries(tarball, [{ name: 'notes.txt', data: Buffer.from('hello') }]);
    await expect(cli(restoreCli, target, tarball)).rejects.toThrow(/no peygir-backup header/);
    const newer = join(dir, 'newer.tar.gz');
    const list = await entries(join(dir, 'again.tar.gz'));
    const records = JSON.parse(list[0]!.data.toString());
    records.migrations.push('29990101000000_future');
    writeEntries(newer, [{ name: list[0]!.name, data: Buffer.from(JSON.stringify(records)) }, ...list.slice(1)]);
    await expect(cli(restoreCli, target, newer)).rejects.toThrow(/newer peygir/);
    await expect(cli(restoreCli, target, join(dir, 'no-such.tar.gz'))).rejects.toThrow(
      /no-such.tar.gz: cannot be read/,
    );
    // The target was never even created as a database with rows, and no file reached its evidence folder.
    const db = await openDatabase(target);
    const counts = await rowCounts(db);
    await db.close();
    expect(Object.values(counts).every((n) => n === 0)).toBe(true);
    expect(filesIn(evidenceDirs.get(target)!)).toEqual([]);
  });
});

describe('daily backup', () => {
  it('writes one archive a day into BACKUP_DIR, evidence files included, and keeps the newest BACKUP_KEEP', async () => {
    const { dailyBackup } = await import('../../jobs/daily-backup.js');
    const { loadConfig } = await import('../../src/config.js');
    const { createLogger } = await import('../../src/logger.js');
    const backups = join(dir, 'daily');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(backups);
    // One an older peygir wrote counts among those kept.
    writeFileSync(join(backups, 'peygir-2026-02-28T0000.json.gz'), 'older');
    const config = loadConfig({
      DATABASE_URL: sourceUrl,
      BACKUP_DIR: backups,
      BACKUP_KEEP: '2',
      EVIDENCE_DIR: evidenceDirs.get(sourceUrl)!,
    });
    const db = await openDatabase(sourceUrl);
    let now = new Date('2026-03-01T00:00:00Z');
    const logged: { msg: string; evidenceFiles?: number }[] = [];
    const logger = createLogger('info', { write: (line: string) => logged.push(JSON.parse(line)) });
    const app = { db, config, logger, clock: { now: () => now } };
    const written: string[] = [];
    try {
      for (let day = 0; day < 3; day++, now = new Date(now.getTime() + 86_400_000))
        written.push(await dailyBackup(app));
    } finally {
      await db.close();
    }
    expect(readdirSync(backups).sort()).toEqual(['peygir-2026-03-02T0000.tar.gz', 'peygir-2026-03-03T0000.tar.gz']);
    const newest = await readBackup(written[2]!, names);
    expect(newest.tables.Resolution!.length).toBeGreaterThan(5);
    expect((await entries(written[2]!)).filter((e) => e.name.startsWith('evidence/'))).toHaveLength(2);
    expect(logged.filter((l) => l.msg === 'daily backup written').map((l) => l.evidenceFiles)).toEqual([2, 2, 2]);
  });
});
