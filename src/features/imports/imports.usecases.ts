import { createHash } from 'node:crypto';
import type { Translate } from '../../i18n/index.js';
import { toCsv } from '../../lib/csv.js';
import type { Actor } from '../team/team.types.js';
import { guessMapping, sanitizeMapping } from './header-mapping.js';
import type { ClassifiedRow as Classified, ImportActorDeps, ImportDeps } from './import-kind.js';
import { type ImportPreview, importKind } from './import-kinds.js';
import { ImportAlreadyStartedError, ImportNotFoundError } from './imports.errors.js';
import type { ImportRecord, LeadImport } from './imports.repository.js';
import {
  type DuplicatePolicy,
  IMPORT_BATCH_SIZE,
  type ImportKindName,
  type ImportResult,
  type RejectedRow,
  type Table,
} from './imports.types.js';

/** An import as stored: its kind, file, mapping, status and progress. */
export type { ImportDeps, ImportPreview, ImportRecord, LeadImport };

/** How many invalid rows a preview lists (the counts cover every row). */
export const PREVIEW_SAMPLE = 10;

const EMPTY_RESULT: ImportResult = { created: 0, updated: 0, skipped: 0, alreadyImported: 0, rejected: 0 };

const rejectedOf = (rows: Classified[]): RejectedRow[] =>
  rows.flatMap((row) =>
    row.kind === 'invalid'
      ? [{ line: row.line ?? 0, cells: row.cells ?? [], problems: row.problems ?? [] }]
      : [],
  );

async function previewOf(deps: ImportActorDeps, record: ImportRecord, table: Table): Promise<ImportPreview> {
  const pass = await importKind(record.kind).open(deps, record);
  const classified: Classified[] = [];
  for (let start = 0; start < table.rows.length; start += IMPORT_BATCH_SIZE) {
    classified.push(...(await pass.classify(table.rows.slice(start, start + IMPORT_BATCH_SIZE))));
  }
  const invalidRows = rejectedOf(classified);
  const counts = {
    rows: classified.length,
    valid: classified.length - invalidRows.length,
    invalid: invalidRows.length,
  };
  const details = (await pass.details(classified, counts)) as ImportPreview;
  return {
    ...details,
    importId: record.id,
    fileName: record.fileName,
    format: record.format,
    headers: table.headers,
    mapping: record.mapping,
    invalidRows: invalidRows.slice(0, PREVIEW_SAMPLE),
  };
}

async function loadMine(deps: ImportDeps & { actor: Actor }, importId: number): Promise<ImportRecord> {
  const record = Number.isSafeInteger(importId)
    ? await deps.imports.find(deps.actor.teamId, deps.actor.userId, importId)
    : undefined;
  if (!record) throw new ImportNotFoundError(importId);
  return record;
}

/**
 * Reads a CSV or .xlsx file, maps its columns from their headers (English or Chinese) and tells, before anything
 * is written, what an import would do with each row. The cells are kept for the import itself. Leads unless
 * `kind` says otherwise; a price list import names the list its prices are for (`priceListId`).
 */
export async function previewImport<K extends ImportKindName = 'leads'>(
  deps: ImportActorDeps & { file: { name: string; bytes: Uint8Array }; kind?: K; priceListId?: number },
): Promise<ImportPreview<K>> {
  const { actor, file } = deps;
  const kind = importKind(deps.kind ?? 'leads');
  kind.authorize(actor);
  // The spreadsheet readers (xlsx, CSV, GBK/UTF-16 decoding) are loaded on the first import, not at start: most
  // processes never import a file (about 5 MB less heap at idle).
  const { readSpreadsheet } = await import('./read-spreadsheet.js');
  const { format, table } = await readSpreadsheet(file);
  const record = await deps.imports.create({
    teamId: actor.teamId,
    userId: actor.userId,
    kind: kind.name,
    priceListId: deps.priceListId ?? null,
    fileName: file.name,
    format,
    fileSha256: createHash('sha256').update(file.bytes).digest('hex'),
    table,
    mapping: guessMapping(table.headers, kind.fieldOfHeader),
    rowCount: table.rows.length,
  });
  return (await previewOf(deps, record, table)) as unknown as ImportPreview<K>;
}

