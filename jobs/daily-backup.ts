// The running bot's own backups: one archive a day into BACKUP_DIR, the newest BACKUP_KEEP kept (0 = none).
// The same portable archive as `peygir backup`, evidence files included, so any of them restores into SQLite or
// PostgreSQL.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import cron from 'node-cron';
import type { App } from '../src/app.js';

export type BackupApp = Pick<App, 'db' | 'config' | 'logger' | 'clock'>;

/** When the day's archive is taken, in the council's time zone: a quiet hour before the morning reminders. */
const DAILY_AT = '30 3 * * *';
/** This peygir's archives and an older one's (`.json.gz`, without the files), counted together. */
const ARCHIVE = /^peygir-.*\.(tar|json)\.gz$/;

/** Takes one archive now and removes the oldest beyond BACKUP_KEEP; returns the file written. */
export async function dailyBackup(app: BackupApp): Promise<string> {
  // The archive writer is loaded at the day's first backup, not by a bot that has just started.
  const [{ backupName }, { writeBackup }] = await Promise.all([
    import('../src/cli/backup.js'),
    import('../src/db/backup.js'),
  ]);
  const dir = resolve(app.config.BACKUP_DIR);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, backupName(app.clock.now()));
  const { evidence } = await writeBackup(app.db, file, { evidenceDir: app.config.EVIDENCE_DIR, now: app.clock.now() });
  if (evidence.leftOut.length > 0) {
    app.logger.warn(
      { file, leftOut: evidence.leftOut.map((f) => ({ name: f.name, sha256: f.sha256, why: f.why })) },
      'evidence files named by the records are missing or damaged under EVIDENCE_DIR; the backup does not hold them',
    );
  }
  const archives = readdirSync(dir)
    .filter((f) => ARCHIVE.test(f))
    .sort();
  for (const old of archives.slice(0, Math.max(0, archives.length - app.config.BACKUP_KEEP))) {
    rmSync(join(dir, old), { force: true });
    app.logger.debug({ file: old }, 'old backup removed');
  }
  app.logger.info({ file, evidenceFiles: evidence.files }, 'daily backup written');
  return file;
}

export interface BackupJob {
  stop(): Promise<void>;
}

export function startDailyBackups(app: BackupApp): BackupJob | null {
  if (app.config.BACKUP_KEEP === 0) return null;
  const task = cron.schedule(
    DAILY_AT,
    () => dailyBackup(app).catch((err) => app.logger.error({ err }, 'daily backup failed')),
    { name: 'daily backup', timezone: app.config.COUNCIL_TIMEZONE, noOverlap: true },
  );
  return {
    async stop() {
      await task.destroy();
    },
  };
}
