import type { Locale } from '../../i18n/index.js';

export const ROLES = ['rep', 'manager', 'director', 'finance', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface Team {
  teamId: string;
  salesChannelId: string | null;
  timezone: string;
  language: string | null;
  currency: string;
  workingDays: number[];
  digestTime: string;
  stageProbabilities: Record<string, number> | null;
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
