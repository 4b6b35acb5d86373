import { and, eq, lt, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { leadImports } from '../../db/schema/index.js';
import type { ColumnMapping, DuplicatePolicy } from './imports.types.js';
import { createLeadImportWrites } from './lead-import.repository.js';

/** An import as stored (its table is still called lead_imports: leads were the first kind). */
export type ImportRecord = typeof leadImports.$inferSelect;
/** @deprecated the name from when every import was of leads; use ImportRecord. */
export type LeadImport = ImportRecord;
export type NewImport = Pick<
  typeof leadImports.$inferInsert,
  | 'teamId'
  | 'userId'
  | 'kind'
  | 'priceListId'
  | 'fileName'
  | 'format'
  | 'fileSha256'
  | 'table'
  | 'mapping'
  | 'rowCount'
>;

export type ImportRepository = ReturnType<typeof createImportRepository>;

export function createImportRepository({ db }: { db: Db }) {
  const mine = (teamId: string, userId: string, importId: number): SQL | undefined =>
    and(eq(leadImports.teamId, teamId), eq(leadImports.userId, userId), eq(leadImports.id, importId));

  return {
    ...createLeadImportWrites({ db }),

    async create(values: NewImport): Promise<ImportRecord> {
      const [row] = await db.insert(leadImports).values(values).returning();
      if (!row) throw new Error('insert returned no import');
      return row;
    },

    async find(teamId: string, userId: string, importId: number): Promise<ImportRecord | undefined> {
      const [row] = await db
        .select()
        .from(leadImports)
        .where(mine(teamId, userId, importId));
      return row;
    },

    /** A new mapping, only while the import is still a preview. */
    async remap(
      teamId: string,
      userId: string,
      importId: number,
      mapping: ColumnMapping,
    ): Promise<ImportRecord | undefined> {
      const [row] = await db
        .update(leadImports)
        .set({ mapping })
        .where(and(mine(teamId, userId, importId), eq(leadImports.status, 'previewed')))
        .returning();
      return row;
    },

    /** previewed → running, once: two clicks on Import start one import. */
    async claim(
      teamId: string,
      userId: string,
      importId: number,
      policy: DuplicatePolicy | null,
      startedAt: Date,
      mapping?: ColumnMapping,
    ): Promise<ImportRecord | undefined> {
      const [row] = await db
        .update(leadImports)
        .set({
          status: 'running',
          duplicatePolicy: policy,
          startedAt,
          rejected: [],
          ...(mapping ? { mapping } : {}),
        })
        .where(and(mine(teamId, userId, importId), eq(leadImports.status, 'previewed')))
        .returning();
      return row;
    },

    async setProgressMessage(teamId: string, importId: number, channelId: string, ts: string): Promise<void> {
      await db
        .update(leadImports)
        .set({ progressChannelId: channelId, progressMessageTs: ts })
        .where(and(eq(leadImports.teamId, teamId), eq(leadImports.id, importId)));
    },

    /**
     * running → failed: an error stopped it, or (with `startedBefore`) its process did. The cells go; the rows
     * already written stay, and the same file imported again writes only the rest.
     */
    async fail(
      teamId: string,
      importId: number,
      finishedAt: Date,
      startedBefore?: Date,
    ): Promise<ImportRecord | undefined> {
      const [row] = await db
        .update(leadImports)
        .set({ status: 'failed', table: null, finishedAt })
        .where(
          and(
            eq(leadImports.teamId, teamId),
            eq(leadImports.id, importId),
            eq(leadImports.status, 'running'),
            startedBefore ? lt(leadImports.startedAt, startedBefore) : undefined,
          ),
        )
        .returning();
      return row;
    },

    /** Imports of any team still running that started before `startedBefore`. */
    async stalled(startedBefore: Date, limit = 100): Promise<{ teamId: string; id: number }[]> {
      return db
        .select({ teamId: leadImports.teamId, id: leadImports.id })
        .from(leadImports)
        .where(and(eq(leadImports.status, 'running'), lt(leadImports.startedAt, startedBefore)))
        .limit(limit);
    },

    async finish(teamId: string, importId: number, finishedAt: Date): Promise<ImportRecord | undefined> {
      const [row] = await db
        .update(leadImports)
        .set({
          status: 'done',
          // The rows go (the leads or products hold the data now); the headers stay for the rejected rows' CSV.
          table: sql`jsonb_build_object('headers', ${leadImports.table}->'headers', 'rows', '[]'::jsonb)`,
          finishedAt,
        })
        .where(
          and(
            eq(leadImports.teamId, teamId),
            eq(leadImports.id, importId),
            eq(leadImports.status, 'running'),
          ),
        )
        .returning();
      return row;
    },
  };
}
