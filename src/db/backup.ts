// Portable backups: every table read in one transaction (a point-in-time snapshot while the bot runs), as JSON
// that either database kind can load (rows keep their ids, so references survive the move), and the evidence
// files those rows name, in one gzipped tar archive: the records first, then the files, then their list
// (evidence-backup.ts). Format 1, an older peygir's, was the gzipped JSON alone, without the files.
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { Prisma } from '../generated/sqlite/client.js';
import type { Database } from './client.js';
import { type EvidenceBackupReport, evidenceEntries } from './evidence-backup.js';
import { loadMigrations } from './migrate.js';
import { TAR_END, tarHeader, tarPadding } from './tar.js';

export const BACKUP_FORMAT = 'peygir-backup';
/** 2: a tar archive of the records and the evidence files; 1: the records alone, as gzipped JSON. */
export const BACKUP_VERSION = 2;
/** The archive's first entry: the records. */
export const RECORDS_ENTRY = 'peygir-backup.json';

export type Row = Record<string, unknown>;

export interface BackupArchive {
  format: typeof BACKUP_FORMAT;
  version: number;
  createdAt: string;
  /** The database kind it was taken from (informative: a backup loads into either). */
  source: 'sqlite' | 'postgresql';
  /** The migrations the source had: the schema the rows fit. */
  migrations: string[];
  /** Rows per model, by id. */
  tables: Record<string, Row[]>;
  /** Per model, the fields that hold instants (written as ISO strings, read back as dates). */
  dates: Record<string, string[]>;
}

/** Models the database derives from the others (kept by its triggers): not backed up, counted again on restore. */
export const DERIVED: readonly string[] = ['RegisterCount'];

/** Every model of the schema that holds data of its own, in the schema's order. */
export const MODELS: readonly string[] = Object.values(Prisma.ModelName).filter((m) => !DERIVED.includes(m));

type Delegate = {
  findMany(args: object): Promise<Row[]>;
  createMany(args: { data: Row[] }): Promise<unknown>;
  deleteMany(args?: object): Promise<unknown>;
  count(): Promise<number>;
};

/** The Prisma delegate of a model (`ChatBinding` → `prisma.chatBinding`), in a client or a transaction. */
export function delegate(client: unknown, model: string): Delegate {
  return (client as Record<string, Delegate>)[model.charAt(0).toLowerCase() + model.slice(1)]!;
}

/** The migrations applied to the database, oldest first. */
export async function appliedMigrations(db: Database): Promise<string[]> {
  const rows = await db.prisma.$queryRawUnsafe<{ migration_name: string }[]>(
    'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name',
  );
  return rows.map((r) => r.migration_name);
}

/** Reads every table at one point in time. */
export async function takeBackup(db: Database, now = new Date()): Promise<BackupArchive> {
  const migrations = await appliedMigrations(db);
  const known = loadMigrations(db.provider).map((m) => m.name);
  if (migrations.join() !== known.join()) {
    throw new Error('the database is not migrated to this version of peygir; run `peygir migrate` first');
  }
  const tables: Record<string, Row[]> = {};
  const dates: Record<string, string[]> = {};
  await db.prisma.$transaction(
    async (tx) => {
      for (const model of MODELS) tables[model] = await delegate(tx, model).findMany({ orderBy: { id: 'asc' } });
    },
    {
      // PostgreSQL: one snapshot for all the reads. SQLite's transactions are serializable already.
      // (The client's type is SQLite's, which names only Serializable; the PostgreSQL client takes this.)
      isolationLevel: (db.provider === 'postgresql' ? 'RepeatableRead' : undefined) as never,
      timeout: 10 * 60_000,
      maxWait: 60_000,
    },
  );
  for (const [model, rows] of Object.entries(tables)) {
    const fields = new Set<string>();
    for (const row of rows) for (const [k, v] of Object.entries(row)) if (v instanceof Date) fields.add(k);
    if (fields.size > 0) dates[model] = [...fields].sort();
  }
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: now.toISOString(),
    source: db.provider,
    migrations,
    tables,
    dates,
  };
}

export interface WrittenBackup {
  archive: BackupArchive;
  evidence: EvidenceBackupReport;
}

/**
 * Writes a backup of the database and of the evidence files under `evidenceDir` its rows name. Written beside its
 * final name first, so a crash (or a failure) never leaves half an archive under that name. The files are read
 * one at a time, so the memory it takes is the records' and one file's (EVIDENCE_MAX_MB at most).
 */
export async function writeBackup(
  db: Database,
  file: string,
  opts: { evidenceDir: string; now?: Date },
): Promise<WrittenBackup> {
  const now = opts.now ?? new Date();
  const archive = await takeBackup(db, now);
  const evidence: EvidenceBackupReport = { files: 0, bytes: 0, leftOut: [] };
  async function* entries(): AsyncGenerator<Buffer> {
    const records = Buffer.from(JSON.stringify(archive));
    yield tarHeader(RECORDS_ENTRY, records.length, now);
    yield records;
    yield tarPadding(records.length);
    yield* evidenceEntries(archive.tables.Evidence ?? [], opts.evidenceDir, now, evidence);
    yield TAR_END;
  }
  const partial = `${file}.partial`;
  try {
    await pipeline(entries(), createGzip(), createWriteStream(partial));
    await rename(partial, file);
  } catch (err) {
    await rm(partial, { force: true });
    throw err;
  }
  return { archive, evidence };
}
