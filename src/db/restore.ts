// Loading a backup: the archive's records are read and checked whole before the database is touched, its
// evidence files checked against those records before anything is written; then the files are put in place
// and every row goes in within one transaction, and if the rows fail the files are taken out again, so a bad
// archive or a failed insert changes nothing.
import { createReadStream } from 'node:fs';
import { pipeline, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { upgradeArchive } from './archive-upgrade.js';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  type BackupArchive,
  delegate,
  MODELS,
  RECORDS_ENTRY,
  type Row,
} from './backup.js';
import type { Database } from './client.js';
import {
  EvidenceArchiveError,
  type EvidenceRestoreReport,
  evidenceOnDisk,
  type LeftOut,
  type PlacedEvidence,
  restoreEvidence,
} from './evidence-backup.js';
import { loadMigrations } from './migrate.js';
import { RECOUNT } from './register-counts.js';
import { TarError, TarReader } from './tar.js';
import { writeTransaction } from './write-transaction.js';

export class BackupError extends Error {
  override name = 'BackupError';
}

/** What is wrong is the archive itself (not the database it is loaded into). */
export class ArchiveError extends BackupError {
  override name = 'ArchiveError';
}

/** Checks an archive's records; throws ArchiveError saying what is wrong with them. */
export function checkArchive(parsed: unknown, currentMigrations: string[]): BackupArchive {
  let archive = parsed as BackupArchive;
  if (archive?.format !== BACKUP_FORMAT || typeof archive.tables !== 'object' || !Array.isArray(archive.migrations)) {
    throw new ArchiveError('not a peygir backup (no peygir-backup header)');
  }
  if (archive.version > BACKUP_VERSION) {
    throw new ArchiveError(
      `the backup is format ${archive.version}; this peygir reads up to ${BACKUP_VERSION}: upgrade peygir`,
    );
  }
  // An older backup fits a newer schema (migrations add, or fold a table into another: see upgradeArchive);
  // a newer one needs a newer peygir.
  const unknown = archive.migrations.filter((m) => !currentMigrations.includes(m));
  if (unknown.length > 0) {
    throw new ArchiveError(`the backup comes from a newer peygir (migration ${unknown[0]}): upgrade peygir first`);
  }
  // Tables an older peygir had and a later migration folded into another: moved as that migration moved them.
  archive = upgradeArchive(archive);
  const foreign = Object.keys(archive.tables).filter((t) => !MODELS.includes(t));
  if (foreign.length > 0)
    throw new ArchiveError(`the backup has tables this peygir does not know: ${foreign.join(', ')}`);
  for (const [model, rows] of Object.entries(archive.tables)) {
    if (!Array.isArray(rows) || rows.some((r) => typeof r !== 'object' || r === null || typeof r.id !== 'number')) {
      throw new ArchiveError(`the backup's ${model} table is damaged`);
    }
  }
  return archive;
}

/** An archive opened: its records checked, its evidence files (format 2) still to be read. */
export interface OpenedBackup {
  archive: BackupArchive;
  /** What follows the records: the evidence files and their list; null for a format 1 backup, which has none. */
  files: TarReader | null;
  close(): void;
}

/** Why reading an archive failed, in its words. */
function unreadable(err: unknown): ArchiveError {
  const e = err as NodeJS.ErrnoException;
  if (e instanceof ArchiveError) return e;
  if (e.code === 'ENOENT' || e.code === 'EACCES' || e.code === 'EISDIR')
    return new ArchiveError(`cannot be read (${e.message})`);
  const why = e.code === 'Z_DATA_ERROR' ? 'not a gzip file' : e.message;
  return new ArchiveError(`not a complete peygir backup (${why})`);
}

/**
 * Opens an archive and reads its records (checked whole), leaving its evidence files unread. A format 2 archive
 * is a gzipped tar whose first entry is the records; a format 1 archive (an older peygir's) the gzipped JSON alone.
 */
export async function openBackup(file: string, currentMigrations: string[]): Promise<OpenedBackup> {
  const unzipped: Readable = pipeline(createReadStream(file), createGunzip(), () => {});
  const close = () => {
    unzipped.destroy();
  };
  try {
    const chunks = unzipped[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
    const first = await chunks.next();
    if (first.done || first.value.length === 0) throw new ArchiveError('not a complete peygir backup (empty)');
    if (first.value[0] === 0x7b) {
      // Format 1: the records alone.
      const parts = [first.value];
      for (let next = await chunks.next(); !next.done; next = await chunks.next()) parts.push(next.value);
      let parsed: unknown;
      try {
        parsed = JSON.parse(Buffer.concat(parts).toString('utf8'));
      } catch (err) {
        throw new ArchiveError(`not a complete peygir backup (${(err as Error).message})`);
      }
      const archive = checkArchive(parsed, currentMigrations);
      if (archive.version >= 2) {
        throw new ArchiveError('not a complete peygir backup (the records of an archive, without its evidence files)');
      }
      close();
      return { archive, files: null, close };
    }
    const rest: AsyncIterable<Buffer> = {
      async *[Symbol.asyncIterator]() {
        yield first.value;
        for (let next = await chunks.next(); !next.done; next = await chunks.next()) yield next.value;
      },
    };
    const reader = new TarReader(rest);
    const entry = await reader.next().catch((err) => {
      if (err instanceof TarError) throw new ArchiveError('not a peygir backup (no peygir-backup header)');
      throw err;
    });
    if (entry?.name !== RECORDS_ENTRY) throw new ArchiveError('not a peygir backup (no peygir-backup header)');
    let parsed: unknown;
    try {
      parsed = JSON.parse((await reader.body()).toString('utf8'));
    } catch (err) {
      if (err instanceof SyntaxError) throw new ArchiveError(`not a complete peygir backup (${err.message})`);
      throw err;
    }
    return { archive: checkArchive(parsed, currentMigrations), files: reader, close };
  } catch (err) {
    close();
    throw unreadable(err);
  }
}

/** An archive's records, checked (its evidence files are not read). */
export async function readBackup(file: string, currentMigrations: string[]): Promise<BackupArchive> {
  const opened = await openBackup(file, currentMigrations);
  opened.close();
  return opened.archive;
}

/** Rows in each table, for the "is it empty?" check. */
export async function rowCounts(db: Database): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const model of MODELS) out[model] = await delegate(db.prisma, model).count();
  return out;
}

