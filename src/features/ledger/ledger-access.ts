import type { Clock } from '../../lib/clock.js';
import type { ApprovalPolicyRepository } from '../approvals/approval-policy.repository.js';
import type { ApprovalRepository } from '../approvals/approvals.repository.js';
import type { LeadRepository } from '../leads/leads.repository.js';
import type { TeamRepository } from '../team/team.repository.js';
import type { Actor } from '../team/team.types.js';
import type { ContractTransitionRepository } from './contract-transitions.repository.js';
import type { ContractRepository } from './contracts.repository.js';
import type { FinanceSettingsRepository } from './finance-settings.repository.js';
import type { InvoiceRepository } from './invoices.repository.js';
import { AmbiguousContractError, ContractNotFoundError, NoContractForLeadError } from './ledger.errors.js';
import type { Contract, ContractRef, LedgerScope } from './ledger.types.js';
import { OPEN_CONTRACT_STATUSES } from './ledger.types.js';
import type { LedgerReportRepository } from './ledger-reports.repository.js';
import type { OverdueRepository } from './overdue.repository.js';
import type { PaymentRepository } from './payments.repository.js';

/** Everything the ledger's use cases may need; each takes what it uses. */
export interface LedgerDeps {
  contracts: ContractRepository;
  contractMoves: ContractTransitionRepository;
  payments: PaymentRepository;
  invoices: InvoiceRepository;
  financeSettings: FinanceSettingsRepository;
  overdue: OverdueRepository;
  ledgerReports: LedgerReportRepository;
  approvals: ApprovalRepository;
  approvalPolicies: ApprovalPolicyRepository;
  leads: LeadRepository;
  teams: TeamRepository;
  clock: Clock;
}

/** Finance and admins keep the books: they record, confirm and reverse money and see every contract. */
export function isFinance(actor: Actor): boolean {
  return actor.role === 'finance' || actor.isAdmin;
}

/** Rep: their own contracts; manager and director: their reports' too; finance and admins: all. */
export async function ledgerScope(deps: { teams: TeamRepository; actor: Actor }): Promise<LedgerScope> {
  const { actor } = deps;
  if (isFinance(actor)) return 'all';
  if (actor.role === 'manager' || actor.role === 'director')
    return [actor.userId, ...(await deps.teams.listReportIds(actor.teamId, actor.userId))];
  return [actor.userId];
}

export function canSee(scope: LedgerScope, contract: Pick<Contract, 'ownerUserId'>): boolean {
  return scope === 'all' || scope.includes(contract.ownerUserId);
}

/** `HT-2026-0001` → number; `#42` → lead 42; anything else → search text. */
export function parseContractRef(text: string): ContractRef {
  const trimmed = text.trim();
  if (/^[A-Za-z]{1,10}-\d{4}-\d{4,}$/.test(trimmed)) return { kind: 'number', number: trimmed.toUpperCase() };
  const lead = /^#(\d{1,15})$/.exec(trimmed);
  if (lead?.[1]) return { kind: 'lead', leadId: Number(lead[1]) };
  return { kind: 'text', text: trimmed };
}

export function refText(ref: ContractRef): string {
  if (ref.kind === 'number') return ref.number;
  if (ref.kind === 'lead') return `#${ref.leadId}`;
  if (ref.kind === 'id') return String(ref.contractId);
  return ref.text;
}

/** Of several contracts, the one still open; several open ones must be named by number. */
function pickOne(found: Contract[], ref: ContractRef): Contract {
  const open = found.filter((contract) => OPEN_CONTRACT_STATUSES.includes(contract.status));
  const candidates = open.length ? open : found;
  if (candidates.length === 1 && candidates[0]) return candidates[0];
  if (candidates.length === 0) throw new ContractNotFoundError(refText(ref));
  if (open.length === 0 && found[0]) return found[0];
  throw new AmbiguousContractError(candidates.map((contract) => contract.number).slice(0, 10));
}

/**
 * The contract `ref` names, if the actor may see it. A contract they may not see is answered exactly like one
 * that does not exist. A lead they can see that has no contract yet gets its own message.
 */
export async function resolveContract(
  deps: Pick<LedgerDeps, 'contracts' | 'teams' | 'leads'> & { actor: Actor; ref: ContractRef },
): Promise<{ contract: Contract; scope: LedgerScope }> {
  const { actor, ref } = deps;
  const scope = await ledgerScope(deps);
  const notFound = () => new ContractNotFoundError(refText(ref));
  if (ref.kind === 'number' || ref.kind === 'id') {
    const contract =
      ref.kind === 'number'
        ? await deps.contracts.findByNumber(actor.teamId, ref.number)
        : await deps.contracts.findById(actor.teamId, ref.contractId);
    if (!contract || !canSee(scope, contract)) throw notFound();
    return { contract, scope };
  }
  if (ref.kind === 'lead') {
    const found = Number.isSafeInteger(ref.leadId)
      ? (await deps.contracts.listForLead(actor.teamId, ref.leadId)).filter((c) => canSee(scope, c))
      : [];
    if (found.length) return { contract: pickOne(found, ref), scope };
    const lead = Number.isSafeInteger(ref.leadId)
      ? await deps.leads.findById(actor.teamId, ref.leadId)
      : undefined;
    if (lead && canSee(scope, lead)) throw new NoContractForLeadError(lead.id);
    throw notFound();
  }
  if (!ref.text) throw notFound();
  return { contract: pickOne(await deps.contracts.search(actor.teamId, scope, ref.text, 20), ref), scope };
}
