import { createHash } from 'node:crypto';
import type { Translate } from '../../i18n/index.js';
import type { Clock } from '../../lib/clock.js';
import { toCsv } from '../../lib/csv.js';
import type { LeadDuplicateRepository } from '../leads/lead-duplicates.repository.js';
import { redactDuplicates, type VisibleDuplicate } from '../leads/lead-duplicates.usecases.js';
import { todayFor, visibleOwners } from '../leads/leads.usecases.js';
import type { TeamRepository } from '../team/team.repository.js';
import type { Actor } from '../team/team.types.js';
import { guessMapping, sanitizeMapping } from './header-mapping.js';
import { type ClassifiedRow, type ClassifyContext, classifyRows } from './import-classify.js';
import { ImportAlreadyStartedError, ImportNotFoundError } from './imports.errors.js';
import type { ImportRepository, LeadImport } from './imports.repository.js';
import {
  type ColumnMapping,
  type DuplicatePolicy,
  IMPORT_BATCH_SIZE,
  type ImportCounts,
  type ImportFormat,
  type RejectedRow,
  type Table,
} from './imports.types.js';
import { createOwnerMatcher, type OwnerDirectory } from './owner-matching.js';
import { runBatches } from './run-import.js';

/** An import as stored: its file, mapping, status and progress. */
export type { LeadImport };

export interface ImportDeps {
  imports: ImportRepository;
  leadDuplicates: LeadDuplicateRepository;
  teams: TeamRepository;
  clock: Clock;
}

/** How many invalid and duplicate rows a preview lists (the counts cover every row). */
export const PREVIEW_SAMPLE = 10;

export interface ImportPreview {
  importId: number;
  fileName: string;
  format: ImportFormat;
  headers: string[];
  mapping: ColumnMapping;
  counts: ImportCounts;
  invalidRows: RejectedRow[];
  duplicateRows: { line: number; companyName: string; duplicate: VisibleDuplicate }[];
}

type ActorDeps = ImportDeps & { actor: Actor; directory: OwnerDirectory };

async function classifyContext(deps: ActorDeps, mapping: ColumnMapping): Promise<ClassifyContext> {
  const team = await deps.teams.ensureTeam(deps.actor.teamId);
  return {
    teamId: deps.actor.teamId,
    mapping,
    currency: team.currency,
    today: todayFor(deps.actor, deps.clock),
    matchOwner: await createOwnerMatcher({ ...deps }),
    imports: deps.imports,
    leadDuplicates: deps.leadDuplicates,
    seen: new Map(),
  };
}

async function previewOf(deps: ActorDeps, record: LeadImport, table: Table): Promise<ImportPreview> {
  const context = await classifyContext(deps, record.mapping);
  const classified: ClassifiedRow[] = [];
  for (let start = 0; start < table.rows.length; start += IMPORT_BATCH_SIZE) {
    classified.push(...(await classifyRows(context, table.rows.slice(start, start + IMPORT_BATCH_SIZE))));
  }
  const count = (kind: ClassifiedRow['kind']) => classified.filter((row) => row.kind === kind).length;
  const invalid = count('invalid');
  const scope = await visibleOwners(deps);
  const duplicates = classified.flatMap((row) => (row.kind === 'duplicate' ? [row] : []));
  return {
    importId: record.id,
    fileName: record.fileName,
    format: record.format,
    headers: table.headers,
    mapping: record.mapping,
    counts: {
      rows: classified.length,
      valid: classified.length - invalid,
      invalid,
      duplicates: duplicates.length,
      alreadyImported: count('alreadyImported'),
      repeatedInFile: count('repeated'),
    },
    invalidRows: classified
      .flatMap((row) =>
        row.kind === 'invalid' ? [{ line: row.line, cells: row.cells, problems: row.problems }] : [],
      )
      .slice(0, PREVIEW_SAMPLE),
    duplicateRows: duplicates.slice(0, PREVIEW_SAMPLE).map((row) => ({
      line: row.candidate.line,
      companyName: row.candidate.input.companyName,
      duplicate: redactDuplicates([row.match], scope)[0] as VisibleDuplicate,
    })),
  };
}

async function loadMine(deps: ImportDeps & { actor: Actor }, importId: number): Promise<LeadImport> {
  const record = Number.isSafeInteger(importId)
    ? await deps.imports.find(deps.actor.teamId, deps.actor.userId, importId)
    : undefined;
  if (!record) throw new ImportNotFoundError(importId);
  return record;
}

/**
 * Reads a CSV or .xlsx file, maps its columns from their headers (English or Chinese) and tells, before anything
 * is written, what an import would do with each row. The cells are kept for the import itself.
 */
