import { formatMinor } from '../../lib/money/minor-units.js';
import { todayFor } from '../leads/leads.usecases.js';
import type { Actor } from '../team/team.types.js';
import { validateSchedule } from './contract-schedule.js';
import type { ContractQuery } from './contracts.repository.js';
import {
  CancelNotAllowedError,
  ContractChangedError,
  ContractNotFoundError,
  ContractStatusError,
  DeliveryNotAllowedError,
  LinkRequiredError,
  NotContractOwnerError,
  NotFinanceError,
  ReasonRequiredError,
  ScheduleError,
} from './ledger.errors.js';
import {
  type Contract,
  type ContractRef,
  type ContractSummary,
  DEFAULT_FINANCE_POLICY,
  type FinancePolicy,
  type Installment,
  type Invoice,
  type LedgerFilter,
  type LedgerTotals,
  type Payment,
} from './ledger.types.js';
import { canSee, isFinance, type LedgerDeps, ledgerScope, resolveContract } from './ledger-access.js';
import { amountOf, isLink, MAX_LEDGER_TEXT } from './ledger-input.js';
import { type Shortfall, shortfallOf } from './reversal-shortfall.js';

/** A page of the ledger is one data table: Slack shows at most 100 rows under its header. */
export const LEDGER_PAGE_SIZE = 100;

type Deps = Pick<LedgerDeps, 'contracts' | 'teams' | 'leads' | 'clock'> & { actor: Actor };
type MoveDeps = Deps & Pick<LedgerDeps, 'contractMoves' | 'financeSettings'>;

export async function loadFinancePolicy(
  deps: Pick<LedgerDeps, 'financeSettings'>,
  teamId: string,
): Promise<FinancePolicy> {
  return (await deps.financeSettings.findPolicy(teamId)) ?? DEFAULT_FINANCE_POLICY;
}

/** What a ledger filter selects among the contracts the caller may see (rep: own; managers: reports'; …). */
export async function ledgerQuery(deps: Deps & { filter: LedgerFilter }): Promise<ContractQuery> {
  const { actor, filter } = deps;
  let owners = await ledgerScope(deps);
  let leadId: number | undefined;
  if (filter.kind === 'mine') owners = [actor.userId];
  if (filter.kind === 'ref') {
    const { contract } = await resolveContract({ ...deps, ref: filter.ref });
    leadId = contract.leadId;
  }
  return { owners, today: todayFor(actor, deps.clock), leadId, overdueOnly: filter.kind === 'overdue' };
}

/** `/contract ledger [mine|team|overdue|<lead>]`: the contracts the caller may see, a page, and totals of all. */
export async function listLedger(
  deps: Deps & { filter: LedgerFilter; page?: number; limit?: number },
): Promise<{ summaries: ContractSummary[]; totals: LedgerTotals[]; page: number; today: string }> {
  const page = Math.max(0, deps.page ?? 0);
  const limit = deps.limit ?? LEDGER_PAGE_SIZE;
  const query = await ledgerQuery(deps);
  const [summaries, totals] = await Promise.all([
    deps.contracts.list(deps.actor.teamId, { ...query, limit, offset: page * limit }),
    deps.contracts.totals(deps.actor.teamId, query),
  ]);
  return { summaries, totals, page, today: query.today };
}

export interface ContractDetail {
  summary: ContractSummary;
  installments: Installment[];
  payments: Payment[];
  invoices: Invoice[];
  /** Set while an approved invoice or a dispatched delivery stands on less money since a reversal. */
  shortfall: Shortfall | null;
  /** What the caller may do now: the card shows only these buttons. */
  can: { sign: boolean; adjust: boolean; deliver: boolean; cancel: boolean };
}

function isOwner(actor: Actor, contract: Contract): boolean {
  return contract.ownerUserId === actor.userId || actor.isAdmin;
}

/** One contract with its schedule, payments and invoices (the lead card's contract section, `/contract HT-…`). */
export async function contractDetail(
  deps: Deps & Pick<LedgerDeps, 'financeSettings'> & { ref: ContractRef },
): Promise<ContractDetail> {
  const { actor } = deps;
  const { contract, scope } = await resolveContract(deps);
  const today = todayFor(actor, deps.clock);
  const [[summary], installments, payments, invoices, policy] = await Promise.all([
    deps.contracts.list(actor.teamId, { owners: scope, today, contractId: contract.id, limit: 1 }),
    deps.contracts.installments(actor.teamId, contract.id),
    deps.contracts.payments(actor.teamId, contract.id),
    deps.contracts.invoices(actor.teamId, contract.id),
    loadFinancePolicy(deps, actor.teamId),
  ]);
  if (!summary) throw new ContractNotFoundError(contract.number);
  const own = isOwner(actor, contract);
  return {
    summary,
    installments,
    payments,
    invoices,
    shortfall: shortfallOf({ contract, invoices, installments, policy }),
    can: {
      sign: own && contract.status === 'approved',
      adjust: own && contract.status === 'approved' && contract.collectedMinor === 0,
      deliver: own && (contract.status === 'signed' || contract.status === 'delivering'),
      cancel: isFinance(actor) && contract.status !== 'cancelled' && contract.status !== 'closed',
    },
  };
}

