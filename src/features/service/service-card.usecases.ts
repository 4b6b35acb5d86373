import type { Clock } from '../../lib/clock.js';
import type { Customer } from '../customers/customers.types.js';
import type { RevisitRepository } from '../revisits/revisits.repository.js';
import type { RevisitOutcome } from '../revisits/revisits.types.js';
import type { ServiceRepository } from './service.repository.js';
import { OPEN_SERVICE_STATUSES, type ServiceRequest } from './service.types.js';

const CARD_OPEN_REQUESTS = 5;

export interface CustomerServiceSummary {
  customerId: number;
  open: ServiceRequest[];
  /** How many more open requests than `open` lists. */
  moreOpen: number;
  /** Those of `open` past a target still ahead of them (start while open, resolve until resolved). */
  overdueIds: number[];
  nextRevisit?: { dueOn: string; daysAfterDelivery: number; contractNumber: string };
  /** The last revisit logged: when, by whom, what it found. */
  lastRevisit?: { loggedAt: Date; loggedByUserId: string; outcome: RevisitOutcome };
}

/**
 * The customer card's service section: its open requests (oldest first) and its next revisit. For a customer the
 * caller was already allowed to see (`customerCard` checked it).
 */
export async function customerServiceSummary(deps: {
  service: ServiceRepository;
  revisits: RevisitRepository;
  customer: Customer;
  clock: Clock;
}): Promise<CustomerServiceSummary> {
  const { customer } = deps;
  const [open, nextRevisit, last] = await Promise.all([
    deps.service.forCustomer(customer.teamId, customer.id, OPEN_SERVICE_STATUSES, CARD_OPEN_REQUESTS + 1),
    deps.service.nextRevisit(customer.teamId, customer.id),
    deps.revisits.lastLogged(customer.teamId, customer.id),
  ]);
  const lastRevisit =
    last?.loggedAt && last.loggedByUserId && last.outcome
      ? { loggedAt: last.loggedAt, loggedByUserId: last.loggedByUserId, outcome: last.outcome }
      : undefined;
  const now = deps.clock.now().getTime();
  const late = (at: Date | null) => at !== null && at.getTime() <= now;
  const listed = open.slice(0, CARD_OPEN_REQUESTS);
  return {
    customerId: customer.id,
    open: listed,
    overdueIds: listed
      .filter((r) => (r.status === 'open' && late(r.responseDueAt)) || late(r.resolutionDueAt))
      .map((r) => r.id),
    moreOpen: Math.max(0, open.length - CARD_OPEN_REQUESTS),
    ...(nextRevisit ? { nextRevisit } : {}),
    ...(lastRevisit ? { lastRevisit } : {}),
  };
}
