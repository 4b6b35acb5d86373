import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { leadImports } from '../../db/schema/index.js';
import type { BatchProgress } from './imports.types.js';

export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/**
 * Records where an import stands, inside the transaction that wrote its batch: a crash between batches resumes
 * exactly where it stopped, whatever the kind of rows. The rejected rows are appended for the CSV that goes back.
 */
export async function recordBatch(tx: Tx, teamId: string, progress: BatchProgress): Promise<void> {
  await tx
    .update(leadImports)
    .set({
      processed: progress.processed,
      result: progress.result,
      rejected: sql`coalesce(${leadImports.rejected}, '[]'::jsonb) || ${JSON.stringify(progress.rejected)}::jsonb`,
    })
    .where(and(eq(leadImports.teamId, teamId), eq(leadImports.id, progress.importId)));
}
