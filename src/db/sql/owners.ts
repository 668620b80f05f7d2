// A council's owners with every spelling that names them, in one statement: the list the desk suggests owner
// names from, and (by the spellings' keys) the owner a typed name means, without a second lookup.
import type { OwnerInfo } from '../../core/ports.js';
import { matchKey } from '../../core/text.js';
import type { Query, SqlConnection } from './connection.js';

export interface OwnerSpellings extends OwnerInfo {
  /** The aliases' normalised keys (`matchKey`), which a name is matched on. */
  keys: string[];
}

export const ownersWithAliases: Query = {
  name: 'owners_with_aliases',
  sql: `SELECT o."id", o."name", al."alias", al."key"
FROM "Owner" o LEFT JOIN "OwnerAlias" al ON al."ownerId" = o."id"
WHERE o."councilId" = $1
ORDER BY o."id", al."id"`,
};

export async function readOwners(sql: SqlConnection, councilId: number): Promise<OwnerSpellings[]> {
  const owners: OwnerSpellings[] = [];
  let owner: OwnerSpellings | undefined;
  // Indexed reads, not destructuring: every register page reads every owner and spelling, and destructuring
  // goes through an iterator per row until the code is compiled.
  for (const row of await sql.rows(ownersWithAliases, [councilId])) {
    const id = row[0] as number;
    if (!owner || owner.id !== id) {
      owner = { id, name: row[1] as string, aliases: [], keys: [] };
      owners.push(owner);
    }
    if (row[2] === null) continue;
    owner.aliases.push(row[2] as string);
    owner.keys.push(row[3] as string);
  }
  return owners;
}

/** The owner a name means, as the store's findOwner matches it (one key names one owner in a council). */
export function ownerNamed(owners: readonly OwnerSpellings[], name: string): OwnerInfo | null {
  const key = matchKey(name);
  const owner = owners.find((o) => o.keys.includes(key));
  return owner ? { id: owner.id, name: owner.name, aliases: owner.aliases } : null;
}
