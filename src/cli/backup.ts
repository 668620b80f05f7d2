// peygir backup [FILE] and peygir restore FILE [--replace]: a portable archive of every table, taken while the
// bot runs, loaded into an empty database of either kind (SQLite or PostgreSQL).
import { readFile } from 'node:fs/promises';
import { loadConfig } from '../config.js';
import { writeBackup } from '../db/backup.js';
import { openDatabase } from '../db/client.js';
import { loadMigrations } from '../db/migrate.js';
import { BackupError, decodeBackup, restoreBackup } from '../db/restore.js';
import { type CliCommand, CliError, positional } from './types.js';

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** `peygir-2026-12-02T0130.json.gz`: sorts by time, safe in any file system. */
export function backupName(now: Date): string {
  return `peygir-${now.toISOString().slice(0, 16).replace(':', '')}.json.gz`;
}

export const backupCli: CliCommand = {
  name: 'backup',
  usage: 'backup [FILE]              a portable archive of the whole database (safe while the bot runs)',
  async run(args, io) {
    const now = new Date();
    const file = positional(args)[0] ?? backupName(now);
    const db = await openDatabase(loadConfig().databaseUrl, { migrate: false });
    try {
      const archive = await writeBackup(db, file, now);
      const rows = total(Object.fromEntries(Object.entries(archive.tables).map(([t, r]) => [t, r.length])));
      io.stdout.write(`Backup written: ${file} (${rows} rows, ${archive.migrations.length} migrations)\n`);
      return 0;
    } finally {
      await db.close();
    }
  },
};

export const restoreCli: CliCommand = {
  name: 'restore',
  usage: 'restore FILE [--replace]   load a backup into an empty database (--replace overwrites a non-empty one)',
  async run(args, io) {
    const file = positional(args)[0];
    if (!file) throw new CliError('which backup? usage: peygir restore FILE [--replace]');
    const config = loadConfig();
    // Checked whole before the database is opened: a truncated or foreign file changes nothing.
    let archive: ReturnType<typeof decodeBackup>;
    try {
      archive = decodeBackup(
        await readFile(file),
        loadMigrations(config.provider).map((m) => m.name),
      );
    } catch (err) {
      if (err instanceof BackupError) throw new CliError(`${file}: ${err.message}`);
      throw err;
    }
    // The lock keeps a running bot's SQLite file from being overwritten under it.
    const db = await openDatabase(config.databaseUrl, { migrate: true, lock: true });
    try {
      const restored = await restoreBackup(db, archive, { replace: args.includes('--replace') });
      io.stdout.write(
        `Restored ${total(restored)} rows from ${file} (taken ${archive.createdAt} on ${archive.source}) into ${db.location}\n`,
      );
      return 0;
    } catch (err) {
      if (err instanceof BackupError) throw new CliError(err.message);
      throw err;
    } finally {
      await db.close();
    }
  },
};