export async function previewImport(
  deps: ActorDeps & { file: { name: string; bytes: Uint8Array } },
): Promise<ImportPreview> {
  const { actor, file } = deps;
  // The spreadsheet readers (xlsx, CSV, GBK/UTF-16 decoding) are loaded on the first import, not at start: most
  // processes never import a file (about 5 MB less heap at idle).
  const { readSpreadsheet } = await import('./read-spreadsheet.js');
  const { format, table } = await readSpreadsheet(file);
  const record = await deps.imports.create({
    teamId: actor.teamId,
    userId: actor.userId,
    fileName: file.name,
    format,
    fileSha256: createHash('sha256').update(file.bytes).digest('hex'),
    table,
    mapping: guessMapping(table.headers),
    rowCount: table.rows.length,
  });
  return previewOf(deps, record, table);
}

/** The rep corrected which column holds which field: the preview again, with the new mapping. */
export async function remapImport(
  deps: ActorDeps & { importId: number; mapping: Record<string, unknown> },
): Promise<ImportPreview> {
  const record = await loadMine(deps, deps.importId);
  const table = record.table;
  if (!table || record.status !== 'previewed') throw new ImportAlreadyStartedError(record.id);
  const mapping = sanitizeMapping(deps.mapping, table.headers.length);
  const updated = await deps.imports.remap(deps.actor.teamId, deps.actor.userId, record.id, mapping);
  if (!updated) throw new ImportAlreadyStartedError(record.id);
  return previewOf(deps, updated, table);
}

/**
 * Import pressed: the import is claimed once (a second click, or a second instance, gets "already started"),
 * with the mapping the modal shows now when one is given (the user may change a column and press Import
 * without checking again).
 */
export async function startImport(
  deps: ImportDeps & {
    actor: Actor;
    importId: number;
    policy: DuplicatePolicy;
    mapping?: Record<string, unknown>;
  },
): Promise<LeadImport> {
  const record = await loadMine(deps, deps.importId);
  const mapping =
    deps.mapping && record.table ? sanitizeMapping(deps.mapping, record.table.headers.length) : undefined;
  const claimed = await deps.imports.claim(
    deps.actor.teamId,
    deps.actor.userId,
    deps.importId,
    deps.policy,
    deps.clock.now(),
    mapping,
  );
  if (!claimed) throw new ImportAlreadyStartedError(deps.importId);
  return claimed;
}

/** Where the import's progress is shown, so it can be updated in place (and told when the import stopped). */
export async function rememberProgressMessage(
  deps: ImportDeps & { actor: Actor; importId: number; channelId: string; ts: string },
): Promise<void> {
  const record = await loadMine(deps, deps.importId);
  await deps.imports.setProgressMessage(deps.actor.teamId, record.id, deps.channelId, deps.ts);
}

export interface ImportProgress {
  processed: number;
  total: number;
}

/**
 * Runs a started import to the end, batch by batch. Rows already written are recognised by their fingerprint, so
 * the same file imported again after a failure creates only the rest. `onProgress` is called after each batch.
 */
export async function runImport(
  deps: ActorDeps & { importId: number; onProgress?: (progress: ImportProgress) => Promise<void> | void },
): Promise<LeadImport> {
  const record = await loadMine(deps, deps.importId);
  if (record.status === 'done') return record;
  if (record.status !== 'running' || !record.table) throw new ImportNotFoundError(record.id);
  const context = await classifyContext(deps, record.mapping);
  await runBatches({ ...deps, record, table: record.table, context, scope: await visibleOwners(deps) });
  const finished = await deps.imports.finish(deps.actor.teamId, record.id, deps.clock.now());
  return finished ?? loadMine(deps, record.id);
}

/** The rows an import refused, as the file had them plus a column saying why, in the reader's language. */
export async function rejectedRowsCsv(
  deps: ImportDeps & { actor: Actor; importId: number; t: Translate },
): Promise<{ csv: string; count: number; fileName: string }> {
  const { t } = deps;
  const record = await loadMine(deps, deps.importId);
  const rejected = record.rejected ?? [];
  const headers = record.table?.headers ?? rejected[0]?.cells.map((_, index) => `#${index + 1}`) ?? [];
  const why = (row: RejectedRow) =>
    row.problems
      .map((problem) =>
        t('imports.problem', { field: t(`imports.column.${problem.field}`), message: t(problem.key) }),
      )
      .join(' ');
  const csv = toCsv([
    [t('imports.column.problem'), ...headers],
    ...rejected.map((row) => [why(row), ...row.cells]),
  ]);
  const base = record.fileName.replace(/\.[^.]+$/, '');
  return { csv, count: rejected.length, fileName: `${base}-rejected.csv` };
}
