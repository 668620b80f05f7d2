// The council this deployment serves, found or created at every start. Hand-written so that starting needs no
// query of Prisma's: its query compiler plans each new kind of query on first use, a few hundred milliseconds of
// start-up for a row that exists after the first day. The first ORM query (the reminder catch-up sweep, a
// message) pays that once, after the bot is already connected.
import { type Query, type SqlConnection, sqliteTimestamp } from './connection.js';

const councilByName: Query = { name: 'council_by_name', sql: `SELECT "id" FROM "Council" WHERE "name" = $1` };

// A second process starting at once on PostgreSQL may insert the same name first: nothing happens, the read finds it.
const insertCouncil: Query = {
  name: 'council_insert',
  sql: `INSERT INTO "Council" ("name", "createdAt") VALUES ($1, $2) ON CONFLICT ("name") DO NOTHING`,
};

export async function ensureCouncilRow(sql: SqlConnection, name: string, now = new Date()): Promise<number> {
  const [found] = await sql.rows(councilByName, [name]);
  if (found) return Number(found[0]);
  await sql.write([{ query: insertCouncil, params: [name, sql.provider === 'sqlite' ? sqliteTimestamp(now) : now] }]);
  const [created] = await sql.rows(councilByName, [name]);
  if (!created) throw new Error(`the council «${name}» could not be created`);
  return Number(created[0]);
}
