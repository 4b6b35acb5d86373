import { sql } from 'drizzle-orm';
import { bigint, index, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { AnswerSource } from '../../features/needs/needs-answer.types.js';

/**
 * Needs-analysis answers per lead and question. A revised answer inserts a new row and stamps the old one
 * `superseded_at`, so the history of what the customer said (and who wrote it down) is kept.
 */
export const needsAnswers = pgTable(
  'needs_answers',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    teamId: text('team_id').notNull(),
    leadId: bigint('lead_id', { mode: 'number' }).notNull(),
    /** A built-in key (`budget`, `timeline`…) or `custom_<id>` for a team's own question. */
    questionKey: text('question_key').notNull(),
    answer: text('answer').notNull(),
    source: text('source').$type<AnswerSource>().notNull(),
    answeredBy: text('answered_by').notNull(),
    answeredAt: timestamp('answered_at', { withTimezone: true }).notNull().defaultNow(),
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
  },
  (table) => [
    // At most one current answer per question: two concurrent saves cannot both win.
    uniqueIndex('needs_answers_current_uq')
      .on(table.teamId, table.leadId, table.questionKey)
      .where(sql`${table.supersededAt} is null`),
    index('needs_answers_team_lead_idx').on(table.teamId, table.leadId, table.answeredAt),
  ],
);
