import type { Translate } from '../../i18n/index.js';
import type { Clock } from '../../lib/clock.js';
import type { CustomerImportRepository } from '../customers/customer-import.repository.js';
import type { LeadDuplicateRepository } from '../leads/lead-duplicates.repository.js';
import type { PriceListRepository } from '../products/price-lists.repository.js';
import type { ProductRepository } from '../products/products.repository.js';
import type { TeamRepository } from '../team/team.repository.js';
import type { Actor } from '../team/team.types.js';
import type { ImportRecord, ImportRepository } from './imports.repository.js';
import type { BatchProgress, ImportKindName, ImportResult, RejectedRow, Table } from './imports.types.js';
import type { OwnerDirectory } from './owner-matching.js';

export type { BatchProgress };

/*
 * One import pipeline, many kinds of rows. The pipeline (imports.usecases.ts) reads the file, maps its columns,
 * previews, claims, runs batch by batch with progress, resumes after a failure and hands back the rejected rows;
 * a kind (leads, products, customers) says which columns it knows and what each row becomes.
 */

/** What the kinds read and write through. */
export interface ImportDeps {
  imports: ImportRepository;
  leadDuplicates: LeadDuplicateRepository;
  customerImports: CustomerImportRepository;
  products: ProductRepository;
  priceLists: PriceListRepository;
  teams: TeamRepository;
  clock: Clock;
}

export type ImportActorDeps = ImportDeps & { actor: Actor; directory: OwnerDirectory };

/** Every kind classifies a row as `invalid` (with its line, cells and why) or as one of its own outcomes. */
export type ClassifiedRow = { kind: string } & Partial<RejectedRow>;

/** One file's pass through a kind: what carries from batch to batch (rows seen, the list, the owners). */
export interface ImportPass<Row extends { kind: string }, Details> {
  /** What the import would do with each row of a batch; nothing is written. */
  classify(rows: Table['rows']): Promise<Row[]>;
  /** The preview's own part for this kind (its counts, the rows worth a look), from every row classified. */
  details(rows: Row[], counts: { rows: number; valid: number; invalid: number }): Promise<Details>;
  /** Writes a classified batch and the import's progress, in one transaction; returns the result so far. */
  write(rows: Row[], progress: BatchProgress): Promise<ImportResult>;
}

export interface ImportKind<Row extends { kind: string } = ClassifiedRow, Details = unknown> {
  name: ImportKindName;
  /** The fields a column can fill, in the order the preview lists them. */
  fields: readonly string[];
  /** The field a header names (English or Chinese, any case or spacing), if any. */
  fieldOfHeader(header: string): string | undefined;
  /** A field's column name in the reader's language: the preview's selects and the rejected rows' reasons. */
  columnLabel(field: string, t: Translate): string;
  /** Throws when the actor may not import this kind: before the file is read, and again when it runs. */
  authorize(actor: Actor): void;
  open(deps: ImportActorDeps, record: ImportRecord): Promise<ImportPass<Row, Details>>;
}
