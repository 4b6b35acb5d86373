import { pgTable, text, timestamp } from 'drizzle-orm/pg-core';

/** Slack retries an event it thinks we missed; the first insert of its id wins, the retry is dropped. */
export const processedEvents = pgTable('processed_events', {
  eventId: text('event_id').primaryKey(),
  teamId: text('team_id').notNull(),
  receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
});
