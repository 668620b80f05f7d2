// Evidence over Prisma and the disk: a file's content under EVIDENCE_DIR, named by its SHA-256 (so a file sent
// twice is stored once and a stored file can be checked against its name), a row per share, and an `evidence`
// event in the share's history naming the file and its hash. Also the one place the exports and reports read an
// item's evidence from: the texts sent with «done» and the files.
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EvidenceStore, EvidenceView } from '../core/evidence.js';
import type { Actor } from '../core/ports.js';
import type { Prisma } from './client.js';
import { shareEventRow } from './item-state.js';
import { writeTransaction } from './write-transaction.js';

const INCLUDE = {
  assignment: {
    select: { resolutionId: true, owner: { select: { name: true } }, resolution: { select: { publicNumber: true } } },
  },
} as const;

type Row = Awaited<ReturnType<Prisma['evidence']['findFirstOrThrow']>> & {
  assignment: { resolutionId: number; owner: { name: string }; resolution: { publicNumber: number } };
};

function view(r: Row): EvidenceView {
  return {
    id: r.id,
    assignmentId: r.assignmentId,
    resolutionId: r.assignment.resolutionId,
    publicNumber: r.assignment.resolution.publicNumber,
    ownerName: r.assignment.owner.name,
    name: r.name,
    mime: r.mime,
    size: r.size,
    sha256: r.sha256,
    note: r.note,
    actorName: r.actorName,
    createdAt: r.createdAt,
  };
}

/** A SHA-256 as evidence rows keep it: 64 lower-case hex digits, which name the file's content on disk. */
export const SHA256_HEX = /^[0-9a-f]{64}$/;

/** Where a content of this hash is kept under `dir`: a folder per first two hex digits, so no folder grows too large. */
export function evidencePath(dir: string, sha256: string): string {
  return join(dir, sha256.slice(0, 2), sha256);
}

/** What an `evidence` event says of its file: the name and the hash that names its content. */
export const evidenceNote = (name: string, sha256: string) => `${name} · sha256:${sha256}`;

export class PrismaEvidence implements EvidenceStore {
  constructor(
    private readonly prisma: Prisma,
    private readonly dir: string,
  ) {}

  /** Where a content of this hash is kept. */
  pathOf(sha256: string): string {
    return evidencePath(this.dir, sha256);
  }

  async keep(
    file: { name: string; mime: string; sha256: string; data: Buffer; note: string | null },
    assignmentIds: number[],
    actor: Actor,
    chatAddress: string,
  ): Promise<void> {
    const path = this.pathOf(file.sha256);
    const kept = await stat(path).catch(() => null);
    if (kept?.size !== file.data.length) {
      // Written aside, then renamed: a crash never leaves a half file under a hash's name.
      await mkdir(join(this.dir, file.sha256.slice(0, 2)), { recursive: true });
      const part = `${path}.${randomUUID()}.part`;
      await writeFile(part, file.data);
      await rename(part, path);
    }
    const now = new Date();
    const batch = randomUUID();
    await writeTransaction(this.prisma, async (tx) => {
      const shares = await tx.assignment.findMany({
        where: { id: { in: assignmentIds } },
        select: { id: true, status: true },
      });
      for (const s of shares) {
        await tx.evidence.create({
          data: {
            assignmentId: s.id,
            name: file.name,
            mime: file.mime,
            size: file.data.length,
            sha256: file.sha256,
            note: file.note,
            actorPlatform: actor.platform,
            actorId: actor.userId,
            actorName: actor.name,
            chatAddress,
            createdAt: now,
          },
        });
        await tx.statusEvent.create({
          data: shareEventRow(
            { assignmentId: s.id, type: 'evidence', status: s.status, note: evidenceNote(file.name, file.sha256) },
            { actor, chatAddress, batch, at: now },
          ),
        });
      }
    });
  }

  texts(resolutionIds?: number[]): Promise<Map<number, string[]>> {
    return evidenceTexts(this.prisma, resolutionIds);
  }

  async forResolution(resolutionId: number): Promise<EvidenceView[]> {
    const rows = await this.prisma.evidence.findMany({
      where: { assignment: { resolutionId } },
      include: INCLUDE,
      orderBy: { id: 'asc' },
    });
    return rows.map(view);
  }

  async all(): Promise<EvidenceView[]> {
    const rows = await this.prisma.evidence.findMany({ include: INCLUDE, orderBy: { id: 'asc' } });
    return rows.map(view);
  }

  /** One file with its content, read back and checked against its hash; null when unknown or missing. */
  async open(id: number): Promise<{ file: EvidenceView; data: Buffer } | null> {
    const row = await this.prisma.evidence.findUnique({ where: { id }, include: INCLUDE });
    if (!row) return null;
    const data = await readFile(this.pathOf(row.sha256)).catch(() => null);
    return data ? { file: view(row), data } : null;
  }
}

/**
 * Each item's evidence as text, by resolution id: what owners wrote with «done» (`/done 3 نامه ۱۲۳۴`, a claim's text
 * once accepted or still waiting) and the names of the files they sent, oldest first. For the workbook, the JSON
 * export and the follow-up report.
 */
export async function evidenceTexts(prisma: Prisma, resolutionIds?: number[]): Promise<Map<number, string[]>> {
  const inItems = resolutionIds ? { resolutionId: { in: resolutionIds } } : {};
  const [events, files] = await Promise.all([
    prisma.statusEvent.findMany({
      where: {
        assignment: inItems,
        note: { not: null },
        OR: [{ type: 'status', toStatus: 'done' }, { type: 'claim' }],
      },
      select: { note: true, assignment: { select: { resolutionId: true } } },
      orderBy: { id: 'asc' },
    }),
    prisma.evidence.findMany({
      where: { assignment: inItems },
      select: { name: true, assignment: { select: { resolutionId: true } } },
      orderBy: { id: 'asc' },
    }),
  ]);
  const out = new Map<number, string[]>();
  const add = (id: number, text: string) => {
    const list = out.get(id) ?? [];
    // An accepted claim repeats the claim's text in its status change: said once.
    if (!list.includes(text)) list.push(text);
    out.set(id, list);
  };
  for (const e of events) if (e.note?.trim()) add(e.assignment.resolutionId, e.note.trim());
  for (const f of files) add(f.assignment.resolutionId, `📎 ${f.name}`);
  return out;
}
