// Evidence an owner sends for its share: a document or photo, checked before anything is kept. A file is allowed
// by its name's extension, and only when its content starts as that type's files do (a renamed program is not a
// PDF); its size is checked before the download where the platform states it, and again after.
import { createHash } from 'node:crypto';
import { extname } from 'node:path';

interface FileType {
  mime: string;
  /** Whether the content is of this type, from its first bytes. */
  looks(data: Buffer): boolean;
}

const starts =
  (...sig: number[]) =>
  (d: Buffer) =>
    sig.every((b, i) => d[i] === b);
const zip = starts(0x50, 0x4b, 0x03, 0x04);
const ole = starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
/** Text: valid UTF-8 without control characters other than tabs and line ends. */
function text(d: Buffer): boolean {
  const s = d.toString('utf8');
  return !s.includes('\uFFFD') && !/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(s);
}

/** Every type evidence may be, by extension; EVIDENCE_TYPES chooses among them. */
export const EVIDENCE_FILE_TYPES: Record<string, FileType> = {
  pdf: { mime: 'application/pdf', looks: starts(0x25, 0x50, 0x44, 0x46, 0x2d) },
  jpg: { mime: 'image/jpeg', looks: starts(0xff, 0xd8, 0xff) },
  jpeg: { mime: 'image/jpeg', looks: starts(0xff, 0xd8, 0xff) },
  png: { mime: 'image/png', looks: starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a) },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', looks: zip },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', looks: zip },
  doc: { mime: 'application/msword', looks: ole },
  xls: { mime: 'application/vnd.ms-excel', looks: ole },
  txt: { mime: 'text/plain', looks: text },
};

export interface EvidenceLimits {
  maxBytes: number;
  /** Allowed extensions, lower case, without the dot. */
  types: readonly string[];
}

/** A photo arrives without a name: it is called by its type. */
export const PHOTO_NAME = 'photo.jpg';

export type EvidenceCheck =
  | { ok: true; mime: string; sha256: string }
  | { ok: false; kind: 'too_large' }
  | { ok: false; kind: 'bad_type' };

/** Before the download: what the platform states is enough to refuse a file. */
export function precheck(file: { name: string; size?: number }, limits: EvidenceLimits): EvidenceCheck | null {
  if (file.size !== undefined && file.size > limits.maxBytes) return { ok: false, kind: 'too_large' };
  if (!limits.types.includes(extensionOf(file.name))) return { ok: false, kind: 'bad_type' };
  return null;
}

export function extensionOf(name: string): string {
  return extname(name).slice(1).toLowerCase();
}

/** After the download: the size, and the content against the type its name claims. */
export function checkEvidence(name: string, data: Buffer, limits: EvidenceLimits): EvidenceCheck {
  if (data.length > limits.maxBytes) return { ok: false, kind: 'too_large' };
  const ext = extensionOf(name);
  const type = limits.types.includes(ext) ? EVIDENCE_FILE_TYPES[ext] : undefined;
  if (!type || data.length === 0 || !type.looks(data)) return { ok: false, kind: 'bad_type' };
  return { ok: true, mime: type.mime, sha256: createHash('sha256').update(data).digest('hex') };
}

/** An evidence file kept for a share, as the history, the desk and the exports show it. */
export interface EvidenceView {
  id: number;
  assignmentId: number;
  resolutionId: number;
  publicNumber: number;
  ownerName: string;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  note: string | null;
  actorName: string | null;
  createdAt: Date;
}

/** Evidence files over the store and the disk. */
export interface EvidenceStore {
  /**
   * Keeps the content (named by its hash, once however often it is sent) and records it on each share, with an
   * `evidence` event in the share's history, in one transaction.
   */
  keep(
    file: { name: string; mime: string; sha256: string; data: Buffer; note: string | null },
    assignmentIds: number[],
    actor: { platform: string; userId: string; name: string },
    chatAddress: string,
  ): Promise<void>;
  /**
   * Each item's evidence as text, by resolution id (all items, or those given): what owners wrote with «done» and
   * the names of the files they sent, oldest first.
   */
  texts(resolutionIds?: number[]): Promise<Map<number, string[]>>;
}
