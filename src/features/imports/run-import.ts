import type { OwnerScope } from '../leads/leads.repository.js';
import type { LeadInput } from '../leads/leads.types.js';
import type { ClassifiedRow } from './import-classify.js';
import type { LeadBatch, LeadUpdate } from './lead-import.repository.js';

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

/**
 * What one classified batch of leads writes: the new rows, and (with "update duplicates") the changes to the leads
 * they match, read as they are now. Also how many rows it leaves as they are.
 */
export function leadBatchOf(input: {
  rows: ClassifiedRow[];
  updatePolicy: boolean;
  current: Map<number, Record<string, unknown>>;
  scope: OwnerScope;
}): LeadBatch & { alreadyImported: number; skipped: number } {
  const { rows } = input;
  const duplicates = rows.flatMap((row) => (row.kind === 'duplicate' ? [row] : []));
  const update = input.updatePolicy
    ? duplicates.flatMap((row) => {
        const change = updateFor(row, input.current.get(row.match.leadId), input.scope);
        return change ? [change] : [];
      })
    : [];
  return {
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
    alreadyImported: rows.filter((row) => row.kind === 'alreadyImported').length,
    skipped: rows.filter((row) => row.kind === 'repeated').length + (duplicates.length - update.length),
  };
}
