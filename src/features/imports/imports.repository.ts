import { and, eq, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { activities, leadImports, leads } from '../../db/schema/index.js';
import { searchTextOf } from '../leads/leads.repository.js';
import type { Lead, LeadInput, Stage } from '../leads/leads.types.js';
import type { ColumnMapping, DuplicatePolicy, ImportResult, RejectedRow } from './imports.types.js';

export type LeadImport = typeof leadImports.$inferSelect;
export type NewLeadImport = Pick<
  typeof leadImports.$inferInsert,
  'teamId' | 'userId' | 'fileName' | 'format' | 'fileSha256' | 'table' | 'mapping' | 'rowCount'
>;

export interface ImportedLead {
  ownerUserId: string;
  input: LeadInput;
  stage: Stage;
  importKey: string;
}

export interface LeadUpdate {
  leadId: number;
  /** The version the duplicate was read at: a lead changed since is left alone. */
  version: number;
  changes: Partial<LeadInput>;
}

/** One batch of an import: what to write, and where the import stands once it is written. */
export interface ImportBatch {
  create: ImportedLead[];
  update: LeadUpdate[];
  processed: number;
  result: ImportResult;
  rejected: RejectedRow[];
}

export type ImportRepository = ReturnType<typeof createImportRepository>;

export function createImportRepository({ db }: { db: Db }) {
  const mine = (teamId: string, userId: string, importId: number): SQL | undefined =>
    and(eq(leadImports.teamId, teamId), eq(leadImports.userId, userId), eq(leadImports.id, importId));

  return {
    async create(values: NewLeadImport): Promise<LeadImport> {
      const [row] = await db.insert(leadImports).values(values).returning();
      if (!row) throw new Error('insert returned no import');
      return row;
    },

    async find(teamId: string, userId: string, importId: number): Promise<LeadImport | undefined> {
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
    ): Promise<LeadImport | undefined> {
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
      policy: DuplicatePolicy,
      startedAt: Date,
      mapping?: ColumnMapping,
    ): Promise<LeadImport | undefined> {
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

    /** Which of these row fingerprints the team has imported before. */
    async existingImportKeys(teamId: string, keys: readonly string[]): Promise<Set<string>> {
      if (keys.length === 0) return new Set();
      const rows = await db
        .select({ key: leads.importKey })
        .from(leads)
        .where(and(eq(leads.teamId, teamId), inArray(leads.importKey, [...keys])));
      return new Set(rows.map((row) => row.key ?? ''));
    },

    /**
     * Writes one batch and records the progress in the same transaction, so a crash between batches resumes
     * exactly where it stopped. A row imported before (same team, same fingerprint) is not inserted again:
     * `on conflict do nothing` decides, so two imports of the same file at once still create each lead once.
     * Returns the import's result so far, with what this batch really created and updated.
     */
    async writeBatch(
      teamId: string,
      importId: number,
      actorUserId: string,
      batch: ImportBatch,
      now: Date,
    ): Promise<ImportResult> {
      return db.transaction(async (tx) => {
        let created: { id: number; stage: Stage }[] = [];
        if (batch.create.length) {
          created = await tx
            .insert(leads)
            .values(
              batch.create.map((lead) => ({
                ...lead.input,
                teamId,
                ownerUserId: lead.ownerUserId,
                createdByUserId: actorUserId,
                stage: lead.stage,
                importKey: lead.importKey,
                searchText: searchTextOf(lead.input),
                lastActivityAt: now,
                stageChangedAt: now,
                createdAt: now,
              })),
            )
            .onConflictDoNothing({ target: [leads.teamId, leads.importKey] })
            .returning({ id: leads.id, stage: leads.stage });
          if (created.length) {
            await tx.insert(activities).values(
              created.map((lead) => ({
                teamId,
                leadId: lead.id,
                actorUserId,
                kind: 'created' as const,
                toStage: lead.stage,
                details: { importId },
                occurredAt: now,
              })),
            );
          }
        }
        let updated = 0;
        for (const update of batch.update) {
          const [row] = await tx
            .update(leads)
            .set({
              ...update.changes,
              ...(['companyName', 'contactName', 'phone', 'email'].some((field) => field in update.changes)
                ? {
                    searchText: sql`lower(concat_ws(' ', ${leads.companyName}, ${leads.contactName}, ${leads.phone}, ${leads.email}))`,
                  }
                : {}),
              version: sql`${leads.version} + 1`,
              lastActivityAt: now,
              updatedAt: now,
            })
            .where(
              and(
                eq(leads.teamId, teamId),
                eq(leads.id, update.leadId),
                eq(leads.version, update.version),
                sql`${leads.stage} not in ('won', 'lost')`,
              ),
            )
            .returning({ id: leads.id });
          if (!row) continue;
          updated++;
          await tx.insert(activities).values({
            teamId,
            leadId: row.id,
            actorUserId,
            kind: 'edited',
            details: { fields: Object.keys(update.changes), importId },
            occurredAt: now,
          });
        }
        const result: ImportResult = {
          ...batch.result,
          created: batch.result.created + created.length,
          alreadyImported: batch.result.alreadyImported + (batch.create.length - created.length),
          updated: batch.result.updated + updated,
          skipped: batch.result.skipped + (batch.update.length - updated),
        };
        await tx
          .update(leadImports)
          .set({
            processed: batch.processed,
            result,
            rejected: sql`coalesce(${leadImports.rejected}, '[]'::jsonb) || ${JSON.stringify(batch.rejected)}::jsonb`,
          })
          .where(and(eq(leadImports.teamId, teamId), eq(leadImports.id, importId)));
        return result;
      });
    },

    /** The leads duplicates point at, to tell what an update would change. */
    async leadsByIds(teamId: string, ids: readonly number[]): Promise<Map<number, Lead>> {
      if (ids.length === 0) return new Map();
      const rows = await db
        .select()
        .from(leads)
        .where(and(eq(leads.teamId, teamId), inArray(leads.id, [...ids])));
      return new Map(rows.map((row) => [row.id, row as Lead]));
    },

    /**
     * running → failed: an error stopped it, or (with `startedBefore`) its process did. The cells go; the leads
     * already written stay, and the same file imported again creates only the rest.
     */
    async fail(
      teamId: string,
      importId: number,
      finishedAt: Date,
      startedBefore?: Date,
    ): Promise<LeadImport | undefined> {
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

    async finish(teamId: string, importId: number, finishedAt: Date): Promise<LeadImport | undefined> {
      const [row] = await db
        .update(leadImports)
        .set({
          status: 'done',
          // The rows go (the leads hold the data now); the headers stay for the CSV of rejected rows.
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
