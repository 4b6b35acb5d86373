import { sql } from 'drizzle-orm';
import {
  bigint,
  date,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import type { Intent, Stage } from '../../features/leads/leads.types.js';

export const leads = pgTable(
  'leads',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    teamId: text('team_id').notNull(),
    ownerUserId: text('owner_user_id').notNull(),
    createdByUserId: text('created_by_user_id').notNull(),
    /** `company` or `individual`: a lead may be a business or a private customer. */
    kind: text('kind').notNull().default('company'),
    companyName: text('company_name').notNull(),
    contactName: text('contact_name').notNull(),
    contactTitle: text('contact_title'),
    phone: text('phone'),
    email: text('email'),
    industry: text('industry'),
    companySize: text('company_size'),
    source: text('source'),
    estimatedValue: numeric('estimated_value', { precision: 16, scale: 2, mode: 'number' }),
    currency: text('currency'),
    expectedCloseDate: date('expected_close_date'),
    intent: text('intent').$type<Intent>(),
    stage: text('stage').$type<Stage>().notNull().default('new'),
    nextFollowUpOn: date('next_follow_up_on'),
    nextFollowUpTime: text('next_follow_up_time'),
    notes: text('notes'),
    wonAmount: numeric('won_amount', { precision: 16, scale: 2, mode: 'number' }),
    lostReason: text('lost_reason'),
    lostNote: text('lost_note'),
    /** Needs-analysis completeness, 0–100. */
    completeness: integer('completeness').notNull().default(0),
    approvedDiscountPercent: numeric('approved_discount_percent', { precision: 5, scale: 2, mode: 'number' }),
    approvedContractAmount: numeric('approved_contract_amount', { precision: 16, scale: 2, mode: 'number' }),
    /** The lead card in the sales channel: the thread where later activity and approvals go. */
    channelId: text('channel_id'),
    threadTs: text('thread_ts'),
    /** Lower-cased company, contact, phone and email, kept in sync by the repository, for search. */
    searchText: text('search_text').notNull(),
    lastActivityAt: timestamp('last_activity_at', { withTimezone: true }).notNull().defaultNow(),
    stageChangedAt: timestamp('stage_changed_at', { withTimezone: true }).notNull().defaultNow(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * Bumped by every write. A form or card carries the version it was built from, and its write is conditional
     * on it, so a stale view never saves over newer data (DESIGN.md, rule 11).
     */
    version: integer('version').notNull().default(1),
    /**
     * What makes two leads the same customer, computed by Postgres (functions in drizzle/0002) so that the app,
     * the backfill and a candidate's duplicate check share one definition; see lead-duplicates.repository.ts.
     */
    phoneKey: text('phone_key').generatedAlwaysAs(sql`salesflow_phone_key(phone)`),
    emailKey: text('email_key').generatedAlwaysAs(sql`salesflow_email_key(email)`),
    companyKey: text('company_key').generatedAlwaysAs(sql`salesflow_company_key(company_name)`),
    /** Set when the lead came from a file: a fingerprint of the row, unique per team, so a re-import adds nothing. */
    importKey: text('import_key'),
    /** The customer (客户档案) this deal is for; null until won, linked by drizzle/0012 or confirmed by the rep. */
    customerId: bigint('customer_id', { mode: 'number' }),
  },
  (table) => [
    index('leads_team_owner_stage_idx').on(table.teamId, table.ownerUserId, table.stage),
    index('leads_team_stage_idx').on(table.teamId, table.stage),
    index('leads_team_follow_up_idx').on(table.teamId, table.nextFollowUpOn),
    // The timed follow-up task looks, every minute and across teams, for follow-ups set for a time of day.
    index('leads_timed_follow_up_idx')
      .on(table.nextFollowUpOn)
      .where(sql`${table.nextFollowUpTime} is not null`),
    index('leads_team_created_idx').on(table.teamId, table.createdAt),
    index('leads_team_last_activity_idx').on(table.teamId, sql`${table.lastActivityAt} desc`),
    // `/lead <text>` is `search_text like '%text%'`: trigrams let it skip the table for any 3+ character term,
    // CJK included (needs the pg_trgm extension, created at the top of drizzle/0000_init.sql).
    index('leads_search_text_trgm_idx').using('gin', table.searchText.op('gin_trgm_ops')),
    index('leads_team_phone_key_idx').on(table.teamId, table.phoneKey),
    index('leads_team_email_key_idx').on(table.teamId, table.emailKey),
    // "A very similar company name": trigram similarity on the key, CJK included (as the search index above).
    // Without fastupdate: GIN's pending list (the default) makes every lookup scan the rows inserted since the
    // last vacuum — after an import of 10,000 leads, 40 ms a lookup instead of 0.2 ms.
    index('leads_company_key_trgm_idx')
      .using('gin', table.companyKey.op('gin_trgm_ops'))
      .with({ fastupdate: false }),
    index('leads_team_customer_idx').on(table.teamId, table.customerId),
    uniqueIndex('leads_team_import_key_idx').on(table.teamId, table.importKey),
  ],
);
