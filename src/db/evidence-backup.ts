// The evidence files in a backup. A backup carries, after its records, every file an Evidence row names (once
// per content, under `evidence/<2 hex>/<sha256>`, the layout of EVIDENCE_DIR), then a list that closes the
// archive and names any file that could not be carried (gone or damaged on disk when the backup was taken).
// Files are read one at a time, each checked against its hash before it goes in, so a backup holds at most one
// file (EVIDENCE_MAX_MB) in memory beside the records.
//
// A restore reads them into a folder of its own inside EVIDENCE_DIR, checking each against its record (size and
// SHA-256) as it streams; only when every file the records name is there and sound (or was named as missing when
// the backup was taken) are they moved into place, before the rows go in, and taken back out if the rows fail.
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, mkdtemp, open, rename, rm, rmdir, stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Row } from './backup.js';
import { evidencePath, SHA256_HEX } from './evidence.js';
import { TarError, type TarReader, tarHeader, tarPadding } from './tar.js';

/** The entry that closes a backup's evidence: how many files it carries, and those it could not. */
export const EVIDENCE_LIST = 'peygir-evidence.json';
const ENTRY = /^evidence\/([0-9a-f]{2})\/([0-9a-f]{64})$/;
export const evidenceEntry = (sha256: string) => `evidence/${sha256.slice(0, 2)}/${sha256}`;

/** A file the records name that a backup does not carry, and why. */
export interface LeftOut {
  sha256: string;
  /** The name it was sent under (the first record's). */
  name: string;
  why: 'missing' | 'damaged';
}

/** What the archive's closing list says. */
interface EvidenceList {
  files: number;
  leftOut: { sha256: string; why: 'missing' | 'damaged' }[];
}

export interface EvidenceBackupReport {
  /** Files carried, and their bytes. */
  files: number;
  bytes: number;
  leftOut: LeftOut[];
}

/** Thrown where a backup's evidence cannot be restored; restore.ts turns it into its own error. */
export class EvidenceArchiveError extends Error {
  override name = 'EvidenceArchiveError';
}

interface Wanted {
  size: number;
  name: string;
}

/** The files the Evidence rows name, by hash: one content sent several times is one file. */
function wantedFiles(rows: readonly Row[], strict: boolean): Map<string, Wanted> {
  const out = new Map<string, Wanted>();
  for (const row of rows) {
    const sha = row.sha256;
    const size = row.size;
    if (typeof sha !== 'string' || !SHA256_HEX.test(sha) || !Number.isSafeInteger(size) || (size as number) < 0) {
      if (strict) throw new EvidenceArchiveError(`the backup's Evidence row ${row.id} is damaged (its hash or size)`);
      continue;
    }
    const known = out.get(sha);
    if (known && known.size !== size) {
      throw new EvidenceArchiveError(`the backup's Evidence rows give the file ${short(sha)} two sizes`);
    }
    if (!known) out.set(sha, { size: size as number, name: typeof row.name === 'string' ? row.name : sha });
  }
  return out;
}

const short = (sha: string) => `sha256 ${sha.slice(0, 12)}…`;
const shown = (name: string, sha: string) => `«${name}» (${short(sha)})`;

/**
 * The tar entries of the files `rows` name, read from `dir`, then the closing list; `report` is filled as they go.
 * A file missing, of another size than its record or of other content than its hash is left out and listed.
 */
export async function* evidenceEntries(
  rows: readonly Row[],
  dir: string,
  mtime: Date,
  report: EvidenceBackupReport,
): AsyncGenerator<Buffer> {
  const wanted = wantedFiles(rows, false);
  for (const [sha, { size, name }] of [...wanted].sort(([a], [b]) => a.localeCompare(b))) {
    const path = evidencePath(dir, sha);
    const found = await stat(path).catch(() => null);
    if (!found?.isFile()) {
      report.leftOut.push({ sha256: sha, name, why: 'missing' });
      continue;
    }
    // Only a file of its record's size is read (at most EVIDENCE_MAX_MB), then checked before it goes in.
    const data = found.size === size ? await readWhole(path, size) : null;
    if (!data || createHash('sha256').update(data).digest('hex') !== sha) {
      report.leftOut.push({ sha256: sha, name, why: 'damaged' });
      continue;
    }
    yield tarHeader(evidenceEntry(sha), data.length, mtime);
    yield data;
    yield tarPadding(data.length);
    report.files++;
    report.bytes += data.length;
  }
  const list: EvidenceList = {
    files: report.files,
    leftOut: report.leftOut.map(({ sha256, why }) => ({ sha256, why })),
  };
  const json = Buffer.from(JSON.stringify(list));
  yield tarHeader(EVIDENCE_LIST, json.length, mtime);
  yield json;
  yield tarPadding(json.length);
}

