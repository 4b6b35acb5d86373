import { boolean, date, index, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import type { Role } from '../../features/team/team.types.js';

/** A Slack user of a team, with their Salesflow role, reporting line and cached Slack profile. */
export const members = pgTable(
  'members',
  {
    teamId: text('team_id').notNull(),
    userId: text('user_id').notNull(),
    role: text('role').$type<Role>().notNull().default('rep'),
    managerUserId: text('manager_user_id'),
    displayName: text('display_name'),
    /** Slack's `locale` from users.info (e.g. `zh-CN`, `en-US`). */
    slackLocale: text('slack_locale'),
    /** `en` or `zh-CN` when the user chose a language themselves. */
    language: text('language'),
    timezone: text('timezone'),
    isWorkspaceAdmin: boolean('is_workspace_admin').notNull().default(false),
    reminderTime: text('reminder_time').notNull().default('09:00'),
    vacationUntil: date('vacation_until'),
    delegateUserId: text('delegate_user_id'),
    delegateUntil: date('delegate_until'),
    /** When the profile above was last read from Slack; refreshed at most daily. */
    profileFetchedAt: timestamp('profile_fetched_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.teamId, table.userId] }),
    index('members_manager_idx').on(table.teamId, table.managerUserId),
  ],
);
