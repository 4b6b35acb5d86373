import { sql } from 'drizzle-orm';
import { bigint, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { CustomerKind } from '../../features/customers/customers.types.js';

/**
 * The customer file (客户档案): the company or person a team's leads, contracts and money belong to. Made when a
 * lead of a new company is won (src/features/customers/), or by drizzle/0012 for the leads that existed before.
 */
export const customers = pgTable(
  'customers',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    teamId: text('team_id').notNull(),
    kind: text('kind').$type<CustomerKind>().notNull().default('company'),
    name: text('name').notNull(),
    /** The rep who looks after the customer: who sees it, besides her managers, finance and admins. */
    ownerUserId: text('owner_user_id').notNull(),
    industry: text('industry'),
    notes: text('notes'),
    /** Credit limit (信用额度) set by finance, in minor units of `creditLimitCurrency`; null = none set. */
    creditLimitMinor: bigint('credit_limit_minor', { mode: 'number' }),
    /** The team's currency when the limit was set: a limit is never converted. */
    creditLimitCurrency: text('credit_limit_currency'),
    /** The same key as a lead's company_key (drizzle/0003), so a lead and a customer compare as two leads do. */
    companyKey: text('company_key').generatedAlwaysAs(sql`salesflow_company_key(name)`),
    /** `/customer <text>` is `search_text like '%text%'`, through the trigram index below (as `/lead`). */
    searchText: text('search_text').generatedAlwaysAs(sql`lower(name)`),
    /** Set when an admin merged this customer into another: a lookup of it answers with that one. */
    mergedIntoId: bigint('merged_into_id', { mode: 'number' }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('customers_team_owner_idx').on(table.teamId, table.ownerUserId),
    index('customers_team_company_key_idx').on(table.teamId, table.companyKey),
    index('customers_search_text_trgm_idx')
      .using('gin', table.searchText.op('gin_trgm_ops'))
      .with({ fastupdate: false }),
    index('customers_company_key_trgm_idx')
      .using('gin', table.companyKey.op('gin_trgm_ops'))
      .with({ fastupdate: false }),
  ],
);
