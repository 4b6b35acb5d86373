import { formatMinor } from '../../lib/money/minor-units.js';
import { localDate } from '../../lib/time-zone.js';
import { todayFor } from '../leads/leads.usecases.js';
import type { Actor, Team } from '../team/team.types.js';
import { loadFinancePolicy } from './contracts.usecases.js';
import {
  ContractStatusError,
  NotFinanceError,
  OverCollectionError,
  PaymentDecidedError,
  PaymentNotFoundError,
  ReasonRequiredError,
} from './ledger.errors.js';
import {
  type Contract,
  type ContractRef,
  DEFAULT_COMMISSION_PLAN,
  OPEN_CONTRACT_STATUSES,
  type Payment,
} from './ledger.types.js';
import { canSee, isFinance, type LedgerDeps, ledgerScope, resolveContract } from './ledger-access.js';
import { amountOf, MAX_LEDGER_TEXT, receivedOnOf } from './ledger-input.js';
import type { AccrualContext } from './payments.repository.js';
import { type Shortfall, shortfallOf } from './reversal-shortfall.js';

type Deps = Pick<LedgerDeps, 'contracts' | 'payments' | 'financeSettings' | 'teams' | 'leads' | 'clock'> & {
  actor: Actor;
  team: Team;
};

/** The plan in force and the team-local month a payment's commission (or its reversal) falls in. */
export async function accrualContext(
  deps: Pick<LedgerDeps, 'financeSettings'> & { team: Team; now: Date },
): Promise<AccrualContext> {
  const plan = (await deps.financeSettings.findPlan(deps.team.teamId)) ?? DEFAULT_COMMISSION_PLAN;
  return {
    plan,
    planCurrency: plan.currency ?? deps.team.currency,
    month: localDate(deps.now, deps.team.timezone).slice(0, 7),
  };
}

/** Who confirms reported payments: the finance people, or the admins when the team has none. */
export async function financeUserIds(deps: Pick<LedgerDeps, 'teams'>, teamId: string): Promise<string[]> {
  const members = await deps.teams.listMembers(teamId);
  const finance = members.filter((member) => member.role === 'finance').map((member) => member.userId);
  if (finance.length) return finance;
  return members.filter((member) => member.role === 'admin' || member.isWorkspaceAdmin).map((m) => m.userId);
}

export type PaymentOutcome =
  | { kind: 'recorded'; payment: Payment; contract: Contract }
  | { kind: 'reported'; payment: Payment; contract: Contract; notifyUserIds: string[] };

/**
 * `/payment <lead or contract> <amount> [date] [note]`. Finance and admins record money received (it counts at
 * once); anyone else who can see the contract reports it, and finance confirms or rejects. Never above the
 * contract amount: a report that would pass it is refused at once, and the confirmation checks again.
 */
export async function recordPayment(
  deps: Deps & { ref: ContractRef; amount: string; receivedOn?: string | null; note?: string | null },
): Promise<PaymentOutcome> {
  const { actor, clock } = deps;
  const { contract } = await resolveContract(deps);
  if (!OPEN_CONTRACT_STATUSES.includes(contract.status))
    throw new ContractStatusError(contract.status, contract.number);
  const amountMinor = amountOf(deps.amount, contract.currency);
  const receivedOn = receivedOnOf(deps.receivedOn, todayFor(actor, clock));
  const note = deps.note?.trim().slice(0, MAX_LEDGER_TEXT) || null;
  if (contract.collectedMinor + amountMinor > contract.amountMinor)
    throw new OverCollectionError(
      formatMinor(contract.amountMinor - contract.collectedMinor, contract.currency),
    );
  const now = clock.now();
  const confirmed = isFinance(actor);
  const created = await deps.payments.create({
    teamId: actor.teamId,
    actorUserId: actor.userId,
    now,
    contractId: contract.id,
    amountMinor,
    currency: contract.currency,
    receivedOn,
    note,
    confirmed,
    accrual: await accrualContext({ ...deps, now }),
  });
  if (confirmed && created.contract)
    return { kind: 'recorded', payment: created.payment, contract: created.contract };
  return {
    kind: 'reported',
    payment: created.payment,
    contract,
    notifyUserIds: (await financeUserIds(deps, actor.teamId)).filter((id) => id !== actor.userId),
  };
}

/** The payment, if the actor may see its contract; refusals read like a missing payment. */
async function visiblePayment(
  deps: Deps & { paymentId: number },
): Promise<{ payment: Payment; contract: Contract }> {
  const { actor } = deps;
  const payment = await deps.payments.findById(actor.teamId, deps.paymentId);
  const contract = payment ? await deps.contracts.findById(actor.teamId, payment.contractId) : undefined;
  if (!payment || !contract || !canSee(await ledgerScope(deps), contract))
    throw new PaymentNotFoundError(deps.paymentId);
  return { payment, contract };
}

