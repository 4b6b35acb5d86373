import { formatMinor } from '../../lib/money/minor-units.js';
import { parseIsoDate } from '../../lib/parse/calendar.js';
import type {
  ApprovalDetails,
  ApprovalRequest,
  ApprovalStep,
  MissingApprover,
} from '../approvals/approvals.types.js';
import { adminUserIds, loadPolicy } from '../approvals/requests.usecases.js';
import { requiredApproval, resolveRoute } from '../approvals/routing.js';
import type { Lead } from '../leads/leads.types.js';
import { todayFor } from '../leads/leads.usecases.js';
import type { Actor, Team } from '../team/team.types.js';
import { loadFinancePolicy } from './contracts.usecases.js';
import { invoiceRefusal } from './invoices.repository.js';
import {
  ContractNotFoundError,
  ContractStatusError,
  InvalidDateError,
  InvoiceNotFoundError,
  InvoiceNumberRequiredError,
  InvoiceStatusError,
  NotFinanceError,
  OverInvoiceError,
} from './ledger.errors.js';
import type { Contract, ContractRef, FinancePolicy, Invoice } from './ledger.types.js';
import { canSee, isFinance, type LedgerDeps, ledgerScope, resolveContract } from './ledger-access.js';
import { amountOf } from './ledger-input.js';

type Deps = Pick<
  LedgerDeps,
  | 'contracts'
  | 'invoices'
  | 'financeSettings'
  | 'approvals'
  | 'approvalPolicies'
  | 'teams'
  | 'leads'
  | 'clock'
> & { actor: Actor; team: Team };

export type InvoiceOutcome =
  | {
      outcome: 'routed';
      request: ApprovalRequest;
      steps: ApprovalStep[];
      lead: Lead;
      contract: Contract;
      invoice: Invoice;
    }
  | {
      outcome: 'missing';
      missing: MissingApprover[];
      adminUserIds: string[];
      lead: Lead;
      contract: Contract;
    };

/** Finance first; a director too when the amount is above the policy's (or in another currency than it counts). */
export function invoiceNeedsDirector(
  policy: FinancePolicy,
  team: Pick<Team, 'currency'>,
  currency: string,
  amountMinor: number,
) {
  const above = policy.invoiceDirectorAboveMinor;
  if (above === null) return false;
  return currency !== (policy.currency ?? team.currency) || amountMinor > above;
}

/**
 * `/invoice <lead or contract> [amount]` (default: what is not yet invoiced). Refused at once while the confirmed
 * collected share is below the policy threshold, saying how much more must come in. Otherwise it goes through the
 * approval engine, and its amount is held against the contract in the same transaction (race-free cap).
 */
export async function requestInvoice(
  deps: Deps & { ref: ContractRef; amount?: string | null },
): Promise<InvoiceOutcome> {
  const { actor, team, clock } = deps;
  const { contract } = await resolveContract(deps);
  if (contract.status === 'cancelled') throw new ContractStatusError(contract.status, contract.number);
  const policy = await loadFinancePolicy(deps, actor.teamId);
  const amountMinor = deps.amount?.trim()
    ? amountOf(deps.amount, contract.currency)
    : contract.amountMinor - contract.invoicedMinor;
  if (amountMinor <= 0) throw new OverInvoiceError(formatMinor(0, contract.currency));
  const refusal = invoiceRefusal(contract, amountMinor, policy.invoiceThresholdBp);
  if (refusal) throw refusal;
  const lead = await deps.leads.findById(actor.teamId, contract.leadId);
  if (!lead) throw new ContractNotFoundError(contract.number);
  const details: ApprovalDetails = {
    kind: 'invoice',
    contractId: contract.id,
    contractNumber: contract.number,
    amountMinor,
    currency: contract.currency,
    directorRequired: invoiceNeedsDirector(policy, team, contract.currency, amountMinor),
  };
  const route = resolveRoute({
    required: requiredApproval(await loadPolicy({ ...deps, teamId: actor.teamId }), details),
    requesterUserId: actor.userId,
    members: await deps.teams.listMembers(actor.teamId),
  });
  if (route.kind === 'missing')
    return {
      outcome: 'missing',
      missing: route.missing,
      adminUserIds: await adminUserIds(deps.teams, actor.teamId),
      lead,
      contract,
    };
  const created = await deps.approvals.createRequest({
    teamId: actor.teamId,
    leadId: contract.leadId,
    kind: 'invoice',
    requesterUserId: actor.userId,
    details,
    steps: route.kind === 'steps' ? route.steps : [],
    now: clock.now(),
    within: async (tx, request) => {
      await deps.invoices.reserveIn(tx, {
        teamId: actor.teamId,
        contractId: contract.id,
        approvalRequestId: request.id,
        amountMinor,
        thresholdBp: policy.invoiceThresholdBp,
        actorUserId: actor.userId,
        now: clock.now(),
      });
    },
  });
  const invoice = await deps.invoices.findByRequest(actor.teamId, created.request.id);
  if (!invoice) throw new InvoiceNotFoundError(created.request.id);
  const fresh = (await deps.contracts.findById(actor.teamId, contract.id)) ?? contract;
  return {
    outcome: 'routed',
    request: created.request,
    steps: created.steps,
    lead,
    contract: fresh,
    invoice,
  };
}

