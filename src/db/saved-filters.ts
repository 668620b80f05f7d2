// The register's saved filters: a name and the register's query string, kept for the whole council. Making one
// and deleting one are each one transaction with their RecordChange row (subject filter) naming who; a deleted
// filter keeps its row with when it was deleted, so the record can always say what it selected.
import type { Actor } from '../core/ports.js';
import type { Prisma } from './client.js';
import { type Query, type SqlConnection, toDate } from './sql/connection.js';
import { keptRead } from './sql/read-cache.js';
import { writeTransaction } from './write-transaction.js';

export interface SavedFilterRow {
  id: number;
  name: string;
  query: string;
  createdBy: string | null;
  createdAt: Date;
}

/** A name another kept filter of the council already has. */
export class FilterNameTaken extends Error {
  constructor(readonly existing: SavedFilterRow) {
    super(`a saved filter is named ${existing.name} already`);
    this.name = 'FilterNameTaken';
  }
}

const SELECT = { id: true, name: true, query: true, createdBy: true, createdAt: true } as const;

/** Every register page lists the kept filters: one small statement, kept until the data changes. */
const listQuery: Query = {
  name: 'saved_filters',
  sql: `SELECT "id", "name", "query", "createdBy", "createdAt" FROM "SavedFilter"
WHERE "councilId" = $1 AND "deletedAt" IS NULL`,
};

export class SavedFilters {
  constructor(
    private readonly prisma: Prisma,
    private readonly sql: SqlConnection,
    private readonly councilId: number,
  ) {}

  /** The kept filters, by name. */
  async list(): Promise<SavedFilterRow[]> {
    return keptRead(this.sql, `saved filters ${this.councilId}`, async () => {
      const rows = (await this.sql.rows(listQuery, [this.councilId])).map(
        ([id, name, query, createdBy, createdAt]) => ({
          id: id as number,
          name: name as string,
          query: query as string,
          createdBy: createdBy as string | null,
          createdAt: toDate(createdAt)!,
        }),
      );
      return rows.sort((a, b) => a.name.localeCompare(b.name, 'fa') || a.id - b.id);
    });
  }

  /** A kept filter, or null when there is none by that id (or it was deleted). */
  async find(id: number): Promise<SavedFilterRow | null> {
    return this.prisma.savedFilter.findFirst({
      where: { id, councilId: this.councilId, deletedAt: null },
      select: SELECT,
    });
  }

  /** Keeps the query under a name no other kept filter has (FilterNameTaken otherwise). */
  async create(name: string, query: string, actor: Actor, via: string): Promise<SavedFilterRow> {
    return writeTransaction(this.prisma, async (tx) => {
      const taken = await tx.savedFilter.findFirst({
        where: { councilId: this.councilId, name, deletedAt: null },
        select: SELECT,
      });
      if (taken) throw new FilterNameTaken(taken);
      const row = await tx.savedFilter.create({
        data: { councilId: this.councilId, name, query, createdBy: actor.name },
        select: SELECT,
      });
      await tx.recordChange.create({
        data: {
          councilId: this.councilId,
          subject: 'filter',
          subjectId: row.id,
          field: 'created',
          fromValue: null,
          toValue: JSON.stringify({ name, query }),
          actorPlatform: actor.platform,
          actorId: actor.userId,
          actorName: actor.name,
          chatAddress: via,
        },
      });
      return row;
    });
  }

  /** Deletes a kept filter; false when it was deleted already (by someone else meanwhile). */
  async delete(id: number, actor: Actor, via: string): Promise<boolean> {
    return writeTransaction(this.prisma, async (tx) => {
      const row = await tx.savedFilter.findFirst({ where: { id, councilId: this.councilId, deletedAt: null } });
      if (!row) return false;
      const { count } = await tx.savedFilter.updateMany({
        where: { id, deletedAt: null },
        data: { deletedAt: new Date() },
      });
      if (count !== 1) return false;
      await tx.recordChange.create({
        data: {
          councilId: this.councilId,
          subject: 'filter',
          subjectId: id,
          field: 'deleted',
          fromValue: JSON.stringify({ name: row.name, query: row.query }),
          toValue: null,
          actorPlatform: actor.platform,
          actorId: actor.userId,
          actorName: actor.name,
          chatAddress: via,
        },
      });
      return true;
    });
  }
}