/** The file's bytes when it still holds exactly `size` of them; null otherwise. */
async function readWhole(path: string, size: number): Promise<Buffer | null> {
  const fh = await open(path, 'r').catch(() => null);
  if (!fh) return null;
  try {
    const data = Buffer.alloc(size);
    let got = 0;
    while (got < size) {
      const { bytesRead } = await fh.read(data, got, size - got, got);
      if (bytesRead === 0) return null;
      got += bytesRead;
    }
    // A file that grew since it was measured is not the one its record names.
    const { bytesRead } = await fh.read(Buffer.alloc(1), 0, 1, size);
    return bytesRead === 0 ? data : null;
  } finally {
    await fh.close();
  }
}

/** The SHA-256 of a file on disk; null when there is none. */
async function hashOf(path: string): Promise<string | null> {
  const found = await stat(path).catch(() => null);
  if (!found) return null;
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

export interface EvidenceRestoreReport {
  /** Files put into EVIDENCE_DIR. */
  restored: number;
  /** Files EVIDENCE_DIR already held with the same content. */
  alreadyThere: number;
  /** Files EVIDENCE_DIR held under a hash their content did not match: kept beside it as `<hash>.damaged-<time>`. */
  damagedKept: string[];
  /** Files the backup could not carry when it was taken. */
  leftOutAtBackup: LeftOut[];
}

/** Evidence files checked and placed; `undo` takes them back out if the rows then fail to go in. */
export interface PlacedEvidence {
  report: EvidenceRestoreReport;
  undo(): Promise<void>;
  /** Removes the restore's own working folder once the rows are in. */
  finish(): Promise<void>;
}

/** Reads what follows the records in `reader`, checks every file against `rows`, and places them under `dir`. */
export async function restoreEvidence(reader: TarReader, rows: readonly Row[], dir: string, now: Date) {
  const wanted = wantedFiles(rows, true);
  const made = await mkdir(dir, { recursive: true });
  const staging = await mkdtemp(join(dir, '.restore-'));
  const cleanUp = async () => {
    await rm(staging, { recursive: true, force: true });
    if (made) await rm(made, { recursive: true, force: true });
  };
  let staged: Map<string, string>;
  let list: EvidenceList;
  try {
    ({ staged, list } = await stage(reader, wanted, staging));
  } catch (err) {
    await cleanUp();
    if (err instanceof TarError) throw new EvidenceArchiveError(`not a complete peygir backup (${err.message})`);
    throw err;
  }
  const undo: (() => Promise<void>)[] = [];
  const takeBack = async () => {
    for (const step of undo.reverse()) await step();
    await cleanUp();
  };
  const report: EvidenceRestoreReport = {
    restored: 0,
    alreadyThere: 0,
    damagedKept: [],
    leftOutAtBackup: list.leftOut.map((l) => ({ ...l, name: wanted.get(l.sha256)!.name })),
  };
  try {
    for (const [sha, part] of staged) {
      const target = evidencePath(dir, sha);
      const held = await hashOf(target);
      if (held === sha) {
        report.alreadyThere++;
        continue;
      }
      const parent = await mkdir(dirname(target), { recursive: true });
      if (held !== null) {
        // A file under this hash whose content is not it: kept beside, not overwritten.
        const aside = `${target}.damaged-${now.toISOString().replace(/[-:.]/g, '')}`;
        await rename(target, aside);
        undo.push(() => rename(aside, target));
        report.damagedKept.push(aside);
      }
      await rename(part, target);
      undo.push(async () => {
        await rm(target, { force: true });
        if (parent) await rmdir(parent).catch(() => {});
      });
      report.restored++;
    }
  } catch (err) {
    await takeBack();
    throw err;
  }
  const placed: PlacedEvidence = {
    report,
    undo: takeBack,
    finish: () => rm(staging, { recursive: true, force: true }),
  };
  return placed;
}

/** Streams every evidence entry into `staging`, checked as it goes; returns the staged files and the closing list. */
async function stage(
  reader: TarReader,
  wanted: ReadonlyMap<string, Wanted>,
  staging: string,
): Promise<{ staged: Map<string, string>; list: EvidenceList }> {
  const staged = new Map<string, string>();
  let list: EvidenceList | null = null;
  for (let entry = await reader.next(); entry; entry = await reader.next()) {
    if (list) throw new EvidenceArchiveError(`the backup holds ${entry.name} after its list of evidence files`);
    if (entry.name === EVIDENCE_LIST && entry.type === '0') {
      list = readList(await reader.body());
      continue;
    }
    const m = ENTRY.exec(entry.name);
    if (!m || entry.type !== '0' || m[1] !== m[2]!.slice(0, 2)) {
      throw new EvidenceArchiveError(`the backup holds ${entry.name}, which is no part of a peygir backup`);
    }
    const sha = m[2]!;
    const want = wanted.get(sha);
    if (!want) throw new EvidenceArchiveError(`the backup holds an evidence file no record names (${short(sha)})`);
    if (staged.has(sha)) throw new EvidenceArchiveError(`the backup holds the evidence file ${short(sha)} twice`);
    if (entry.size !== want.size) {
      throw new EvidenceArchiveError(
        `the backup's evidence file ${shown(want.name, sha)} is ${entry.size} bytes; its record says ${want.size}`,
      );
    }
    const part = join(staging, sha);
    const hash = createHash('sha256');
    const fh = await open(part, 'wx');
    try {
      for await (const chunk of reader.stream()) {
        hash.update(chunk);
        await fh.write(chunk);
      }
    } finally {
      await fh.close();
    }
    const got = hash.digest('hex');
    if (got !== sha) {
      throw new EvidenceArchiveError(
        `the backup's evidence file ${shown(want.name, sha)} does not match its record (its content hashes to ${got.slice(0, 12)}…)`,
      );
    }
    staged.set(sha, part);
  }
  if (!list) throw new EvidenceArchiveError("not a complete peygir backup (it ends before its evidence files' list)");
  for (const l of list.leftOut) {
    if (!wanted.has(l.sha256) || staged.has(l.sha256)) {
      throw new EvidenceArchiveError(`the backup's list of evidence files is damaged (${short(l.sha256)})`);
    }
  }
  if (list.files !== staged.size) {
    throw new EvidenceArchiveError(
      `the backup's list of evidence files names ${list.files} files; the backup holds ${staged.size}`,
    );
  }
  const listed = new Set(list.leftOut.map((l) => l.sha256));
  for (const [sha, { name }] of wanted) {
    if (!staged.has(sha) && !listed.has(sha)) {
      throw new EvidenceArchiveError(`the backup lacks the evidence file ${shown(name, sha)} its records name`);
    }
  }
  return { staged, list };
}

function readList(data: Buffer): EvidenceList {
  let list: EvidenceList;
  try {
    list = JSON.parse(data.toString('utf8'));
  } catch {
    throw new EvidenceArchiveError("the backup's list of evidence files is damaged");
  }
  const valid =
    Number.isSafeInteger(list?.files) &&
    Array.isArray(list.leftOut) &&
    list.leftOut.every(
      (l) => typeof l?.sha256 === 'string' && SHA256_HEX.test(l.sha256) && (l.why === 'missing' || l.why === 'damaged'),
    );
  if (!valid) throw new EvidenceArchiveError("the backup's list of evidence files is damaged");
  return list;
}

/** For a backup without files (an older peygir's): how many of the files its records name EVIDENCE_DIR holds. */
export async function evidenceOnDisk(
  rows: readonly Row[],
  dir: string,
): Promise<{ records: number; present: number; absent: LeftOut[] }> {
  const wanted = wantedFiles(rows, false);
  let present = 0;
  const absent: LeftOut[] = [];
  for (const [sha, { size, name }] of wanted) {
    const found = await stat(evidencePath(dir, sha)).catch(() => null);
    if (found?.isFile() && found.size === size) present++;
    else absent.push({ sha256: sha, name, why: 'missing' });
  }
  return { records: wanted.size, present, absent };
}
