import type { MoneyProblem } from '../../lib/parse/money-argument.js';
import type { FieldErrorKey } from '../leads/lead-input.js';
import type { Stage } from '../leads/leads.types.js';

/** The lead fields a spreadsheet column can fill; `owner` is matched to a member, `stage` to a stage. */
export const IMPORT_FIELDS = [
  'companyName',
  'contactName',
  'contactTitle',
  'phone',
  'email',
  'kind',
  'industry',
  'companySize',
  'source',
  'estimatedValue',
  'currency',
  'stage',
  'owner',
  'intent',
  'expectedCloseDate',
  'nextFollowUpOn',
  'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Which column (0-based) fills each field of the import's kind; a field with no column is left empty. */
export type ColumnMapping = Partial<Record<string, number>>;

/** What an import's rows become: leads, products with their prices on one price list, or customers. */
export const IMPORT_KINDS = ['leads', 'products', 'customers'] as const;
export type ImportKindName = (typeof IMPORT_KINDS)[number];

export const IMPORT_STATUSES = ['previewed', 'running', 'done', 'failed'] as const;
export type ImportStatus = (typeof IMPORT_STATUSES)[number];

/** What an import does with a row that matches a lead the team already has. */
export const DUPLICATE_POLICIES = ['skip', 'update'] as const;
export type DuplicatePolicy = (typeof DUPLICATE_POLICIES)[number];

export const IMPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** Files larger than this are refused before parsing (a 10,000-row CSV is about 1.7 MB). */
export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 20_000;
/** Rows written per transaction: big enough to be fast, small enough to report progress and stay responsive. */
export const IMPORT_BATCH_SIZE = 500;

/** What the money reader says about an amount, with the cell and the currencies filled in. */
export type MoneyProblemKey = `money.problem.${MoneyProblem}`;

/** Why a row cannot be imported: the lead modal's own messages, plus the few only a file can cause. */
export type RowProblemKey =
  | FieldErrorKey
  | MoneyProblemKey
  | 'imports.error.stage'
  | 'imports.error.closedStage'
  | 'imports.error.currency'
  | 'imports.error.ownerUnknown'
  | 'imports.error.ownerNotAllowed';

/** Why one row cannot be imported: its field and the catalog key saying why (with what fills the message in). */
export interface RowProblem {
  field: string;
  key: string;
  params?: Record<string, string | number>;
}

/** A lead row's problem: one of the lead form's own messages, or one only a file can cause. */
export interface LeadRowProblem extends RowProblem {
  field: ImportField;
  key: RowProblemKey;
}

/** A spreadsheet as text cells: the header row and the data rows (1-based `line` = row in the file). */
export interface Table {
  headers: string[];
  rows: { line: number; cells: string[] }[];
}

export interface ImportCounts {
  rows: number;
  valid: number;
  invalid: number;
  /** Valid rows that match a lead the team already has (phone, email or a very similar company). */
  duplicates: number;
  /** Valid rows identical to a row imported before: they are never created again. */
  alreadyImported: number;
  /** Valid rows that repeat an earlier row of the same file (same phone or email). */
  repeatedInFile: number;
}

export interface ImportResult {
  created: number;
  updated: number;
  /** Rows that match what is stored already (a price list imported again): nothing to write. */
  unchanged?: number;
  /** Duplicates left as they were (policy `skip`, an unchanged update, or a lead the importer may not change). */
  skipped: number;
  alreadyImported: number;
  rejected: number;
}

export interface RejectedRow {
  line: number;
  /** The row as the file had it, so the rejected rows can be fixed and sent again. */
  cells: string[];
  problems: RowProblem[];
}

export type { Stage };

/** Where an import stands once a batch is written; each kind writes it with its batch, in one transaction. */
export interface BatchProgress {
  importId: number;
  /** Rows handled once this batch is written: an import that stops resumes there. */
  processed: number;
  /** The result so far, this batch's rejected rows already counted. */
  result: ImportResult;
  rejected: RejectedRow[];
}
