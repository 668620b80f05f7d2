// The configured database's register of owners, for commands that only read minutes (`peygir parse`): read
// without creating, migrating or locking anything; when there is no database to read, a bare parse with a
// note on standard error.
import { existsSync } from 'node:fs';
import { loadConfig } from '../config.js';
import { openDatabase, plainMessage, sqlitePath } from '../db/client.js';
import { readRegister } from '../db/owner-register.js';
import type { KnownOwner } from '../minutes/known-owners.js';
import type { CliIo } from './types.js';

export async function configuredRegister(io: CliIo, command: string): Promise<KnownOwner[] | undefined> {
  const config = loadConfig();
  const note = (why: string) => {
    io.stderr.write(`peygir ${command}: ${why}; reading without the council's owners (--no-db skips this note)\n`);
    return undefined;
  };
  const url = config.databaseUrl;
  if (url.startsWith('file:') && !existsSync(sqlitePath(url))) return note(`no database at ${sqlitePath(url)}`);
  let db: Awaited<ReturnType<typeof openDatabase>>;
  try {
    db = await openDatabase(url, { migrate: false, attempts: 1 });
  } catch (err) {
    return note(`the database cannot be opened (${plainMessage(err)})`);
  }
  try {
    const council = await db.prisma.council.findUnique({ where: { name: config.COUNCIL_NAME }, select: { id: true } });
    return council ? await readRegister(db.prisma, council.id) : [];
  } catch (err) {
    return note(`the owners cannot be read (${plainMessage(err)})`);
  } finally {
    await db.close();
  }
}
