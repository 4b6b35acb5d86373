import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { activities, leads } from '../../db/schema/index.js';
import { searchTextOf } from '../leads/leads.repository.js';
import type { Lead, LeadInput, Stage } from '../leads/leads.types.js';
import { recordBatch } from './import-progress.repository.js';
import type { BatchProgress, ImportResult } from './imports.types.js';

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

/** The leads one batch of a lead import creates and updates. */
export interface LeadBatch {
  create: ImportedLead[];
  update: LeadUpdate[];
}

/** The lead import's own reads and writes (the pipeline's are in imports.repository.ts). */
export function createLeadImportWrites({ db }: { db: Db }) {
  return {
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
      actorUserId: string,
      batch: LeadBatch,
      progress: BatchProgress,
      now: Date,
    ): Promise<ImportResult> {
      const { importId } = progress;
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
          ...progress.result,
          created: progress.result.created + created.length,
          alreadyImported: progress.result.alreadyImported + (batch.create.length - created.length),
          updated: progress.result.updated + updated,
          skipped: progress.result.skipped + (batch.update.length - updated),
        };
        await recordBatch(tx, teamId, { ...progress, result });
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
  };
}
