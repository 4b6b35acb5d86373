import { bigint, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** A team's own needs-analysis questions, asked after the built-in ones; either language may be missing. */
export const needsQuestions = pgTable(
  'needs_questions',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    teamId: text('team_id').notNull(),
    textEn: text('text_en'),
    textZh: text('text_zh'),
    position: integer('position').notNull().default(0),
    createdBy: text('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Removed questions stay, so old answers still have their question text. */
    archivedAt: timestamp('archived_at', { withTimezone: true }),
  },
  (table) => [index('needs_questions_team_idx').on(table.teamId, table.position)],
);
