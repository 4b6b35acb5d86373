import { bigint, jsonb, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import type { SheetStatus } from '../../features/ledger/ledger-states.types.js';

/** A month's commission sheet, sent to finance (then a director) through the approval engine. One per month. */
export const commissionSheets = pgTable(
  'commission_sheets',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    teamId: text('team_id').notNull(),
    /** `YYYY-MM`. */
    month: text('month').notNull(),
    approvalRequestId: bigint('approval_request_id', { mode: 'number' }).notNull(),
    status: text('status').$type<SheetStatus>().notNull().default('pending'),
    /** Per currency: collected and commission totals when the sheet was made. */
    totals: jsonb('totals').$type<{ currency: string; collectedMinor: number; commissionMinor: number }[]>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('commission_sheets_team_month_uq').on(table.teamId, table.month),
    uniqueIndex('commission_sheets_team_request_uq').on(table.teamId, table.approvalRequestId),
  ],
);
