import type { Contract, Invoice } from './ledger.types.js';
import type { LedgerDeps } from './ledger-access.js';

/**
 * What the ledger made of a finished approval request, for the messages that follow the decision: the contract a
 * final contract approval entered, or the invoice an invoice request holds. Read by request id within the team;
 * the decision itself was authorized by the approval engine.
 */
export async function ledgerOutcomeOf(
  deps: Pick<LedgerDeps, 'contracts' | 'invoices' | 'approvals'> & { teamId: string; requestId: number },
): Promise<{ contract?: Contract; invoice?: Invoice; financeApproverUserId?: string }> {
  const [contract, invoice] = await Promise.all([
    deps.contracts.findByRequest(deps.teamId, deps.requestId),
    deps.invoices.findByRequest(deps.teamId, deps.requestId),
  ]);
  const invoiceContract = invoice
    ? await deps.contracts.findById(deps.teamId, invoice.contractId)
    : undefined;
  return {
    ...(contract ? { contract } : invoiceContract ? { contract: invoiceContract } : {}),
    ...(invoice ? { invoice } : {}),
  };
}