/** Finance records an approved invoice: its number, date and the amount invoiced (at most the one approved). */
export async function issueInvoice(
  deps: Deps & { invoiceId: number; number: string | null; issuedOn?: string | null; amount?: string | null },
): Promise<{ invoice: Invoice; contract: Contract }> {
  const { actor, clock } = deps;
  const invoice = await deps.invoices.findById(actor.teamId, deps.invoiceId);
  const contract = invoice ? await deps.contracts.findById(actor.teamId, invoice.contractId) : undefined;
  if (!invoice || !contract || !canSee(await ledgerScope(deps), contract))
    throw new InvoiceNotFoundError(deps.invoiceId);
  if (!isFinance(actor)) throw new NotFinanceError();
  const number = deps.number?.trim() ?? '';
  if (!number || number.length > 60) throw new InvoiceNumberRequiredError();
  const issuedOn = deps.issuedOn?.trim() || todayFor(actor, clock);
  if (!parseIsoDate(issuedOn)) throw new InvalidDateError('invalid');
  const amountMinor = deps.amount?.trim() ? amountOf(deps.amount, invoice.currency) : invoice.amountMinor;
  if (invoice.status !== 'approved') throw new InvoiceStatusError(invoice.status);
  if (amountMinor > invoice.amountMinor)
    throw new OverInvoiceError(formatMinor(invoice.amountMinor, invoice.currency));
  const issued = await deps.invoices.issue({
    teamId: actor.teamId,
    invoiceId: invoice.id,
    number,
    issuedOn,
    amountMinor,
    actorUserId: actor.userId,
    now: clock.now(),
  });
  if (!issued) {
    const now = await deps.invoices.findById(actor.teamId, invoice.id);
    throw new InvoiceStatusError(now?.status ?? invoice.status);
  }
  return {
    invoice: issued,
    contract: (await deps.contracts.findById(actor.teamId, contract.id)) ?? contract,
  };
}

/** Before finance's "record invoice" form opens: the approved invoice and its contract. */
export async function startInvoiceIssue(
  deps: Deps & { invoiceId: number },
): Promise<{ invoice: Invoice; contract: Contract }> {
  const { actor } = deps;
  const invoice = await deps.invoices.findById(actor.teamId, deps.invoiceId);
  const contract = invoice ? await deps.contracts.findById(actor.teamId, invoice.contractId) : undefined;
  if (!invoice || !contract || !canSee(await ledgerScope(deps), contract))
    throw new InvoiceNotFoundError(deps.invoiceId);
  if (!isFinance(actor)) throw new NotFinanceError();
  if (invoice.status !== 'approved') throw new InvoiceStatusError(invoice.status);
  return { invoice, contract };
}
