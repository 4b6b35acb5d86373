import { sql } from 'drizzle-orm';
import { index, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';

/**
 * Who has opened the App Home tab, and whether theirs shows stale data. Only people with a row get their Home
 * re-published when its data changes (src/jobs/home-refresher.ts): nobody who never looks costs a Slack call.
 * Every write is one conditional statement, so several instances mark and claim the same rows safely.
 */
export const homeViews = pgTable(
  'home_views',
  {
    teamId: text('team_id').notNull(),
    userId: text('user_id').notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    /** The first change not shown yet; null when the published Home is current. */
    dirtySince: timestamp('dirty_since', { withTimezone: true }),
    /** The last views.publish (on open or by the refresher): the next refresh waits out the debounce from it. */
    publishedAt: timestamp('published_at', { withTimezone: true }),
    /** A refresher holds the row until then; past it (the instance died) the row is taken again. */
    publishingUntil: timestamp('publishing_until', { withTimezone: true }),
  },
  (table) => [
    primaryKey({ columns: [table.teamId, table.userId] }),
    index('home_views_due_idx')
      .on(table.dirtySince)
      .where(sql`${table.dirtySince} is not null or ${table.publishingUntil} is not null`),
  ],
);