/** The lead card's contracts: those of the lead the caller may see (none for others). */
export async function contractsForLead(deps: Deps & { leadId: number }): Promise<ContractSummary[]> {
  const { actor } = deps;
  const scope = await ledgerScope(deps);
  const rows = await deps.contracts.list(actor.teamId, {
    owners: scope,
    today: todayFor(actor, deps.clock),
    leadId: deps.leadId,
    limit: 5,
  });
  return rows.filter((row) => canSee(scope, row.contract));
}

async function ownContract(deps: Deps & { ref: ContractRef }): Promise<Contract> {
  const { contract } = await resolveContract(deps);
  if (!isOwner(deps.actor, contract)) throw new NotContractOwnerError(contract.ownerUserId);
  return contract;
}

/** After a refused conditional write: why, from the contract as it is now. */
async function explain(deps: Deps, before: Contract, expectedVersion: number | undefined): Promise<never> {
  const now = await deps.contracts.findById(deps.actor.teamId, before.id);
  if (now && expectedVersion !== undefined && now.version !== expectedVersion)
    throw new ContractChangedError(now.number);
  throw new ContractStatusError((now ?? before).status, before.number);
}

const move = (deps: Deps, contract: Contract, expectedVersion?: number) => ({
  teamId: deps.actor.teamId,
  contractId: contract.id,
  actorUserId: deps.actor.userId,
  now: deps.clock.now(),
  ...(expectedVersion === undefined ? {} : { expectedVersion }),
});

/** The rep marks the contract signed, with a link to the signed copy. */
export async function markSigned(
  deps: MoveDeps & { ref: ContractRef; signedLink: string | null; expectedVersion?: number },
): Promise<Contract> {
  const contract = await ownContract(deps);
  if (!isLink(deps.signedLink)) throw new LinkRequiredError('signed');
  if (contract.status !== 'approved') throw new ContractStatusError(contract.status, contract.number);
  const signed = await deps.contractMoves.sign({
    ...move(deps, contract, deps.expectedVersion),
    signedLink: (deps.signedLink as string).trim(),
  });
  return signed ?? explain(deps, contract, deps.expectedVersion);
}

/** The rep adjusts the payment schedule while the contract is unsigned and nothing is collected. */
export async function adjustSchedule(
  deps: MoveDeps & { ref: ContractRef; rows: { dueOn: string; amount: string }[]; expectedVersion: number },
): Promise<{ contract: Contract; installments: Installment[] }> {
  const contract = await ownContract(deps);
  if (contract.status !== 'approved' || contract.collectedMinor > 0) throw new ScheduleError('locked');
  const rows = deps.rows.map((row) => {
    try {
      return { dueOn: row.dueOn.trim(), amountMinor: amountOf(row.amount, contract.currency) };
    } catch {
      return { dueOn: row.dueOn.trim(), amountMinor: null };
    }
  });
  const checked = validateSchedule({
    amountMinor: contract.amountMinor,
    upfrontBp: contract.upfrontBp,
    rows,
  });
  if (!checked.ok) throw new ScheduleError(checked.problem, checked.row);
  const saved = await deps.contractMoves.replaceSchedule({
    ...move(deps, contract, deps.expectedVersion),
    schedule: checked.schedule,
  });
  if (!saved) return explain(deps, contract, deps.expectedVersion);
  return { contract: saved, installments: await deps.contracts.installments(deps.actor.teamId, saved.id) };
}

/**
 * `/deliver`: dispatch waits for the signature and for the first payment (or the whole upfront share, per
 * policy); a refusal names what is missing and how much is due. The check and the move are one conditional
 * statement.
 */
