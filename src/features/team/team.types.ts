import type { Locale } from '../../i18n/index.js';

export const ROLES = ['rep', 'manager', 'director', 'finance', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** Open leads with no activity for this many days are stale, until an admin sets another threshold. */
export const DEFAULT_STALE_AFTER_DAYS = 7;
/** Working days without a new high-intent lead before the rep's manager hears of it, unless an admin says otherwise. */
export const DEFAULT_QUIET_WORKING_DAYS = 3;

export interface Team {
  teamId: string;
  salesChannelId: string | null;
  timezone: string;
  language: string | null;
  currency: string;
  workingDays: number[];
  digestTime: string;
  stageProbabilities: Record<string, number> | null;
  /** ISO 3166 country whose public holidays (and, for China, make-up working days) the team keeps; null = none. */
  holidayCountry: string | null;
  /** The team's own days off, `YYYY-MM-DD`. */
  holidays: string[];
  staleAfterDays: number;
  quietWorkingDays: number;
  /** Upload the digest's and leaderboard's charts as PNG files too (clients without native charts); off by default. */
  chartImages: boolean;
}

export interface Member {
  teamId: string;
  userId: string;
  role: Role;
  managerUserId: string | null;
  displayName: string | null;
  slackLocale: string | null;
  language: string | null;
  timezone: string | null;
  isWorkspaceAdmin: boolean;
  reminderTime: string;
  vacationUntil: string | null;
  delegateUserId: string | null;
  delegateUntil: string | null;
  profileFetchedAt: Date | null;
}

/** What Slack's users.info tells us about a user; fetched by the Slack layer, cached in `members`. */
export interface SlackProfile {
  displayName: string | null;
  locale: string | null;
  timezone: string | null;
  isWorkspaceAdmin: boolean;
}

/** The caller of a request: who they are in Salesflow and how to talk to them. */
export interface Actor {
  teamId: string;
  userId: string;
  role: Role;
  /** Salesflow admin: the admin role, or a Slack workspace admin/owner. */
  isAdmin: boolean;
  locale: Locale;
  timezone: string;
}
