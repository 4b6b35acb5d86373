import { bigint, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import type { ServiceEventKind, ServiceStatus } from '../../features/service/service.types.js';

/** The service requests' audit log: every state change, who made it and when. */
export const serviceEvents = pgTable(
  'service_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    teamId: text('team_id').notNull(),
    requestId: bigint('request_id', { mode: 'number' }).notNull(),
    kind: text('kind').$type<ServiceEventKind>().notNull(),
    /** Null when the app itself acted. */
    actorUserId: text('actor_user_id'),
    fromStatus: text('from_status').$type<ServiceStatus>(),
    toStatus: text('to_status').$type<ServiceStatus>().notNull(),
    details: jsonb('details').$type<Record<string, unknown>>(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
  },
  (table) => [index('service_events_team_request_idx').on(table.teamId, table.requestId, table.occurredAt)],
);