export async function dispatchDelivery(deps: MoveDeps & { ref: ContractRef }): Promise<Contract> {
  const contract = await ownContract(deps);
  if (contract.status !== 'signed' && contract.status !== 'approved')
    throw new ContractStatusError(contract.status, contract.number);
  const policy = await loadFinancePolicy(deps, deps.actor.teamId);
  const installments = await deps.contracts.installments(deps.actor.teamId, contract.id);
  const upfront = installments.filter((row) => row.isUpfront).reduce((sum, row) => sum + row.amountMinor, 0);
  const rule = policy.deliveryRule === 'upfront' && upfront > 0 ? 'upfront' : 'first_payment';
  const required = rule === 'upfront' ? upfront : 1;
  // What the user is told is due: the rest of the upfront share, or the schedule's first installment.
  const due = (collected: number) =>
    formatMinor(
      rule === 'upfront' ? Math.max(required - collected, 0) : (installments[0]?.amountMinor ?? required),
      contract.currency,
    );
  const refuse = (collected: number) =>
    new DeliveryNotAllowedError(rule, { number: contract.number, needed: due(collected) });
  if (contract.status === 'approved') {
    const unpaid = contract.collectedMinor < required;
    throw new DeliveryNotAllowedError(unpaid ? 'unsignedUnpaid' : 'unsigned', {
      number: contract.number,
      needed: due(contract.collectedMinor),
    });
  }
  if (contract.collectedMinor < required) throw refuse(contract.collectedMinor);
  const dispatched = await deps.contractMoves.dispatch({ ...move(deps, contract), requiredMinor: required });
  if (dispatched) return dispatched;
  const now = await deps.contracts.findById(deps.actor.teamId, contract.id);
  if (now?.status === 'signed') throw refuse(now.collectedMinor);
  throw new ContractStatusError((now ?? contract).status, contract.number);
}

/** Delivered, with the customer's acceptance (a note or a link); a fully paid contract closes. */
export async function markDelivered(
  deps: MoveDeps & { ref: ContractRef; acceptance: string | null; expectedVersion?: number },
): Promise<Contract> {
  const contract = await ownContract(deps);
  const acceptance = deps.acceptance?.trim() ?? '';
  if (!acceptance || acceptance.length > MAX_LEDGER_TEXT) throw new LinkRequiredError('acceptance');
  if (contract.status !== 'delivering') throw new ContractStatusError(contract.status, contract.number);
  const delivered = await deps.contractMoves.deliver({
    ...move(deps, contract, deps.expectedVersion),
    acceptance,
  });
  return delivered ?? explain(deps, contract, deps.expectedVersion);
}

/** Finance or an admin cancels, with a reason, while no money is collected or invoiced. */
export async function cancelContract(
  deps: MoveDeps & { ref: ContractRef; reason: string | null; expectedVersion?: number },
): Promise<Contract> {
  const { contract } = await resolveContract(deps);
  if (!isFinance(deps.actor)) throw new NotFinanceError();
  const reason = deps.reason?.trim() ?? '';
  if (!reason || reason.length > MAX_LEDGER_TEXT) throw new ReasonRequiredError();
  if (contract.status === 'cancelled' || contract.status === 'closed')
    throw new ContractStatusError(contract.status, contract.number);
  if (contract.collectedMinor > 0 || contract.invoicedMinor > 0) throw new CancelNotAllowedError();
  const cancelled = await deps.contractMoves.cancel({
    ...move(deps, contract, deps.expectedVersion),
    reason,
  });
  if (cancelled) return cancelled;
  const now = await deps.contracts.findById(deps.actor.teamId, contract.id);
  if (now && (now.collectedMinor > 0 || now.invoicedMinor > 0)) throw new CancelNotAllowedError();
  return explain(deps, contract, deps.expectedVersion);
}

export type ContractAction = 'sign' | 'schedule' | 'delivered' | 'cancel';

/**
 * Before a contract's form opens (sign, adjust the schedule, delivered, cancel): may the caller, and is it the
 * moment? Refusals are answered privately and no form opens; the form is built from the contract as it is now.
 */
export async function startContractAction(
  deps: Deps & { ref: ContractRef; action: ContractAction },
): Promise<{ contract: Contract; installments: Installment[] }> {
  const { actor, action } = deps;
  const { contract } = await resolveContract(deps);
  if (action === 'cancel') {
    if (!isFinance(actor)) throw new NotFinanceError();
    if (contract.status === 'cancelled' || contract.status === 'closed')
      throw new ContractStatusError(contract.status, contract.number);
    if (contract.collectedMinor > 0 || contract.invoicedMinor > 0) throw new CancelNotAllowedError();
  } else {
    if (!isOwner(actor, contract)) throw new NotContractOwnerError(contract.ownerUserId);
    const needed = { sign: 'approved', schedule: 'approved', delivered: 'delivering' }[action];
    if (contract.status !== needed) throw new ContractStatusError(contract.status, contract.number);
    if (action === 'schedule' && contract.collectedMinor > 0) throw new ScheduleError('locked');
  }
  return { contract, installments: await deps.contracts.installments(actor.teamId, contract.id) };
}
