import { COMPANY_SIMILARITY } from '../leads/lead-duplicates.usecases.js';
import type { OwnerScope } from '../leads/lead-scope.js';
import { LeadNotFoundError } from '../leads/leads.errors.js';
import type { LeadRepository } from '../leads/leads.repository.js';
import { visibleOwners } from '../leads/leads.usecases.js';
import type { TeamRepository } from '../team/team.repository.js';
import type { Actor } from '../team/team.types.js';
import { CustomerMergedError, CustomerNotFoundError, LeadAlreadyLinkedError } from './customers.errors.js';
import type { CustomerRepository } from './customers.repository.js';
import type {
  Customer,
  CustomerContact,
  CustomerContract,
  CustomerDeal,
  CustomerMoney,
} from './customers.types.js';

export interface CustomerDeps {
  customers: CustomerRepository;
  teams: TeamRepository;
}

export const CUSTOMER_SEARCH_LIMIT = 10;
const CARD_DEALS = 10;
const CARD_CONTRACTS = 10;
const CARD_LOOK_ALIKES = 5;

/** Whose customers the caller sees: finance and admins all; a manager or director her reports'; a rep her own. */
export async function customerScope(deps: { teams: TeamRepository; actor: Actor }): Promise<OwnerScope> {
  if (deps.actor.role === 'finance' || deps.actor.role === 'admin') return 'all';
  return visibleOwners(deps);
}

const inScope = (scope: OwnerScope, ownerUserId: string) => scope === 'all' || scope.includes(ownerUserId);

/** `#12` or `12`: a customer by its number; anything else is part of its name. */
function customerNumber(ref: string): number | undefined {
  const match = /^#?(\d{1,15})$/.exec(ref.trim());
  return match ? Number(match[1]) : undefined;
}

export type CustomerSearch =
  | { kind: 'one'; customer: Customer }
  | { kind: 'many'; customers: Customer[]; total: number };

/** `/customer <name or #id>`: the customer if the reference names one the caller sees, else the matches. */
export async function findCustomers(
  deps: CustomerDeps & { actor: Actor; ref: string },
): Promise<CustomerSearch> {
  const scope = await customerScope(deps);
  const id = customerNumber(deps.ref);
  if (id !== undefined) {
    const customer = await deps.customers.findById(deps.actor.teamId, id);
    if (!customer || !inScope(scope, customer.ownerUserId)) throw new CustomerNotFoundError(deps.ref);
    if (customer.mergedIntoId !== null) throw new CustomerMergedError(customer.id, customer.mergedIntoId);
    return { kind: 'one', customer };
  }
  const found = await deps.customers.search(deps.actor.teamId, scope, deps.ref.trim(), CUSTOMER_SEARCH_LIMIT);
  if (found.total === 0) throw new CustomerNotFoundError(deps.ref);
  const [only] = found.customers;
  if (found.total === 1 && only) return { kind: 'one', customer: only };
  return { kind: 'many', customers: found.customers, total: found.total };
}

export interface CustomerCard {
  customer: Customer;
  contacts: CustomerContact[];
  openDeals: CustomerDeal[];
  wonDeals: CustomerDeal[];
  contracts: CustomerContract[];
  money: CustomerMoney[];
  /** Unlinked leads that may be this customer, for the rep to confirm; only those the caller may see. */
  lookAlikes: CustomerDeal[];
}

/** Everything the card shows about a customer the caller may see. */
export async function customerCard(
  deps: CustomerDeps & { actor: Actor; customer: Customer },
): Promise<CustomerCard> {
  const { customers, actor, customer } = deps;
  const teamId = actor.teamId;
  const scope = await customerScope(deps);
  const [contacts, deals, contracts, money, lookAlikes] = await Promise.all([
    customers.contacts(teamId, customer.id),
    customers.deals(teamId, customer.id, CARD_DEALS * 2),
    customers.contracts(teamId, customer.id, CARD_CONTRACTS),
    customers.money(teamId, customer.id),
    customers.unlinkedLookAlikes(teamId, customer, {
      minSimilarity: COMPANY_SIMILARITY,
      limit: CARD_LOOK_ALIKES * 4,
    }),
  ]);
  const closed = (deal: CustomerDeal) => deal.stage === 'won' || deal.stage === 'lost';
  return {
    customer,
    contacts,
    openDeals: deals.filter((deal) => !closed(deal)).slice(0, CARD_DEALS),
    wonDeals: deals.filter((deal) => deal.stage === 'won').slice(0, CARD_DEALS),
    contracts,
    money,
    lookAlikes: lookAlikes.filter((deal) => inScope(scope, deal.ownerUserId)).slice(0, CARD_LOOK_ALIKES),
  };
}

/** The customer by number, refused as "not found" when the caller may not see it. */
export async function loadVisibleCustomer(
  deps: CustomerDeps & { actor: Actor; customerId: number },
): Promise<Customer> {
  const customer = Number.isSafeInteger(deps.customerId)
    ? await deps.customers.findById(deps.actor.teamId, deps.customerId)
    : undefined;
  if (!customer || !inScope(await customerScope(deps), customer.ownerUserId))
    throw new CustomerNotFoundError(`#${deps.customerId}`);
  if (customer.mergedIntoId !== null) throw new CustomerMergedError(customer.id, customer.mergedIntoId);
  return customer;
}

/**
 * "This lead is customer X", from the card: the caller must see both the customer and the lead, and the lead must
 * still be unlinked (a second confirmation, or a link made meanwhile, is refused with what to do).
 */
export async function confirmCustomerLead(
  deps: CustomerDeps & { leads: LeadRepository; actor: Actor; customerId: number; leadId: number },
): Promise<{ customer: Customer; leadId: number }> {
  const customer = await loadVisibleCustomer(deps);
  const lead = Number.isSafeInteger(deps.leadId)
    ? await deps.leads.findById(deps.actor.teamId, deps.leadId)
    : undefined;
  const leadScope = await visibleOwners(deps);
  const seesLead = lead && (leadScope === 'all' || leadScope.includes(lead.ownerUserId));
  if (!lead || !(seesLead || (await customerScope(deps)) === 'all')) throw new LeadNotFoundError(deps.leadId);
  if (lead.customerId !== null) throw new LeadAlreadyLinkedError(lead.id);
  if (!(await deps.customers.linkLead(deps.actor.teamId, lead.id, customer.id)))
    throw new LeadAlreadyLinkedError(lead.id);
  return { customer, leadId: lead.id };
}
