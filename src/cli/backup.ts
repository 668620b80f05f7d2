// peygir backup [FILE] and peygir restore FILE [--replace]: a portable archive of every table and of the evidence
// files the tables name, taken while the bot runs, loaded into an empty database of either kind (SQLite or
// PostgreSQL) and its files into EVIDENCE_DIR.
import { loadConfig } from '../config.js';
import { writeBackup } from '../db/backup.js';
import { openDatabase } from '../db/client.js';
import type { LeftOut } from '../db/evidence-backup.js';
import { loadMigrations } from '../db/migrate.js';
import { ArchiveError, BackupError, type OpenedBackup, openBackup, restoreBackup } from '../db/restore.js';
import { type CliCommand, CliError, positional } from './types.js';

const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

/** `peygir-2026-12-02T0130.tar.gz`: sorts by time, safe in any file system. */
export function backupName(now: Date): string {
  return `peygir-${now.toISOString().slice(0, 16).replace(':', '')}.tar.gz`;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
/** A list of files for the terminal: the first ten, one a line. */
function fileLines(files: readonly LeftOut[], why: (f: LeftOut) => string): string {
  const shown = files.slice(0, 10).map((f) => `  «${f.name}» (sha256 ${f.sha256.slice(0, 12)}…)${why(f)}\n`);
  return shown.join('') + (files.length > 10 ? `  … and ${files.length - 10} more\n` : '');
}
const leftOutWhy = (f: LeftOut) =>
  f.why === 'missing' ? ': not in EVIDENCE_DIR' : ': its content no longer matches its hash';

export const backupCli: CliCommand = {
  name: 'backup',
  usage:
    'backup [FILE]              a portable archive of the whole database and its evidence files (safe while the bot runs)',
  async run(args, io) {
    const now = new Date();
    const file = positional(args)[0] ?? backupName(now);
    const config = loadConfig();
    const db = await openDatabase(config.databaseUrl, { migrate: false });
    try {
      const { archive, evidence } = await writeBackup(db, file, { evidenceDir: config.EVIDENCE_DIR, now });
      const rows = total(Object.fromEntries(Object.entries(archive.tables).map(([t, r]) => [t, r.length])));
      io.stdout.write(
        `Backup written: ${file} (${rows} rows, ${archive.migrations.length} migrations, ${plural(evidence.files, 'evidence file')}, ${megabytes(evidence.bytes)})\n`,
      );
      if (evidence.leftOut.length > 0) {
        io.stderr.write(
          `warning: ${plural(evidence.leftOut.length, 'evidence file')} named by the records could not be put in the backup:\n${fileLines(evidence.leftOut, leftOutWhy)}`,
        );
      }
      return 0;
    } finally {
      await db.close();
    }
  },
};

export const restoreCli: CliCommand = {
  name: 'restore',
  usage:
    'restore FILE [--replace]   load a backup and its evidence files into an empty database (--replace overwrites a non-empty one)',
  async run(args, io) {
    const file = positional(args)[0];
    if (!file) throw new CliError('which backup? usage: peygir restore FILE [--replace]');
    const config = loadConfig();
    // The records are checked whole before the database is opened: a truncated or foreign file changes nothing.
    let backup: OpenedBackup;
    try {
      backup = await openBackup(
        file,
        loadMigrations(config.provider).map((m) => m.name),
      );
    } catch (err) {
      if (err instanceof BackupError) throw new CliError(`${file}: ${err.message}`);
      throw err;
    }
    const { archive } = backup;
    try {
      // The lock keeps a running bot's SQLite file from being overwritten under it.
      const db = await openDatabase(config.databaseUrl, { migrate: true, lock: true });
      try {
        const result = await restoreBackup(db, backup, {
          replace: args.includes('--replace'),
          evidenceDir: config.EVIDENCE_DIR,
        });
        io.stdout.write(
          `Restored ${total(result.rows)} rows from ${file} (taken ${archive.createdAt} on ${archive.source}) into ${db.location}\n`,
        );
        const { evidence, notInBackup } = result;
        if (evidence) {
          io.stdout.write(
            `Evidence files: ${evidence.restored} put into ${config.EVIDENCE_DIR}, ${evidence.alreadyThere} already there\n`,
          );
          if (evidence.damagedKept.length > 0) {
            io.stderr.write(
              `warning: ${plural(evidence.damagedKept.length, 'file')} in ${config.EVIDENCE_DIR} did not match the hash that names it; the backup's copy took its place and it is kept beside it:\n${evidence.damagedKept.map((p) => `  ${p}\n`).join('')}`,
            );
          }
          if (evidence.leftOutAtBackup.length > 0) {
            io.stderr.write(
              `warning: ${plural(evidence.leftOutAtBackup.length, 'evidence file')} could not be put in this backup when it was taken, and ${evidence.leftOutAtBackup.length === 1 ? 'is' : 'are'} not restored:\n${fileLines(evidence.leftOutAtBackup, leftOutWhy)}`,
            );
          }
        }
        if (notInBackup) {
          io.stdout.write(
            `Evidence files were not in this backup (an older peygir's format): of the ${plural(notInBackup.records, 'file')} its records name, ${notInBackup.present} ${notInBackup.present === 1 ? 'is' : 'are'} in ${config.EVIDENCE_DIR} and ${notInBackup.absent.length} ${notInBackup.absent.length === 1 ? 'is' : 'are'} not\n`,
          );
          if (notInBackup.absent.length > 0)
            io.stderr.write(`warning: missing evidence files:\n${fileLines(notInBackup.absent, () => '')}`);
        }
        return 0;
      } catch (err) {
        if (err instanceof ArchiveError) throw new CliError(`${file}: ${err.message}; nothing was changed`);
        if (err instanceof BackupError) throw new CliError(err.message);
        throw err;
      } finally {
        await db.close();
      }
    } finally {
      backup.close();
    }
  },
};
