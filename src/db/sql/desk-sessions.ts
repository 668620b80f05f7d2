// A desk session by its token's hash: read on every desk request, so one prepared statement.
import { type Query, type SqlConnection, toDate } from './connection.js';

export const sessionByHash: Query = {
  name: 'desk_session_by_hash',
  sql: `SELECT "id", "platform", "userId", "name", "role", "csrf", "expiresAt", "endedAt", "origin", "createdAt", "lastSeenAt"
FROM "DeskSession" WHERE "tokenHash" = $1`,
};

export interface SessionRow {
  id: number;
  platform: string;
  userId: string;
  name: string | null;
  role: string;
  csrf: string;
  expiresAt: Date;
  endedAt: Date | null;
  origin: string | null;
  createdAt: Date;
  lastSeenAt: Date | null;
}

export async function readSession(sql: SqlConnection, tokenHash: string): Promise<SessionRow | null> {
  const [c] = await sql.rows(sessionByHash, [tokenHash]);
  if (!c) return null;
  return {
    id: c[0] as number,
    platform: c[1] as string,
    userId: c[2] as string,
    name: c[3] as string | null,
    role: c[4] as string,
    csrf: c[5] as string,
    expiresAt: toDate(c[6])!,
    endedAt: toDate(c[7]),
    origin: c[8] as string | null,
    createdAt: toDate(c[9])!,
    lastSeenAt: toDate(c[10]),
  };
}
