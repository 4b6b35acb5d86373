import type { Clock } from '../../lib/clock.js';
import type { OwnerScope } from '../leads/leads.repository.js';
import type { LeadInput } from '../leads/leads.types.js';
import type { Actor } from '../team/team.types.js';
import type { ClassifiedRow, ClassifyContext } from './import-classify.js';
import { classifyRows } from './import-classify.js';
import type { ImportBatch, ImportRepository, LeadImport, LeadUpdate } from './imports.repository.js';
import { IMPORT_BATCH_SIZE, type ImportResult, type Table } from './imports.types.js';

const EMPTY_RESULT: ImportResult = { created: 0, updated: 0, skipped: 0, alreadyImported: 0, rejected: 0 };

type Duplicate = Extract<ClassifiedRow, { kind: 'duplicate' }>;

/**
 * "Update duplicates" changes a lead only when the row surely is that customer (same phone, same email, or the
 * same company name once legal forms are set aside), the importer may see the lead, and it is still open; it
 * fills in what the row has and never blanks a field the row leaves empty.
 */
function updateFor(
  row: Duplicate,
  lead: Record<string, unknown> | undefined,
  scope: OwnerScope,
): LeadUpdate | null {
  const { match, candidate } = row;
  const sure = match.reasons.includes('phone') || match.reasons.includes('email') || match.similarity >= 1;
  const mayChange = scope === 'all' || scope.includes(match.ownerUserId);
  if (!lead || !sure || !mayChange || match.stage === 'won' || match.stage === 'lost') return null;
  const changes: Partial<LeadInput> = {};
  for (const [field, value] of Object.entries(candidate.input) as [keyof LeadInput, unknown][]) {
    if (value === null || value === '' || field === 'kind') continue;
    if (lead[field] !== value) (changes as Record<string, unknown>)[field] = value;
  }
  return Object.keys(changes).length ? { leadId: match.leadId, version: match.version, changes } : null;
}

/** Classifies and writes the import's rows batch by batch from `processed` on, reporting progress after each. */
export async function runBatches(deps: {
  imports: ImportRepository;
  clock: Clock;
  actor: Actor;
  record: LeadImport;
  table: Table;
  context: ClassifyContext;
  scope: OwnerScope;
  onProgress?: (progress: { processed: number; total: number }) => Promise<void> | void;
}): Promise<ImportResult> {
  const { imports, actor, record, table, context } = deps;
  let result = record.result ?? EMPTY_RESULT;
  const total = table.rows.length;
  for (let start = record.processed; start < total; start += IMPORT_BATCH_SIZE) {
    const rows = await classifyRows(context, table.rows.slice(start, start + IMPORT_BATCH_SIZE));
    const duplicates = rows.flatMap((row) => (row.kind === 'duplicate' ? [row] : []));
    const current =
      record.duplicatePolicy === 'update'
        ? await imports.leadsByIds(
            actor.teamId,
            duplicates.map((row) => row.match.leadId),
          )
        : new Map();
    const update = duplicates.flatMap((row) => {
      const change = updateFor(row, current.get(row.match.leadId), deps.scope);
      return change ? [change] : [];
    });
    const batch: ImportBatch = {
      create: rows.flatMap((row) =>
        row.kind === 'new'
          ? [
              {
                ownerUserId: row.ownerUserId,
                input: row.candidate.input,
                stage: row.candidate.stage,
                importKey: row.candidate.importKey,
              },
            ]
          : [],
      ),
      update,
      processed: Math.min(total, start + IMPORT_BATCH_SIZE),
      rejected: rows.flatMap((row) =>
        row.kind === 'invalid' ? [{ line: row.line, cells: row.cells, problems: row.problems }] : [],
      ),
      result: {
        ...result,
        rejected: result.rejected + rows.filter((row) => row.kind === 'invalid').length,
        alreadyImported: result.alreadyImported + rows.filter((row) => row.kind === 'alreadyImported').length,
        skipped:
          result.skipped +
          rows.filter((row) => row.kind === 'repeated').length +
          (duplicates.length - update.length),
      },
    };
    result = await imports.writeBatch(actor.teamId, record.id, actor.userId, batch, deps.clock.now());
    await deps.onProgress?.({ processed: batch.processed, total });
  }
  return result;
}
