import { and, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import { type activities, leads } from '../../db/schema/index.js';
import type { OwnerScope } from '../leads/leads.repository.js';
import type { ActivityKind, Stage } from '../leads/leads.types.js';
import type { DateWindow } from './digest.types.js';

// Pieces of SQL the digest's queries share.

/** Activity kinds a rep logs when they reach a customer: the "contacts made" column. */
export const CONTACT_KINDS: readonly ActivityKind[] = ['call', 'visit', 'email', 'meeting'];
export const CLOSED_STAGES: Stage[] = ['won', 'lost'];

export const count = () => sql<number>`count(*)`.mapWith(Number);
export const sumOf = (value: SQL) => sql<number>`coalesce(sum(${value}), 0)`.mapWith(Number);
export const estimated = sql`coalesce(${leads.estimatedValue}, 0)`;
export const wonValue = sql`coalesce(${leads.wonAmount}, ${leads.estimatedValue}, 0)`;

export function ownersOf(teamId: string, owners: OwnerScope): SQL | undefined {
  if (owners === 'all') return eq(leads.teamId, teamId);
  return and(eq(leads.teamId, teamId), inArray(leads.ownerUserId, owners.length ? owners : ['']));
}

export function inWindow(column: typeof activities.occurredAt | typeof leads.createdAt, window: DateWindow) {
  return and(gte(column, window.from), lt(column, window.to));
}

export const lineColumns = {
  id: leads.id,
  companyName: leads.companyName,
  ownerUserId: leads.ownerUserId,
  stage: leads.stage,
  value: leads.estimatedValue,
  currency: leads.currency,
  lostReason: leads.lostReason,
  lastActivityAt: leads.lastActivityAt,
  expectedCloseDate: leads.expectedCloseDate,
  nextFollowUpOn: leads.nextFollowUpOn,
};
