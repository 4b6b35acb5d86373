import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  pgTable,
  text,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/** A contract's payment schedule: the upfront share and the installments, each with its due date. */
export const contractInstallments = pgTable(
  'contract_installments',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    teamId: text('team_id').notNull(),
    contractId: bigint('contract_id', { mode: 'number' }).notNull(),
    /** 1-based order; payments fill the oldest open installment first. */
    seq: integer('seq').notNull(),
    dueOn: date('due_on').notNull(),
    amountMinor: bigint('amount_minor', { mode: 'number' }).notNull(),
    /** Confirmed money allocated to this installment, net of reversals. */
    collectedMinor: bigint('collected_minor', { mode: 'number' }).notNull().default(0),
    isUpfront: boolean('is_upfront').notNull().default(false),
  },
  (table) => [
    uniqueIndex('contract_installments_contract_seq_uq').on(table.contractId, table.seq),
    index('contract_installments_team_due_idx').on(table.teamId, table.dueOn),
    check('contract_installments_amount_positive', sql`${table.amountMinor} > 0`),
    check(
      'contract_installments_collected_within_amount',
      sql`${table.collectedMinor} between 0 and ${table.amountMinor}`,
    ),
  ],
);
