import { sql } from 'drizzle-orm';
import { bigint, index, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** A customer's people, with the same phone and email keys as leads (drizzle/0003), so matching is one rule. */
export const customerContacts = pgTable(
  'customer_contacts',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    teamId: text('team_id').notNull(),
    customerId: bigint('customer_id', { mode: 'number' }).notNull(),
    name: text('name').notNull(),
    title: text('title'),
    phone: text('phone'),
    email: text('email'),
    phoneKey: text('phone_key').generatedAlwaysAs(sql`salesflow_phone_key(phone)`),
    emailKey: text('email_key').generatedAlwaysAs(sql`salesflow_email_key(email)`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    index('customer_contacts_customer_idx').on(table.teamId, table.customerId),
    index('customer_contacts_team_phone_key_idx').on(table.teamId, table.phoneKey),
    index('customer_contacts_team_email_key_idx').on(table.teamId, table.emailKey),
  ],
);
