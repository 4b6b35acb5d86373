/** What a service request (售后服务) is about. */
export const SERVICE_KINDS = ['installation', 'training', 'fault', 'complaint', 'return'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

/** P1 urgent, P2 high, P3 normal: each has its own response and resolution targets. */
export const SERVICE_PRIORITIES = ['urgent', 'high', 'normal'] as const;
export type ServicePriority = (typeof SERVICE_PRIORITIES)[number];

/** open → in_progress → resolved → closed; open or in_progress may also be closed at once. */
export const SERVICE_STATUSES = ['open', 'in_progress', 'resolved', 'closed'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];
export const OPEN_SERVICE_STATUSES: readonly ServiceStatus[] = ['open', 'in_progress'];

export const SERVICE_EVENT_KINDS = ['opened', 'started', 'resolved', 'closed'] as const;
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
  version: number;
}

/** Response and resolution targets per priority, in working hours of the team's calendar. */
export interface ServiceTargets {
  responseHours: Record<ServicePriority, number>;
  resolutionHours: Record<ServicePriority, number>;
}

export const DEFAULT_SERVICE_TARGETS: ServiceTargets = {
  responseHours: { urgent: 2, high: 4, normal: 8 },
  resolutionHours: { urgent: 8, high: 24, normal: 40 },
};

/** Days after delivery a delivered contract's customer is revisited (定期回访). */
export const DEFAULT_REVISIT_DAYS = [7, 30, 90] as const;

export interface ServicePolicy {
  /** Null: each request goes to the customer's rep. */
  serviceOwnerUserId: string | null;
  targets: ServiceTargets;
  revisitDays: number[];
}
