import type { Translate } from '../../i18n/index.js';
import { redactDuplicates, type VisibleDuplicate } from '../leads/lead-duplicates.usecases.js';
import { todayFor, visibleOwners } from '../leads/leads.usecases.js';
import { fieldOfHeader } from './header-mapping.js';
import { type ClassifiedRow, type ClassifyContext, classifyRows } from './import-classify.js';
import type { ImportActorDeps, ImportKind } from './import-kind.js';
import type { ImportRecord } from './imports.repository.js';
import { IMPORT_FIELDS, type ImportCounts, type ImportField } from './imports.types.js';
import { createOwnerMatcher } from './owner-matching.js';
import { leadBatchOf } from './run-import.js';

/** How many duplicate rows a preview lists (the counts cover every row). */
export const DUPLICATE_SAMPLE = 10;

/** What a lead import's preview says beyond rows read, valid and invalid. */
export interface LeadPreviewDetails {
  kind: 'leads';
  counts: ImportCounts;
  duplicateRows: { line: number; companyName: string; duplicate: VisibleDuplicate }[];
}

async function classifyContext(deps: ImportActorDeps, record: ImportRecord): Promise<ClassifyContext> {
  const team = await deps.teams.ensureTeam(deps.actor.teamId);
  return {
    teamId: deps.actor.teamId,
    mapping: record.mapping,
    currency: team.currency,
    today: todayFor(deps.actor, deps.clock),
    matchOwner: await createOwnerMatcher({ ...deps }),
    imports: deps.imports,
    leadDuplicates: deps.leadDuplicates,
    seen: new Map(),
  };
}

/**
 * Leads: each row is checked as the new-lead form checks it, its owner matched to a member the importer may import
 * for, and compared with the leads the team has (phone, email, a very similar company) and with earlier rows.
 * Anyone may import leads — for whom is the owner matching's rule.
 */
export const leadImportKind: ImportKind<ClassifiedRow, LeadPreviewDetails> = {
  name: 'leads',
  fields: IMPORT_FIELDS,
  fieldOfHeader,
  columnLabel: (field: string, t: Translate) => t(`imports.column.${field as ImportField}`),
  authorize: () => {},
  async open(deps, record) {
    const context = await classifyContext(deps, record);
    const scope = await visibleOwners(deps);
    return {
      classify: (rows) => classifyRows(context, rows),

      async details(rows, counts) {
        const duplicates = rows.flatMap((row) => (row.kind === 'duplicate' ? [row] : []));
        return {
          kind: 'leads',
          counts: {
            ...counts,
            duplicates: duplicates.length,
            alreadyImported: rows.filter((row) => row.kind === 'alreadyImported').length,
            repeatedInFile: rows.filter((row) => row.kind === 'repeated').length,
          },
          duplicateRows: duplicates.slice(0, DUPLICATE_SAMPLE).map((row) => ({
            line: row.candidate.line,
            companyName: row.candidate.input.companyName,
            duplicate: redactDuplicates([row.match], scope)[0] as VisibleDuplicate,
          })),
        };
      },

      async write(rows, progress) {
        const updatePolicy = record.duplicatePolicy === 'update';
        const current = updatePolicy
          ? await deps.imports.leadsByIds(
              deps.actor.teamId,
              rows.flatMap((row) => (row.kind === 'duplicate' ? [row.match.leadId] : [])),
            )
          : new Map();
        const batch = leadBatchOf({ rows, updatePolicy, current, scope });
        const result = {
          ...progress.result,
          alreadyImported: progress.result.alreadyImported + batch.alreadyImported,
          skipped: progress.result.skipped + batch.skipped,
        };
        return deps.imports.writeBatch(
          deps.actor.teamId,
          deps.actor.userId,
          batch,
          { ...progress, result },
          deps.clock.now(),
        );
      },
    };
  },
};
