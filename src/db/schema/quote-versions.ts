import { sql } from 'drizzle-orm';
import { bigint, check, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import type { QuoteDocument } from '../../features/quotes/quote-document.types.js';

/** A sent version, frozen as the customer received it: the document (the PDF's input) and the PDF's Slack file. */
export const quoteVersions = pgTable(
  'quote_versions',
  {
    teamId: text('team_id').notNull(),
    quoteId: bigint('quote_id', { mode: 'number' }).notNull(),
    version: integer('version').notNull(),
    /** The QuoteDocument the PDF was rendered from (without the logo bytes). */
    document: jsonb('document').$type<QuoteDocument>().notNull(),
    totalMinor: bigint('total_minor', { mode: 'number' }).notNull(),
    currency: text('currency').notNull(),
    /** The uploaded PDF in Slack; null until the upload is recorded. */
    fileId: text('file_id'),
    filePermalink: text('file_permalink'),
    sentByUserId: text('sent_by_user_id').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.quoteId, table.version] }),
    check('quote_versions_total_not_negative', sql`${table.totalMinor} >= 0`),
  ],
);

/** The last quote number handed out per team and year: one upsert, as contract numbers (gap-free). */
export const quoteCounters = pgTable(
  'quote_counters',
  {
    teamId: text('team_id').notNull(),
    year: integer('year').notNull(),
    lastSeq: integer('last_seq').notNull(),
  },
  (table) => [primaryKey({ columns: [table.teamId, table.year] })],
);
