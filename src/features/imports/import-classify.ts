import type { DuplicateMatch, LeadDuplicateRepository } from '../leads/lead-duplicates.repository.js';
import { COMPANY_SIMILARITY } from '../leads/lead-duplicates.usecases.js';
import { type ImportCandidate, readRow } from './import-rows.js';
import type { ImportRepository } from './imports.repository.js';
import type { ColumnMapping, RejectedRow, Table } from './imports.types.js';
import type { OwnerMatch } from './owner-matching.js';

/** What an import will do with one row. */
export type ClassifiedRow =
  | ({ kind: 'invalid' } & RejectedRow)
  | { kind: 'new'; candidate: ImportCandidate; ownerUserId: string }
  /** Identical to a row the team imported before. */
  | { kind: 'alreadyImported'; candidate: ImportCandidate }
  /** Same phone, email or content as an earlier row of this file. */
  | { kind: 'repeated'; candidate: ImportCandidate; firstLine: number }
  | { kind: 'duplicate'; candidate: ImportCandidate; ownerUserId: string; match: DuplicateMatch };

/** State that carries from one batch of a file to the next. */
export interface ClassifyContext {
  teamId: string;
  mapping: ColumnMapping;
  currency: string;
  /** The importer's local date. */
  today: string;
  matchOwner: (text: string) => Promise<OwnerMatch>;
  imports: ImportRepository;
  leadDuplicates: LeadDuplicateRepository;
  /** Phone, email and content keys of the valid rows seen so far, with their line. */
  seen: Map<string, number>;
}

/**
 * Classifies a batch of rows: invalid (the form's validation, the owner), identical to an earlier import,
 * repeated within the file, a duplicate of a lead the team has, or new. Three queries a batch, whatever its size.
 */
export async function classifyRows(context: ClassifyContext, rows: Table['rows']): Promise<ClassifiedRow[]> {
  const readings = await Promise.all(
    rows.map(async (row) => {
      const reading = readRow(row, context.mapping, { currency: context.currency, today: context.today });
      if (!reading.ok)
        return { kind: 'invalid' as const, line: row.line, cells: row.cells, problems: reading.problems };
      const owner = await context.matchOwner(reading.candidate.ownerText);
      if ('problem' in owner) {
        return {
          kind: 'invalid' as const,
          line: row.line,
          cells: row.cells,
          problems: [{ field: 'owner' as const, key: owner.problem }],
        };
      }
      return { kind: 'valid' as const, candidate: reading.candidate, ownerUserId: owner.userId };
    }),
  );
  const valid = readings.flatMap((reading) => (reading.kind === 'valid' ? [reading] : []));
  const imported = await context.imports.existingImportKeys(
    context.teamId,
    valid.map((row) => row.candidate.importKey),
  );
  const matches = await context.leadDuplicates.findMatches(
    context.teamId,
    valid.map(({ candidate }) => candidate.input),
    { minSimilarity: COMPANY_SIMILARITY, perCandidate: 1 },
  );
  let index = 0;
  return readings.map((reading): ClassifiedRow => {
    if (reading.kind === 'invalid') return reading;
    const { candidate, ownerUserId } = reading;
    const found = matches[index++];
    if (imported.has(candidate.importKey)) return { kind: 'alreadyImported', candidate };
    const keys = [
      `row:${candidate.importKey}`,
      ...(found?.keys.phoneKey ? [`phone:${found.keys.phoneKey}`] : []),
      ...(found?.keys.emailKey ? [`email:${found.keys.emailKey}`] : []),
    ];
    const firstLine = keys.map((key) => context.seen.get(key)).find((line) => line !== undefined);
    if (firstLine !== undefined) return { kind: 'repeated', candidate, firstLine };
    for (const key of keys) context.seen.set(key, candidate.line);
    const match = found?.matches[0];
    return match
      ? { kind: 'duplicate', candidate, ownerUserId, match }
      : { kind: 'new', candidate, ownerUserId };
  });
}
