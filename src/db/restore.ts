// Loading a backup: the archive is read and checked whole before the database is touched, then every row goes
// in within one transaction, so a bad archive or a failed insert changes nothing.
import { gunzipSync } from 'node:zlib';
import { upgradeArchive } from './archive-upgrade.js';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupArchive, delegate, MODELS, type Row } from './backup.js';
import type { Database } from './client.js';
import { loadMigrations } from './migrate.js';
import { RECOUNT } from './register-counts.js';
import { writeTransaction } from './write-transaction.js';

export class BackupError extends Error {
  override name = 'BackupError';
}

/** Unzips and checks an archive; throws BackupError saying what is wrong with it. */
export function decodeBackup(bytes: Buffer, currentMigrations: string[]): BackupArchive {
  let archive: BackupArchive;
  try {
    archive = JSON.parse(gunzipSync(bytes).toString('utf8'));
  } catch (err) {
    const why = (err as NodeJS.ErrnoException).code === 'Z_DATA_ERROR' ? 'not a gzip file' : (err as Error).message;
    throw new BackupError(`not a complete peygir backup (${why})`);
  }
  if (archive?.format !== BACKUP_FORMAT || typeof archive.tables !== 'object' || !Array.isArray(archive.migrations)) {
    throw new BackupError('not a peygir backup (no peygir-backup header)');
  }
  if (archive.version > BACKUP_VERSION) {
    throw new BackupError(
      `the backup is format ${archive.version}; this peygir reads up to ${BACKUP_VERSION}: upgrade peygir`,
    );
  }
  // An older backup fits a newer schema (migrations add, or fold a table into another: see upgradeArchive);
  // a newer one needs a newer peygir.
  const unknown = archive.migrations.filter((m) => !currentMigrations.includes(m));
  if (unknown.length > 0) {
    throw new BackupError(`the backup comes from a newer peygir (migration ${unknown[0]}): upgrade peygir first`);
  }
  // Tables an older peygir had and a later migration folded into another: moved as that migration moved them.
  archive = upgradeArchive(archive);
  const foreign = Object.keys(archive.tables).filter((t) => !MODELS.includes(t));
  if (foreign.length > 0)
    throw new BackupError(`the backup has tables this peygir does not know: ${foreign.join(', ')}`);
  for (const [model, rows] of Object.entries(archive.tables)) {
    if (!Array.isArray(rows) || rows.some((r) => typeof r !== 'object' || r === null || typeof r.id !== 'number')) {
      throw new BackupError(`the backup's ${model} table is damaged`);
    }
  }
  return archive;
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
}

/** Loads an archive into a migrated database; returns the rows restored per table. */
export async function restoreBackup(db: Database, archive: BackupArchive, opts: RestoreOptions = {}) {
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
  const restored: Record<string, number> = {};
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
  return restored;
}