function decided(payment: Payment): never {
  if (payment.status === 'confirmed')
    throw new PaymentDecidedError('confirmed', payment.confirmedByUserId, payment.confirmedAt);
  if (payment.status === 'rejected')
    throw new PaymentDecidedError('rejected', payment.rejectedByUserId, payment.rejectedAt);
  if (payment.status === 'reversed')
    throw new PaymentDecidedError('reversed', payment.reversedByUserId, payment.reversedAt);
  throw new PaymentDecidedError(payment.status, null, null);
}

async function financePayment(deps: Deps & { paymentId: number }) {
  const found = await visiblePayment(deps);
  if (!isFinance(deps.actor)) throw new NotFinanceError();
  return found;
}

async function reread(deps: Deps, paymentId: number): Promise<never> {
  const now = await deps.payments.findById(deps.actor.teamId, paymentId);
  if (!now) throw new PaymentNotFoundError(paymentId);
  return decided(now);
}

/** Finance confirms a reported payment (the Confirm button). Of two clicks at once exactly one lands. */
export async function confirmPayment(
  deps: Deps & { paymentId: number },
): Promise<{ payment: Payment; contract: Contract }> {
  const { payment } = await financePayment(deps);
  if (payment.status !== 'reported') decided(payment);
  const now = deps.clock.now();
  const result = await deps.payments.confirm({
    teamId: deps.actor.teamId,
    actorUserId: deps.actor.userId,
    now,
    paymentId: payment.id,
    accrual: await accrualContext({ ...deps, now }),
  });
  return result ?? reread(deps, payment.id);
}

/** Finance rejects a reported payment, with a reason: it never counts. */
export async function rejectPayment(
  deps: Deps & { paymentId: number; reason: string | null },
): Promise<{ payment: Payment; contract: Contract }> {
  const { payment, contract } = await financePayment(deps);
  const reason = deps.reason?.trim() ?? '';
  if (!reason || reason.length > MAX_LEDGER_TEXT) throw new ReasonRequiredError();
  if (payment.status !== 'reported') decided(payment);
  const rejected = await deps.payments.reject({
    teamId: deps.actor.teamId,
    actorUserId: deps.actor.userId,
    now: deps.clock.now(),
    paymentId: payment.id,
    reason,
  });
  return { payment: rejected ?? (await reread(deps, payment.id)), contract };
}

/**
 * Finance reverses a mistaken confirmed payment, with a reason; the row and its history stay. When an approved or
 * issued invoice, or a dispatched delivery, now stands on less money than the policy required, the answer says
 * so (`shortfall`) and names who must be told: finance and the contract's rep.
 */
export async function reversePayment(
  deps: Deps & { paymentId: number; reason: string | null },
): Promise<{ payment: Payment; contract: Contract; shortfall: Shortfall | null; notifyUserIds: string[] }> {
  const { payment } = await financePayment(deps);
  const reason = deps.reason?.trim() ?? '';
  if (!reason || reason.length > MAX_LEDGER_TEXT) throw new ReasonRequiredError();
  if (payment.status !== 'confirmed') decided(payment);
  const now = deps.clock.now();
  const result = await deps.payments.reverse({
    teamId: deps.actor.teamId,
    actorUserId: deps.actor.userId,
    now,
    paymentId: payment.id,
    reason,
    accrual: await accrualContext({ ...deps, now }),
  });
  if (!result) return reread(deps, payment.id);
  const teamId = deps.actor.teamId;
  const shortfall = shortfallOf({
    contract: result.contract,
    invoices: await deps.contracts.invoices(teamId, result.contract.id),
    installments: await deps.contracts.installments(teamId, result.contract.id),
    policy: await loadFinancePolicy(deps, teamId),
  });
  const notifyUserIds = shortfall
    ? [...new Set([...(await financeUserIds(deps, teamId)), result.contract.ownerUserId])]
    : [];
  return { ...result, shortfall, notifyUserIds };
}

/**
 * Where finance's Confirm / Reject message for a reported payment was posted, so a decision updates it in
 * place. Written by the app right after posting it, for the reporter's own payment.
 */
export async function recordPaymentNotice(
  deps: Pick<LedgerDeps, 'payments'> & { actor: Actor; paymentId: number; channelId: string; ts: string },
): Promise<void> {
  const payment = await deps.payments.findById(deps.actor.teamId, deps.paymentId);
  if (!payment || payment.reportedByUserId !== deps.actor.userId)
    throw new PaymentNotFoundError(deps.paymentId);
  await deps.payments.setNotice(deps.actor.teamId, payment.id, deps.channelId, deps.ts);
}

/** Before finance's reject or reverse form opens: the payment, if finance may decide it now. */
export async function startPaymentDecision(
  deps: Deps & { paymentId: number; action: 'reject' | 'reverse' },
): Promise<{ payment: Payment; contract: Contract }> {
  const found = await financePayment(deps);
  const needed = deps.action === 'reject' ? 'reported' : 'confirmed';
  if (found.payment.status !== needed) decided(found.payment);
  return found;
}
