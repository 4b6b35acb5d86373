import type { Customer } from '../customers/customers.types.js';
import type { ServiceRepository } from './service.repository.js';
import { OPEN_SERVICE_STATUSES, type ServiceRequest } from './service.types.js';

const CARD_OPEN_REQUESTS = 5;

export interface CustomerServiceSummary {
  customerId: number;
  open: ServiceRequest[];
  /** How many more open requests than `open` lists. */
  moreOpen: number;
  nextRevisit?: { dueOn: string; daysAfterDelivery: number; contractNumber: string };
}

/**
 * The customer card's service section: its open requests (oldest first) and its next revisit. For a customer the
 * caller was already allowed to see (`customerCard` checked it).
 */
export async function customerServiceSummary(deps: {
  service: ServiceRepository;
  customer: Customer;
}): Promise<CustomerServiceSummary> {
  const { customer } = deps;
  const [open, nextRevisit] = await Promise.all([
    deps.service.forCustomer(customer.teamId, customer.id, OPEN_SERVICE_STATUSES, CARD_OPEN_REQUESTS + 1),
    deps.service.nextRevisit(customer.teamId, customer.id),
  ]);
  return {
    customerId: customer.id,
    open: open.slice(0, CARD_OPEN_REQUESTS),
    moreOpen: Math.max(0, open.length - CARD_OPEN_REQUESTS),
    ...(nextRevisit ? { nextRevisit } : {}),
  };
}
