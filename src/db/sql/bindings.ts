// A chat's active bindings with their owners' names: read on every command, so one statement.
import type { ChatBindingInfo } from '../../core/auth.js';
import type { Query, SqlConnection } from './connection.js';

export const chatBindings: Query = {
  name: 'chat_bindings',
  sql: `SELECT b."id", b."address", b."role", b."ownerId", o."name"
FROM "ChatBinding" b LEFT JOIN "Owner" o ON o."id" = b."ownerId"
WHERE b."address" = $1 AND b."active" = $2 AND b."councilId" = $3
ORDER BY b."id"`,
};

export async function readBindings(sql: SqlConnection, councilId: number, address: string): Promise<ChatBindingInfo[]> {
  const rows = await sql.rows(chatBindings, [address, true, councilId]);
  return rows.map((c) => ({
    id: c[0] as number,
    address: c[1] as string,
    role: c[2] === 'chair' ? 'chair' : 'committee',
    ownerId: c[3] as number | null,
    ownerName: (c[4] as string | null) ?? null,
    active: true,
  }));
}