/** Tables in an order that inserts every referenced row before the rows that point at it. */
async function insertOrder(db: Database): Promise<string[]> {
  const deps = new Map<string, Set<string>>();
  for (const model of MODELS) {
    const refs =
      db.provider === 'sqlite'
        ? await db.prisma.$queryRawUnsafe<{ table: string }[]>(
            `SELECT "table" FROM pragma_foreign_key_list('${model}')`,
          )
        : // information_schema names are of type `name`, which Prisma 6's PostgreSQL adapter cannot read.
          await db.prisma.$queryRawUnsafe<{ table: string }[]>(
            `SELECT ccu.table_name::text AS "table" FROM information_schema.table_constraints tc
             JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name
             WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_name = $1`,
            model,
          );
    deps.set(model, new Set(refs.map((r) => r.table).filter((t) => t !== model)));
  }
  const order: string[] = [];
  const visit = (m: string, path: string[]) => {
    if (order.includes(m) || path.includes(m)) return;
    for (const d of deps.get(m) ?? []) visit(d, [...path, m]);
    order.push(m);
  };
  for (const m of MODELS) visit(m, []);
  return order;
}

function revive(archive: BackupArchive, model: string, rows: Row[]): Row[] {
  const fields = archive.dates[model] ?? [];
  if (fields.length === 0) return rows;
  return rows.map((row) => {
    const out = { ...row };
    for (const f of fields) if (typeof out[f] === 'string') out[f] = new Date(out[f] as string);
    return out;
  });
}

export interface RestoreOptions {
  /** Replace what the database holds (otherwise a non-empty database is refused). */
  replace?: boolean;
  /** EVIDENCE_DIR: where the evidence files go. */
  evidenceDir: string;
  now?: Date;
}

export interface RestoreResult {
  /** Rows restored per table. */
  rows: Record<string, number>;
  /** A format 2 backup: what became of its evidence files. */
  evidence: EvidenceRestoreReport | null;
  /** A format 1 backup, which has no files: how many of those its records name EVIDENCE_DIR already holds. */
  notInBackup: { records: number; present: number; absent: LeftOut[] } | null;
}

/**
 * Loads an opened archive into a migrated database, and its evidence files into `evidenceDir`. Every file is
 * checked against its record before anything is written; a file missing or not matching refuses the whole
 * restore. The files already there stay; nothing in `evidenceDir` is overwritten or removed.
 */
export async function restoreBackup(db: Database, backup: OpenedBackup, opts: RestoreOptions): Promise<RestoreResult> {
  const { archive } = backup;
  const current = loadMigrations(db.provider).map((m) => m.name);
  const counts = await rowCounts(db);
  const held = Object.entries(counts).filter(([, n]) => n > 0);
  if (held.length > 0 && !opts.replace) {
    throw new BackupError(
      `the database is not empty (${held.map(([t, n]) => `${t}: ${n}`).join(', ')}); restore into an empty database, or add --replace to overwrite it`,
    );
  }
  if (current.some((m, i) => archive.migrations.length > i && archive.migrations[i] !== m)) {
    throw new BackupError('the backup was taken with a different migration history; it cannot be loaded here');
  }
  const order = await insertOrder(db);
  const evidenceRows = archive.tables.Evidence ?? [];
  let placed: PlacedEvidence | null = null;
  if (backup.files) {
    try {
      placed = await restoreEvidence(backup.files, evidenceRows, opts.evidenceDir, opts.now ?? new Date());
    } catch (err) {
      if (err instanceof EvidenceArchiveError) throw new ArchiveError(err.message);
      // The unzipping failed: the archive is cut short or damaged after its records.
      if (String((err as NodeJS.ErrnoException).code).startsWith('Z_')) throw unreadable(err);
      throw err;
    } finally {
      backup.close();
    }
  }
  const restored: Record<string, number> = {};
  try {
    await writeTransaction(
      db.prisma,
      async (tx) => {
        for (const model of [...order].reverse()) await delegate(tx, model).deleteMany();
        for (const model of order) {
          const rows = revive(archive, model, archive.tables[model] ?? []);
          for (let i = 0; i < rows.length; i += 500)
            await delegate(tx, model).createMany({ data: rows.slice(i, i + 500) });
          restored[model] = rows.length;
          // PostgreSQL's id sequences do not see explicit ids: move each past the highest restored.
          if (db.provider === 'postgresql') {
            await tx.$executeRawUnsafe(
              `SELECT setval(pg_get_serial_sequence('"${model}"', 'id'), COALESCE(MAX(id), 1), MAX(id) IS NOT NULL) FROM "${model}"`,
            );
          }
        }
        // The items arrived with their counters and their shares counted again on top: count everything anew.
        for (const statement of RECOUNT) await tx.$executeRawUnsafe(statement);
      },
      { timeout: 30 * 60_000, maxWait: 60_000 },
    );
  } catch (err) {
    await placed?.undo();
    throw err;
  }
  await placed?.finish();
  return {
    rows: restored,
    evidence: placed?.report ?? null,
    notInBackup: backup.files ? null : await evidenceOnDisk(evidenceRows, opts.evidenceDir),
  };
}
