import type { Clock } from '../../lib/clock.js';
import { MoneyArgumentError, type MoneyReading, readMoneyArgument } from '../../lib/parse/money-argument.js';
import { todayFor } from '../leads/leads.usecases.js';
import type { TeamRepository } from '../team/team.repository.js';
import type { Actor, Team } from '../team/team.types.js';
import { CreditFinanceOnlyError, CreditLimitChangedError } from './credit.errors.js';
import type { CreditRepository } from './credit.repository.js';
import type { CreditLimit } from './credit.types.js';
import { type CreditHistory, type CreditRating, rateCredit } from './credit-grade.js';
import type { CustomerRepository } from './customers.repository.js';
import type { Customer } from './customers.types.js';
import { loadVisibleCustomer } from './customers.usecases.js';

export interface CreditDeps {
  credit: CreditRepository;
  customers: CustomerRepository;
  teams: TeamRepository;
  clock: Clock;
}

/** Credit limits are set by finance and admins; everyone who sees the customer sees its grade and limit. */
export const canSetCreditLimit = (actor: Actor) => actor.role === 'finance' || actor.isAdmin;

export interface CustomerCredit {
  rating: CreditRating;
  history: CreditHistory;
  limit: CreditLimit;
  canSetLimit: boolean;
}

/** The customer's grade from its payment history as of the caller's today, with its limit. */
export async function customerCredit(
  deps: Pick<CreditDeps, 'credit' | 'clock'> & { actor: Actor; customer: Customer },
): Promise<CustomerCredit> {
  const { actor, customer } = deps;
  const [history, limit] = await Promise.all([
    deps.credit.history(actor.teamId, customer.id, todayFor(actor, deps.clock)),
    deps.credit.limit(actor.teamId, customer.id),
  ]);
  return {
    rating: rateCredit(history),
    history,
    limit: limit ?? { limitMinor: null, currency: null, version: customer.version },
    canSetLimit: canSetCreditLimit(actor),
  };
}

/** Opening "Set credit limit": finance or an admin, on a customer they see; the form is in the team's currency. */
export async function startCreditLimit(
  deps: CreditDeps & { actor: Actor; team: Team; customerId: number },
): Promise<{ customer: Customer; limit: CreditLimit; currency: string }> {
  if (!canSetCreditLimit(deps.actor)) throw new CreditFinanceOnlyError();
  const customer = await loadVisibleCustomer(deps);
  const limit = (await deps.credit.limit(deps.actor.teamId, customer.id)) ?? {
    limitMinor: null,
    currency: null,
    version: customer.version,
  };
  return { customer, limit, currency: deps.team.currency };
}

/** The limit as typed, read as money of the team's currency; empty clears it (no limit). Pure, for the form. */
export function readCreditLimit(
  text: string | null | undefined,
  currency: string,
): { ok: true; minor: number | null } | Extract<MoneyReading, { ok: false }> {
  if (!text?.trim()) return { ok: true, minor: null };
  const reading = readMoneyArgument(text, currency, { allowZero: true });
  return reading.ok ? { ok: true, minor: reading.minor } : reading;
}

/**
 * Finance sets (or clears) a customer's limit: conditional on the customer's version the form was built from,
 * audited in the ledger's log. A form that no longer reads as money is refused by the view before this runs.
 */
export async function setCreditLimit(
  deps: CreditDeps & {
    actor: Actor;
    team: Team;
    customerId: number;
    amountText: string | null;
    expectedVersion: number;
  },
): Promise<{ customer: Customer; limit: CreditLimit }> {
  const { actor, team } = deps;
  const { customer } = await startCreditLimit(deps);
  const read = readCreditLimit(deps.amountText, team.currency);
  if (!read.ok) throw new MoneyArgumentError(read);
  const limit = await deps.credit.setLimit({
    teamId: actor.teamId,
    customerId: customer.id,
    limitMinor: read.minor,
    currency: team.currency,
    expectedVersion: deps.expectedVersion,
    userId: actor.userId,
    now: deps.clock.now(),
  });
  if (!limit) throw new CreditLimitChangedError(customer.id);
  return { customer, limit };
}
