/** What a service request (售后服务) is about. */
export const SERVICE_KINDS = ['installation', 'training', 'fault', 'complaint', 'return'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

/** P1 urgent, P2 high, P3 normal, P4 low: each has its own response and resolution targets. */
export const SERVICE_PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
export type ServicePriority = (typeof SERVICE_PRIORITIES)[number];

/** open → in_progress → resolved → closed; open or in_progress may also be closed at once. */
export const SERVICE_STATUSES = ['open', 'in_progress', 'resolved', 'closed'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];
export const OPEN_SERVICE_STATUSES: readonly ServiceStatus[] = ['open', 'in_progress'];

export const SERVICE_EVENT_KINDS = [
  'opened',
  'started',
  'resolved',
  'closed',
  'reminded',
  'escalated',
] as const;
export type ServiceEventKind = (typeof SERVICE_EVENT_KINDS)[number];

export const SATISFACTION_MIN = 1;
export const SATISFACTION_MAX = 5;
export const SERVICE_TEXT_MAX = 2000;

export interface ServiceRequest {
  id: number;
  teamId: string;
  customerId: number;
  customerName: string;
  leadId: number | null;
  contractId: number | null;
  kind: ServiceKind;
  priority: ServicePriority;
  status: ServiceStatus;
  description: string;
  ownerUserId: string;
  openedByUserId: string;
  resolution: string | null;
  satisfaction: number | null;
  channelId: string | null;
  threadTs: string | null;
  openedAt: Date;
  startedAt: Date | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  closedByUserId: string | null;
  resolvedByUserId: string | null;
  /** When it must be started (response) and resolved (resolution); null for requests older than the targets. */
  responseDueAt: Date | null;
  resolutionDueAt: Date | null;
  version: number;
}

/**
 * Response and resolution targets per priority, in working hours of the team's calendar (its working days and
 * holidays, 09:00–18:00 in the team's time zone: a working day is 9 working hours).
 */
export interface ServiceTargets {
  responseHours: Partial<Record<ServicePriority, number>>;
  resolutionHours: Partial<Record<ServicePriority, number>>;
}

/**
 * Working hours in one working day: 09:00–18:00, approvals' WORKING_HOURS (not imported: approvals.types reaches
 * the schema, which imports this file; a test keeps the two equal).
 */
export const WORKING_DAY_HOURS = 9;

/** Urgent 2 h / 1 working day, high 4 h / 2 days, normal 1 day / 5 days, low 2 days / 10 days. */
export const DEFAULT_SERVICE_TARGETS: {
  responseHours: Record<ServicePriority, number>;
  resolutionHours: Record<ServicePriority, number>;
} = {
  responseHours: { urgent: 2, high: 4, normal: WORKING_DAY_HOURS, low: 2 * WORKING_DAY_HOURS },
  resolutionHours: {
    urgent: WORKING_DAY_HOURS,
    high: 2 * WORKING_DAY_HOURS,
    normal: 5 * WORKING_DAY_HOURS,
    low: 10 * WORKING_DAY_HOURS,
  },
};

/** The owner is reminded once this share of the window (in working time) has passed. */
export const SERVICE_REMINDER_SHARE = 0.75;

/** Days after delivery a delivered contract's customer is revisited (定期回访). */
export const DEFAULT_REVISIT_DAYS = [7, 30, 90] as const;

export interface ServicePolicy {
  /** Null: each request goes to the customer's rep. */
  serviceOwnerUserId: string | null;
  targets: ServiceTargets;
  revisitDays: number[];
}

/**
 * The four notices of a request's targets, each sent at most once: the owner reminded before the response
 * (start) or resolution target, and the owner's manager told when it is missed.
 */
export const SERVICE_NOTICES = [
  'response_remind',
  'response_missed',
  'resolution_remind',
  'resolution_missed',
] as const;
export type ServiceNotice = (typeof SERVICE_NOTICES)[number];
