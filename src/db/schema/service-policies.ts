import { integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { ServiceTargets } from '../../features/service/service.types.js';

/** A team's after-sales policy; no row = the defaults in src/features/service/service.types.ts. */
export const servicePolicies = pgTable('service_policies', {
  teamId: text('team_id').primaryKey(),
  /** The team's service owner (an admin setting): every new request goes to them instead of the customer's rep. */
  serviceOwnerUserId: text('service_owner_user_id'),
  targets: jsonb('targets').$type<ServiceTargets>(),
  revisitDays: integer('revisit_days').array(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
