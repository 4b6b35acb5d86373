import type { Clock } from '../../lib/clock.js';
import type { CustomerRepository } from '../customers/customers.repository.js';
import type { Customer } from '../customers/customers.types.js';
import { customerScope, findCustomers, loadVisibleCustomer } from '../customers/customers.usecases.js';
import type { LeadRepository } from '../leads/leads.repository.js';
import type { ContractRepository } from '../ledger/contracts.repository.js';
import { ContractNotFoundError } from '../ledger/ledger.errors.js';
import { canSee, ledgerScope } from '../ledger/ledger-access.js';
import type { TeamRepository } from '../team/team.repository.js';
import type { Actor } from '../team/team.types.js';
import { ServiceNoCustomerError, ServiceRequestNotFoundError } from './service.errors.js';
import type { ServiceRepository } from './service.repository.js';
import type { ServiceRequest } from './service.types.js';
import type { ServiceRequestInput } from './service-input.js';
import { serviceDueTimes } from './service-targets.js';
import type { ServiceTransitionRepository } from './service-transitions.repository.js';

export interface ServiceDeps {
  service: ServiceRepository;
  serviceMoves: ServiceTransitionRepository;
  customers: CustomerRepository;
  contracts: ContractRepository;
  leads: LeadRepository;
  teams: TeamRepository;
  clock: Clock;
}

/** What a new request is about: the customer, and the contract (and its lead) when opened from one. */
export interface ServiceSubject {
  customer: Customer;
  contractId: number | null;
  leadId: number | null;
}

/**
 * `/service <customer> <what happened>`: the customer is `#12` or the first word of its name; the rest is what
 * happened. Several customers matching the word is `findCustomers`' list, refused here with how to pick one.
 */
export async function serviceSubjectFromCommand(
  deps: ServiceDeps & { actor: Actor; text: string },
): Promise<
  { subject: ServiceSubject; description: string } | { many: Customer[]; total: number; ref: string }
> {
  const [ref = '', ...rest] = deps.text.trim().split(/\s+/);
  const found = await findCustomers({ ...deps, ref });
  if (found.kind === 'many') return { many: found.customers, total: found.total, ref };
  return {
    subject: { customer: found.customer, contractId: null, leadId: null },
    description: rest.join(' '),
  };
}

/** "Service request" on a customer card: the customer, if the caller sees it. */
export async function serviceSubjectForCustomer(
  deps: ServiceDeps & { actor: Actor; customerId: number },
): Promise<ServiceSubject> {
  return { customer: await loadVisibleCustomer(deps), contractId: null, leadId: null };
}

/** "Service request" on a contract: its lead's customer, if the caller sees the contract. */
export async function serviceSubjectForContract(
  deps: ServiceDeps & { actor: Actor; contractId: number },
): Promise<ServiceSubject> {
  const contract = Number.isSafeInteger(deps.contractId)
    ? await deps.contracts.findById(deps.actor.teamId, deps.contractId)
    : undefined;
  if (!contract || !canSee(await ledgerScope(deps), contract))
    throw new ContractNotFoundError(`#${deps.contractId}`);
  const lead = await deps.leads.findById(deps.actor.teamId, contract.leadId);
  if (!lead?.customerId) throw new ServiceNoCustomerError(contract.leadId);
  const customer = await deps.customers.findById(deps.actor.teamId, lead.customerId);
  if (!customer) throw new ServiceNoCustomerError(contract.leadId);
  return { customer, contractId: contract.id, leadId: lead.id };
}

/**
 * A new service request: the team's service owner takes it, else the customer's rep. Posted in its lead's thread
 * (the contract's, else the customer's newest lead with a card) — `thread` says where, undefined = the sales channel.
 */
export async function openServiceRequest(
  deps: ServiceDeps & {
    actor: Actor;
    customerId: number;
    contractId: number | null;
    input: ServiceRequestInput;
  },
): Promise<{ request: ServiceRequest; thread?: { channelId: string; threadTs: string } }> {
  const { actor } = deps;
  const subject =
    deps.contractId === null
      ? await serviceSubjectForCustomer(deps)
      : await serviceSubjectForContract({ ...deps, contractId: deps.contractId });
  const policy = await deps.service.policy(actor.teamId);
  const contractLead = subject.leadId ? await deps.leads.findById(actor.teamId, subject.leadId) : undefined;
  const thread =
    contractLead?.channelId && contractLead.threadTs
      ? { leadId: contractLead.id, channelId: contractLead.channelId, threadTs: contractLead.threadTs }
      : await deps.service.customerThread(actor.teamId, subject.customer.id);
  const team = await deps.teams.ensureTeam(actor.teamId);
  const now = deps.clock.now();
  const id = await deps.service.create({
    teamId: actor.teamId,
    customerId: subject.customer.id,
    leadId: subject.leadId ?? thread?.leadId ?? null,
    contractId: subject.contractId,
    ...deps.input,
    ownerUserId: policy.serviceOwnerUserId ?? subject.customer.ownerUserId,
    openedByUserId: actor.userId,
    now,
    due: serviceDueTimes({
      openedAt: now,
      priority: deps.input.priority,
      targets: policy.targets,
      timeZone: team.timezone,
      calendar: team,
    }),
  });
  const request = await deps.service.findById(actor.teamId, id);
  if (!request) throw new ServiceRequestNotFoundError(id);
  return {
    request,
    ...(thread ? { thread: { channelId: thread.channelId, threadTs: thread.threadTs } } : {}),
  };
}

/** The message announcing the request was posted: remembered, so its buttons and later notes find it. */
export async function recordServiceThread(
  deps: Pick<ServiceDeps, 'service'> & { actor: Actor; requestId: number; channelId: string; ts: string },
): Promise<void> {
  await deps.service.recordThread(deps.actor.teamId, deps.requestId, deps.channelId, deps.ts);
}

/** The request, refused as "not found" unless the caller owns it or sees its customer. */
export async function loadVisibleServiceRequest(
  deps: ServiceDeps & { actor: Actor; requestId: number },
): Promise<ServiceRequest> {
  const request = Number.isSafeInteger(deps.requestId)
    ? await deps.service.findById(deps.actor.teamId, deps.requestId)
    : undefined;
  if (!request) throw new ServiceRequestNotFoundError(deps.requestId);
  if (request.ownerUserId === deps.actor.userId) return request;
  const customer = await deps.customers.findById(deps.actor.teamId, request.customerId);
  const scope = await customerScope(deps);
  if (!customer || !(scope === 'all' || scope.includes(customer.ownerUserId)))
    throw new ServiceRequestNotFoundError(deps.requestId);
  return request;
}
