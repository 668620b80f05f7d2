// A large council written by bulk SQL (a recursive WITH on SQLite, generate_series on PostgreSQL), not by the
// importer: a million items take seconds. Committees get their items round-robin, each with a chat.
import type { App } from '../../src/app.js';

export interface BulkOptions {
  resolutions: number;
  committees: number;
  /** SQL for item `i`'s due date (a civil date or NULL); `i` counts from 1. Default: no date. */
  dueDate?: (i: string) => string;
  /** An import event for every assignment and, on every third, a status change with a note. */
  history?: boolean;
}

const NOW = '2025-01-01T00:00:00.000+00:00';

export async function bulkCouncil(app: App, opts: BulkOptions): Promise<{ meetingId: number; ownerIds: number[] }> {
  const { prisma, provider } = app.db;
  const councilId = app.councilId;
  const meeting = await prisma.meeting.create({
    data: { councilId, key: 'bulk', number: '1', gregorianDate: '2024-12-01', sourceText: '-' },
  });
  await prisma.owner.createMany({
    data: Array.from({ length: opts.committees }, (_, c) => ({ councilId, name: `committee ${c}` })),
  });
  const owners = await prisma.owner.findMany({ where: { councilId }, orderBy: { id: 'asc' }, select: { id: true } });
  const ownerIds = owners.map((o) => o.id);
  await prisma.chatBinding.createMany({
    data: ownerIds.map((id, c) => ({
      councilId,
      address: `console:c${c}`,
      platform: 'console',
      chatId: `c${c}`,
      role: 'committee',
      ownerId: id,
      target: `owner:${id}`,
    })),
  });
  const n = opts.resolutions;
  const due = opts.dueDate?.('i') ?? 'NULL';
  const series =
    provider === 'sqlite'
      ? `WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < ${n}) SELECT i FROM s`
      : `SELECT i FROM generate_series(1, ${n}) AS s(i)`;
  const now = provider === 'sqlite' ? `'${NOW}'` : `TIMESTAMP '2025-01-01 00:00:00'`;
  const exec = (sql: string) => prisma.$executeRawUnsafe(sql);
  await exec(`INSERT INTO "Resolution" ("councilId", "meetingId", "row", "publicNumber", "text", "dueDate", "updatedAt")
    SELECT ${councilId}, ${meeting.id}, i, i, 'item ' || i, ${due}, ${now} FROM (${series}) AS n`);
  // Owner ids of a fresh council are consecutive, so the round-robin is arithmetic.
  await exec(`INSERT INTO "Assignment" ("resolutionId", "ownerId", "updatedAt")
    SELECT "id", ${ownerIds[0]} + ("publicNumber" % ${opts.committees}), ${now}
    FROM "Resolution" WHERE "councilId" = ${councilId} AND "meetingId" = ${meeting.id}`);
  if (opts.history) {
    const events = (type: string, note: string, every: number) =>
      exec(`INSERT INTO "StatusEvent" ("assignmentId", "type", "fromStatus", "toStatus", "note", "actorPlatform",
        "actorId", "chatAddress", "createdAt")
      SELECT "id", '${type}', NULL, 'open', ${note}, 'console', 'bulk', 'console:bulk', ${now}
      FROM "Assignment" WHERE "id" % ${every} = 0`);
    await events('import', 'NULL', 1);
    await events('status', `'note ' || "id"`, 3);
  }
  // Fresh statistics, as a database that grew over years would have.
  await exec('ANALYZE');
  return { meetingId: meeting.id, ownerIds };
}
