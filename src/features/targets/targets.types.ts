import type { ActivityKind } from '../leads/leads.types.js';

/**
 * The five numbers of a rep's day, as the sales process plans them: return calls (回访), invitations (邀约),
 * visits (拜访), new customer records (留档) and deals (成交).
 */
export const DAY_COUNTS = ['returnCalls', 'invitations', 'visits', 'newRecords', 'deals'] as const;
export type DayCount = (typeof DAY_COUNTS)[number];
export type DayCounts = Record<DayCount, number>;

export const ZERO_COUNTS: DayCounts = { returnCalls: 0, invitations: 0, visits: 0, newRecords: 0, deals: 0 };

/**
 * How Salesflow's activity kinds (leads.types.ts) count towards the five numbers. Each counts for the member
 * who performed it (the activity's actor), like the digest's per-rep table:
 *  - return calls 回访: `call` and `email` — reaching back to a customer at a distance;
 *  - invitations 邀约: `meeting` and `demo` — the customer accepted an appointment (a meeting, a demo or test
 *    drive) the rep arranged;
 *  - visits 拜访: `visit` — the rep went to the customer;
 *  - new customer records 留档: `created` — a lead the rep recorded;
 *  - deals 成交: `won` — a lead the rep marked won.
 * `quote_sent`, `note` and the app's own kinds (edited, stage changes, follow-ups set, needs answers, call
 * notes, approvals) count towards none of them.
 */
export const DAY_COUNT_KINDS: Record<DayCount, readonly ActivityKind[]> = {
  returnCalls: ['call', 'email'],
  invitations: ['meeting', 'demo'],
  visits: ['visit'],
  newRecords: ['created'],
  deals: ['won'],
};

/** Logged kinds the leaderboard counts as "activities": everything a rep logs about a customer but notes. */
export const LEADERBOARD_ACTIVITY_KINDS: readonly ActivityKind[] = [
  'call',
  'visit',
  'email',
  'meeting',
  'demo',
  'quote_sent',
];

/** Amount targets: money won (deals closed as won) or collected (payments confirmed, from the ledger). */
export const AMOUNT_METRICS = ['won', 'collected'] as const;
export type AmountMetric = (typeof AMOUNT_METRICS)[number];
export type TargetMetric = AmountMetric | DayCount;

export const AMOUNT_PERIODS = ['month', 'quarter', 'year'] as const;
export const COUNT_PERIODS = ['day', 'week'] as const;
export const TARGET_PERIODS = [...COUNT_PERIODS, ...AMOUNT_PERIODS] as const;
export type TargetPeriod = (typeof TARGET_PERIODS)[number];
export type AmountPeriod = (typeof AMOUNT_PERIODS)[number];
export type CountPeriod = (typeof COUNT_PERIODS)[number];

export const isAmountMetric = (metric: TargetMetric): metric is AmountMetric =>
  (AMOUNT_METRICS as readonly string[]).includes(metric);

/** Who a target is for: one rep, or the whole team (everyone's numbers added up). */
export type TargetSubject = { kind: 'rep'; userId: string } | { kind: 'team' };
/** How the subject is stored: a Slack user id, or this word for the team (Slack ids never spell it). */
export const TEAM_SUBJECT = 'team';

/**
 * A standing target: it applies to every period of its kind (each month, each week…) until changed. Amounts are
 * integer minor units of `currency` (the team's currency when it was set); counts are plain numbers.
 */
export interface Target {
  id: number;
  teamId: string;
  subject: TargetSubject;
  metric: TargetMetric;
  period: TargetPeriod;
  value: number;
  currency: string | null;
  setByUserId: string;
  updatedAt: Date;
  version: number;
}

/** Local dates `[from, to)` of one period, and the instants they begin in the zone that counts. */
export interface PeriodWindow {
  period: TargetPeriod;
  fromDate: string;
  toDate: string;
  from: Date;
  to: Date;
}

export interface Progress {
  done: number;
  target: number;
  /** done / target in whole percent, rounded down (can pass 100). */
  percent: number;
  /** Working days of the period, and how many of them are still ahead, today included. */
  workingDays: number;
  workingDaysLeft: number;
  /** What is needed per remaining working day to reach the target (rounded up); 0 once reached; null when no
   *  working day is left and the target was missed. */
  pacePerDay: number | null;
  /** Done at least the target's share of the working days already behind us. */
  onTrack: boolean;
}

export interface TargetProgress {
  target: Target;
  window: PeriodWindow;
  progress: Progress;
}

/** The morning plan of one rep for one local date. `suggested` until the rep confirms or edits it. */
export interface DailyPlan {
  teamId: string;
  userId: string;
  date: string;
  counts: DayCounts;
  source: 'suggested' | 'confirmed';
  version: number;
}

export interface PlanVsDone {
  userId: string;
  date: string;
  plan: DayCounts;
  done: DayCounts;
  confirmed: boolean;
  /** Planned minus done, per count, never below zero. */
  missing: DayCounts;
}

/** The team's settings for the day plan, milestones and the leaderboard; no row means these defaults. */
export interface TargetSettings {
  teamId: string;
  checkInEnabled: boolean;
  /** `HH:MM` in each rep's own zone. */
  endOfDayTime: string;
  milestonesEnabled: boolean;
  weeklyLeaderboardEnabled: boolean;
  version: number;
}

/** What an admin may change of the settings, one or several at a time. */
export type TargetSettingsChanges = Partial<Omit<TargetSettings, 'teamId' | 'version'>>;

export const DEFAULT_TARGET_SETTINGS: Omit<TargetSettings, 'teamId'> = {
  checkInEnabled: false,
  endOfDayTime: '18:00',
  milestonesEnabled: false,
  weeklyLeaderboardEnabled: false,
  version: 0,
};

/** The shares of a monthly amount target announced in the sales channel, once each per month. */
export const MILESTONE_PERCENTS = [50, 100] as const;
export type MilestonePercent = (typeof MILESTONE_PERCENTS)[number];

export interface LeaderboardRow {
  userId: string;
  displayName: string | null;
  /** Minor units of the team currency. */
  wonAmount: number;
  collectedAmount: number;
  deals: number;
  activities: number;
}

export interface Leaderboard {
  teamId: string;
  period: 'week' | 'month';
  window: PeriodWindow;
  currency: string;
  rows: LeaderboardRow[];
  /** Deals won in the window in another currency than the team's: not added to any amount. */
  otherCurrencyDeals: number;
}
