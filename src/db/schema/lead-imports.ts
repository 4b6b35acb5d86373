import { bigint, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type {
  ColumnMapping,
  DuplicatePolicy,
  ImportFormat,
  ImportKindName,
  ImportResult,
  ImportStatus,
  RejectedRow,
  Table,
} from '../../features/imports/imports.types.js';

/**
 * A spreadsheet a member brought in — leads, or a price list (`kind`): its cells (kept from the preview to the import, so correcting the
 * column mapping needs no new download), the mapping, and how far the import got.
 */
export const leadImports = pgTable(
  'lead_imports',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    teamId: text('team_id').notNull(),
    userId: text('user_id').notNull(),
    /** What the rows are: every import before price lists was of leads. */
    kind: text('kind').$type<ImportKindName>().notNull().default('leads'),
    /** A price list import: the list whose prices the rows set. */
    priceListId: bigint('price_list_id', { mode: 'number' }),
    fileName: text('file_name').notNull(),
    format: text('format').$type<ImportFormat>().notNull(),
    /** SHA-256 of the file's bytes: the same file sent twice is recognised. */
    fileSha256: text('file_sha256').notNull(),
    /** The parsed cells; emptied once the import is done (the leads hold the data from then on). */
    table: jsonb('table').$type<Table>(),
    mapping: jsonb('mapping').$type<ColumnMapping>().notNull(),
    status: text('status').$type<ImportStatus>().notNull().default('previewed'),
    duplicatePolicy: text('duplicate_policy').$type<DuplicatePolicy>(),
    rowCount: integer('row_count').notNull(),
    /** Rows handled so far while running: what the progress message shows. */
    processed: integer('processed').notNull().default(0),
    result: jsonb('result').$type<ImportResult>(),
    /** Rows that could not be imported and why, for the CSV of rejected rows. */
    rejected: jsonb('rejected').$type<RejectedRow[]>(),
    /** The message that shows the progress, updated in place (a channel or DM id and its ts). */
    progressChannelId: text('progress_channel_id'),
    progressMessageTs: text('progress_message_ts'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (table) => [index('lead_imports_team_user_idx').on(table.teamId, table.userId, table.createdAt)],
);