/** The user corrected which column holds which field: the preview again, with the new mapping. */
export async function remapImport(
  deps: ImportActorDeps & { importId: number; mapping: Record<string, unknown> },
): Promise<ImportPreview> {
  const record = await loadMine(deps, deps.importId);
  const table = record.table;
  if (!table || record.status !== 'previewed') throw new ImportAlreadyStartedError(record.id);
  const mapping = sanitizeMapping(deps.mapping, table.headers.length, importKind(record.kind).fields);
  const updated = await deps.imports.remap(deps.actor.teamId, deps.actor.userId, record.id, mapping);
  if (!updated) throw new ImportAlreadyStartedError(record.id);
  return previewOf(deps, updated, table);
}

/**
 * Import pressed: the import is claimed once (a second click, or a second instance, gets "already started"),
 * with the mapping the modal shows now when one is given (the user may change a column and press Import
 * without checking again). `policy` is what a lead import does with rows matching existing leads.
 */
export async function startImport(
  deps: ImportDeps & {
    actor: Actor;
    importId: number;
    policy?: DuplicatePolicy;
    mapping?: Record<string, unknown>;
  },
): Promise<ImportRecord> {
  const record = await loadMine(deps, deps.importId);
  importKind(record.kind).authorize(deps.actor);
  const fields = importKind(record.kind).fields;
  const mapping =
    deps.mapping && record.table
      ? sanitizeMapping(deps.mapping, record.table.headers.length, fields)
      : undefined;
  const claimed = await deps.imports.claim(
    deps.actor.teamId,
    deps.actor.userId,
    deps.importId,
    record.kind === 'leads' ? (deps.policy ?? 'skip') : null,
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
 * Runs a started import to the end, batch by batch, from where it stands: each batch is classified again (the
 * data may have changed since the preview) and written with the import's progress in one transaction, so an
 * import that stopped resumes exactly there, and the same file imported again writes only what is missing.
 * `onProgress` is called after each batch.
 */
export async function runImport(
  deps: ImportActorDeps & {
    importId: number;
    onProgress?: (progress: ImportProgress) => Promise<void> | void;
  },
): Promise<ImportRecord> {
  const record = await loadMine(deps, deps.importId);
  if (record.status === 'done') return record;
  const table = record.table;
  if (record.status !== 'running' || !table) throw new ImportNotFoundError(record.id);
  const kind = importKind(record.kind);
  kind.authorize(deps.actor);
  const pass = await kind.open(deps, record);
  let result = record.result ?? EMPTY_RESULT;
  const total = table.rows.length;
  for (let start = record.processed; start < total; start += IMPORT_BATCH_SIZE) {
    const rows: Classified[] = await pass.classify(table.rows.slice(start, start + IMPORT_BATCH_SIZE));
    const rejected = rejectedOf(rows);
    const processed = Math.min(total, start + IMPORT_BATCH_SIZE);
    result = await pass.write(rows, {
      importId: record.id,
      processed,
      result: { ...result, rejected: result.rejected + rejected.length },
      rejected,
    });
    await deps.onProgress?.({ processed, total });
  }
  const finished = await deps.imports.finish(deps.actor.teamId, record.id, deps.clock.now());
  return finished ?? loadMine(deps, record.id);
}

/** The rows an import refused, as the file had them plus a column saying why, in the reader's language. */
export async function rejectedRowsCsv(
  deps: ImportDeps & { actor: Actor; importId: number; t: Translate },
): Promise<{ csv: string; count: number; fileName: string }> {
  const { t } = deps;
  const record = await loadMine(deps, deps.importId);
  const kind = importKind(record.kind);
  const rejected = record.rejected ?? [];
  const headers = record.table?.headers ?? rejected[0]?.cells.map((_, index) => `#${index + 1}`) ?? [];
  const why = (row: RejectedRow) =>
    row.problems
      .map((problem) =>
        t('imports.problem', {
          field: kind.columnLabel(problem.field, t),
          message: t(problem.key as Parameters<Translate>[0], problem.params),
        }),
      )
      .join(' ');
  const csv = toCsv([
    [t('imports.column.problem'), ...headers],
    ...rejected.map((row) => [why(row), ...row.cells]),
  ]);
  const base = record.fileName.replace(/\.[^.]+$/, '');
  return { csv, count: rejected.length, fileName: `${base}-rejected.csv` };
}
